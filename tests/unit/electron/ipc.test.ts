import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { nodeFileSystemOps } from '../../../electron/files/saveReviewAtomically';
import type { HostBridgeResult } from '../../../shared/host';
import {
  registerIpcHandlers,
  type Dialogs,
  type InvokeEventLike,
  type IpcDeps,
  type IpcHandlerRegistry,
} from '../../../electron/ipc';
import { HOST_CHANNELS } from '../../../electron/ipcChannels';
import type { MainLanguage } from '../../../electron/i18n/mainText';
import type { BackupEntry } from '../../../shared/saving/reviewBackups';
import type { OpenedFile, PickedFile, RecentFile, ReviewFileRef, SaveOutcome } from '../../../shared/host';
import { systemError, useTempFolders } from './tempFolder';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

const ORIGINAL = new TextEncoder().encode('SQLite format 3\0 the review as it was opened');
const EDITED = new TextEncoder().encode('SQLite format 3\0 the review with a new answer');

/** A fake Electron: collects handlers, answers dialogs from a script, and plays our window's main frame. */
function fakeElectron(userDataDir: string, overrides: Partial<IpcDeps> = {}) {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcHandlerRegistry = { handle: (channel, listener) => handlers.set(channel, listener) };
  const openAnswers: string[][] = [];
  const saveAnswers: string[] = [];
  const saveDialogCalls: SaveDialogOptions[] = [];
  const openDialogCalls: OpenDialogOptions[] = [];
  const dialogs: Dialogs = {
    showOpenDialog: vi.fn(async (options: OpenDialogOptions) => {
      openDialogCalls.push(options);
      const filePaths = openAnswers.shift() ?? [];
      return { canceled: filePaths.length === 0, filePaths };
    }),
    showSaveDialog: vi.fn(async (options: SaveDialogOptions) => {
      saveDialogCalls.push(options);
      const filePath = saveAnswers.shift();
      return filePath === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath };
    }),
  };
  const webContents = { id: 1 };
  const window = { webContents };
  registerIpcHandlers(ipcMain, {
    dialogs,
    userDataDir,
    getWindow: () => window,
    logError: () => undefined,
    ...overrides,
  });

  const ourMainFrame: InvokeEventLike = {
    sender: webContents,
    senderFrame: { url: 'app://charter/index.html', parent: null },
  };

  async function invoke(channel: string, event: InvokeEventLike, ...args: unknown[]): Promise<unknown> {
    const listener = handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  }

  /** Calls a channel as the app's own page would and unwraps a successful result. */
  async function call<T>(channel: string, ...args: unknown[]): Promise<T> {
    const result = (await invoke(channel, ourMainFrame, ...args)) as HostBridgeResult<T>;
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  }

  return {
    handlers,
    invoke,
    call,
    ourMainFrame,
    webContents,
    dialogs,
    openAnswers,
    saveAnswers,
    saveDialogCalls,
    openDialogCalls,
  };
}

