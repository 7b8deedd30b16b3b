// Backup copies of review files in the app's data folder: backups/<review>/<stamp>.charter with a .json beside it
// describing the copy. A backup is written completely (and durably) before the oldest one beyond the kept set goes.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { HostError } from '../../shared/host';
import {
  BACKUP_ID_PATTERN,
  BackupEntry,
  backupFolderName,
  backupStamp,
  backupsToDelete,
  repeatsNewestBackup,
  sortBackupsNewestFirst,
  type BackupRequest,
} from '../../shared/saving/reviewBackups';
import { sha256Hex } from './diskVersions';
import { pathIdentity } from './pathIdentity';
import { readReviewFile } from './readReviewFile';
import { saveReviewAtomically, type FileSystemOps } from './saveReviewAtomically';

export const BACKUPS_FOLDER_NAME = 'backups';
const COPY_EXTENSION = '.charter';
const ENTRY_EXTENSION = '.json';

/** A digest naming where a review file lives, without revealing the path to anyone reading the backup folder. */
export function sourceTagFor(filePath: string): string {
  return createHash('sha256').update(pathIdentity(filePath)).digest('hex').slice(0, 32);
}

export interface ReviewBackupsOptions {
  now?: () => Date;
  fs?: FileSystemOps;
  maxFileBytes?: number;
}

export class ReviewBackups {
  // One backup at a time: two taken together could both decide which old one to delete.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    /** The backups folder itself, e.g. `<userData>/backups`. */
    private readonly folder: string,
    private readonly options: ReviewBackupsOptions = {},
  ) {}

  /**
   * Copies `sourcePath` into the backups of `request.reviewId`. With `expectedSha256`, refuses (changed-on-disk)
   * when the file is no longer the version the app read. Returns null when the copy would repeat the newest backup.
   */
  take(sourcePath: string, request: BackupRequest, expectedSha256?: string): Promise<BackupEntry | null> {
    return this.enqueue(async () => {
      const bytes = await readReviewFile(sourcePath, this.options.maxFileBytes);
      const sha256 = sha256Hex(bytes);
      if (expectedSha256 !== undefined && sha256 !== expectedSha256) {
        throw new HostError(
          'changed-on-disk',
          `"${path.basename(sourcePath)}" changed on disk after it was opened, so no backup of it was taken. ` +
            'Nothing was changed; open the review again.',
        );
      }
      const folderName = backupFolderName(request.reviewId, (text) => sha256Hex(new TextEncoder().encode(text)));
      const reviewFolder = path.join(this.folder, folderName);
      const existing = await this.readFolder(folderName);
      if (repeatsNewestBackup(existing, sha256, request.reason)) return null;

      const takenAt = this.now();
      const stamp = backupStamp(takenAt, request.reason, randomBytes(4).toString('hex'));
      const entry = BackupEntry.parse({
        ...request,
        id: `${folderName}/${stamp}`,
        takenAt: takenAt.toISOString(),
        size: bytes.byteLength,
        sha256,
        fileName: path.basename(sourcePath),
        sourceTag: sourceTagFor(sourcePath),
      });
      // Only the person's own account may read the copies: they hold the same court data as the reviews.
      await mkdir(reviewFolder, { recursive: true, mode: 0o700 });
      const fs = this.options.fs;
      await saveReviewAtomically(path.join(reviewFolder, stamp + COPY_EXTENSION), bytes, { fs, purpose: 'export' });
      // The description last: a copy without one is never listed, so a half-taken backup is invisible.
      await saveReviewAtomically(
        path.join(reviewFolder, stamp + ENTRY_EXTENSION),
        new TextEncoder().encode(`${JSON.stringify(entry, null, 2)}\n`),
        { fs, purpose: 'export' },
      );
      for (const old of backupsToDelete([...existing, entry])) await this.remove(old.id);
      return entry;
    });
  }

  /** Every complete backup, newest first; with `sourceTag`, only those taken from that file. */
  list(sourceTag?: string): Promise<BackupEntry[]> {
    return this.enqueue(async () => {
      let folders: string[];
      try {
        folders = (await readdir(this.folder, { withFileTypes: true }))
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name);
      } catch {
        return [];
      }
      const all = (await Promise.all(folders.map((name) => this.readFolder(name)))).flat();
      return sortBackupsNewestFirst(
        sourceTag === undefined ? all : all.filter((entry) => entry.sourceTag === sourceTag),
      );
    });
  }

  /** The description and bytes of one backup; refuses ids that are not ours, and copies that no longer match. */
  async read(id: string): Promise<{ entry: BackupEntry; bytes: Uint8Array }> {
    const { copyPath, entryPath } = this.pathsOf(id);
    const entry = await readEntry(entryPath);
    if (entry === null || entry.id !== id) throw missingBackup();
    let bytes: Uint8Array;
    try {
      bytes = await readReviewFile(copyPath, this.options.maxFileBytes);
    } catch {
      throw missingBackup();
    }
    if (sha256Hex(bytes) !== entry.sha256) {
      throw new HostError(
        'io-error',
        'This backup no longer matches what was stored (the copy was changed or damaged on disk). Nothing was ' +
          'changed; choose another backup.',
      );
    }
    return { entry, bytes };
  }

  private pathsOf(id: string): { copyPath: string; entryPath: string } {
    if (!BACKUP_ID_PATTERN.test(id)) throw missingBackup();
    const [folderName = '', stamp = ''] = id.split('/');
    const base = path.join(this.folder, folderName, stamp);
    return { copyPath: base + COPY_EXTENSION, entryPath: base + ENTRY_EXTENSION };
  }

  private async readFolder(folderName: string): Promise<BackupEntry[]> {
    const reviewFolder = path.join(this.folder, folderName);
    let names: string[];
    try {
      names = await readdir(reviewFolder);
    } catch {
      return [];
    }
    const copies = new Set(names.filter((name) => name.endsWith(COPY_EXTENSION)));
    const entries: BackupEntry[] = [];
    for (const name of names) {
      if (!name.endsWith(ENTRY_EXTENSION)) continue;
      const stamp = name.slice(0, -ENTRY_EXTENSION.length);
      if (!copies.has(stamp + COPY_EXTENSION)) continue;
      const entry = await readEntry(path.join(reviewFolder, name));
      // An entry is trusted only where it says it is: a description moved to another folder is ignored.
      if (entry !== null && entry.id === `${folderName}/${stamp}`) entries.push(entry);
    }
    return entries;
  }

  private async remove(id: string): Promise<void> {
    const { copyPath, entryPath } = this.pathsOf(id);
    // The description first, so a half-removed backup is no longer listed.
    await rm(entryPath, { force: true });
    await rm(copyPath, { force: true });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}

async function readEntry(entryPath: string): Promise<BackupEntry | null> {
  try {
    const parsed = BackupEntry.safeParse(JSON.parse(await readFile(entryPath, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function missingBackup(): HostError {
  return new HostError(
    'not-found',
    'This backup is no longer in the backups folder (it may have been removed). Nothing was changed; choose another.',
  );
}
