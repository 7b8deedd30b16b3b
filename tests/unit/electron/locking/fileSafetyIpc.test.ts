// The main-process handlers that keep an open review safe, called as the page calls them (with a fake Electron):
// locks between two app instances, a file changed on disk by another process, backups and restoring one as a copy.
import { readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { SaveDialogOptions } from 'electron';
import {
  registerIpcHandlers,
  type HostFileService,
  type InvokeEventLike,
  type IpcDeps,
  type IpcHandlerRegistry,
} from '../../../../electron/ipc';
import { HOST_CHANNELS } from '../../../../electron/ipcChannels';
import { lockPathFor } from '../../../../electron/files/reviewLockFile';
import type { HostBridgeResult, OpenedFile, ReviewFileRef } from '../../../../shared/host';
import type { BackupEntry, BackupRequest } from '../../../../shared/saving/reviewBackups';
import { useTempFolders } from '../tempFolder';
import { removeHelperBundle, startOtherProcess, type OtherProcess } from './otherProcess';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

const ORIGINAL = new TextEncoder().encode('SQLite format 3\0 the review as it was opened');
const MINE = new TextEncoder().encode('SQLite format 3\0 the review with my new answer');
const THEIRS = 'SQLite format 3\0 the review as the synced folder brought it back, longer';
const REVIEW_ID = '3f1c2d4e-aaaa-bbbb-cccc-0123456789ab';

const running: OtherProcess[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((other) => other.kill()));
});
afterAll(removeHelperBundle);

