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
import type { ReviewLockHolder, ReviewLockState } from '../../shared/saving/reviewLock';
import { errorText } from '../i18n/errorText';
import { format } from '../i18n/format';
import { t } from '../i18n/i18n';

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
  return format().dateTime(iso);
}

/** Who holds a review's lock, in words: "Ana on COURT-PC-12 (since 23 Nov 2026, 09:12)". */
export function lockHolderText(holder: ReviewLockHolder | null): string {
  if (holder === null) return t('app:file.lockUnreadable');
  const values = {
    who: holder.owner.trim() || t('app:file.someone'),
    machine: holder.machine.trim() || t('app:file.anotherComputer'),
    since: readableTime(holder.since),
  };
  return holder.program === 'cli' ? t('app:file.lockHolderCli', values) : t('app:file.lockHolder', values);
}

/** Why a backup was taken, in words for the Restore screen. */
export function backupReasonText(entry: Pick<BackupEntry, 'reason' | 'upgradeTo'>): string {
  switch (entry.reason) {
    case 'opened':
      return t('app:file.backupReason.opened');
    case 'hourly':
      return t('app:file.backupReason.hourly');
    case 'before-upgrade':
      return entry.upgradeTo === undefined
        ? t('app:file.backupReason.beforeUpgrade')
        : t('app:file.backupReason.beforeUpgradeTo', { to: entry.upgradeTo });
  }
}

/** The sentence every refused change shows while the review is read-only; null when changes are allowed. */
export function readOnlyRefusal(): { title: string; message: string } | null {
  const reason = useFileSafety.getState().readOnly;
  if (reason === null) return null;
  if (reason.kind === 'no-backup') return { title: t('app:file.readOnlyTitle'), message: reason.message };
  return {
    title: t('app:file.readOnlyTitle'),
    message: t('app:file.readOnlyMessage', { holder: lockHolderText(reason.holder) }),
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
        title: t('app:notice.migrated'),
        message: t('app:file.upgradedMessage', { from: migratedFrom, to: info.schemaVersion }),
      };
    }
  } catch (error) {
    const why = errorText(error);
    if (migratedFrom !== null) {
      // Saving would replace the only copy in the old format: refuse to write until the person chooses a copy.
      const message = t('app:file.upgradeNoBackupMessage', { from: migratedFrom, to: info.schemaVersion, why });
      useFileSafety.setState({ readOnly: { kind: 'no-backup', message } });
      await host.unlockReviewFile(file).catch(() => undefined);
      startWatching(context);
      return { tone: 'error', title: t('app:file.openedReadOnly'), message };
    }
    notice = { tone: 'error', title: t('app:file.noBackup'), message: why };
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
        title: t('app:file.notMarkedOpen'),
        message: t('app:file.notMarkedOpenMessage', { why: errorText(error) }),
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
