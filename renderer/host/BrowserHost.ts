// Host for the web build: reviews live in the browser's private file system (OPFS),
// or in real files on disk where the File System Access API is available.
import {
  HostError,
  MAX_PICKED_FILE_BYTES,
  fileTooLargeMessage,
  type Host,
  type OpenedFile,
  type PickFileOptions,
  type PickedFile,
  type RecentFile,
  type ReviewFileRef,
  type SaveOutcome,
  type MenuCommand,
} from '../../shared/host';
import { REVIEW_FILE_EXTENSION } from '../../shared/db/schema';
import { browserShortcutCommand } from './browserShortcuts';
import { visibleSearchBox } from './searchBox';
import { forgetDiskHandle, loadDiskHandles, rememberDiskHandle } from './diskHandles';
import { JournalKeeper } from '../../shared/saving/JournalKeeper';
import { opfsJournalStore, sha256OfBytesInBrowser } from './opfsJournal';
import { restoredCopyName, type BackupEntry, type BackupRequest } from '../../shared/saving/reviewBackups';
import type { ReviewLockState } from '../../shared/saving/reviewLock';
import type { ReviewFileCheck, ReviewLockRequest } from '../../shared/host';
import { BrowserBackups, simpleDigest } from './browserBackups';
import { BrowserDiskVersions } from './browserDiskVersions';
import { BrowserReviewLocks } from './browserReviewLocks';
import { t } from '../i18n/i18n';

const LIBRARY_FOLDER = 'reviews';
const LIBRARY_PREFIX = 'library:';
const DISK_PREFIX = 'disk:';
/** Where a review kept in the browser's private storage is, in words for the recent list. */
export const libraryLocation = () => t('errors:host.inThisBrowser');
const onThisComputer = () => t('errors:host.onThisComputer');

type PickerWindow = Window & {
  showOpenFilePicker?: (options: unknown) => Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?: (options: unknown) => Promise<FileSystemFileHandle>;
};

const pickerTypes = () => [
  { description: t('errors:host.fileType'), accept: { 'application/x-charter-review': [REVIEW_FILE_EXTENSION] } },
];

