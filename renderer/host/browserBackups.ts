// Backup copies of reviews in the web build, kept in the browser's private storage (OPFS) under backups/<review>/,
// each copy with a .json describing it. Same rules as the desktop (shared/saving/reviewBackups.ts).
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
import { HostError } from '../../shared/host';

const BACKUPS_FOLDER = 'backups';
const COPY_EXTENSION = '.charter';
const ENTRY_EXTENSION = '.json';

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function randomHex8(): string {
  return [...crypto.getRandomValues(new Uint8Array(4))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function writeFile(folder: FileSystemDirectoryHandle, name: string, bytes: Uint8Array): Promise<void> {
  const handle = await folder.getFileHandle(name, { create: true });
  // createWritable() writes to a swap file that replaces the content only on close().
  const writable = await handle.createWritable({ keepExistingData: false });
  try {
    await writable.write(bytes as Uint8Array<ArrayBuffer>);
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
}

async function readEntry(folder: FileSystemDirectoryHandle, name: string): Promise<BackupEntry | null> {
  try {
    const file = await (await folder.getFileHandle(name)).getFile();
    const parsed = BackupEntry.safeParse(JSON.parse(await file.text()));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function missingBackup(): HostError {
  // i18n-exempt: the particulars of a HostError; the interface translates it by its code
  return new HostError(
    'not-found',
    'This backup is no longer in the browser’s storage. Nothing was changed; choose another backup.',
  );
}

export class BrowserBackups {
  private queue: Promise<unknown> = Promise.resolve();

  /** Keeps `bytes` as a backup; null when it would repeat the newest backup of the review. */
  take(
    bytes: Uint8Array,
    request: BackupRequest,
    source: { fileName: string; sourceTag: string },
  ): Promise<BackupEntry | null> {
    return this.enqueue(async () => {
      const sha256 = await sha256Hex(bytes);
      const folderName = backupFolderName(request.reviewId, (text) => simpleDigest(text));
      const folder = await (await this.root()).getDirectoryHandle(folderName, { create: true });
      const existing = await this.readFolder(folderName, folder);
      if (repeatsNewestBackup(existing, sha256, request.reason)) return null;
      const takenAt = new Date();
      const stamp = backupStamp(takenAt, request.reason, randomHex8());
      const entry = BackupEntry.parse({
        ...request,
        id: `${folderName}/${stamp}`,
        takenAt: takenAt.toISOString(),
        size: bytes.byteLength,
        sha256,
        fileName: source.fileName,
        sourceTag: source.sourceTag,
      });
      await writeFile(folder, stamp + COPY_EXTENSION, bytes);
      // The description last: a copy without one is never listed.
      await writeFile(folder, stamp + ENTRY_EXTENSION, new TextEncoder().encode(JSON.stringify(entry)));
      for (const old of backupsToDelete([...existing, entry])) {
        const oldStamp = old.id.split('/')[1] ?? '';
        await folder.removeEntry(oldStamp + ENTRY_EXTENSION).catch(() => undefined);
        await folder.removeEntry(oldStamp + COPY_EXTENSION).catch(() => undefined);
      }
      return entry;
    });
  }

  list(sourceTag?: string): Promise<BackupEntry[]> {
    return this.enqueue(async () => {
      const all: BackupEntry[] = [];
      const root = await this.root();
      for await (const handle of root.values()) {
        if (handle.kind !== 'directory') continue;
        all.push(...(await this.readFolder(handle.name, handle as FileSystemDirectoryHandle)));
      }
      return sortBackupsNewestFirst(sourceTag === undefined ? all : all.filter((e) => e.sourceTag === sourceTag));
    });
  }

  async read(id: string): Promise<{ entry: BackupEntry; bytes: Uint8Array }> {
    if (!BACKUP_ID_PATTERN.test(id)) throw missingBackup();
    const [folderName = '', stamp = ''] = id.split('/');
    let folder: FileSystemDirectoryHandle;
    let bytes: Uint8Array;
    try {
      folder = await (await this.root()).getDirectoryHandle(folderName);
      bytes = new Uint8Array(
        await (await (await folder.getFileHandle(stamp + COPY_EXTENSION)).getFile()).arrayBuffer(),
      );
    } catch {
      throw missingBackup();
    }
    const entry = await readEntry(folder, stamp + ENTRY_EXTENSION);
    if (entry === null || entry.id !== id) throw missingBackup();
    if ((await sha256Hex(bytes)) !== entry.sha256) {
      // i18n-exempt: the particulars of a HostError; the interface translates it by its code
      throw new HostError(
        'io-error',
        'This backup no longer matches what was stored. Nothing was changed; choose another backup.',
      );
    }
    return { entry, bytes };
  }

  private async readFolder(folderName: string, folder: FileSystemDirectoryHandle): Promise<BackupEntry[]> {
    const names: string[] = [];
    for await (const name of folder.keys()) names.push(name);
    const copies = new Set(names.filter((name) => name.endsWith(COPY_EXTENSION)));
    const entries: BackupEntry[] = [];
    for (const name of names) {
      if (!name.endsWith(ENTRY_EXTENSION)) continue;
      const stamp = name.slice(0, -ENTRY_EXTENSION.length);
      if (!copies.has(stamp + COPY_EXTENSION)) continue;
      const entry = await readEntry(folder, name);
      if (entry !== null && entry.id === `${folderName}/${stamp}`) entries.push(entry);
    }
    return entries;
  }

  private async root(): Promise<FileSystemDirectoryHandle> {
    return (await navigator.storage.getDirectory()).getDirectoryHandle(BACKUPS_FOLDER, { create: true });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** A short, stable digest for folder names (FNV-1a, twice); only used when a review id is not a plain identifier. */
export function simpleDigest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x811c9dc5) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