describe('IPC handlers behind window.host', () => {
  const newFolder = useTempFolders();

  async function setUp(overrides: Partial<IpcDeps> = {}) {
    const userData = await newFolder();
    const documents = await newFolder();
    const reviewPath = path.join(documents, 'Supreme Court 2026.charter');
    await writeFile(reviewPath, ORIGINAL);
    return { electron: fakeElectron(userData, overrides), documents, reviewPath };
  }

  async function openTheReview(electron: ReturnType<typeof fakeElectron>, reviewPath: string): Promise<OpenedFile> {
    electron.openAnswers.push([reviewPath]);
    const opened = await electron.call<OpenedFile | null>(HOST_CHANNELS.openReviewFile);
    if (!opened) throw new Error('the open dialog was cancelled');
    return opened;
  }

  it('registers one handler per Host method', async () => {
    const { electron } = await setUp();
    expect([...electron.handlers.keys()].sort()).toEqual(Object.values(HOST_CHANNELS).sort());
  });

  it('opening a review returns its bytes and an opaque key, never its path', async () => {
    const { electron, documents, reviewPath } = await setUp();

    const opened = await openTheReview(electron, reviewPath);

    expect(opened.bytes).toEqual(ORIGINAL);
    expect(opened.ref).toEqual({
      key: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/),
      name: 'Supreme Court 2026.charter',
      location: documents,
    });
    expect(opened.ref.key).not.toContain(documents);
  });

  it('saving with the key from opening writes the new bytes in place, atomically', async () => {
    const { electron, documents, reviewPath } = await setUp();
    const opened = await openTheReview(electron, reviewPath);

    const outcome = await electron.call<SaveOutcome>(HOST_CHANNELS.saveReviewFile, opened.ref, EDITED);

    expect(Date.parse(outcome.savedAt)).not.toBeNaN();
    expect(new Uint8Array(await readFile(reviewPath))).toEqual(EDITED);
    expect(await readdir(documents)).toEqual(['Supreme Court 2026.charter']);
  });

  it('a save that fails because the disk is full reports it with its code, and the file is unchanged', async () => {
    const { electron, reviewPath } = await setUp({
      fs: { ...nodeFileSystemOps, rename: () => Promise.reject(systemError('ENOSPC')) },
    });
    const opened = await openTheReview(electron, reviewPath);

    const result = await electron.invoke(HOST_CHANNELS.saveReviewFile, electron.ourMainFrame, opened.ref, EDITED);

    expect(result).toEqual({
      ok: false,
      error: { code: 'disk-full', message: expect.stringMatching(/disk is full.*Your work is still open/) },
    });
    expect(new Uint8Array(await readFile(reviewPath))).toEqual(ORIGINAL);
  });

  it('refuses to save with a key it never issued, and writes nothing', async () => {
    const { electron, documents, reviewPath } = await setUp();
    await openTheReview(electron, reviewPath);
    const forged: ReviewFileRef = { key: 'AAAAAAAAAAAAAAAAAAAAAAAA', name: 'x.charter', location: documents };

    const result = await electron.invoke(HOST_CHANNELS.saveReviewFile, electron.ourMainFrame, forged, EDITED);

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'unknown-file', message: expect.stringMatching(/Nothing was written/) },
    });
    expect(new Uint8Array(await readFile(reviewPath))).toEqual(ORIGINAL);
    expect(await readdir(documents)).toEqual(['Supreme Court 2026.charter']);
  });

  const malformedSaves: [string, (ref: ReviewFileRef) => unknown[]][] = [
    ['bytes sent as a string', (ref) => [ref, 'SQLite format 3']],
    ['bytes sent as a plain array', (ref) => [ref, [1, 2, 3]]],
    ['a path instead of a key', (ref) => [{ ...ref, key: '../../etc/passwd' }, EDITED]],
    ['no file reference at all', () => [EDITED]],
    ['an extra argument', (ref) => [ref, EDITED, 'overwrite-anything']],
  ];

  for (const [what, args] of malformedSaves) {
    it(`rejects a save with ${what}, and writes nothing`, async () => {
      const { electron, documents, reviewPath } = await setUp();
      const opened = await openTheReview(electron, reviewPath);

      await expect(
        electron.invoke(HOST_CHANNELS.saveReviewFile, electron.ourMainFrame, ...args(opened.ref)),
      ).rejects.toThrow(/malformed arguments/);
      expect(new Uint8Array(await readFile(reviewPath))).toEqual(ORIGINAL);
      expect(await readdir(documents)).toEqual(['Supreme Court 2026.charter']);
    });
  }

  const foreignSenders: [string, (ours: InvokeEventLike) => InvokeEventLike][] = [
    ['a page from another site', (ours) => ({ ...ours, senderFrame: { url: 'https://evil.example/', parent: null } })],
    [
      'a look-alike origin',
      (ours) => ({ ...ours, senderFrame: { url: 'app://charter.evil/index.html', parent: null } }),
    ],
    ['a sub-frame of our page', (ours) => ({ ...ours, senderFrame: { url: 'app://charter/index.html', parent: {} } })],
    ['a frame that is already gone', (ours) => ({ ...ours, senderFrame: null })],
    ['another window', (ours) => ({ ...ours, sender: { id: 2 } })],
  ];

  for (const [who, event] of foreignSenders) {
    it(`rejects a request from ${who} before doing anything`, async () => {
      const { electron, reviewPath } = await setUp();
      const opened = await openTheReview(electron, reviewPath);
      vi.mocked(electron.dialogs.showOpenDialog).mockClear();

      await expect(
        electron.invoke(HOST_CHANNELS.saveReviewFile, event(electron.ourMainFrame), opened.ref, EDITED),
      ).rejects.toThrow(/did not come from the Charter Review window/);
      await expect(electron.invoke(HOST_CHANNELS.openReviewFile, event(electron.ourMainFrame))).rejects.toThrow();
      expect(electron.dialogs.showOpenDialog).not.toHaveBeenCalled();
      expect(new Uint8Array(await readFile(reviewPath))).toEqual(ORIGINAL);
    });
  }

  it('returns null when the person cancels the open dialog', async () => {
    const { electron } = await setUp();
    expect(await electron.call(HOST_CHANNELS.openReviewFile)).toBeNull();
  });

  it('a new review is written where the person chose, and can then be saved again with its key', async () => {
    const { electron, documents } = await setUp({ defaultFolder: () => '/home/aysel/Documents' });
    const chosen = path.join(documents, 'Court of Appeal.charter');
    electron.saveAnswers.push(chosen);

    const ref = await electron.call<ReviewFileRef | null>(
      HOST_CHANNELS.createReviewFile,
      '../../Court of Appeal.charter',
      ORIGINAL,
    );
    expect(ref).toMatchObject({ name: 'Court of Appeal.charter', location: documents });
    // The suggestion cannot steer the dialog out of the default folder.
    expect(electron.saveDialogCalls[0]?.defaultPath).toBe(
      path.join('/home/aysel/Documents', 'Court of Appeal.charter'),
    );
    expect(new Uint8Array(await readFile(chosen))).toEqual(ORIGINAL);

    await electron.call(HOST_CHANNELS.saveReviewFile, ref, EDITED);
    expect(new Uint8Array(await readFile(chosen))).toEqual(EDITED);
  });

  it('lists recently opened files with working keys, and forgets one on request', async () => {
    const { electron, reviewPath } = await setUp();
    const opened = await openTheReview(electron, reviewPath);

    const recent = await electron.call<RecentFile[]>(HOST_CHANNELS.recentFiles);
    expect(recent).toEqual([{ ...opened.ref, lastOpened: expect.any(String) }]);

    const reopened = await electron.call<OpenedFile>(HOST_CHANNELS.openRecentFile, opened.ref.key);
    expect(reopened.bytes).toEqual(ORIGINAL);

    await electron.call(HOST_CHANNELS.forgetRecentFile, opened.ref.key);
    expect(await electron.call(HOST_CHANNELS.recentFiles)).toEqual([]);
  });

  it('a file on the recent list from an earlier session can be opened after a restart', async () => {
    const userData = await newFolder();
    const documents = await newFolder();
    const reviewPath = path.join(documents, 'Supreme Court 2026.charter');
    await writeFile(reviewPath, ORIGINAL);
    const firstSession = fakeElectron(userData);
    firstSession.openAnswers.push([reviewPath]);
    await firstSession.call(HOST_CHANNELS.openReviewFile);

    const secondSession = fakeElectron(userData);
    const [entry] = await secondSession.call<RecentFile[]>(HOST_CHANNELS.recentFiles);
    if (!entry) throw new Error('the recent list is empty after a restart');
    const reopened = await secondSession.call<OpenedFile>(HOST_CHANNELS.openRecentFile, entry.key);

    expect(reopened.bytes).toEqual(ORIGINAL);
  });

  it('refuses to open a file larger than it can hold, with a sentence saying so', async () => {
    const { electron, reviewPath } = await setUp({ maxFileBytes: 10 });
    electron.openAnswers.push([reviewPath]);

    const result = await electron.invoke(HOST_CHANNELS.openReviewFile, electron.ourMainFrame);

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'io-error', message: expect.stringMatching(/larger than the 10 bytes Charter Review can open/) },
    });
  });

  it('a recent file that was deleted meanwhile is reported as not found', async () => {
    const { electron, reviewPath } = await setUp();
    const opened = await openTheReview(electron, reviewPath);
    const { rm } = await import('node:fs/promises');
    await rm(reviewPath);

    const result = await electron.invoke(HOST_CHANNELS.openRecentFile, electron.ourMainFrame, opened.ref.key);

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringMatching(/no longer in/) },
    });
  });

  it('an export is written where the person chose, but gets no key and no place on the recent list', async () => {
    const { electron, documents } = await setUp();
    const chosen = path.join(documents, 'Report.docx');
    electron.saveAnswers.push(chosen);
    const docx = new TextEncoder().encode('PK docx bytes');

    const exported = await electron.call<boolean>(
      HOST_CHANNELS.exportFile,
      'Report.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      docx,
    );

    expect(exported).toBe(true);
    expect(new Uint8Array(await readFile(chosen))).toEqual(docx);
    expect(electron.saveDialogCalls[0]?.filters?.[0]).toEqual({ name: 'DOCX file', extensions: ['docx'] });
    expect(await electron.call(HOST_CHANNELS.recentFiles)).toEqual([]);
  });

  it('saves to the same file land in the order they were asked for', async () => {
    let releaseFirstSave: () => void = () => undefined;
    const firstSaveHeld = new Promise<void>((resolve) => (releaseFirstSave = resolve));
    let savesStarted = 0;
    const { electron, reviewPath } = await setUp({
      fs: {
        ...nodeFileSystemOps,
        // The first step of a save; the first (older) save is held here so that, without ordering, it would land last.
        async permissionsOf(filePath) {
          if (filePath.endsWith('.charter')) savesStarted += 1;
          if (filePath.endsWith('.charter') && savesStarted === 1) await firstSaveHeld;
          return nodeFileSystemOps.permissionsOf(filePath);
        },
      },
    });
    const opened = await openTheReview(electron, reviewPath);

    const older = electron.call(HOST_CHANNELS.saveReviewFile, opened.ref, ORIGINAL);
    const newer = electron.call(HOST_CHANNELS.saveReviewFile, opened.ref, EDITED);
    setTimeout(releaseFirstSave, 20);
    await Promise.all([older, newer]);

    expect(new Uint8Array(await readFile(reviewPath))).toEqual(EDITED);
  });
  describe('picking a file to read once (an inventory)', () => {
    const INVENTORY = new TextEncoder().encode('System name,Stage\nHearing transcription,Pilot\n');
    const OPTIONS = { title: 'Import an inventory', extensions: ['csv', 'xlsx', 'json'] };

    async function setUpInventory(overrides: Partial<IpcDeps> = {}) {
      const { electron, documents } = await setUp(overrides);
      const inventoryPath = path.join(documents, 'Inventory 2026.csv');
      await writeFile(inventoryPath, INVENTORY);
      return { electron, documents, inventoryPath };
    }

    it('returns the chosen file by name with its bytes, never its folder, and keeps no trace of it', async () => {
      const { electron, documents, inventoryPath } = await setUpInventory();
      electron.openAnswers.push([inventoryPath]);

      const picked = await electron.call<PickedFile | null>(HOST_CHANNELS.pickFile, OPTIONS);

      expect(picked).toEqual({ name: 'Inventory 2026.csv', bytes: INVENTORY });
      expect(JSON.stringify(picked?.name)).not.toContain(documents);
      expect(await electron.call(HOST_CHANNELS.recentFiles)).toEqual([]);
    });

    it('offers only the asked-for kinds of file, whatever the case of their extension', async () => {
      const { electron } = await setUpInventory();

      await electron.call(HOST_CHANNELS.pickFile, OPTIONS);

      expect(electron.openDialogCalls[0]).toMatchObject({
        title: 'Import an inventory',
        properties: ['openFile'],
        filters: [{ name: 'CSV, XLSX, JSON files', extensions: ['csv', 'xlsx', 'json', 'CSV', 'XLSX', 'JSON'] }],
      });
    });

    it('returns null when the person cancels', async () => {
      const { electron } = await setUpInventory();
      expect(await electron.call(HOST_CHANNELS.pickFile, OPTIONS)).toBeNull();
    });

    it('refuses a file larger than the limit with a sentence saying so, without reading it', async () => {
      const { electron, inventoryPath } = await setUpInventory({ maxPickedFileBytes: 10 });
      electron.openAnswers.push([inventoryPath]);

      const result = await electron.invoke(HOST_CHANNELS.pickFile, electron.ourMainFrame, OPTIONS);

      expect(result).toEqual({
        ok: false,
        error: {
          code: 'io-error',
          message: expect.stringMatching(
            /"Inventory 2026.csv" is \d+ bytes, larger than the 10 bytes .*Nothing was changed/,
          ),
        },
      });
    });

    it('refuses a folder chosen as the file', async () => {
      const { electron, documents } = await setUpInventory();
      electron.openAnswers.push([documents]);

      const result = await electron.invoke(HOST_CHANNELS.pickFile, electron.ourMainFrame, OPTIONS);

      expect(result).toMatchObject({
        ok: false,
        error: { code: 'not-found', message: expect.stringMatching(/folder/) },
      });
    });

    const malformedPicks: [string, unknown[]][] = [
      ['no options', []],
      ['an extension with a dot', [{ ...OPTIONS, extensions: ['.csv'] }]],
      ['an extension that is a path', [{ ...OPTIONS, extensions: ['../../etc/passwd'] }]],
      ['no extension at all', [{ ...OPTIONS, extensions: [] }]],
      ['an empty title', [{ ...OPTIONS, title: '  ' }]],
      ['a starting folder smuggled in', [{ ...OPTIONS, defaultPath: '/etc' }]],
    ];

    for (const [what, args] of malformedPicks) {
      it(`rejects a pick with ${what} before showing a dialog`, async () => {
        const { electron } = await setUpInventory();

        await expect(electron.invoke(HOST_CHANNELS.pickFile, electron.ourMainFrame, ...args)).rejects.toThrow(
          /malformed arguments/,
        );
        expect(electron.dialogs.showOpenDialog).not.toHaveBeenCalled();
      });
    }

    it('rejects a pick from a page that is not ours before showing a dialog', async () => {
      const { electron } = await setUpInventory();
      const foreign = { ...electron.ourMainFrame, senderFrame: { url: 'https://evil.example/', parent: null } };

      await expect(electron.invoke(HOST_CHANNELS.pickFile, foreign, OPTIONS)).rejects.toThrow(
        /did not come from the Charter Review window/,
      );
      expect(electron.dialogs.showOpenDialog).not.toHaveBeenCalled();
    });
  });
});