function asHostError(error: unknown, action: string): HostError {
  if (error instanceof HostError) return error;
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    // i18n-exempt: the particulars of a HostError; the interface translates it by its code
    return new HostError(
      'disk-full',
      `The browser's storage is full, so the review could not be ${action}. Your work is still open; download a copy to keep it safe.`,
    );
  }
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    // i18n-exempt: the particulars of a HostError; the interface translates it by its code
    return new HostError(
      'permission-denied',
      `The browser did not allow the review to be ${action}. Your work is still open; download a copy to keep it safe.`,
    );
  }
  if (name === 'NotFoundError') {
    // i18n-exempt: the particulars of a HostError; the interface translates it by its code
    return new HostError(
      'not-found',
      `The review file is no longer there, so it could not be ${action}. Your work is still open; use Save As to keep it.`,
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  // i18n-exempt: the particulars of a HostError; the interface translates it by its code
  return new HostError(
    'io-error',
    `The review could not be ${action} (${detail}). Your work is still open; download a copy to keep it safe.`,
  );
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

async function writeAtomically(
  handle: FileSystemFileHandle,
  bytes: Uint8Array,
  beforeReplace?: () => Promise<void>,
): Promise<void> {
  // createWritable() writes to a swap file that replaces the original only on close().
  const writable = await handle.createWritable({ keepExistingData: false });
  try {
    await writable.write(bytes as Uint8Array<ArrayBuffer>);
    await beforeReplace?.();
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
}

async function readHandle(handle: FileSystemFileHandle): Promise<Uint8Array> {
  const file = await handle.getFile();
  return new Uint8Array(await file.arrayBuffer());
}

export class BrowserHost implements Host {
  readonly kind = 'browser' as const;
  private readonly diskHandles = new Map<string, FileSystemFileHandle>();
  private readonly journals = new Map<string, JournalKeeper>();
  /** Per file, the end of the chain of writes: a save and a journal append never overlap or overtake. */
  private readonly writeTails = new Map<string, Promise<unknown>>();
  private readonly locks = new BrowserReviewLocks();
  private readonly backups = new BrowserBackups();
  /** Versions of files on disk (File System Access); the browser's own storage needs none. */
  private readonly diskVersions = new BrowserDiskVersions();

  private journalFor(key: string): JournalKeeper {
    let keeper = this.journals.get(key);
    if (!keeper) {
      keeper = new JournalKeeper(opfsJournalStore(key), sha256OfBytesInBrowser);
      this.journals.set(key, keeper);
    }
    return keeper;
  }

  private inOrder<T>(key: string, write: () => Promise<T>): Promise<T> {
    const previous = this.writeTails.get(key) ?? Promise.resolve();
    const current = previous.then(write, write);
    this.writeTails.set(
      key,
      current.catch(() => undefined),
    );
    return current;
  }

  /** The file as read, with the changes its journal holds after its last full save (left by a crash). */
  private async withJournal(ref: ReviewFileRef, bytes: Uint8Array): Promise<OpenedFile> {
    if (ref.key.startsWith(DISK_PREFIX)) {
      await this.diskVersions.remember(ref.key, await this.handleFor(ref.key), bytes);
    }
    const journal = await this.inOrder(ref.key, () => this.journalFor(ref.key).opened(bytes)).catch(() => null);
    return journal ? { ref, bytes, journal } : { ref, bytes };
  }

  private async library(): Promise<FileSystemDirectoryHandle> {
    const root = await navigator.storage.getDirectory();
    return root.getDirectoryHandle(LIBRARY_FOLDER, { create: true });
  }

  private libraryRef(name: string): ReviewFileRef {
    return { key: LIBRARY_PREFIX + name, name, location: libraryLocation() };
  }

  private async handleFor(key: string): Promise<FileSystemFileHandle> {
    if (key.startsWith(LIBRARY_PREFIX)) {
      return (await this.library()).getFileHandle(key.slice(LIBRARY_PREFIX.length));
    }
    const disk = this.diskHandles.get(key) ?? (await loadDiskHandles()).get(key);
    if (!disk)
      // i18n-exempt: the particulars of a HostError; the interface translates it by its code
      throw new HostError(
        'unknown-file',
        'This review is not on the list of files the app may open. Open it again with Open review.',
      );
    this.diskHandles.set(key, disk);
    return disk;
  }

  /** A library name not yet used: "Court.charter", then "Court (2).charter", … */
  private async freeLibraryName(suggested: string): Promise<string> {
    const folder = await this.library();
    const base = suggested.endsWith(REVIEW_FILE_EXTENSION)
      ? suggested.slice(0, -REVIEW_FILE_EXTENSION.length)
      : suggested;
    for (let n = 1; ; n += 1) {
      const candidate = n === 1 ? `${base}${REVIEW_FILE_EXTENSION}` : `${base} (${n})${REVIEW_FILE_EXTENSION}`;
      try {
        await folder.getFileHandle(candidate);
      } catch {
        return candidate;
      }
    }
  }

  async openReviewFile(): Promise<OpenedFile | null> {
    const picker = (window as PickerWindow).showOpenFilePicker;
    if (picker) {
      try {
        const [handle] = await picker({ types: pickerTypes(), excludeAcceptAllOption: false, multiple: false });
        if (!handle) return null;
        const key = DISK_PREFIX + crypto.randomUUID();
        this.diskHandles.set(key, handle);
        const bytes = await readHandle(handle);
        await rememberDiskHandle(key, handle);
        return this.withJournal({ key, name: handle.name, location: onThisComputer() }, bytes);
      } catch (error) {
        if (isAbort(error)) return null;
        throw asHostError(error, 'opened');
      }
    }
    const file = await pickWithInput(REVIEW_FILE_EXTENSION);
    if (!file) return null;
    return this.importIntoLibrary(file);
  }

  /** Keeps a copy of an uploaded file in the library, so later saves have somewhere to go. */
  async importIntoLibrary(file: File): Promise<OpenedFile> {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const name = await this.freeLibraryName(file.name);
      const handle = await (await this.library()).getFileHandle(name, { create: true });
      await writeAtomically(handle, bytes);
      await this.journalFor(this.libraryRef(name).key).created(bytes);
      return { ref: this.libraryRef(name), bytes };
    } catch (error) {
      throw asHostError(error, 'opened');
    }
  }

  async openRecentFile(key: string): Promise<OpenedFile> {
    try {
      const handle = await this.handleFor(key);
      if (key.startsWith(DISK_PREFIX)) await ensurePermission(handle);
      const bytes = await readHandle(handle);
      const ref = key.startsWith(LIBRARY_PREFIX)
        ? this.libraryRef(handle.name)
        : { key, name: handle.name, location: onThisComputer() };
      return await this.withJournal(ref, bytes);
    } catch (error) {
      throw asHostError(error, 'opened');
    }
  }

  async createReviewFile(suggestedName: string, bytes: Uint8Array): Promise<ReviewFileRef | null> {
    try {
      const name = await this.freeLibraryName(suggestedName);
      const handle = await (await this.library()).getFileHandle(name, { create: true });
      await writeAtomically(handle, bytes);
      await this.journalFor(this.libraryRef(name).key).created(bytes);
      return this.libraryRef(name);
    } catch (error) {
      throw asHostError(error, 'created');
    }
  }

  async saveReviewFile(ref: ReviewFileRef, bytes: Uint8Array, revision?: number): Promise<SaveOutcome> {
    try {
      await this.inOrder(ref.key, async () => {
        const journal = this.journalFor(ref.key);
        const handle = await this.handleFor(ref.key);
        const onDisk = ref.key.startsWith(DISK_PREFIX);
        // Never over a version of the file that another program wrote meanwhile.
        if (onDisk) await this.diskVersions.assertUnchanged(ref.key, handle);
        await writeAtomically(handle, bytes, () => journal.replacing(bytes, revision));
        if (onDisk) await this.diskVersions.remember(ref.key, handle, bytes);
        await journal.replaced(revision);
      });
      return { savedAt: new Date().toISOString() };
    } catch (error) {
      throw asHostError(error, 'saved');
    }
  }

  async appendJournal(ref: ReviewFileRef, revision: number, entry: string): Promise<SaveOutcome> {
    try {
      await this.inOrder(ref.key, () => this.journalFor(ref.key).append(revision, entry));
      return { savedAt: new Date().toISOString() };
    } catch (error) {
      throw asHostError(error, 'saved');
    }
  }

  async saveReviewFileAs(suggestedName: string, bytes: Uint8Array): Promise<ReviewFileRef | null> {
    const picker = (window as PickerWindow).showSaveFilePicker;
    if (!picker) return this.createReviewFile(suggestedName, bytes);
    try {
      const handle = await picker({ suggestedName, types: pickerTypes() });
      await writeAtomically(handle, bytes);
      const key = DISK_PREFIX + crypto.randomUUID();
      await this.journalFor(key).created(bytes);
      this.diskHandles.set(key, handle);
      await rememberDiskHandle(key, handle);
      return { key, name: handle.name, location: onThisComputer() };
    } catch (error) {
      if (isAbort(error)) return null;
      throw asHostError(error, 'saved');
    }
  }

  async pickFile(options: PickFileOptions): Promise<PickedFile | null> {
    // Always the plain file input: it needs no permission prompt, and the file is read once, never written.
    const file = await pickWithInput(options.extensions.map((extension) => `.${extension}`).join(','), options.title);
    if (!file) return null;
    if (file.size > MAX_PICKED_FILE_BYTES) {
      // i18n-exempt: the particulars of a HostError; the interface translates it by its code
      throw new HostError('io-error', fileTooLargeMessage(file.name, file.size, MAX_PICKED_FILE_BYTES));
    }
    try {
      return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    } catch (error) {
      // A file removed or changed on disk after it was chosen cannot be read any more.
      const detail = error instanceof Error ? error.message : String(error);
      // i18n-exempt: the particulars of a HostError; the interface translates it by its code
      throw new HostError(
        'io-error',
        `"${file.name}" could not be read (${detail}). Nothing was changed; choose it again.`,
      );
    }
  }

  async exportFile(suggestedName: string, mediaType: string, bytes: Uint8Array): Promise<boolean> {
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType }));
    try {
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      return true;
    } finally {
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    }
  }

  async recentFiles(): Promise<RecentFile[]> {
    const files: RecentFile[] = [];
    const folder = await this.library();
    for await (const handle of folder.values()) {
      if (handle.kind !== 'file' || !handle.name.endsWith(REVIEW_FILE_EXTENSION)) continue;
      const file = await (handle as FileSystemFileHandle).getFile();
      files.push({ ...this.libraryRef(handle.name), lastOpened: new Date(file.lastModified).toISOString() });
    }
    for (const [key, entry] of await loadDiskHandles()) {
      files.push({ key, name: entry.name, location: onThisComputer(), lastOpened: '' });
    }
    return files.sort((a, b) => b.lastOpened.localeCompare(a.lastOpened));
  }

  async forgetRecentFile(key: string): Promise<void> {
    if (key.startsWith(DISK_PREFIX)) {
      this.diskHandles.delete(key);
      await forgetDiskHandle(key);
    }
  }

  /** A Web Lock per file: a second tab opening the same review gets read-only mode. */
  async lockReviewFile(ref: ReviewFileRef, request: ReviewLockRequest): Promise<ReviewLockState> {
    return this.locks.acquire(ref.key, request.owner);
  }

  async unlockReviewFile(ref: ReviewFileRef): Promise<void> {
    this.locks.release(ref.key);
  }

  async checkReviewFile(ref: ReviewFileRef): Promise<ReviewFileCheck> {
    if (!ref.key.startsWith(DISK_PREFIX)) return { changedOnDisk: false };
    try {
      const outcome = await this.diskVersions.check(ref.key, await this.handleFor(ref.key));
      return { changedOnDisk: outcome === 'changed' || outcome === 'missing' };
    } catch {
      return { changedOnDisk: false };
    }
  }

  async acceptDiskChange(ref: ReviewFileRef): Promise<void> {
    if (ref.key.startsWith(DISK_PREFIX)) await this.diskVersions.acceptCurrent(ref.key, await this.handleFor(ref.key));
  }

  async keepBackup(ref: ReviewFileRef, request: BackupRequest): Promise<BackupEntry | null> {
    try {
      const bytes = await readHandle(await this.handleFor(ref.key));
      return await this.backups.take(bytes, request, { fileName: ref.name, sourceTag: simpleDigest(ref.key) });
    } catch (error) {
      const failure = asHostError(error, 'backed up');
      // i18n-exempt: the particulars of a HostError; the interface translates it by its code
      throw new HostError(failure.code, `No backup of "${ref.name}" could be kept. ${failure.message}`);
    }
  }

  async listBackups(file?: ReviewFileRef): Promise<BackupEntry[]> {
    return this.backups.list(file === undefined ? undefined : simpleDigest(file.key));
  }

  /** Restored copies go into the browser's library under a new name: nothing existing is ever replaced. */
  async restoreBackupAsCopy(backupId: string): Promise<OpenedFile | null> {
    const { entry, bytes } = await this.backups.read(backupId);
    const ref = await this.createReviewFile(restoredCopyName(entry.fileName, new Date(entry.takenAt)), bytes);
    return ref === null ? null : { ref, bytes };
  }

  /** A browser has no menu bar: the desktop menu's shortcuts that the browser leaves to pages stand in for it. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const onKey = (event: KeyboardEvent) => {
      const name = browserShortcutCommand(event, visibleSearchBox() !== null);
      if (name === null) return;
      event.preventDefault();
      listener({ type: name });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }

  /** Removes a review from the browser's library for good. */
  async deleteFromLibrary(key: string): Promise<void> {
    if (!key.startsWith(LIBRARY_PREFIX)) return;
    await (await this.library()).removeEntry(key.slice(LIBRARY_PREFIX.length));
  }
}

async function ensurePermission(handle: FileSystemFileHandle): Promise<void> {
  type PermissionHandle = FileSystemFileHandle & {
    queryPermission?: (d: { mode: 'readwrite' }) => Promise<PermissionState>;
    requestPermission?: (d: { mode: 'readwrite' }) => Promise<PermissionState>;
  };
  const h = handle as PermissionHandle;
  if (!h.queryPermission || !h.requestPermission) return;
  if ((await h.queryPermission({ mode: 'readwrite' })) === 'granted') return;
  if ((await h.requestPermission({ mode: 'readwrite' })) !== 'granted') {
    // i18n-exempt: the particulars of a HostError; the interface translates it by its code
    throw new HostError(
      'permission-denied',
      'The browser was not allowed to open this file. Open it again with Open review.',
    );
  }
}

function pickWithInput(accept: string, title?: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    if (title) input.title = title;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}
