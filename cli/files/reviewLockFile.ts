// The CLI's side of review locks: a command that writes a review in place holds the lock beside it for the moment
// of the write, and refuses (error `locked`) while the app or another command holds a live one. Reading never looks.
// The desktop app has its own copy of this glue (the layers keep cli/ and electron/ apart); the rules are shared.
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ReviewFileError } from '../../shared/errors';
import {
  assessLock,
  describeLockHolder,
  lockFileNameFor,
  lockHolderOf,
  parseLockRecord,
  serializeLockRecord,
  type ReviewLockRecord,
} from '../../shared/saving/reviewLock';
import { systemErrorCode } from '../CliError';

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return systemErrorCode(error) === 'EPERM';
  }
}

function userName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}

/**
 * Runs `write` while holding the lock of `target`. A live lock of someone else refuses with ReviewFileError
 * `locked`; a stale one (its process is gone, or it stopped beating) is replaced. In a folder where no lock file can
 * be made, `write` runs anyway and fails with its own error.
 */
export async function withReviewLock<T>(target: string, shown: string, write: () => Promise<T>): Promise<T> {
  const lockPath = path.join(path.dirname(target), lockFileNameFor(path.basename(target)));
  const at = new Date().toISOString();
  const record: ReviewLockRecord = {
    app: 'charter-review',
    version: 1,
    owner: userName(),
    machine: os.hostname(),
    pid: process.pid,
    instanceId: randomUUID(),
    program: 'cli',
    since: at,
    heartbeat: at,
  };
  const held = await takeLock(lockPath, record, shown);
  try {
    return await write();
  } finally {
    if (held) await fs.rm(lockPath, { force: true }).catch(() => undefined);
  }
}

async function takeLock(lockPath: string, record: ReviewLockRecord, shown: string): Promise<boolean> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      await fs.writeFile(lockPath, serializeLockRecord(record), { flag: 'wx' });
      return true;
    } catch (error) {
      const code = systemErrorCode(error);
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return false;
      if (code !== 'EEXIST') throw error;
    }
    let text: string;
    try {
      text = await fs.readFile(lockPath, 'utf8');
    } catch (error) {
      if (systemErrorCode(error) === 'ENOENT') continue;
      throw lockedError(shown, null);
    }
    const existing = parseLockRecord(text);
    const assessment = assessLock(existing, { now: new Date(), machine: os.hostname(), isProcessAlive });
    if (assessment.state !== 'stale') throw lockedError(shown, existing);
    // Whoever held it is gone: their lock no longer protects anything.
    await fs.rm(lockPath, { force: true });
  }
  throw lockedError(shown, null);
}

function lockedError(shown: string, holder: ReviewLockRecord | null): ReviewFileError {
  const who = describeLockHolder(holder === null ? null : lockHolderOf(holder), (iso) => iso);
  return new ReviewFileError(
    'locked',
    `${shown} is open for writing by ${who}. Nothing was changed. Close it there (or wait until it is closed) ` +
      'and run the command again; commands that only read the review still work.',
  );
}
