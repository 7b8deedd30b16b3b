// Main-process side of window.host: one IPC handler per Host method. Every call is checked to come from our
// window's main frame on app://charter/, every payload is parsed with zod, and paths never cross the bridge.
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { z } from 'zod';
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
} from '../shared/host';
import { APP_URL_PREFIX } from './appProtocol';
import { FILE_KEY_PATTERN, FileGrants } from './files/FileGrants';
import { errnoOf, hostErrorCodeFor, openFailure, saveFailure } from './files/fsErrors';
import { pathIdentity } from './files/pathIdentity';
import { MAX_REVIEW_FILE_BYTES, readReviewFile } from './files/readReviewFile';
import { RecentFiles } from './files/recentFiles';
import { saveReviewAtomically, type FileSystemOps } from './files/saveReviewAtomically';
import { ReviewFileSafety } from './files/reviewFileSafety';
import type { ReviewLocksOptions } from './files/reviewLockFile';
import { BACKUP_ID_PATTERN, BackupRequest } from '../shared/saving/reviewBackups';
import type { HostBridgeResult, HostMethod } from '../shared/host';
import { HOST_CHANNELS } from './ipcChannels';
import { fill, mainText, type MainLanguage, type MainText } from './i18n/mainText';
import { JournalKeeper } from '../shared/saving/JournalKeeper';
import { type JournalAppender, nodeJournalStore, sha256OfBytes } from './files/journalStore';

/** The native file dialogs, injected so tests can answer them. */
export interface Dialogs {
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
}