/** One app instance: its handlers, its window's main frame, and dialogs answered from a script. */
function appInstance(userDataDir: string, overrides: Partial<IpcDeps> = {}) {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcHandlerRegistry = { handle: (channel, listener) => handlers.set(channel, listener) };
  const openAnswers: string[][] = [];
  const saveAnswers: string[] = [];
  const saveDialogs: SaveDialogOptions[] = [];
  const webContents = { id: 1 };
  const service: HostFileService = registerIpcHandlers(ipcMain, {
    dialogs: {
      showOpenDialog: vi.fn(async () => {
        const filePaths = openAnswers.shift() ?? [];
        return { canceled: filePaths.length === 0, filePaths };
      }),
      showSaveDialog: vi.fn(async (options: SaveDialogOptions) => {
        saveDialogs.push(options);
        const filePath = saveAnswers.shift();
        return filePath === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath };
      }),
    },
    userDataDir,
    getWindow: () => ({ webContents }),
    logError: () => undefined,
    locks: { heartbeatIntervalMs: 0 },
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

  /** Calls a channel as the page does; returns the envelope. */
  function send<T>(channel: string, ...args: unknown[]): Promise<HostBridgeResult<T>> {
    return invoke(channel, ourMainFrame, ...args) as Promise<HostBridgeResult<T>>;
  }

  async function call<T>(channel: string, ...args: unknown[]): Promise<T> {
    const result = await send<T>(channel, ...args);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  }

  async function open(reviewPath: string): Promise<OpenedFile> {
    openAnswers.push([reviewPath]);
    const opened = await call<OpenedFile | null>(HOST_CHANNELS.openReviewFile);
    if (!opened) throw new Error('the open dialog was cancelled');
    return opened;
  }

  return { service, invoke, send, call, open, ourMainFrame, saveAnswers, saveDialogs };
}

function backupRequest(reason: BackupRequest['reason'], extra: Partial<BackupRequest> = {}): BackupRequest {
  return { reviewId: REVIEW_ID, title: 'Supreme Court 2026', reason, schemaVersion: 2, ...extra };
}

describe('keeping an open review safe, through the IPC handlers', () => {
  const newFolder = useTempFolders();

  async function setUp(overrides: Partial<IpcDeps> = {}) {
    const userData = await newFolder();
    const documents = await newFolder();
    const reviewPath = path.join(documents, 'Supreme Court 2026.charter');
    await writeFile(reviewPath, ORIGINAL);
    return { app: appInstance(userData, overrides), userData, documents, reviewPath };
  }

  describe('a file changed on disk while it is open', () => {
    it('is noticed, and not saved over: the save fails with changed-on-disk and the other version stays', async () => {
      const { app, reviewPath } = await setUp();
      const opened = await app.open(reviewPath);
      const other = await startOtherProcess();
      running.push(other);
      expect(await app.call(HOST_CHANNELS.checkReviewFile, opened.ref)).toEqual({ changedOnDisk: false });

      await other.ask({ type: 'write', filePath: reviewPath, text: THEIRS });

      expect(await app.call(HOST_CHANNELS.checkReviewFile, opened.ref)).toEqual({ changedOnDisk: true });
      const refused = await app.send(HOST_CHANNELS.saveReviewFile, opened.ref, MINE);
      expect(refused).toEqual({
        ok: false,
        error: {
          code: 'changed-on-disk',
          message: expect.stringMatching(/changed outside Charter Review.*still open/),
        },
      });
      expect(await readFile(reviewPath, 'utf8')).toBe(THEIRS);
    });

    it('"keep mine" lets the next save replace the other version', async () => {
      const { app, reviewPath } = await setUp();
      const opened = await app.open(reviewPath);
      await writeFile(reviewPath, THEIRS);

      await app.call(HOST_CHANNELS.acceptDiskChange, opened.ref);
      await app.call(HOST_CHANNELS.saveReviewFile, opened.ref, MINE);

      expect(new Uint8Array(await readFile(reviewPath))).toEqual(MINE);
      expect(await app.call(HOST_CHANNELS.checkReviewFile, opened.ref)).toEqual({ changedOnDisk: false });
    });

    it('a file only touched, with the same content (as sync tools do), is not a change', async () => {
      const { app, reviewPath } = await setUp();
      const opened = await app.open(reviewPath);
      const later = new Date(Date.now() + 120_000);
      await utimes(reviewPath, later, later);

      expect(await app.call(HOST_CHANNELS.checkReviewFile, opened.ref)).toEqual({ changedOnDisk: false });
      await app.call(HOST_CHANNELS.saveReviewFile, opened.ref, MINE);
      expect(new Uint8Array(await readFile(reviewPath))).toEqual(MINE);
    });

    it('a file removed meanwhile is reported too, and "keep mine" writes it back', async () => {
      const { app, reviewPath } = await setUp();
      const opened = await app.open(reviewPath);
      await rm(reviewPath);

      expect(await app.call(HOST_CHANNELS.checkReviewFile, opened.ref)).toEqual({ changedOnDisk: true });
      expect(await app.send(HOST_CHANNELS.saveReviewFile, opened.ref, MINE)).toMatchObject({
        ok: false,
        error: { code: 'changed-on-disk' },
      });
      await app.call(HOST_CHANNELS.acceptDiskChange, opened.ref);
      await app.call(HOST_CHANNELS.saveReviewFile, opened.ref, MINE);
      expect(new Uint8Array(await readFile(reviewPath))).toEqual(MINE);
    });

    it("the app's own saves are never mistaken for outside changes", async () => {
      const { app, reviewPath } = await setUp();
      const opened = await app.open(reviewPath);
      for (let round = 0; round < 3; round += 1) {
        await app.call(
          HOST_CHANNELS.saveReviewFile,
          opened.ref,
          new TextEncoder().encode(`SQLite format 3\0 #${round}`),
        );
        expect(await app.call(HOST_CHANNELS.checkReviewFile, opened.ref)).toEqual({ changedOnDisk: false });
      }
    });
  });

  describe('locks between two app instances', () => {
    it('the second instance is read-only and its saves are refused; once the first closes, it may write', async () => {
      const { app: first, reviewPath } = await setUp({ locks: { heartbeatIntervalMs: 0, machine: 'DESK-1' } });
      const second = appInstance(await newFolder(), { locks: { heartbeatIntervalMs: 0, machine: 'DESK-2' } });
      const mine = await first.open(reviewPath);
      const theirs = await second.open(reviewPath);

      expect(await first.call(HOST_CHANNELS.lockReviewFile, mine.ref, { owner: 'Ana Costa', takeOver: false })).toEqual(
        { mode: 'write' },
      );
      expect(await second.call(HOST_CHANNELS.lockReviewFile, theirs.ref, { owner: 'Luc', takeOver: false })).toEqual({
        mode: 'read-only',
        stale: false,
        holder: expect.objectContaining({ owner: 'Ana Costa', machine: 'DESK-1' }),
      });
      expect(await second.send(HOST_CHANNELS.saveReviewFile, theirs.ref, MINE)).toMatchObject({
        ok: false,
        error: { code: 'locked', message: expect.stringContaining('Ana Costa on DESK-1') },
      });
      expect(new Uint8Array(await readFile(reviewPath))).toEqual(ORIGINAL);
      await first.call(HOST_CHANNELS.saveReviewFile, mine.ref, MINE);

      await first.call(HOST_CHANNELS.unlockReviewFile, mine.ref);
      await expect(readFile(lockPathFor(reviewPath))).rejects.toMatchObject({ code: 'ENOENT' });
      expect(await second.call(HOST_CHANNELS.lockReviewFile, theirs.ref, { owner: 'Luc', takeOver: false })).toEqual({
        mode: 'write',
      });
    });

    it('an empty name in Settings falls back to the name of the operating-system user', async () => {
      const { app, reviewPath } = await setUp();
      const opened = await app.open(reviewPath);
      await app.call(HOST_CHANNELS.lockReviewFile, opened.ref, { owner: '  ', takeOver: false });
      const record = JSON.parse(await readFile(lockPathFor(reviewPath), 'utf8')) as { owner: string };
      expect(record.owner).toBe((await import('node:os')).userInfo().username);
    });

    it('closing the window (or quitting) removes the lock files', async () => {
      const { app, reviewPath } = await setUp();
      const opened = await app.open(reviewPath);
      await app.call(HOST_CHANNELS.lockReviewFile, opened.ref, { owner: 'Ana', takeOver: false });

      app.service.releaseAllLocks();

      await expect(readFile(lockPathFor(reviewPath))).rejects.toMatchObject({ code: 'ENOENT' });
    });
  });

  describe('backups', () => {
    it('a backup on open is the file as read, kept in the data folder with what the Restore screen shows', async () => {
      const { app, userData, reviewPath } = await setUp();
      const opened = await app.open(reviewPath);

      const entry = await app.call<BackupEntry>(
        HOST_CHANNELS.keepBackup,
        opened.ref,
        backupRequest('opened', { systems: 3, answers: 17 }),
      );

      expect(entry).toMatchObject({
        reviewId: REVIEW_ID,
        reason: 'opened',
        size: ORIGINAL.byteLength,
        systems: 3,
        answers: 17,
        fileName: 'Supreme Court 2026.charter',
      });
      expect(JSON.stringify(entry)).not.toContain(path.dirname(reviewPath));
      const folder = path.join(userData, 'backups', REVIEW_ID);
      const copy = (await readdir(folder)).find((name) => name.endsWith('.charter')) ?? '';
      expect(new Uint8Array(await readFile(path.join(folder, copy)))).toEqual(ORIGINAL);
      expect(await app.call(HOST_CHANNELS.listBackups)).toEqual([entry]);
      expect(await app.call(HOST_CHANNELS.listBackups, opened.ref)).toEqual([entry]);
    });

    it('no backup "on open" is taken of a file that changed after it was read', async () => {
      const { app, reviewPath } = await setUp();
      const opened = await app.open(reviewPath);
      await writeFile(reviewPath, THEIRS);

      expect(await app.send(HOST_CHANNELS.keepBackup, opened.ref, backupRequest('opened'))).toMatchObject({
        ok: false,
        error: { code: 'changed-on-disk' },
      });
      expect(await app.call(HOST_CHANNELS.listBackups)).toEqual([]);
    });

    it('the last 10 are kept per review, the copy from before an upgrade always, and repeats are skipped', async () => {
      let clock = Date.parse('2026-05-14T08:00:00.000Z');
      const { app, userData, reviewPath } = await setUp({ now: () => new Date((clock += 60_000)) });
      const opened = await app.open(reviewPath);
      const upgrade = await app.call<BackupEntry>(
        HOST_CHANNELS.keepBackup,
        opened.ref,
        backupRequest('before-upgrade', { schemaVersion: 1, upgradeTo: 2 }),
      );
      for (let hour = 0; hour < 14; hour += 1) {
        await app.call(
          HOST_CHANNELS.saveReviewFile,
          opened.ref,
          new TextEncoder().encode(`SQLite format 3\0 h${hour}`),
        );
        expect(await app.call(HOST_CHANNELS.keepBackup, opened.ref, backupRequest('hourly'))).not.toBeNull();
      }
      // Nothing changed since the last one: no new backup.
      expect(await app.call(HOST_CHANNELS.keepBackup, opened.ref, backupRequest('hourly'))).toBeNull();

      const listed = await app.call<BackupEntry[]>(HOST_CHANNELS.listBackups);
      expect(listed).toHaveLength(11);
      expect(listed.filter((entry) => entry.reason === 'hourly')).toHaveLength(10);
      expect(listed.at(-1)).toEqual(upgrade);
      expect(listed.map((entry) => entry.takenAt)).toEqual([...listed.map((entry) => entry.takenAt)].sort().reverse());
      expect(await readdir(path.join(userData, 'backups', REVIEW_ID))).toHaveLength(22);
    });

    it('restoring writes the backup to a new file the person chose and opens it; the original is untouched', async () => {
      const { app, documents, reviewPath } = await setUp();
      const opened = await app.open(reviewPath);
      const entry = await app.call<BackupEntry>(HOST_CHANNELS.keepBackup, opened.ref, backupRequest('opened'));
      await app.call(HOST_CHANNELS.saveReviewFile, opened.ref, MINE);
      const target = path.join(documents, 'Restored.charter');
      app.saveAnswers.push(target);

      const restored = await app.call<OpenedFile>(HOST_CHANNELS.restoreBackupAsCopy, entry.id);

      expect(restored.bytes).toEqual(ORIGINAL);
      expect(restored.ref).toMatchObject({ name: 'Restored.charter', location: documents });
      expect(new Uint8Array(await readFile(target))).toEqual(ORIGINAL);
      expect(new Uint8Array(await readFile(reviewPath))).toEqual(MINE);
      expect(path.basename(String(app.saveDialogs[0]?.defaultPath))).toMatch(
        /^Supreme Court 2026 \(backup \d{4}-\d\d-\d\d \d{4}\)\.charter$/,
      );
      // The copy is a review like any other: it can be saved with its key.
      await app.call(HOST_CHANNELS.saveReviewFile, restored.ref, MINE);
    });

    it('restoring never replaces an existing file, and a cancelled dialog writes nothing', async () => {
      const { app, reviewPath } = await setUp();
      const opened = await app.open(reviewPath);
      const entry = await app.call<BackupEntry>(HOST_CHANNELS.keepBackup, opened.ref, backupRequest('opened'));
      await app.call(HOST_CHANNELS.saveReviewFile, opened.ref, MINE);

      app.saveAnswers.push(reviewPath);
      expect(await app.send(HOST_CHANNELS.restoreBackupAsCopy, entry.id)).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining('restoring never replaces a file') },
      });
      expect(new Uint8Array(await readFile(reviewPath))).toEqual(MINE);
      expect(await app.call(HOST_CHANNELS.restoreBackupAsCopy, entry.id)).toBeNull();
    });

    it('a backup whose copy was altered on disk is refused rather than restored', async () => {
      const { app, userData, documents, reviewPath } = await setUp();
      const opened = await app.open(reviewPath);
      const entry = await app.call<BackupEntry>(HOST_CHANNELS.keepBackup, opened.ref, backupRequest('opened'));
      const stamp = entry.id.split('/')[1] ?? '';
      await writeFile(path.join(userData, 'backups', REVIEW_ID, `${stamp}.charter`), 'tampered');
      app.saveAnswers.push(path.join(documents, 'Restored.charter'));

      expect(await app.send(HOST_CHANNELS.restoreBackupAsCopy, entry.id)).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining('no longer matches') },
      });
      expect(await readdir(documents)).toEqual(['Supreme Court 2026.charter']);
    });
  });

  describe('payload and sender checks', () => {
    const malformed: [string, string, (ref: ReviewFileRef) => unknown[]][] = [
      ['a backup id that climbs out of the folder', HOST_CHANNELS.restoreBackupAsCopy, () => ['../../etc/passwd']],
      [
        'a backup request with an unknown field',
        HOST_CHANNELS.keepBackup,
        (ref) => [ref, { ...backupRequest('opened'), path: '/tmp' }],
      ],
      [
        'a backup request with an unknown reason',
        HOST_CHANNELS.keepBackup,
        (ref) => [ref, backupRequest('weekly' as 'hourly')],
      ],
      ['a lock request without takeOver', HOST_CHANNELS.lockReviewFile, (ref) => [ref, { owner: 'Ana' }]],
      [
        'an owner name of 10,000 characters',
        HOST_CHANNELS.lockReviewFile,
        (ref) => [ref, { owner: 'A'.repeat(10_000), takeOver: false }],
      ],
      ['a path instead of a key', HOST_CHANNELS.checkReviewFile, (ref) => [{ ...ref, key: '/etc/passwd' }]],
      ['two files to list backups of', HOST_CHANNELS.listBackups, (ref) => [ref, ref]],
    ];

    for (const [what, channel, args] of malformed) {
      it(`rejects ${what}`, async () => {
        const { app, reviewPath } = await setUp();
        const opened = await app.open(reviewPath);
        await expect(app.invoke(channel, app.ourMainFrame, ...args(opened.ref))).rejects.toThrow(/malformed arguments/);
        await expect(readFile(lockPathFor(reviewPath))).rejects.toMatchObject({ code: 'ENOENT' });
      });
    }

    it('rejects lock, backup and restore requests from a page that is not ours', async () => {
      const { app, reviewPath } = await setUp();
      const opened = await app.open(reviewPath);
      const foreign: InvokeEventLike = {
        ...app.ourMainFrame,
        senderFrame: { url: 'https://evil.example/', parent: null },
      };
      for (const [channel, args] of [
        [HOST_CHANNELS.lockReviewFile, [opened.ref, { owner: 'x', takeOver: true }]],
        [HOST_CHANNELS.keepBackup, [opened.ref, backupRequest('opened')]],
        [HOST_CHANNELS.listBackups, []],
      ] as const) {
        await expect(app.invoke(channel, foreign, ...args)).rejects.toThrow(
          /did not come from the Charter Review window/,
        );
      }
      await expect(readFile(lockPathFor(reviewPath))).rejects.toMatchObject({ code: 'ENOENT' });
      expect(await app.call(HOST_CHANNELS.listBackups)).toEqual([]);
    });
  });
});
