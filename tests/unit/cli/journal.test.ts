// The CLI sees a review as the app showed it: changes the app kept in the journal beside the file (after a crash)
// are counted by `info`, and a command that rewrites the file takes them into it and removes the journal.
import { access, copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { journalPathOf } from '../../../cli/openReviewFile';
import { sha256Hex } from '../../../shared/engine/hash';
import { journalEntryLine, journalHeaderLine } from '../../../shared/saving/journalFile';
import { newReview } from '../helpers';
import { runCliCaptured } from './runCliCaptured';

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'cli-journal-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A review file whose last two systems exist only in its journal, as an app crash would leave it. */
async function reviewWithJournal(): Promise<string> {
  const engine = await newReview('Journal check');
  engine.dispatch({ type: 'addSystem', attributes: { name: 'In the file' } });
  const saved = engine.export();
  engine.startJournal();
  const lines = [journalHeaderLine(sha256Hex(saved))];
  for (const name of ['Only in the journal 1', 'Only in the journal 2']) {
    engine.dispatch({ type: 'addSystem', attributes: { name } });
    lines.push(journalEntryLine(engine.takeJournalEntry() ?? ''));
  }
  const filePath = path.join(folder, 'Journal check.charter');
  await writeFile(filePath, saved);
  await writeFile(journalPathOf(filePath), lines.join(''));
  return filePath;
}

describe('the CLI and the journal beside a review file', () => {
  it('info counts the systems the journal holds', async () => {
    const filePath = await reviewWithJournal();
    const run = await runCliCaptured(['info', path.basename(filePath), '--json'], folder);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ systems: 3 });
  });

  it('import writes the journal’s changes into the file and removes the journal', async () => {
    const filePath = await reviewWithJournal();
    const csv = path.join(folder, 'more.csv');
    await copyFile(path.join(__dirname, '../../fixtures/inventory/inventory-sample.csv'), csv);
    const run = await runCliCaptured(['import', path.basename(filePath), 'more.csv', '--json'], folder);
    expect(run.code, run.stderr).toBeLessThanOrEqual(1);
    await expect(access(journalPathOf(filePath))).rejects.toThrow();
    const info = JSON.parse(
      (await runCliCaptured(['inventory', path.basename(filePath), '--json'], folder)).stdout,
    ) as {
      name: string;
    }[];
    expect(info.map((system) => system.name)).toEqual(
      expect.arrayContaining(['In the file', 'Only in the journal 1', 'Only in the journal 2']),
    );
  });
});
