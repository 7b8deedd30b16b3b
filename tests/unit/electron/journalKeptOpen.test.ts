// The desktop journal kept open between appends: every change still reaches the file on disk in order, a full save
// (which replaces the journal) is followed by appends to the new file, and a journal deleted under it is not
// written into the void.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { journalPathFor, keptOpenJournalAppender, nodeJournalStore } from '../../../electron/files/journalStore';
import { useTempFolders } from './tempFolder';

const tempFolder = useTempFolders();

async function setUp() {
  const folder = await tempFolder();
  const reviewPath = path.join(folder, 'Appeal court.charter');
  await writeFile(reviewPath, 'review');
  const appender = keptOpenJournalAppender(60_000);
  const store = nodeJournalStore(reviewPath, { appender });
  return { store, appender, journalPath: journalPathFor(reviewPath) };
}

describe('journal kept open between appends', () => {
  it('has every append on disk, in order, when each resolves', async () => {
    const { store, appender, journalPath } = await setUp();
    await store.replace('header\n');
    for (const line of ['first\n', 'second\n', 'third\n']) {
      await store.append(line);
      expect(await readFile(journalPath, 'utf8')).toMatch(new RegExp(`${line}$`));
    }
    expect(await readFile(journalPath, 'utf8')).toBe('header\nfirst\nsecond\nthird\n');
    await appender.release?.(journalPath);
  });

  it('appends to the new journal after a full save replaced it, and to nothing after it was removed', async () => {
    const { store, appender, journalPath } = await setUp();
    await store.replace('header\n');
    await store.append('before the save\n');
    await store.replace('new header\n');
    await store.append('after the save\n');
    expect(await readFile(journalPath, 'utf8')).toBe('new header\nafter the save\n');
    await store.remove();
    expect(await store.read()).toBeNull();
    await appender.release?.(journalPath);
  });

  it('fails an append when the journal was deleted while it was open, rather than report the change saved', async () => {
    const { store, appender, journalPath } = await setUp();
    await store.replace('header\n');
    await store.append('first\n');
    await rm(journalPath);
    await expect(store.append('second\n')).rejects.toMatchObject({ code: 'ENOENT' });
    // The next append opens the file again.
    await store.append('third\n');
    expect(await readFile(journalPath, 'utf8')).toBe('third\n');
    await appender.release?.(journalPath);
  });
});
