// For review files on the person's disk (File System Access), remembers the version last read or written, so a save
// never replaces a file that another program changed. Files in the browser's own storage only change through the
// tab holding their Web Lock, so they need no check.
import { HostError } from '../../shared/host';
import { sha256Hex } from './browserBackups';

interface Version {
  lastModified: number;
  size: number;
  sha256: string;
}

export type BrowserDiskCheck = 'unchanged' | 'changed' | 'missing' | 'unknown';

export class BrowserDiskVersions {
  private readonly known = new Map<string, Version>();

  /** The version just read or written (`bytes`), with the file's current date and size. */
  async remember(key: string, handle: FileSystemFileHandle, bytes: Uint8Array): Promise<void> {
    try {
      const file = await handle.getFile();
      this.known.set(key, { lastModified: file.lastModified, size: file.size, sha256: await sha256Hex(bytes) });
    } catch {
      this.known.delete(key);
    }
  }

  async check(key: string, handle: FileSystemFileHandle): Promise<BrowserDiskCheck> {
    const known = this.known.get(key);
    if (known === undefined) return 'unknown';
    let file: File;
    try {
      file = await handle.getFile();
    } catch (error) {
      return error instanceof DOMException && error.name === 'NotFoundError' ? 'missing' : 'unknown';
    }
    if (file.lastModified === known.lastModified && file.size === known.size) return 'unchanged';
    const sha256 = await sha256Hex(new Uint8Array(await file.arrayBuffer()));
    if (sha256 !== known.sha256) return 'changed';
    this.known.set(key, { lastModified: file.lastModified, size: file.size, sha256 });
    return 'unchanged';
  }

  async assertUnchanged(key: string, handle: FileSystemFileHandle): Promise<void> {
    const outcome = await this.check(key, handle);
    if (outcome === 'changed' || outcome === 'missing') {
      // i18n-exempt: the particulars of a HostError; the interface translates it by its code
      throw new HostError(
        'changed-on-disk',
        `"${handle.name}" was changed or removed outside Charter Review, so it was not saved over. Your changes ` +
          'are still open here; choose whether to keep yours, take theirs, or Save As.',
      );
    }
  }

  /** The person chose to keep their version: what is on disk now may be replaced by the next save. */
  async acceptCurrent(key: string, handle: FileSystemFileHandle): Promise<void> {
    try {
      const file = await handle.getFile();
      const sha256 = await sha256Hex(new Uint8Array(await file.arrayBuffer()));
      this.known.set(key, { lastModified: file.lastModified, size: file.size, sha256 });
    } catch {
      this.known.delete(key);
    }
  }
}
