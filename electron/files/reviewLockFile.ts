// The desktop app's review locks: a small file beside each review it has open for writing, created exclusively so
// only one holder can exist, rewritten every half minute to show the holder is alive, removed when the review closes.
// The rules of what a lock record holds and when it is stale are in shared/saving/reviewLock.ts.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { open, readFile, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HostError } from '../../shared/host';
import {
  LOCK_HEARTBEAT_INTERVAL_MS,
  assessLock,
  describeLockHolder,
  lockFileNameFor,
  lockHolderOf,
  parseLockRecord,
  serializeLockRecord,
  type ReviewLockRecord,
  type ReviewLockState,
} from '../../shared/saving/reviewLock';
import { errnoOf } from './fsErrors';
import { pathIdentity } from './pathIdentity';

export function lockPathFor(reviewPath: string): string {
  return path.join(path.dirname(reviewPath), lockFileNameFor(path.basename(reviewPath)));
}

/** Whether a process with this id exists on this computer (EPERM: it exists but belongs to another user). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) === 'EPERM';
  }
}

export interface ReviewLocksOptions {
  machine?: string;
  pid?: number;
  instanceId?: string;
  now?: () => Date;
  isProcessAlive?: (pid: number) => boolean;
  /** 0 turns the timer off (tests call heartbeat() themselves). */
  heartbeatIntervalMs?: number;
  /** Where a lost lock or a failed heartbeat is reported for developers. */
  logWarning?: (event: string, error?: unknown) => void;
}

/** A lock file as found on disk: its text (to notice a change) and its record, when the text is one. */
interface FoundLock {
  text: string;
  record: ReviewLockRecord | null;
}

interface HeldLock {
  reviewPath: string;
  record: ReviewLockRecord;
}

export class ReviewLocks {
  private readonly held = new Map<string, HeldLock>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly machine: string;
  private readonly pid: number;
  readonly instanceId: string;

  constructor(private readonly options: ReviewLocksOptions = {}) {
    this.machine = options.machine ?? os.hostname();
    this.pid = options.pid ?? process.pid;
    this.instanceId = options.instanceId ?? randomUUID();
  }

