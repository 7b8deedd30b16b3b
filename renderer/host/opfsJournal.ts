// Journals of the web build's reviews, kept in the browser's private file system whatever the review's own
// place (the library, or a file on disk opened through the File System Access API).
import type { JournalStore } from '../../shared/saving/JournalKeeper';

const JOURNAL_FOLDER = 'journals';

async function folder(): Promise<FileSystemDirectoryHandle> {
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle(JOURNAL_FOLDER, { create: true });
}

function isNotFound(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'NotFoundError';
}

async function readText(name: string): Promise<string | null> {
  try {
    const handle = await (await folder()).getFileHandle(name);
    return await (await handle.getFile()).text();
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

async function write(name: string, text: string, append: boolean): Promise<void> {
  const handle = await (await folder()).getFileHandle(name, { create: true });
  const writable = await handle.createWritable({ keepExistingData: append });
  try {
    if (append) await writable.seek((await handle.getFile()).size);
    await writable.write(text);
    // The browser swaps the written copy in on close: that is when the text is kept.
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
}

async function remove(name: string): Promise<void> {
  try {
    await (await folder()).removeEntry(name);
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}

/** The journal of the review behind a host key. */
export function opfsJournalStore(key: string): JournalStore {
  const name = `${encodeURIComponent(key)}.journal`;
  return {
    read: () => readText(name),
    append: (text) => write(name, text, true),
    replace: (text) => write(name, text, false),
    remove: () => remove(name),
    async setAside() {
      const text = await readText(name);
      if (text !== null) await write(`${name}.unused`, text, false);
      await remove(name);
    },
  };
}

export async function sha256OfBytesInBrowser(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
