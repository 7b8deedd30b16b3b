// Reads a review file into memory for the engine, refusing files too large for sql.js before reading them.
import { open } from 'node:fs/promises';
import path from 'node:path';
import { HostError } from '../../shared/host';
import { openFailure } from './fsErrors';

/** sql.js keeps the whole database in one WASM memory, which cannot grow past this. */
export const MAX_REVIEW_FILE_BYTES = 2 * 1024 ** 3;

export async function readReviewFile(filePath: string, maxBytes: number = MAX_REVIEW_FILE_BYTES): Promise<Uint8Array> {
  const name = path.basename(filePath);
  try {
    const handle = await open(filePath, 'r');
    try {
      // Size from the open handle, so a file swapped between the check and the read cannot slip past.
      const info = await handle.stat();
      if (!info.isFile()) {
        throw new HostError('not-found', `"${name}" is a folder or a device, not a review file. Nothing was changed.`);
      }
      if (info.size > maxBytes) {
        throw new HostError(
          'io-error',
          `"${name}" is ${formatSize(info.size)}, larger than the ${formatSize(maxBytes)} Charter Review can open. ` +
            `Nothing was changed.`,
        );
      }
      const buffer = await handle.readFile();
      // IPC copies a view's whole backing store; a small Buffer may sit in a shared pool, so hand over its own copy.
      const ownsBackingStore = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength;
      return ownsBackingStore ? new Uint8Array(buffer.buffer) : new Uint8Array(buffer);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw openFailure(error, filePath);
  }
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${bytes} bytes`;
}