  /** Takes the lock of `reviewPath` for `owner`, or says who holds it. `takeOver` replaces a stale or unreadable lock. */
  async acquire(reviewPath: string, request: { owner: string; takeOver: boolean }): Promise<ReviewLockState> {
    const lockPath = lockPathFor(reviewPath);
    const identity = pathIdentity(reviewPath);
    const record = this.newRecord(request.owner);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const created = await this.createExclusive(lockPath, record);
      if (created === 'created' || created === 'not-possible') {
        // A folder where no lock file can be made (read-only share) cannot take the review either: saving will say so.
        if (created === 'created') this.hold(identity, { reviewPath, record });
        return { mode: 'write' };
      }
      const found = await readLock(lockPath);
      if (found === null) continue; // Removed between our attempt and the read: try again.
      if (found.record?.instanceId === this.instanceId) {
        // This app already holds it (the page was reloaded, or the review opened again).
        this.hold(identity, { reviewPath, record: found.record });
        return { mode: 'write' };
      }
      const assessment = assessLock(found.record, this.observer());
      const holder = found.record === null ? null : lockHolderOf(found.record);
      if (assessment.state === 'live' || !request.takeOver) {
        return { mode: 'read-only', holder, stale: assessment.state !== 'live' };
      }
      // Take over only the lock the person saw: if it changed meanwhile, its holder came back or someone else won.
      const now = await readLock(lockPath);
      if (now !== null && now.text !== found.text) {
        return { mode: 'read-only', holder: now.record === null ? null : lockHolderOf(now.record), stale: false };
      }
      await rm(lockPath, { force: true });
    }
    const last = await readLock(lockPath);
    return { mode: 'read-only', holder: last?.record ? lockHolderOf(last.record) : null, stale: false };
  }

  /** Removes our lock file of `reviewPath`; another holder's lock is never touched. */
  async release(reviewPath: string): Promise<void> {
    const identity = pathIdentity(reviewPath);
    if (!this.held.delete(identity)) return;
    this.updateTimer();
    const lockPath = lockPathFor(reviewPath);
    const found = await readLock(lockPath).catch(() => null);
    if (found?.record?.instanceId === this.instanceId) await rm(lockPath, { force: true }).catch(() => undefined);
  }

  /**
   * Removes every lock file this app holds, synchronously: called as the window closes or the app quits, when
   * nothing asynchronous is sure to finish.
   */
  releaseAllSync(): void {
    for (const held of this.held.values()) {
      const lockPath = lockPathFor(held.reviewPath);
      try {
        if (parseLockRecord(readFileSync(lockPath, 'utf8'))?.instanceId === this.instanceId) rmSync(lockPath);
      } catch {
        // Already gone, or the share is unreachable: a lock left behind turns stale and can be taken over.
      }
    }
    this.held.clear();
    this.updateTimer();
  }

  /** Whether this app holds the lock of `reviewPath` (as far as it knows). */
  holds(reviewPath: string): boolean {
    return this.held.has(pathIdentity(reviewPath));
  }

  /**
   * Refuses, with HostError `locked`, a write to a review whose lock belongs to someone else. A review without a
   * lock file may be written (a file this app created, or one on a share where no lock can be made).
   */
  async assertWritable(reviewPath: string): Promise<void> {
    const identity = pathIdentity(reviewPath);
    const lockPath = lockPathFor(reviewPath);
    const found = await readLock(lockPath).catch(() => null);
    const mine = this.held.get(identity);
    if (found === null) {
      // Our lock file was deleted by someone: put it back rather than write unprotected.
      if (mine !== undefined) await this.createExclusive(lockPath, mine.record);
      return;
    }
    if (found.record?.instanceId === this.instanceId) return;
    if (mine !== undefined) {
      this.held.delete(identity);
      this.updateTimer();
      this.options.logWarning?.('lock.lost');
    }
    const holder = found.record === null ? null : lockHolderOf(found.record);
    throw new HostError(
      'locked',
      `"${path.basename(reviewPath)}" is now open for writing by ${describeLockHolder(holder, readableTime)}, so ` +
        'it was not saved over. Your changes are still open here; use Save As to keep them in another file.',
    );
  }

  /** Rewrites each held lock with a fresh heartbeat; notices a lock that someone took over. */
  async heartbeat(): Promise<void> {
    for (const [identity, held] of [...this.held]) {
      const lockPath = lockPathFor(held.reviewPath);
      try {
        const found = await readLock(lockPath);
        if (found !== null && found.record?.instanceId !== this.instanceId) {
          this.held.delete(identity);
          this.options.logWarning?.('lock.lost');
          continue;
        }
        const record = { ...held.record, heartbeat: this.now().toISOString() };
        if (found === null) await this.createExclusive(lockPath, record);
        else await replaceLockFile(lockPath, record);
        held.record = record;
      } catch (error) {
        // A share that is briefly gone: the next beat tries again, and saving checks the lock itself.
        this.options.logWarning?.('lock.heartbeat-failed', error);
      }
    }
    this.updateTimer();
  }

  private newRecord(owner: string): ReviewLockRecord {
    const at = this.now().toISOString();
    return {
      app: 'charter-review',
      version: 1,
      owner: owner.trim().slice(0, 200) || operatingSystemUser(),
      machine: this.machine.slice(0, 255),
      pid: this.pid,
      instanceId: this.instanceId,
      program: 'app',
      since: at,
      heartbeat: at,
    };
  }

  private async createExclusive(
    lockPath: string,
    record: ReviewLockRecord,
  ): Promise<'created' | 'exists' | 'not-possible'> {
    let handle;
    try {
      // 'wx' fails if the file exists, atomically, also on network shares that honour O_EXCL.
      handle = await open(lockPath, 'wx', 0o644);
    } catch (error) {
      const errno = errnoOf(error);
      if (errno === 'EEXIST') return 'exists';
      if (errno === 'EACCES' || errno === 'EPERM' || errno === 'EROFS') return 'not-possible';
      throw new HostError(
        errno === 'ENOENT' || errno === 'ENOTDIR' ? 'not-found' : 'io-error',
        `The folder of "${path.basename(lockPath).slice(1, -'.lock'.length)}" could not be reached ` +
          `(${errno ?? 'unknown error'}). Nothing was changed; check that the folder is still there and try again.`,
      );
    }
    try {
      await handle.writeFile(serializeLockRecord(record));
      await handle.sync();
    } finally {
      await handle.close();
    }
    return 'created';
  }

  private hold(identity: string, held: HeldLock): void {
    this.held.set(identity, held);
    this.updateTimer();
  }

  private updateTimer(): void {
    const interval = this.options.heartbeatIntervalMs ?? LOCK_HEARTBEAT_INTERVAL_MS;
    if (this.held.size > 0 && this.timer === undefined && interval > 0) {
      this.timer = setInterval(() => void this.heartbeat(), interval);
      // A lock must never keep the process alive on its own.
      this.timer.unref?.();
    } else if (this.held.size === 0 && this.timer !== undefined) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  private observer() {
    return {
      now: this.now(),
      machine: this.machine,
      isProcessAlive: this.options.isProcessAlive ?? isProcessAlive,
    };
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}

/** The lock file's content, or null when there is none. Unreadable content is a lock too (record null). */
export async function readLock(lockPath: string): Promise<FoundLock | null> {
  let text: string;
  try {
    text = await readFile(lockPath, 'utf8');
  } catch (error) {
    const errno = errnoOf(error);
    if (errno === 'ENOENT') return null;
    // A folder or something unreadable under the lock's name still stands in the way.
    return { text: `unreadable:${errno ?? 'unknown'}`, record: null };
  }
  return { text, record: parseLockRecord(text) };
}

/** Replaces a lock file in one step, so a reader never sees half a record. */
async function replaceLockFile(lockPath: string, record: ReviewLockRecord): Promise<void> {
  const temp = `${lockPath}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(serializeLockRecord(record));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, lockPath);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

function readableTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The operating-system user name, when the person gave no name in Settings. */
export function operatingSystemUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}
