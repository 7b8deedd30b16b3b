// The lock that says "this review is open for writing elsewhere": what a lock file holds, when a lock no longer
// counts (its process is gone, or it stopped beating), and how to describe its holder to a person. Platform-free:
// the file handling lives in electron/files and cli/files.
import { z } from 'zod';

/** How often a holder rewrites its lock file to show it is still alive. */
export const LOCK_HEARTBEAT_INTERVAL_MS = 30_000;
/**
 * A lock whose heartbeat is older than this is stale. Generous on purpose: a laptop that slept, or a machine whose
 * clock runs a little behind, must not lose its lock to a takeover nobody needed.
 */
export const LOCK_STALE_AFTER_MS = 5 * 60_000;

/** The lock file of a review: hidden, beside it, so every machine that sees the file sees the lock too. */
export function lockFileNameFor(reviewFileName: string): string {
  return `.${reviewFileName}.lock`;
}

const isoTime = z.iso.datetime({ offset: true });

export const ReviewLockRecord = z.object({
  /** Marks the file as ours, so a stray `.x.lock` of another tool is never read as a holder. */
  app: z.literal('charter-review'),
  version: z.literal(1),
  /** The person's name from Settings, else the operating-system user name. */
  owner: z.string().max(200),
  /** The computer's host name. */
  machine: z.string().max(255),
  pid: z.number().int().positive(),
  /** Random per running app (or CLI run): tells two windows of the same process apart from a restart. */
  instanceId: z.string().min(1).max(100),
  /** `app` for the desktop app, `cli` for a charter-review command. */
  program: z.enum(['app', 'cli']),
  since: isoTime,
  heartbeat: isoTime,
});
export type ReviewLockRecord = z.infer<typeof ReviewLockRecord>;

/** The lock file's content as text. */
export function serializeLockRecord(record: ReviewLockRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/**
 * The record in a lock file's text, or null when the text is not one (half-written, or another tool's file).
 * A lock that cannot be read still blocks writing: the caller decides what an unreadable lock means.
 */
export function parseLockRecord(text: string): ReviewLockRecord | null {
  try {
    const parsed = ReviewLockRecord.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** What is known about the place the question is asked from. */
export interface LockObserver {
  now: Date;
  /** This computer's host name. */
  machine: string;
  /** Whether a process with this id runs on this computer (only asked when the lock was taken here). */
  isProcessAlive(pid: number): boolean;
}

export type LockAssessment =
  | { state: 'live' }
  | { state: 'stale'; reason: 'process-gone' | 'no-heartbeat' }
  /** The lock file is there but cannot be read: treated as held, and may be taken over like a stale one. */
  | { state: 'unreadable' };

function sameMachine(a: string, b: string): boolean {
  // Host names are case-insensitive, and some systems report them with different case.
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Whether a lock still protects its holder's work. */
export function assessLock(record: ReviewLockRecord | null, observer: LockObserver): LockAssessment {
  if (record === null) return { state: 'unreadable' };
  if (sameMachine(record.machine, observer.machine) && !observer.isProcessAlive(record.pid)) {
    return { state: 'stale', reason: 'process-gone' };
  }
  const age = observer.now.getTime() - Date.parse(record.heartbeat);
  // A heartbeat in the future comes from a clock that runs ahead: it is not evidence of a dead holder.
  if (age > LOCK_STALE_AFTER_MS) return { state: 'stale', reason: 'no-heartbeat' };
  return { state: 'live' };
}

/** Who holds a lock, as the renderer shows it. */
export interface ReviewLockHolder {
  owner: string;
  machine: string;
  program: 'app' | 'cli';
  since: string;
  heartbeat: string;
}

/** What opening for writing gave: the lock, or read-only mode and why. */
export type ReviewLockState =
  | { mode: 'write' }
  | {
      mode: 'read-only';
      /** Null when the lock file exists but cannot be read. */
      holder: ReviewLockHolder | null;
      /** True when the holder seems gone, so the person may take the lock over after confirming. */
      stale: boolean;
    };

export function lockHolderOf(record: ReviewLockRecord): ReviewLockHolder {
  return {
    owner: record.owner,
    machine: record.machine,
    program: record.program,
    since: record.since,
    heartbeat: record.heartbeat,
  };
}

/** "Ana Costa on COURT-PC-12 (since 14 May 2026, 09:12)", for messages; `when` formats a time for the reader. */
export function describeLockHolder(holder: ReviewLockHolder | null, when: (iso: string) => string): string {
  if (holder === null) return 'someone (the lock file beside the review cannot be read)';
  const who = holder.owner.trim() || 'someone';
  const what = holder.program === 'cli' ? ' with the charter-review command' : '';
  return `${who}${what} on ${holder.machine.trim() || 'another computer'} (since ${when(holder.since)})`;
}
