// Keeps the open review file safe while the session works on it: takes its lock (or opens it read-only), keeps a
// backup when it is opened and every hour, watches for changes made to the file outside the app, and, when a file
// cannot be opened because it is damaged, finds its latest backup. The session calls in at open, save and close.
import { create } from 'zustand';
import type { ReviewInfo } from '../../shared/engine/queries';
import { HostError, type Host, type ReviewFileRef } from '../../shared/host';
import {
  HOURLY_BACKUP_INTERVAL_MS,
  type BackupEntry,
  type BackupReason,
  type BackupRequest,
} from '../../shared/saving/reviewBackups';
import { describeLockHolder, type ReviewLockHolder, type ReviewLockState } from '../../shared/saving/reviewLock';

/** How often the file on disk is compared with the version the app knows (and whenever the window gets focus). */
const DISK_CHECK_INTERVAL_MS = 5_000;

export type ReadOnlyReason =
  /** Someone else holds the lock; `stale` when they seem gone and the lock may be taken over. */
  | { kind: 'locked'; holder: ReviewLockHolder | null; stale: boolean }
  /** The copy of an older file could not be kept before upgrading it, so it must not be written. */
  | { kind: 'no-backup'; message: string };

export interface DamagedFileOffer {
  fileName: string;
  /** The newest backup taken from that file; null when there is none. */
  latest: BackupEntry | null;
}

interface FileSafetyState {
  readOnly: ReadOnlyReason | null;
  /** The file on disk is no longer the version this app opened or last saved. */
  changedOnDisk: boolean;
  damaged: DamagedFileOffer | null;
  /** The Restore screen is shown over the Welcome screen. */
  backupsOpen: boolean;
}

export const useFileSafety = create<FileSafetyState>(() => ({
  readOnly: null,
  changedOnDisk: false,
  damaged: null,
  backupsOpen: false,
}));

/** Time as the person reads it, for messages. */
export function readableTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The sentence every refused change shows while the review is read-only; null when changes are allowed. */
export function readOnlyRefusal(): { title: string; message: string } | null {
  const reason = useFileSafety.getState().readOnly;
  if (reason === null) return null;
  if (reason.kind === 'no-backup') return { title: 'This review is open read-only', message: reason.message };
  return {
    title: 'This review is open read-only',
    message:
      `It is open for writing by ${describeLockHolder(reason.holder, readableTime)}, so changes cannot be made ` +
      'here and nothing was changed. Use Save As to continue in a copy, or open it again once it is closed there.',
  };
}

/** A message for the session's notice banner. */
export interface SafetyNotice {
  tone: 'error' | 'info';
  title: string;
  message: string;
}

export interface ProtectionContext {
  host: Host;
  file: ReviewFileRef;
  /** The person's name from Settings, recorded in the lock. */
  owner: string;
  /** The review as the session currently knows it (for hourly backups). */
  info(): ReviewInfo | null;
  /** Whether changes made in the app are not yet in the file (then the counts are not those of the file). */
  hasUnsavedChanges(): boolean;
}

let watching: { file: ReviewFileRef; stop: () => void } | null = null;

function backupRequest(info: ReviewInfo, reason: BackupReason, withCounts: boolean): BackupRequest {
  const answered = Object.entries(info.answers)
    .filter(([status]) => status !== 'not_reviewed')
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    reviewId: info.id,
    title: info.title.slice(0, 500),
    reason,
    schemaVersion: info.schemaVersion,
    ...(withCounts ? { systems: info.systems, answers: answered } : {}),
  };
}

/**
 * Called once the engine has read a file and before anything can be saved: takes the lock, keeps the backup of the
 * file as read (marked "before upgrade" when it was migrated), and starts watching. Returns a notice to show, if any.
 */
export async function protectOpenedReview(
  context: ProtectionContext,
  opened: { info: ReviewInfo; migratedFrom: number | null; recovered: boolean },
): Promise<SafetyNotice | null> {
  stopWatching();
  useFileSafety.setState({ readOnly: null, changedOnDisk: false, damaged: null });
  const { host, file } = context;
  const lock = await lockOrExplain(context);
  if (lock.mode === 'read-only') {
    useFileSafety.setState({ readOnly: { kind: 'locked', holder: lock.holder, stale: lock.stale } });
    startWatching(context);
    return null;
  }
  const { info, migratedFrom } = opened;
  const request: BackupRequest =
    migratedFrom === null
      ? backupRequest(info, 'opened', !opened.recovered)
      : { ...backupRequest(info, 'before-upgrade', false), schemaVersion: migratedFrom, upgradeTo: info.schemaVersion };
  let notice: SafetyNotice | null = null;
  try {
    await host.keepBackup(file, request);
    if (migratedFrom !== null) {
      notice = {
        tone: 'info',
        title: 'This review was updated to the current file format',
        message:
          `It was written with schema ${migratedFrom}; your changes are saved in schema ${info.schemaVersion}. ` +
          `The file as it was is kept as a backup marked "before upgrade to schema ${info.schemaVersion}" ` +
          '(see Backups), in case an older copy of Charter Review must read it.',
      };
    }
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    if (migratedFrom !== null) {
      // Saving would replace the only copy in the old format: refuse to write until the person chooses a copy.
      const message =
        `It was written with schema ${migratedFrom} and would be rewritten in schema ${info.schemaVersion}, but ` +
        `no copy of it as it was could be kept (${why}) — so it was opened read-only and nothing was changed. ` +
        'Use Save As to continue in a new file; the original stays as it is.';
      useFileSafety.setState({ readOnly: { kind: 'no-backup', message } });
      await host.unlockReviewFile(file).catch(() => undefined);
      startWatching(context);
      return { tone: 'error', title: 'This review was opened read-only', message };
    }
    notice = { tone: 'error', title: 'No backup was kept when this review was opened', message: why };
  }
  startWatching(context);
  return notice ?? (lock.mode === 'unlocked' ? lock.notice : null);
}

