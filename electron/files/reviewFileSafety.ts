// What keeps an open review file safe on the desktop, behind the Host methods of the same names: its lock, the
// version on disk it may replace, and its backups. ipc.ts calls the hooks around every read and write of a review.
import { stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import {
  HostError,
  type Host,
  type OpenedFile,
  type ReviewFileCheck,
  type ReviewFileRef,
  type ReviewLockRequest,
} from '../../shared/host';
import { restoredCopyName, type BackupEntry, type BackupRequest } from '../../shared/saving/reviewBackups';
import type { ReviewLockState } from '../../shared/saving/reviewLock';
import { DiskVersions } from './diskVersions';
import { errnoOf } from './fsErrors';
import { BACKUPS_FOLDER_NAME, ReviewBackups, sourceTagFor } from './reviewBackups';
import { ReviewLocks, operatingSystemUser, type ReviewLocksOptions } from './reviewLockFile';
import { saveReviewAtomically, type FileSystemOps } from './saveReviewAtomically';

export type ReviewFileSafetyMethods = Pick<
  Host,
  | 'lockReviewFile'
  | 'unlockReviewFile'
  | 'checkReviewFile'
  | 'acceptDiskChange'
  | 'keepBackup'
  | 'listBackups'
  | 'restoreBackupAsCopy'
>;

export interface ReviewFileSafetyDeps {
  userDataDir: string;
  /** The path behind a key the renderer holds (throws HostError unknown-file otherwise). */
  grantedPath(key: string): string;
  /** Asks where to keep a restored copy of a backup; null when the person cancels. */
  askWhereToKeepRestoredCopy(suggestedName: string): Promise<string | null>;
  /** Gives the renderer a key for a file it may now use, and puts it on the recent list. */
  grantAndRemember(filePath: string): Promise<ReviewFileRef>;
  fs?: FileSystemOps;
  now?: () => Date;
  maxFileBytes?: number;
  locks?: ReviewLocksOptions;
}

export class ReviewFileSafety {
  readonly locks: ReviewLocks;
  readonly versions = new DiskVersions();
  readonly backups: ReviewBackups;

  constructor(private readonly deps: ReviewFileSafetyDeps) {
    this.locks = new ReviewLocks(deps.locks);
    this.backups = new ReviewBackups(path.join(deps.userDataDir, BACKUPS_FOLDER_NAME), {
      now: deps.now,
      fs: deps.fs,
      maxFileBytes: deps.maxFileBytes,
    });
  }

  // ---- hooks around the existing reads and writes ----

  beforeRead(filePath: string): Promise<Stats | undefined> {
    return this.versions.statBeforeRead(filePath);
  }

  afterRead(filePath: string, statsBeforeRead: Stats | undefined, bytes: Uint8Array): void {
    this.versions.rememberRead(filePath, statsBeforeRead, bytes);
  }

  /** Refuses to write a review someone else holds the lock of, or one that changed on disk since we last saw it. */
  async beforeWrite(filePath: string): Promise<void> {
    await this.locks.assertWritable(filePath);
    await this.versions.assertUnchanged(filePath);
  }

  /** Refuses a journal append for a review whose lock this app no longer holds (taken over by someone else). */
  beforeJournalAppend(filePath: string): Promise<void> {
    return this.locks.assertWritable(filePath);
  }

  afterWrite(filePath: string, bytes: Uint8Array): Promise<void> {
    return this.versions.rememberWritten(filePath, bytes);
  }

  // ---- the Host methods ----

  readonly methods: ReviewFileSafetyMethods = {
    lockReviewFile: (ref: ReviewFileRef, request: ReviewLockRequest): Promise<ReviewLockState> =>
      this.locks.acquire(this.deps.grantedPath(ref.key), {
        owner: request.owner.trim() || operatingSystemUser(),
        takeOver: request.takeOver,
      }),

    unlockReviewFile: (ref: ReviewFileRef): Promise<void> => this.locks.release(this.deps.grantedPath(ref.key)),

    checkReviewFile: async (ref: ReviewFileRef): Promise<ReviewFileCheck> => {
      const outcome = await this.versions.check(this.deps.grantedPath(ref.key));
      return { changedOnDisk: outcome === 'changed' || outcome === 'missing' };
    },

    acceptDiskChange: (ref: ReviewFileRef): Promise<void> =>
      this.versions.acceptCurrent(this.deps.grantedPath(ref.key)),

    keepBackup: async (ref: ReviewFileRef, request: BackupRequest): Promise<BackupEntry | null> => {
      const filePath = this.deps.grantedPath(ref.key);
      // A backup "on open" must be of the bytes the app read, not of whatever is on disk by now.
      const expected = request.reason === 'hourly' ? undefined : this.versions.knownSha256(filePath);
      try {
        return await this.backups.take(filePath, request, expected);
      } catch (error) {
        if (error instanceof HostError && error.code === 'changed-on-disk') throw error;
        throw backupFailure(error, path.basename(filePath));
      }
    },

    listBackups: async (file?: ReviewFileRef): Promise<BackupEntry[]> =>
      this.backups.list(file === undefined ? undefined : sourceTagFor(this.deps.grantedPath(file.key))),

    restoreBackupAsCopy: async (backupId: string): Promise<OpenedFile | null> => {
      const { entry, bytes } = await this.backups.read(backupId);
      const target = await this.deps.askWhereToKeepRestoredCopy(
        restoredCopyName(entry.fileName, new Date(entry.takenAt)),
      );
      if (target === null) return null;
      if (await exists(target)) {
        throw new HostError(
          'io-error',
          `A file named "${path.basename(target)}" is already there, and restoring never replaces a file. ` +
            'Nothing was changed; choose a new name.',
        );
      }
      await saveReviewAtomically(target, bytes, { fs: this.deps.fs });
      await this.afterWrite(target, bytes);
      return { ref: await this.deps.grantAndRemember(target), bytes };
    },
  };
}

async function exists(filePath: string): Promise<boolean> {
  try {
    await stat(filePath);
    return true;
  } catch (error) {
    return errnoOf(error) !== 'ENOENT';
  }
}

function backupFailure(error: unknown, name: string): HostError {
  const code = error instanceof HostError ? error.code : 'io-error';
  const why =
    code === 'disk-full'
      ? 'the disk is full'
      : code === 'permission-denied'
        ? "the app's data folder cannot be written"
        : code === 'not-found'
          ? 'the review file could not be found'
          : `of an error (${errnoOf(error) ?? (error instanceof HostError ? error.code : 'unknown')})`;
  return new HostError(
    code === 'not-found' ? 'not-found' : code === 'disk-full' ? 'disk-full' : 'io-error',
    `No backup of "${name}" could be kept because ${why}. The review file itself was not changed.`,
  );
}