describe('the native dialogs behind window.host', () => {
  const newFolder = useTempFolders();

  async function setUpInLanguage(initial: MainLanguage) {
    const language = { current: initial };
    const documents = await newFolder();
    const reviewPath = path.join(documents, 'Supreme Court 2026.charter');
    await writeFile(reviewPath, ORIGINAL);
    const electron = fakeElectron(await newFolder(), { language: () => language.current });
    return { electron, language, reviewPath };
  }

  it('speak the interface language, asked anew for each dialog', async () => {
    const { electron, language } = await setUpInLanguage('fr');

    await electron.call(HOST_CHANNELS.openReviewFile);
    await electron.call(HOST_CHANNELS.createReviewFile, 'Review.charter', EDITED);
    language.current = 'az';
    await electron.call(HOST_CHANNELS.saveReviewFileAs, 'Review.charter', EDITED);
    await electron.call(HOST_CHANNELS.exportFile, 'Report.docx', 'application/octet-stream', EDITED);
    await electron.call(HOST_CHANNELS.pickFile, { title: 'İnventarı idxal edin', extensions: ['csv', 'xlsx'] });

    expect(electron.openDialogCalls[0]).toMatchObject({
      title: 'Ouvrir une évaluation',
      filters: [{ name: 'Fichier Charter Review', extensions: ['charter'] }],
    });
    expect(
      electron.saveDialogCalls.map((options) => [options.title, options.filters?.map((filter) => filter.name)]),
    ).toEqual([
      ['Où enregistrer la nouvelle évaluation\u00a0?', ['Fichier Charter Review']],
      ['Qiymətləndirməni fərqli adla saxlayın', ['Charter Review faylı']],
      ['İxrac', ['DOCX faylı', 'Bütün fayllar']],
    ]);
    // The page gives the title of a pick dialog, already in its language; main names the kinds of file.
    expect(electron.openDialogCalls[1]).toMatchObject({
      title: 'İnventarı idxal edin',
      filters: [{ name: 'CSV, XLSX faylları', extensions: ['csv', 'xlsx', 'CSV', 'XLSX'] }],
    });
  });

  it('ask where to keep a restored backup in the interface language', async () => {
    const { electron, reviewPath } = await setUpInLanguage('fr');
    electron.openAnswers.push([reviewPath]);
    const opened = await electron.call<OpenedFile>(HOST_CHANNELS.openReviewFile);
    const entry = await electron.call<BackupEntry>(HOST_CHANNELS.keepBackup, opened.ref, {
      reviewId: 'r1',
      title: 'Supreme Court 2026',
      reason: 'opened',
      schemaVersion: 2,
    });

    expect(await electron.call(HOST_CHANNELS.restoreBackupAsCopy, entry.id)).toBeNull();

    expect(electron.saveDialogCalls[0]).toMatchObject({
      title: 'Où enregistrer la copie restaurée\u00a0?',
      filters: [{ name: 'Fichier Charter Review', extensions: ['charter'] }],
    });
  });

  it('are in English when main was given no language', async () => {
    const electron = fakeElectron(await newFolder());
    await electron.call(HOST_CHANNELS.openReviewFile);
    expect(electron.openDialogCalls[0]).toMatchObject({
      title: 'Open a review',
      filters: [{ name: 'Charter Review file', extensions: ['charter'] }],
    });
  });
});