/** A review just created by this app: nothing to back up yet, but it is locked and watched like any other. */
export async function protectCreatedReview(context: ProtectionContext): Promise<void> {
  stopWatching();
  useFileSafety.setState({ readOnly: null, changedOnDisk: false, damaged: null });
  const lock = await lockOrExplain(context);
  if (lock.mode === 'read-only') {
    useFileSafety.setState({ readOnly: { kind: 'locked', holder: lock.holder, stale: lock.stale } });
  }
  startWatching(context);
}

/** The lock, or (when the lock file itself could not be written) the sentence saying the review is unprotected. */
async function lockOrExplain(
  context: ProtectionContext,
): Promise<ReviewLockState | { mode: 'unlocked'; notice: SafetyNotice }> {
  try {
    return await context.host.lockReviewFile(context.file, { owner: context.owner, takeOver: false });
  } catch (error) {
    return {
      mode: 'unlocked',
      notice: {
        tone: 'error',
        title: 'This review could not be marked as open',
        message:
          `${error instanceof Error ? error.message : String(error)} Your changes are saved as usual, but someone ` +
          'else could open the file for writing at the same time; make sure nobody else works on it now.',
      },
    };
  }
}

/** The review is being closed (or replaced by another): stop watching and give its lock back. */
export async function releaseReview(host: Host, file: ReviewFileRef | null): Promise<void> {
  stopWatching();
  useFileSafety.setState({ readOnly: null, changedOnDisk: false });
  if (file !== null) await host.unlockReviewFile(file).catch(() => undefined);
}

/**
 * Called with every failed save. A file changed outside the app, or a lock someone else now holds, becomes the
 * banner's question; the save itself keeps failing (and the work stays in memory) until the person answers.
 */
export async function noteSaveFailure(host: Host, file: ReviewFileRef, owner: string, error: unknown): Promise<void> {
  if (!(error instanceof HostError)) return;
  if (error.code === 'changed-on-disk') {
    useFileSafety.setState({ changedOnDisk: true });
  } else if (error.code === 'locked') {
    const lock = await host.lockReviewFile(file, { owner, takeOver: false }).catch(() => null);
    if (lock?.mode === 'read-only') {
      useFileSafety.setState({ readOnly: { kind: 'locked', holder: lock.holder, stale: lock.stale } });
    }
  }
}

/** A file that could not be opened: when it is damaged, finds the newest backup taken from it. */
export async function noteOpenFailure(host: Host, file: ReviewFileRef, error: unknown): Promise<void> {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code !== 'damaged') return;
  const backups = await host.listBackups(file).catch(() => []);
  useFileSafety.setState({ damaged: { fileName: file.name, latest: backups[0] ?? null } });
}

export function dismissDamagedOffer(): void {
  useFileSafety.setState({ damaged: null });
}

/** The person chose their own version over the one on disk: the next save may replace it. */
export async function keepOwnVersion(host: Host, file: ReviewFileRef): Promise<void> {
  await host.acceptDiskChange(file);
  useFileSafety.setState({ changedOnDisk: false });
}

function startWatching(context: ProtectionContext): void {
  const { host, file } = context;
  let checking = false;
  const check = () => {
    if (checking || useFileSafety.getState().changedOnDisk) return;
    checking = true;
    void host
      .checkReviewFile(file)
      .then((result) => {
        if (result.changedOnDisk && watching?.file === file) useFileSafety.setState({ changedOnDisk: true });
      })
      .catch(() => undefined)
      .finally(() => {
        checking = false;
      });
  };
  const hourly = () => {
    const info = context.info();
    if (info === null || useFileSafety.getState().readOnly !== null) return;
    // The counts describe the file only when every change is in it.
    void host.keepBackup(file, backupRequest(info, 'hourly', !context.hasUnsavedChanges())).catch(() => undefined);
  };
  const checkTimer = setInterval(check, DISK_CHECK_INTERVAL_MS);
  const backupTimer = setInterval(hourly, HOURLY_BACKUP_INTERVAL_MS);
  window.addEventListener('focus', check);
  watching = {
    file,
    stop: () => {
      clearInterval(checkTimer);
      clearInterval(backupTimer);
      window.removeEventListener('focus', check);
    },
  };
}

function stopWatching(): void {
  watching?.stop();
  watching = null;
}
