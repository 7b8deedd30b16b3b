// Writes a file so that a crash, a power cut or a full disk never leaves it half-written: the bytes go to a
// temporary file beside it, are flushed to disk, and only then replace the old file in one rename.
import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { HostError } from '../../shared/host';
import { errnoOf, saveFailure, type WritePurpose } from './fsErrors';

/** An open, newly created file. */
export interface WritableFile {
  /** Writes all of `bytes` from the start of the file. */
  write(bytes: Uint8Array): Promise<void>;
  /** Waits until the content is on the disk itself, not only in the OS cache (fsync). */
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system steps of an atomic save, injectable so tests can make each one fail. */
export interface FileSystemOps {
  /** Creates a file that must not exist yet. */
  createExclusive(filePath: string, mode: number): Promise<WritableFile>;
  rename(fromPath: string, toPath: string): Promise<void>;
  /** Flushes a folder's list of entries, so that a rename inside it survives a power cut. */
  syncDirectory(folderPath: string): Promise<void>;
  /** Removes a file; succeeds when it does not exist. */
  removeFile(filePath: string): Promise<void>;
  /** Permission bits of an existing file, or undefined when there is none (or they cannot be read). */
  permissionsOf(filePath: string): Promise<number | undefined>;
}

export const nodeFileSystemOps: FileSystemOps = {
  async createExclusive(filePath, mode) {
    const handle = await open(filePath, 'wx', mode);
    return {
      write: (bytes) => handle.writeFile(bytes),
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (fromPath, toPath) => rename(fromPath, toPath),
  async syncDirectory(folderPath) {
    const handle = await open(folderPath, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  removeFile: (filePath) => rm(filePath, { force: true }),
  async permissionsOf(filePath) {
    try {
      return (await stat(filePath)).mode & 0o777;
    } catch {
      return undefined;
    }
  },
};

export interface AtomicSaveOptions {
  fs?: FileSystemOps;
  /** Picks the advice in error sentences ("use Save As" for a review, "choose another folder" for an export). */
  purpose?: WritePurpose;
  /** Defaults to process.platform; Windows gets retries on a busy rename. */
  platform?: NodeJS.Platform;
  /**
   * Runs once the new bytes are safely in the temporary file and before they replace the old file (the journal
   * notes the swap there). If it fails, the old file stays and the save fails.
   */
  beforeReplace?: () => Promise<void>;
}

// Readable by the user's group as usual; the process umask narrows it further.
const NEW_FILE_MODE = 0o666;
// Some platforms cannot fsync a folder (Windows cannot even open one); the rename is then as durable as the OS makes it.
const UNSUPPORTED_DIRECTORY_SYNC = new Set(['EISDIR', 'EPERM', 'EINVAL', 'ENOTSUP']);
// On Windows, antivirus and indexers briefly hold files open, which makes a rename fail for a moment.
const WINDOWS_BUSY_RENAME = new Set(['EPERM', 'EACCES', 'EBUSY']);
const WINDOWS_RENAME_RETRY_DELAYS_MS = [50, 100, 200, 400, 800];

/** `.Supreme Court.charter.3f9a1c2b.tmp`: hidden, beside the target (so rename never crosses disks), unique. */
export function temporaryPathFor(targetPath: string): string {
  // Keep the whole name under the 255-byte limit of most file systems.
  const shortName = path.basename(targetPath).slice(0, 100);
  return path.join(path.dirname(targetPath), `.${shortName}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Replaces `targetPath` with `bytes`, durably. Resolves only once the data and the rename are on disk.
 * On failure the previous file is byte-identical, no temporary file is left, and a HostError says why.
 */
export async function saveReviewAtomically(
  targetPath: string,
  bytes: Uint8Array,
  options: AtomicSaveOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFileSystemOps;
  const platform = options.platform ?? process.platform;
  const tempPath = temporaryPathFor(targetPath);
  let replaced = false;
  try {
    const mode = (await fs.permissionsOf(targetPath)) ?? NEW_FILE_MODE;
    const file = await fs.createExclusive(tempPath, mode);
    await writeSyncAndClose(file, bytes);
    await options.beforeReplace?.();
    await renameWithRetries(fs, tempPath, targetPath, platform);
    replaced = true;
    await syncDirectoryIfSupported(fs, path.dirname(targetPath));
  } catch (error) {
    if (replaced) throw unconfirmedSave(error, targetPath);
    await fs.removeFile(tempPath).catch(() => undefined);
    throw saveFailure(error, targetPath, options.purpose ?? 'review');
  }
}

/** The new bytes are in place but the folder flush failed, so they might not survive a power cut. */
function unconfirmedSave(error: unknown, targetPath: string): HostError {
  return new HostError(
    'io-error',
    `"${path.basename(targetPath)}" was written, but the disk did not confirm that it is safely stored ` +
      `(${errnoOf(error) ?? 'unknown'}). Your work is still open; save again to be sure.`,
  );
}

async function writeSyncAndClose(file: WritableFile, bytes: Uint8Array): Promise<void> {
  try {
    await file.write(bytes);
    await file.sync();
  } catch (error) {
    // The write already failed; a failing close must not hide why.
    await file.close().catch(() => undefined);
    throw error;
  }
  // Some file systems (network shares) report a failed write only on close.
  await file.close();
}

async function renameWithRetries(
  fs: FileSystemOps,
  fromPath: string,
  toPath: string,
  platform: NodeJS.Platform,
): Promise<void> {
  const delays = platform === 'win32' ? WINDOWS_RENAME_RETRY_DELAYS_MS : [];
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.rename(fromPath, toPath);
      return;
    } catch (error) {
      const delay = delays[attempt];
      const errno = errnoOf(error);
      if (delay === undefined || errno === undefined || !WINDOWS_BUSY_RENAME.has(errno)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

async function syncDirectoryIfSupported(fs: FileSystemOps, folderPath: string): Promise<void> {
  try {
    await fs.syncDirectory(folderPath);
  } catch (error) {
    const errno = errnoOf(error);
    if (errno !== undefined && UNSUPPORTED_DIRECTORY_SYNC.has(errno)) return;
    throw error;
  }
}