/** What the sender check needs of an IPC event (Electron's IpcMainInvokeEvent has it). */
export interface InvokeEventLike {
  readonly sender: unknown;
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** What the sender check needs of our window (Electron's BrowserWindow has it). */
export interface TrustedWindowLike {
  readonly webContents: unknown;
}

/** The part of Electron's ipcMain used here. */
export interface IpcHandlerRegistry {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

export interface IpcDeps {
  dialogs: Dialogs;
  /** app.getPath('userData'): where the recent list lives. */
  userDataDir: string;
  /** The one window allowed to call; null while it does not exist. */
  getWindow: () => TrustedWindowLike | null;
  /** Where save dialogs start (app.getPath('documents')); the OS default when absent. */
  defaultFolder?: () => string;
  fs?: FileSystemOps;
  /** Largest file accepted in either direction; 2 GiB unless a test lowers it. */
  maxFileBytes?: number;
  /** Largest file pickFile reads (an inventory, evidence); MAX_PICKED_FILE_BYTES unless a test lowers it. */
  maxPickedFileBytes?: number;
  now?: () => Date;
  /** Where unexpected failures are reported for developers; console.error by default. */
  logError?: (message: string, error: unknown) => void;
  /** Appends to journals; tests inject failures. */
  journalAppender?: JournalAppender;
  /** Told each time a review file is opened or saved, so the OS can list it among recent documents. */
  onReviewFileUsed?: (filePath: string) => void;
  /** Lock settings; tests set the machine name, the process check and turn the heartbeat timer off. */
  locks?: ReviewLocksOptions;
  /** The interface language, asked each time a dialog opens so it follows the page; English when absent. */
  language?: () => MainLanguage;
}

const REVIEW_FILE_EXTENSION = 'charter';

function reviewFilters(text: MainText['files']): { name: string; extensions: string[] }[] {
  return [{ name: text.reviewFileFilter, extensions: [REVIEW_FILE_EXTENSION] }];
}

/** Throws unless the call comes from the main frame of our window showing the app's own page. */
export function assertTrustedSender(event: InvokeEventLike, window: TrustedWindowLike | null, channel: string): void {
  const frame = event.senderFrame;
  const trusted =
    window !== null &&
    event.sender === window.webContents &&
    frame !== null &&
    // A sub-frame (an iframe, should one ever appear) has a parent; only the top frame is ours.
    frame.parent === null &&
    frame.url.startsWith(APP_URL_PREFIX);
  if (!trusted) {
    throw new Error(`Refused ${channel}: the request did not come from the Charter Review window.`);
  }
}

/** The operations behind window.host, on validated arguments. Returned so main can reuse them (file associations). */
export type HostFileService = { [Method in HostMethod]: Host[Method] } & {
  /**
   * Lets the page open a file the OS handed to the app (double-click, "Open with", a second launch): the person
   * chose it as surely as in a dialog. The page gets a key, never the path.
   */
  grantFileFromSystem(absolutePath: string): ReviewFileRef;
  /** Gives back every review lock this app holds (window closed, page reloaded, app quitting); synchronous. */
  releaseAllLocks(): void;
};

export function createHostFileService(deps: IpcDeps): HostFileService {
  const grants = new FileGrants();
  const recent = new RecentFiles(deps.userDataDir, { fs: deps.fs, now: deps.now });
  const maxFileBytes = deps.maxFileBytes ?? MAX_REVIEW_FILE_BYTES;
  const maxPickedFileBytes = deps.maxPickedFileBytes ?? MAX_PICKED_FILE_BYTES;
  const now = deps.now ?? (() => new Date());
  const logError = deps.logError ?? ((message, error) => console.error(message, error));
  const writes = new WriteQueue();
  const dialogText = () => mainText(deps.language?.() ?? 'en').files;
  const safety = new ReviewFileSafety({
    userDataDir: deps.userDataDir,
    grantedPath,
    askWhereToKeepRestoredCopy: (suggestedName) => {
      const text = dialogText();
      return askWhereToSave(text.restoredCopyTitle, suggestedName, reviewFilters(text));
    },
    grantAndRemember: async (filePath) => {
      const ref = grants.grant(filePath);
      await rememberQuietly(filePath);
      return ref;
    },
    fs: deps.fs,
    now: deps.now,
    maxFileBytes,
    locks: { logWarning: (event, error) => logError(event, error), ...deps.locks },
  });

  function grantedPath(key: string): string {
    const granted = grants.pathFor(key);
    if (granted === undefined) {
      throw new HostError(
        'unknown-file',
        'Charter Review no longer knows where this file is (it was opened in an earlier session). ' +
          'Nothing was written and your work is still open; use Save As to choose where to keep it.',
      );
    }
    return granted;
  }

  function assertSize(bytes: Uint8Array): void {
    if (bytes.byteLength > maxFileBytes) {
      throw new HostError(
        'io-error',
        'This review has grown larger than Charter Review can save in one file. Nothing was written; ' +
          'your work is still open. Remove large evidence files and save again.',
      );
    }
  }

  async function rememberQuietly(filePath: string): Promise<void> {
    // The recent list is a convenience; failing to update it must not fail an open or a save.
    await recent
      .remember(filePath)
      .catch((error: unknown) => logError('Could not update the recent files list', error));
    try {
      deps.onReviewFileUsed?.(filePath);
    } catch (error) {
      logError('Could not add the file to the recent documents of the system', error);
    }
  }

  /** One journal per review file, kept in step with it by the saves below. */
  const journals = new Map<string, JournalKeeper>();
  function journalFor(filePath: string): JournalKeeper {
    const identity = pathIdentity(filePath);
    let keeper = journals.get(identity);
    if (!keeper) {
      keeper = new JournalKeeper(
        nodeJournalStore(filePath, { fs: deps.fs, appender: deps.journalAppender }),
        sha256OfBytes,
      );
      journals.set(identity, keeper);
    }
    return keeper;
  }

  async function openGranted(filePath: string): Promise<OpenedFile> {
    const statsBeforeRead = await safety.beforeRead(filePath);
    const bytes = await readReviewFile(filePath, maxFileBytes);
    safety.afterRead(filePath, statsBeforeRead, bytes);
    const ref = grants.grant(filePath);
    await rememberQuietly(filePath);
    // A journal that cannot be read is left where it is (never deleted): the file still opens.
    const journal = await writes
      .run(filePath, () => journalFor(filePath).opened(bytes))
      .catch((error: unknown) => {
        logError('Could not read the journal beside a review file', error);
        return null;
      });
    return journal ? { ref, bytes, journal } : { ref, bytes };
  }

  function saveDialogOptions(
    title: string,
    suggestedName: string,
    filters: SaveDialogOptions['filters'],
  ): SaveDialogOptions {
    // Only the name part of the suggestion: the renderer must not steer the dialog into a folder.
    const fileName = path.basename(suggestedName);
    const folder = deps.defaultFolder?.();
    return {
      title,
      defaultPath: folder ? path.join(folder, fileName) : fileName,
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
  }

  async function askWhereToSave(
    title: string,
    suggestedName: string,
    filters: SaveDialogOptions['filters'],
  ): Promise<string | null> {
    const choice = await deps.dialogs.showSaveDialog(saveDialogOptions(title, suggestedName, filters));
    if (choice.canceled || !choice.filePath) return null;
    return path.resolve(choice.filePath);
  }

  async function writeReviewAndGrant(filePath: string, bytes: Uint8Array): Promise<ReviewFileRef> {
    await writes.run(filePath, async () => {
      // Save As onto a review someone else has open would overwrite their work.
      await safety.locks.assertWritable(filePath);
      await saveReviewAtomically(filePath, bytes, { fs: deps.fs });
      await safety.afterWrite(filePath, bytes);
      await journalFor(filePath).created(bytes);
    });
    const ref = grants.grant(filePath);
    await rememberQuietly(filePath);
    return ref;
  }

  return {
    grantFileFromSystem(absolutePath) {
      return grants.grant(path.resolve(absolutePath));
    },

    releaseAllLocks: () => safety.locks.releaseAllSync(),
    ...safety.methods,

    async openReviewFile() {
      const folder = deps.defaultFolder?.();
      const text = dialogText();
      const choice = await deps.dialogs.showOpenDialog({
        title: text.openReviewTitle,
        properties: ['openFile'],
        filters: reviewFilters(text),
        ...(folder ? { defaultPath: folder } : {}),
      });
      const chosen = choice.filePaths[0];
      if (choice.canceled || chosen === undefined) return null;
      return openGranted(path.resolve(chosen));
    },

    async openRecentFile(key) {
      return openGranted(grantedPath(key));
    },

    async createReviewFile(suggestedName, bytes) {
      assertSize(bytes);
      const text = dialogText();
      const filePath = await askWhereToSave(text.newReviewTitle, suggestedName, reviewFilters(text));
      return filePath === null ? null : writeReviewAndGrant(filePath, bytes);
    },

    async saveReviewFile(ref, bytes, revision) {
      assertSize(bytes);
      const filePath = grantedPath(ref.key);
      await writes.run(filePath, async () => {
        const journal = journalFor(filePath);
        // Never over another holder's lock, nor over a version of the file this app has not seen.
        await safety.beforeWrite(filePath);
        await saveReviewAtomically(filePath, bytes, {
          fs: deps.fs,
          beforeReplace: () => journal.replacing(bytes, revision),
        });
        await safety.afterWrite(filePath, bytes);
        await journal.replaced(revision);
      });
      const savedAt = now().toISOString();
      await rememberQuietly(filePath);
      return { savedAt };
    },

    async appendJournal(ref, revision, entry) {
      const filePath = grantedPath(ref.key);
      await writes
        .run(filePath, async () => {
          await safety.beforeJournalAppend(filePath);
          await journalFor(filePath).append(revision, entry);
        })
        .catch((error: unknown) => {
          throw journalFailure(error, filePath);
        });
      return { savedAt: now().toISOString() };
    },

    async saveReviewFileAs(suggestedName, bytes) {
      assertSize(bytes);
      const text = dialogText();
      const filePath = await askWhereToSave(text.saveAsTitle, suggestedName, reviewFilters(text));
      return filePath === null ? null : writeReviewAndGrant(filePath, bytes);
    },

    async pickFile(options) {
      const folder = deps.defaultFolder?.();
      const choice = await deps.dialogs.showOpenDialog({
        title: options.title,
        properties: ['openFile'],
        filters: [pickFilter(options, dialogText())],
        ...(folder ? { defaultPath: folder } : {}),
      });
      const chosen = choice.filePaths[0];
      if (choice.canceled || chosen === undefined) return null;
      // Read once and handed over: no grant and no place on the recent list, and only the name crosses back.
      return readChosenFile(path.resolve(chosen), maxPickedFileBytes);
    },

    async exportFile(suggestedName, _mediaType, bytes) {
      assertSize(bytes);
      const extension = path.extname(path.basename(suggestedName)).slice(1);
      const text = dialogText();
      const filters = extension
        ? [
            { name: fill(text.oneTypeFilter, { extension: extension.toUpperCase() }), extensions: [extension] },
            { name: text.allFilesFilter, extensions: ['*'] },
          ]
        : [];
      const filePath = await askWhereToSave(text.exportTitle, suggestedName, filters);
      if (filePath === null) return false;
      // An export is handed over, not kept: no grant and no place on the recent list.
      await writes.run(filePath, () => saveReviewAtomically(filePath, bytes, { fs: deps.fs, purpose: 'export' }));
      return true;
    },

    async recentFiles() {
      const entries = await recent.list();
      // Being on the recent list is what allows main to open these again, so each gets a key.
      return entries.map((entry): RecentFile => ({ ...grants.grant(entry.path), lastOpened: entry.lastOpened }));
    },

    async forgetRecentFile(key) {
      const filePath = grants.pathFor(key);
      // The grant stays: the file may be open right now and must keep saving.
      if (filePath !== undefined) await recent.forget(filePath);
    },
  };
}

/** A journal append that failed: the change is still in memory and the next full save will hold it. */
function journalFailure(error: unknown, filePath: string): HostError {
  return saveFailure(error, filePath, 'review');
}

/** The dialog's filter; Linux file dialogs match extensions case-sensitively, so "INVENTORY.CSV" is offered too. */
function pickFilter(options: PickFileOptions, text: MainText['files']): { name: string; extensions: string[] } {
  const lower = [...new Set(options.extensions.map((extension) => extension.toLowerCase()))];
  return {
    name: fill(text.severalTypesFilter, { extensions: lower.map((extension) => extension.toUpperCase()).join(', ') }),
    extensions: [...new Set([...lower, ...lower.map((extension) => extension.toUpperCase())])],
  };
}

/** Reads a file the person chose, refusing folders, devices and files too large before reading them. */
async function readChosenFile(filePath: string, maxBytes: number): Promise<PickedFile> {
  const name = path.basename(filePath);
  try {
    const handle = await open(filePath, 'r');
    try {
      // Size from the open handle, so a file swapped between the check and the read cannot slip past.
      const info = await handle.stat();
      if (!info.isFile()) {
        throw new HostError('not-found', `"${name}" is a folder or a device, not a file. Nothing was changed.`);
      }
      if (info.size > maxBytes) throw new HostError('io-error', fileTooLargeMessage(name, info.size, maxBytes));
      const buffer = await handle.readFile();
      // IPC copies a view's whole backing store; a small Buffer may sit in a shared pool, so hand over its own copy.
      const ownsBackingStore = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength;
      return { name, bytes: ownsBackingStore ? new Uint8Array(buffer.buffer) : new Uint8Array(buffer) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw openFailure(error, filePath);
  }
}

/** Writes to one file happen in the order they were asked for, so an older save can never land last. */
class WriteQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(filePath: string, write: () => Promise<T>): Promise<T> {
    const identity = pathIdentity(filePath);
    const previous = this.tails.get(identity) ?? Promise.resolve();
    const current = previous.then(write, write);
    const tail = current.catch(() => undefined);
    this.tails.set(identity, tail);
    void tail.then(() => {
      if (this.tails.get(identity) === tail) this.tails.delete(identity);
    });
    return current;
  }
}

// ---- payload validation ----

const bytesSchema = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength <= MAX_REVIEW_FILE_BYTES, 'The bytes are larger than 2 GiB.');
const keySchema = z.string().regex(FILE_KEY_PATTERN);
const suggestedNameSchema = z.string().trim().min(1).max(255);
// Extra fields are allowed (a RecentFile is a ReviewFileRef too); only the key is ever used.
const refSchema = z.object({ key: keySchema, name: z.string().max(1024), location: z.string().max(32_768) });
const pickFileOptionsSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    extensions: z
      .array(z.string().regex(/^[A-Za-z0-9]{1,10}$/))
      .min(1)
      .max(20),
  })
  .strict();
const revisionSchema = z.number().int().nonnegative();
// One change's rows; evidence travels in it as hex, so up to twice the 25 MB evidence limit and some.
const journalEntrySchema = z
  .string()
  .min(2)
  .max(128 * 1024 ** 2);
const mediaTypeSchema = z
  .string()
  .regex(/^[\w.+-]+\/[\w.+-]+$/)
  .max(255);

const lockRequestSchema = z.object({ owner: z.string().max(200), takeOver: z.boolean() }).strict();

type ArgumentSchemas = { [Method in HostMethod]: z.ZodType<Parameters<Host[Method]>> };

const ARGUMENT_SCHEMAS: ArgumentSchemas = {
  openReviewFile: z.tuple([]),
  openRecentFile: z.tuple([keySchema]),
  createReviewFile: z.tuple([suggestedNameSchema, bytesSchema]),
  saveReviewFile: z.tuple([refSchema, bytesSchema, revisionSchema.optional()]),
  appendJournal: z.tuple([refSchema, revisionSchema, journalEntrySchema]),
  saveReviewFileAs: z.tuple([suggestedNameSchema, bytesSchema]),
  pickFile: z.tuple([pickFileOptionsSchema]),
  exportFile: z.tuple([suggestedNameSchema, mediaTypeSchema, bytesSchema]),
  recentFiles: z.tuple([]),
  forgetRecentFile: z.tuple([keySchema]),
  lockReviewFile: z.tuple([refSchema, lockRequestSchema]),
  unlockReviewFile: z.tuple([refSchema]),
  checkReviewFile: z.tuple([refSchema]),
  acceptDiskChange: z.tuple([refSchema]),
  keepBackup: z.tuple([refSchema, BackupRequest]),
  listBackups: z.union([z.tuple([]), z.tuple([refSchema])]),
  restoreBackupAsCopy: z.tuple([z.string().regex(BACKUP_ID_PATTERN)]),
};

/** Registers one handler per Host method on `ipcMain`; returns the service behind them. */
export function registerIpcHandlers(ipcMain: IpcHandlerRegistry, deps: IpcDeps): HostFileService {
  const service = createHostFileService(deps);
  const logError = deps.logError ?? ((message, error) => console.error(message, error));

  function register<Method extends HostMethod>(method: Method): void {
    const channel = HOST_CHANNELS[method];
    const schema: z.ZodType<Parameters<Host[Method]>> = ARGUMENT_SCHEMAS[method];
    ipcMain.handle(channel, async (event, ...rawArgs) => {
      assertTrustedSender(event, deps.getWindow(), channel);
      const parsed = schema.safeParse(rawArgs);
      if (!parsed.success) {
        throw new Error(`Refused ${channel}: malformed arguments. ${z.prettifyError(parsed.error)}`);
      }
      // TypeScript cannot correlate service[method] with Parameters<Host[Method]> for a generic Method; the mapped types guarantee it.
      const operation = service[method] as (...args: Parameters<Host[Method]>) => Promise<unknown>;
      return settle(() => operation(...parsed.data), channel, logError);
    });
  }

  for (const method of Object.keys(HOST_CHANNELS) as HostMethod[]) register(method);
  return service;
}

/** Runs an operation and turns a HostError into the envelope the renderer can read (codes survive IPC this way). */
async function settle<T>(
  operation: () => Promise<T>,
  channel: string,
  logError: (message: string, error: unknown) => void,
): Promise<HostBridgeResult<T>> {
  try {
    return { ok: true, value: await operation() };
  } catch (error) {
    if (error instanceof HostError) return { ok: false, error: { code: error.code, message: error.message } };
    logError(`Unexpected failure in ${channel}`, error);
    return {
      ok: false,
      error: {
        code: hostErrorCodeFor(error),
        message:
          `Something went wrong (${errnoOf(error) ?? 'unexpected error'}). Nothing on disk was changed ` +
          'and your work is still open; try again.',
      },
    };
  }
}
