// The seam between the app and the platform: hosts move bytes, nothing else.
// ElectronHost (preload -> IPC -> main) and BrowserHost (OPFS / File System Access) implement it.
import type { JournalFound } from './saving/JournalKeeper';
import type { BackupEntry, BackupRequest } from './saving/reviewBackups';
import type { ReviewLockState } from './saving/reviewLock';

/** A review file the host can write to again. `key` is opaque and issued by the host. */
export interface ReviewFileRef {
  key: string;
  /** File name shown to the user, e.g. "Supreme Court 2026.charter". */
  name: string;
  /** Where the file lives, in words for a person (a folder path, or "In this browser"). */
  location: string;
}

export interface OpenedFile {
  ref: ReviewFileRef;
  bytes: Uint8Array;
  /**
   * Changes recorded in the file's journal after its last full save, left by a session that ended without
   * saving them (a crash, a power cut): the engine redoes them. Absent when there are none.
   */
  journal?: JournalFound;
}

/** What the person is asked to choose in pickFile: the dialog's title and the file extensions it offers. */
export interface PickFileOptions {
  title: string;
  /** Without the dot: ['csv', 'xlsx']. */
  extensions: string[];
}

/** A file the person chose to read once (an inventory, evidence): its name without a folder, and its bytes. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** Largest file pickFile reads into memory: an inventory or an evidence file, never a whole archive. */
export const MAX_PICKED_FILE_BYTES = 200 * 1024 ** 2;

