// The rolling set of backup copies kept for each review in the app's own data folder: what a backup records, which
// ones a new backup pushes out, and how each is described on the Restore screen. Platform-free; each host stores them.
import { z } from 'zod';

/** How many backups of one review are kept; older ones are deleted when a new one is taken. */
export const BACKUPS_KEPT_PER_REVIEW = 10;
/** While a review is open, a backup is taken this often (and only when the file changed since the last one). */
export const HOURLY_BACKUP_INTERVAL_MS = 60 * 60_000;

export const BACKUP_REASONS = ['opened', 'hourly', 'before-upgrade'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** What the app asks the host to back up: the review file as it is on disk now, described for the Restore screen. */
export const BackupRequest = z
  .object({
    /** The review's id from its file; backups of one review are kept together, wherever the file moves. */
    reviewId: z.string().min(1).max(200),
    title: z.string().max(500),
    reason: z.enum(BACKUP_REASONS),
    /** Schema of the bytes backed up. */
    schemaVersion: z.number().int().min(0).max(10_000),
    /** For `before-upgrade`: the schema the review is being upgraded to. */
    upgradeTo: z.number().int().min(0).max(10_000).optional(),
    /** Counts shown on the Restore screen, when known for exactly these bytes. */
    systems: z.number().int().min(0).optional(),
    answers: z.number().int().min(0).optional(),
  })
  .strict();
export type BackupRequest = z.infer<typeof BackupRequest>;

/** One backup as stored beside its copy and listed on the Restore screen. */
export const BackupEntry = BackupRequest.extend({
  /** `<review folder>/<stamp>`, issued by the host; the only handle the UI has on a backup. */
  id: z.string().min(1).max(300),
  takenAt: z.iso.datetime({ offset: true }),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Name of the review file it was taken from, for display. */
  fileName: z.string().max(1024),
  /**
   * A digest of where the file was (never the path itself), so a damaged file can be matched to its backups
   * even when its review id cannot be read.
   */
  sourceTag: z.string().max(128),
}).strict();
export type BackupEntry = z.infer<typeof BackupEntry>;

/** Backup ids are made by the hosts from these two parts only, so an id can never name a path outside the folder. */
export const BACKUP_ID_PATTERN = /^[A-Za-z0-9_-]{1,80}\/[0-9]{8}T[0-9]{9}Z-[a-z-]{5,20}-[0-9a-f]{8}$/;

/** The folder of one review's backups: its id when that is a plain identifier, else a digest of it. */
export function backupFolderName(reviewId: string, digestHex: (text: string) => string): string {
  return /^[A-Za-z0-9_-]{1,80}$/.test(reviewId) ? reviewId : `id-${digestHex(reviewId).slice(0, 40)}`;
}

/** `20260514T091233123Z-opened-1a2b3c4d`: sorts by time, says why, and is unique even within one millisecond. */
export function backupStamp(takenAt: Date, reason: BackupReason, randomHex8: string): string {
  const compact = takenAt.toISOString().replace(/[-:.]/g, '');
  return `${compact}-${reason}-${randomHex8}`;
}

/**
 * Which of one review's backups to delete so that the newest `keep` remain. The newest `before-upgrade` backup is
 * never deleted: it may be the only copy left of the review as it was before its file format changed.
 */
export function backupsToDelete<T extends Pick<BackupEntry, 'takenAt' | 'reason'>>(
  entries: readonly T[],
  keep: number = BACKUPS_KEPT_PER_REVIEW,
): T[] {
  const newestFirst = [...entries].sort((a, b) => Date.parse(b.takenAt) - Date.parse(a.takenAt));
  const protectedUpgrade = newestFirst.find((entry) => entry.reason === 'before-upgrade');
  const kept = new Set<T>(newestFirst.slice(0, keep));
  if (protectedUpgrade !== undefined) kept.add(protectedUpgrade);
  return newestFirst.filter((entry) => !kept.has(entry));
}

/** Whether a new backup would only repeat the newest one (an hourly backup of a file nobody changed). */
export function repeatsNewestBackup(
  entries: readonly Pick<BackupEntry, 'takenAt' | 'sha256' | 'reason'>[],
  sha256: string,
  reason: BackupReason,
): boolean {
  const newest = [...entries].sort((a, b) => Date.parse(b.takenAt) - Date.parse(a.takenAt))[0];
  if (newest === undefined || newest.sha256 !== sha256) return false;
  // A copy kept before an upgrade is a promise to the person; an ordinary backup of the same bytes does not keep it.
  return reason !== 'before-upgrade' || newest.reason === 'before-upgrade';
}

/** Why a backup was taken, in words for the Restore screen. */
export function backupReasonLabel(entry: Pick<BackupEntry, 'reason' | 'upgradeTo'>): string {
  switch (entry.reason) {
    case 'opened':
      return 'When the review was opened';
    case 'hourly':
      return 'Hourly, while the review was open';
    case 'before-upgrade':
      return entry.upgradeTo === undefined
        ? 'Before the file was upgraded'
        : `Before upgrade to schema ${entry.upgradeTo}`;
  }
}

/** Newest first, the order the Restore screen lists them in. */
export function sortBackupsNewestFirst<T extends Pick<BackupEntry, 'takenAt'>>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => Date.parse(b.takenAt) - Date.parse(a.takenAt));
}

/** "Supreme Court 2026 (backup 2026-05-14 0912).charter": the name offered for a restored copy, in local time. */
export function restoredCopyName(fileName: string, takenAt: Date): string {
  const base = fileName.replace(/\.charter$/i, '').trim() || 'Review';
  const pad = (value: number) => String(value).padStart(2, '0');
  const stamp =
    `${takenAt.getFullYear()}-${pad(takenAt.getMonth() + 1)}-${pad(takenAt.getDate())} ` +
    `${pad(takenAt.getHours())}${pad(takenAt.getMinutes())}`;
  return `${base} (backup ${stamp}).charter`;
}
