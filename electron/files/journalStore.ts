// The journal of a review file on disk: a hidden file beside it, appended with a flush to disk after each change.
import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { fstatSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { type JournalStore } from '../../shared/saving/JournalKeeper';
import { journalFileName } from '../../shared/saving/journalFile';
import { type FileSystemOps, saveReviewAtomically } from './saveReviewAtomically';

/** Journals are small (the changes since the last full save); one far larger is not ours to read. */
const MAX_JOURNAL_BYTES = 1024 ** 3;

export function journalPathFor(reviewPath: string): string {
  return path.join(path.dirname(reviewPath), journalFileName(path.basename(reviewPath)));
}

export async function sha256OfBytes(bytes: Uint8Array): Promise<string> {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Appending with a flush to disk, injectable so tests can make it fail. */
export interface JournalAppender {
  append(filePath: string, text: string): Promise<void>;
  /** Lets go of anything kept open for the file: before the journal is replaced, removed or set aside. */
  release?(filePath: string): Promise<void>;
}

/** Opens the file, appends, flushes it to disk and closes it, every time. */
export const nodeJournalAppender: JournalAppender = {
  async append(filePath, text) {
    const handle = await open(filePath, 'a');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

/** How long the journal stays open after the last change. */
const KEPT_OPEN_MS = 5000;

/**
 * Keeps the journal open between appends, which come one per change while someone works: each is then one write
 * and one fdatasync (the data and the file's new length; nothing else about the file changed), without opening and
 * closing the file around it. The file is closed after a quiet while, and before the journal is replaced, removed or
 * set aside, so that no append goes to a file that is no longer the journal. An append that finds the file deleted
 * under it (by someone tidying the folder) fails, as it would have lost the change.
 */
export function keptOpenJournalAppender(keptOpenMs = KEPT_OPEN_MS): JournalAppender {
  let kept: { filePath: string; handle: FileHandle } | undefined;
  let closer: ReturnType<typeof setTimeout> | undefined;
  // One operation at a time: an append never meets a close half done.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  };
  const close = async () => {
    if (closer !== undefined) clearTimeout(closer);
    closer = undefined;
    const open = kept;
    kept = undefined;
    await open?.handle.close();
  };
  return {
    append: (filePath, text) =>
      serial(async () => {
        if (kept?.filePath !== filePath) {
          await close();
          kept = { filePath, handle: await open(filePath, 'a') };
        }
        const { handle } = kept;
        try {
          // writeFile writes it all (in as many writes as it takes); the file is open for appending.
          await handle.writeFile(text, 'utf8');
          await handle.datasync();
          // fstat of an open file answers from memory: asked at once rather than queued behind other file work.
          if (fstatSync(handle.fd).nlink === 0) {
            throw Object.assign(new Error(`The journal ${filePath} was deleted while it was in use.`), {
              code: 'ENOENT',
            });
          }
        } catch (error) {
          await close().catch(() => undefined);
          throw error;
        }
        if (closer !== undefined) clearTimeout(closer);
        closer = setTimeout(() => void serial(close).catch(() => undefined), keptOpenMs);
        closer.unref?.();
      }),
    release: () => serial(close),
  };
}

export function nodeJournalStore(
  reviewPath: string,
  options: { fs?: FileSystemOps; appender?: JournalAppender } = {},
): JournalStore {
  const journalPath = journalPathFor(reviewPath);
  const appender = options.appender ?? keptOpenJournalAppender();
  const release = async () => appender.release?.(journalPath);
  return {
    async read() {
      let handle;
      try {
        handle = await open(journalPath, 'r');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      try {
        const info = await handle.stat();
        if (!info.isFile() || info.size > MAX_JOURNAL_BYTES) return '';
        return await handle.readFile('utf8');
      } finally {
        await handle.close();
      }
    },
    append: (text) => appender.append(journalPath, text),
    async replace(text) {
      await release();
      await saveReviewAtomically(journalPath, new TextEncoder().encode(text), { fs: options.fs });
    },
    async remove() {
      await release();
      await rm(journalPath, { force: true });
    },
    // Kept for a person (or support) to look at; the next one set aside replaces it.
    async setAside() {
      await release();
      await rename(journalPath, `${journalPath}.unused`).catch(() => rm(journalPath, { force: true }));
    },
  };
}