/** The same sentence from both hosts when a chosen file is too large to read. */
export function fileTooLargeMessage(name: string, size: number, maxBytes: number): string {
  const megabytes = (bytes: number) =>
    bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(1).replace(/\.0$/, '')} MB` : `${bytes} bytes`;
  return (
    `"${name}" is ${megabytes(size)}, larger than the ${megabytes(maxBytes)} Charter Review reads at once. ` +
    'Nothing was changed. Split the file into smaller ones, or remove what is not needed, and choose it again.'
  );
}

export interface RecentFile extends ReviewFileRef {
  /** ISO time the file was last opened or saved by this app. */
  lastOpened: string;
}

export interface ReviewLockRequest {
  owner: string;
  takeOver: boolean;
}

export interface ReviewFileCheck {
  changedOnDisk: boolean;
}

export interface SaveOutcome {
  /** ISO time the host confirmed the bytes were durable. */
  savedAt: string;
}

export type HostErrorCode =
  | 'not-found'
  | 'permission-denied'
  | 'disk-full'
  | 'io-error'
  | 'unknown-file'
  /** The file on disk is no longer the one this app opened or last saved (a synced folder, another tool). */
  | 'changed-on-disk'
  /** Someone else holds the review's lock, so this app may not write it. */
  | 'locked';

/** A failure of the platform (disk, permissions). The bytes in memory are untouched. */
export class HostError extends Error {
  override readonly name = 'HostError';
  constructor(
    readonly code: HostErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface Host {
  readonly kind: 'electron' | 'browser';
  /** Asks the user for a review file and reads it; null when the user cancels. */
  openReviewFile(): Promise<OpenedFile | null>;
  /** Reads a file from the recent list again. */
  openRecentFile(key: string): Promise<OpenedFile>;
  /** Asks where to keep a new review, then writes it there; null when the user cancels. */
  createReviewFile(suggestedName: string, bytes: Uint8Array): Promise<ReviewFileRef | null>;
  /**
   * Replaces the file's content atomically; resolves only once the bytes are durable. `revision` is the engine
   * revision the bytes hold, so the journal keeps the changes made after it (all are held when absent).
   */
  saveReviewFile(ref: ReviewFileRef, bytes: Uint8Array, revision?: number): Promise<SaveOutcome>;
  /**
   * Appends one change (the rows it wrote, from ReviewEngine.takeJournalEntry) to the file's journal and resolves
   * once it is durable: the change then survives a crash before the next full save.
   */
  appendJournal(ref: ReviewFileRef, revision: number, entry: string): Promise<SaveOutcome>;
  /** Writes a copy under a new name chosen by the user and continues there; null when cancelled. */
  saveReviewFileAs(suggestedName: string, bytes: Uint8Array): Promise<ReviewFileRef | null>;
  /**
   * Asks the user for any file to read once (no key, no recent list); null when the user cancels.
   * Refuses, with a HostError, a file larger than MAX_PICKED_FILE_BYTES.
   */
  pickFile(options: PickFileOptions): Promise<PickedFile | null>;
  /** Hands an export (a report, a spreadsheet) to the user; false when cancelled. */
  exportFile(suggestedName: string, mediaType: string, bytes: Uint8Array): Promise<boolean>;
  recentFiles(): Promise<RecentFile[]>;
  forgetRecentFile(key: string): Promise<void>;
  /**
   * Takes the review's write lock for this app, or says who holds it (then the review opens read-only).
   * `owner` is the person's name from Settings. `takeOver` replaces a stale lock; the person must have confirmed it.
   */
  lockReviewFile(ref: ReviewFileRef, request: ReviewLockRequest): Promise<ReviewLockState>;
  /** Gives the lock back (closing the review); nothing happens when this app does not hold it. */
  unlockReviewFile(ref: ReviewFileRef): Promise<void>;
  /** Whether the file on disk changed since this app opened or last saved it. Cheap: meant to be polled. */
  checkReviewFile(ref: ReviewFileRef): Promise<ReviewFileCheck>;
  /** The person chose to keep their version: the next save replaces what is on disk now. */
  acceptDiskChange(ref: ReviewFileRef): Promise<void>;
  /**
   * Copies the review file as it is on disk into the backups in the app's data folder, and deletes the oldest beyond
   * the ones kept. Returns null when the copy would only repeat the newest backup of this review.
   */
  keepBackup(ref: ReviewFileRef, request: BackupRequest): Promise<BackupEntry | null>;
  /** Every backup kept, newest first; with `file`, only those taken from that file. */
  listBackups(file?: ReviewFileRef): Promise<BackupEntry[]>;
  /** Writes a backup to a new file the person chooses (never over an existing review) and reads it back to open. */
  restoreBackupAsCopy(backupId: string): Promise<OpenedFile | null>;
  /**
   * Commands from the platform's own menus: the desktop menu bar (and files the OS asks the app to open), or the
   * few keyboard shortcuts a browser leaves to the page. Returns a function that stops listening.
   */
  onMenuCommand?(listener: (command: MenuCommand) => void): () => void;
  /** The interface language changed (a code from the renderer's LANGUAGES): the desktop menus follow it. */
  setLanguage?(language: string): void;
}

/** What the desktop menu (or its keyboard shortcut) asks the interface to do. */
export const MENU_COMMAND_NAMES = [
  'new-review',
  'open-review',
  'save-review-as',
  'export-report',
  'undo',
  'redo',
  'find',
] as const;
export type MenuCommandName = (typeof MENU_COMMAND_NAMES)[number];

/** A menu command, or a review file the OS asked the app to open (double-click, Open With, a second launch). */
export type MenuCommand = { type: MenuCommandName } | { type: 'open-file'; file: ReviewFileRef };

/** The command in a message from the desktop shell, or null when it is not one this version understands. */
export function parseMenuCommand(value: unknown): MenuCommand | null {
  if (typeof value !== 'object' || value === null || !('type' in value)) return null;
  const { type } = value;
  if (type === 'open-file') {
    const file = 'file' in value ? value.file : undefined;
    return isReviewFileRef(file) ? { type, file: { key: file.key, name: file.name, location: file.location } } : null;
  }
  const name = MENU_COMMAND_NAMES.find((candidate) => candidate === type);
  return name === undefined ? null : { type: name };
}

function isReviewFileRef(value: unknown): value is ReviewFileRef {
  if (typeof value !== 'object' || value === null) return false;
  const fields = value as Record<string, unknown>;
  return typeof fields.key === 'string' && typeof fields.name === 'string' && typeof fields.location === 'string';
}

/** What a review file should be called, from its title: safe on every file system. */
export function reviewFileName(title: string): string {
  const cleaned = title
    .normalize('NFC')
    // Characters that Windows, macOS or Linux refuse in file names, and control characters.
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return `${cleaned || 'Review'}.charter`;
}

/** The Host methods that cross from the renderer to the Electron main process. */
export type HostMethod = Exclude<keyof Host, 'kind' | 'onMenuCommand' | 'setLanguage'>;

/** A failure the person should see (disk full, no permission…); the bytes in memory are untouched. */
export interface HostBridgeFailure {
  code: HostErrorCode;
  /** A sentence for a person: what happened, what was kept safe, what to do next. */
  message: string;
}

/** Errors thrown across Electron IPC keep only their message, so results travel in an envelope. */
export type HostBridgeResult<T> = { ok: true; value: T } | { ok: false; error: HostBridgeFailure };

/**
 * `window.host` in Electron: the Host methods with the same parameters, each answered with an envelope.
 * A rejected promise means main refused the request itself (malformed arguments, a foreign frame): a bug.
 */
export type HostBridge = {
  [Method in HostMethod]: (
    ...args: Parameters<Host[Method]>
  ) => Promise<HostBridgeResult<Awaited<ReturnType<Host[Method]>>>>;
} & {
  /** Menu commands from main, unchecked: ElectronHost parses each one with parseMenuCommand. */
  onMenuCommand(listener: (command: unknown) => void): () => void;
  /** Tells main the interface language, so the menus and native dialogs follow it. Unchecked there too. */
  setLanguage?(language: string): void;
};
