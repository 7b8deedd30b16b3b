// The only paths main will read or write for the renderer: ones the user picked in a dialog or that are on
// the recent list. The renderer holds an opaque random key per file and never sends a path.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { ReviewFileRef } from '../../shared/host';
import { pathIdentity } from './pathIdentity';

/** 18 random bytes in base64url: unguessable, and easy to validate before any lookup. */
export const FILE_KEY_PATTERN = /^[A-Za-z0-9_-]{24}$/;

function newFileKey(): string {
  return randomBytes(18).toString('base64url');
}

export class FileGrants {
  private readonly pathByKey = new Map<string, string>();
  private readonly keyByIdentity = new Map<string, string>();

  constructor(private readonly makeKey: () => string = newFileKey) {}

  /** Allows the renderer to use `absolutePath`; the same file keeps the same key for the whole session. */
  grant(absolutePath: string): ReviewFileRef {
    if (!path.isAbsolute(absolutePath)) {
      throw new Error(`A file grant needs an absolute path, got "${absolutePath}".`);
    }
    const identity = pathIdentity(absolutePath);
    let key = this.keyByIdentity.get(identity);
    if (key === undefined) {
      key = this.makeKey();
      this.keyByIdentity.set(identity, key);
    }
    // The latest spelling wins, so a file renamed only in case is shown as the user last chose it.
    this.pathByKey.set(key, path.resolve(absolutePath));
    return describeFile(key, absolutePath);
  }

  /** The path behind a key, or undefined for a key this session never issued. */
  pathFor(key: string): string | undefined {
    return this.pathByKey.get(key);
  }
}

/** What the renderer may see of a file: its key, its name and its folder (for display only). */
export function describeFile(key: string, absolutePath: string): ReviewFileRef {
  return { key, name: path.basename(absolutePath), location: path.dirname(absolutePath) };
}
