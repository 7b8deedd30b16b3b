// Writes a whole file so that anyone looking sees either nothing (or the old content) or the
// complete new bytes, never half a file — even if the machine loses power mid-write.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { systemErrorCode } from '../CliError';

export interface AtomicWriteOptions {
  /**
   * false: fail with a Node error whose code is `EEXIST` if the target exists,
   * including when it appears while we are writing; the existing file is never touched.
   */
  overwrite: boolean;
}

/** Link codes of file systems without hard links (FAT, exFAT, some network shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/**
 * Writes `bytes` to a temporary file in the target's folder (so the final step never
 * crosses file systems), flushes it to disk, then puts it in place in one step.
 */
export async function writeFileAtomically(
  target: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions,
): Promise<void> {
  const folder = path.dirname(target);
  const temp = path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  // 'wx': never reuse a file someone else created under the same random name.
  const handle = await fs.open(temp, 'wx');
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) await fs.rename(temp, target);
    else await placeWithoutOverwriting(temp, target);
    await syncFolder(folder);
  } finally {
    // After a rename the temp name is gone already; after a link or a failure it must go.
    await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}

async function placeWithoutOverwriting(temp: string, target: string): Promise<void> {
  try {
    // A hard link fails if the target exists, atomically: no window in which we could replace it.
    await fs.link(temp, target);
    return;
  } catch (error) {
    if (!NO_HARD_LINKS.has(systemErrorCode(error) ?? '')) throw error;
  }
  // Without hard links, check then rename: a file created in between could still be replaced,
  // which is the best these file systems allow.
  if (await exists(target)) throw alreadyExists(target);
  await fs.rename(temp, target);
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch (error) {
    if (systemErrorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

function alreadyExists(target: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`EEXIST: file already exists, '${target}'`);
  error.code = 'EEXIST';
  error.path = target;
  return error;
}

/** Makes the rename itself durable. Not possible on Windows, where renames are already journaled. */
async function syncFolder(folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Opening or syncing a folder is refused on some platforms; the file itself is already synced.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
