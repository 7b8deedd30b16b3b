// The seam between the app and the platform: hosts move bytes, nothing else.
// ElectronHost (preload -> IPC -> main) and BrowserHost (OPFS / File System Access) implement it.

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

export interface SaveOutcome {
  /** ISO time the host confirmed the bytes were durable. */
  savedAt: string;
}

export type HostErrorCode = 'not-found' | 'permission-denied' | 'disk-full' | 'io-error' | 'unknown-file';

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
  /** Replaces the file's content atomically; resolves only once the bytes are durable. */
  saveReviewFile(ref: ReviewFileRef, bytes: Uint8Array): Promise<SaveOutcome>;
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
export type HostMethod = Exclude<keyof Host, 'kind'>;

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
};
