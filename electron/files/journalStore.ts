// The journal of a review file on disk: a hidden file beside it, appended with a flush to disk after each change.
import { open, rename, rm } from 'node:fs/promises';
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

/** Appending with fsync, injectable so tests can make it fail. */
export interface JournalAppender {
  append(filePath: string, text: string): Promise<void>;
}

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

export function nodeJournalStore(
  reviewPath: string,
  options: { fs?: FileSystemOps; appender?: JournalAppender } = {},
): JournalStore {
  const journalPath = journalPathFor(reviewPath);
  const appender = options.appender ?? nodeJournalAppender;
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
    replace: (text) => saveReviewAtomically(journalPath, new TextEncoder().encode(text), { fs: options.fs }),
    remove: () => rm(journalPath, { force: true }),
    // Kept for a person (or support) to look at; the next one set aside replaces it.
    setAside: () => rename(journalPath, `${journalPath}.unused`).catch(() => rm(journalPath, { force: true })),
  };
}
