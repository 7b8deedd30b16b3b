// A stand-in for the app, killed at random moments by crashRecovery.test.ts: it opens a review file through the
// desktop host (recovering its journal as the app does), then keeps adding systems, sometimes with evidence, and
// prints "durable <name>" for every change the save machinery reported as safely on disk.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSqlJs } from '../../../../cli/sqlJsNode';
import { createHostFileService } from '../../../../electron/ipc';
import { ReviewEngine } from '../../../../shared/engine/ReviewEngine';
import { SaveScheduler } from '../../../../shared/saving/SaveScheduler';

async function main(): Promise<void> {
  const [filePath, prefix] = process.argv.slice(2);
  if (!filePath || !prefix) throw new Error('usage: crashChild <review file> <name prefix>');
  const refuse = () => Promise.reject(new Error('no dialogs here'));
  const service = createHostFileService({
    dialogs: { showOpenDialog: refuse, showSaveDialog: refuse },
    userDataDir: mkdtempSync(path.join(tmpdir(), 'crash-child-')),
    getWindow: () => null,
    logError: () => undefined,
  });
  const ref = service.grantFileFromSystem(filePath);
  const opened = await service.openRecentFile(ref.key);
  const { engine } = ReviewEngine.open(await loadSqlJs(), opened.bytes);
  const replay = opened.journal ? engine.replayJournal(opened.journal.entries) : null;
  if (replay?.problem) throw new Error(`journal replay failed: ${replay.problem}`);
  engine.startJournal();

  // Each change's name with the revision it brought the review to, until that revision is reported durable.
  const unreported: { name: string; revision: number }[] = [];
  const scheduler: SaveScheduler = new SaveScheduler({
    snapshot: async () => ({ revision: engine.revision, bytes: engine.export() }),
    write: (bytes, revision) => service.saveReviewFile(ref, bytes, revision),
    appendJournal: (revision, entry) => service.appendJournal(ref, revision, entry),
    onState: () => {
      while (unreported.length > 0 && (unreported[0]?.revision ?? Infinity) <= scheduler.durableRevision) {
        process.stdout.write(`durable ${unreported.shift()?.name}\n`);
      }
    },
    minIntervalMs: 15,
    // Full saves often, so that kills also land in the middle of them.
    journalFullSaveDelayMs: 25,
  });
  scheduler.reset(0, 'opened');
  if (replay && replay.applied > 0) scheduler.changed(engine.revision, null);
  process.stdout.write('ready\n');

  for (let n = 1; ; n += 1) {
    const name = `${prefix}-${n}`;
    const { createdId, revision } = engine.dispatch({ type: 'addSystem', attributes: { name } }, 'Crash test');
    unreported.push({ name, revision });
    scheduler.changed(engine.revision, engine.takeJournalEntry());
    if (n % 7 === 0 && createdId) {
      const content = new Uint8Array(40_000).map((_, i) => (i * n) & 0xff);
      engine.dispatch({ type: 'addEvidence', systemId: createdId, name: `scan-${n}.bin`, content }, 'Crash test');
      scheduler.changed(engine.revision, engine.takeJournalEntry());
    }
    // Let the disk work proceed between changes, as it does between a person's key presses.
    await new Promise((resolve) => setTimeout(resolve, n % 3));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(3);
});
