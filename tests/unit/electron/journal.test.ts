// The desktop host's journal beside a review file: changes appended after a full save come back when the file is
// opened again, a full save keeps only the later ones, and a failed append says so without touching the file.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHostFileService, type IpcDeps } from '../../../electron/ipc';
import { HostError } from '../../../shared/host';
import { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { loadSqlJs, newReview } from '../helpers';
import { systemError, useTempFolders } from './tempFolder';

const tempFolder = useTempFolders();

async function setUp(extra: Partial<IpcDeps> = {}) {
  const folder = await tempFolder();
  const filePath = path.join(folder, 'Appeal court.charter');
  const engine = await newReview('Appeal court');
  const saved = engine.export();
  await writeFile(filePath, saved);
  const refuse = () => Promise.reject(new Error('no dialogs in this test'));
  const service = () =>
    createHostFileService({
      dialogs: { showOpenDialog: refuse, showSaveDialog: refuse },
      userDataDir: folder,
      getWindow: () => null,
      logError: () => undefined,
      ...extra,
    });
  const host = service();
  const ref = host.grantFileFromSystem(filePath);
  await host.openRecentFile(ref.key);
  engine.startJournal();
  const change = (name: string) => {
    const { revision } = engine.dispatch({ type: 'addSystem', attributes: { name } });
    return { revision, entry: engine.takeJournalEntry() ?? '' };
  };
  return { folder, filePath, engine, saved, host, ref, service, change };
}

async function reopen(service: () => ReturnType<typeof createHostFileService>, filePath: string) {
  const host = service();
  const opened = await host.openRecentFile(host.grantFileFromSystem(filePath).key);
  const { engine } = ReviewEngine.open(await loadSqlJs(), opened.bytes);
  const replay = opened.journal ? engine.replayJournal(opened.journal.entries) : null;
  return { names: engine.systems().map((s) => s.name), replay, journal: opened.journal };
}

describe('desktop journal', () => {
  it('brings back the changes appended since the last full save', async () => {
    const { host, ref, change, service, filePath, saved } = await setUp();
    for (const name of ['First', 'Second']) {
      const { revision, entry } = change(name);
      await host.appendJournal(ref, revision, entry);
    }
    // The file itself was not rewritten: the changes are only in the journal.
    expect(new Uint8Array(await readFile(filePath))).toEqual(saved);
    const after = await reopen(service, filePath);
    expect(after.replay).toEqual({ applied: 2, total: 2 });
    expect(after.names).toEqual(['First', 'Second']);
  });

  it('a full save keeps in the journal only the changes made after the saved revision', async () => {
    const { host, ref, change, service, filePath, engine, folder } = await setUp();
    const first = change('First');
    await host.appendJournal(ref, first.revision, first.entry);
    const bytes = engine.export();
    const second = change('Second');
    await host.appendJournal(ref, second.revision, second.entry);
    await host.saveReviewFile(ref, bytes, first.revision);
    const after = await reopen(service, filePath);
    expect(after.journal?.entries).toHaveLength(1);
    expect(after.names).toEqual(['First', 'Second']);

    await host.saveReviewFile(ref, engine.export(), second.revision);
    expect((await readdir(folder)).filter((name) => name.includes('journal'))).toEqual([]);
    expect((await reopen(service, filePath)).journal).toBeUndefined();
  });

  it('a failed append is reported as a disk problem, and the file is untouched', async () => {
    const { host, ref, change, filePath, saved } = await setUp({
      journalAppender: {
        append: () => Promise.reject(systemError('ENOSPC')),
      },
    });
    // The first change creates the journal (a whole write); the second appends to it, and fails.
    const first = change('First');
    await host.appendJournal(ref, first.revision, first.entry);
    const second = change('Second');
    const failure = await host.appendJournal(ref, second.revision, second.entry).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HostError);
    expect(failure).toMatchObject({ code: 'disk-full' });
    expect(new Uint8Array(await readFile(filePath))).toEqual(saved);
  });
});
