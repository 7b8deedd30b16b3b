// Remembers which version of each review file this app last read or wrote (size, modification time, file id and a
// SHA-256 of the bytes), so a save never replaces a file that a synced folder or another tool changed meanwhile.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { HostError } from '../../shared/host';
import { errnoOf } from './fsErrors';
import { pathIdentity } from './pathIdentity';

interface DiskVersion {
  size: number;
  mtimeMs: number;
  ino: number;
  dev: number;
  sha256: string;
}

export type DiskCheck = 'unchanged' | 'changed' | 'missing' | 'unknown';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function sameStats(known: DiskVersion, stats: Stats): boolean {
  return (
    known.size === stats.size && known.mtimeMs === stats.mtimeMs && known.ino === stats.ino && known.dev === stats.dev
  );
}

export class DiskVersions {
  private readonly known = new Map<string, DiskVersion>();

  /** Stats to take before reading: a change during the read then shows up as a difference later, never hides. */
  async statBeforeRead(filePath: string): Promise<Stats | undefined> {
    return stat(filePath).catch(() => undefined);
  }

  /** The version just read: `stats` from before the read, `bytes` as read. */
  rememberRead(filePath: string, stats: Stats | undefined, bytes: Uint8Array): void {
    if (stats === undefined) {
      this.known.delete(pathIdentity(filePath));
      return;
    }
    this.known.set(pathIdentity(filePath), versionOf(stats, sha256Hex(bytes)));
  }

  /** The version this app just wrote. If it cannot be looked at, nothing is assumed and the next check reads it. */
  async rememberWritten(filePath: string, bytes: Uint8Array): Promise<void> {
    const identity = pathIdentity(filePath);
    try {
      this.known.set(identity, versionOf(await stat(filePath), sha256Hex(bytes)));
    } catch {
      this.known.delete(identity);
    }
  }

  /** The SHA-256 of the version last read or written, when known. */
  knownSha256(filePath: string): string | undefined {
    return this.known.get(pathIdentity(filePath))?.sha256;
  }

  /** Compares the file on disk with the version last read or written; reads and hashes it only when stats differ. */
  async check(filePath: string): Promise<DiskCheck> {
    const identity = pathIdentity(filePath);
    const known = this.known.get(identity);
    if (known === undefined) return 'unknown';
    let stats: Stats;
    try {
      stats = await stat(filePath);
    } catch (error) {
      const errno = errnoOf(error);
      return errno === 'ENOENT' || errno === 'ENOTDIR' ? 'missing' : 'unknown';
    }
    if (sameStats(known, stats)) return 'unchanged';
    let bytes: Uint8Array;
    try {
      bytes = await readFile(filePath);
    } catch {
      return 'unknown';
    }
    const sha256 = sha256Hex(bytes);
    if (sha256 !== known.sha256) return 'changed';
    // Touched or copied back with the same content (sync tools do this): the same version after all.
    this.known.set(identity, versionOf(stats, sha256));
    return 'unchanged';
  }

  /** Refuses, with HostError `changed-on-disk`, a save over a file that is no longer the version this app knows. */
  async assertUnchanged(filePath: string): Promise<void> {
    const outcome = await this.check(filePath);
    if (outcome === 'unchanged' || outcome === 'unknown') return;
    const name = path.basename(filePath);
    throw new HostError(
      'changed-on-disk',
      outcome === 'missing'
        ? `"${name}" was moved, renamed or deleted outside Charter Review, so it was not saved. Your changes are ` +
            'still open here; keep your version to write it back, or use Save As.'
        : `"${name}" was changed outside Charter Review (by a synced folder or another program), so it was not ` +
            'saved over. Your changes are still open here; choose whether to keep yours, take theirs, or Save As.',
    );
  }

  /** The person chose to keep their version: what is on disk now becomes the version the next save may replace. */
  async acceptCurrent(filePath: string): Promise<void> {
    const identity = pathIdentity(filePath);
    try {
      const stats = await stat(filePath);
      this.known.set(identity, versionOf(stats, sha256Hex(await readFile(filePath))));
    } catch {
      // Gone: the next save writes it back.
      this.known.delete(identity);
    }
  }

  forget(filePath: string): void {
    this.known.delete(pathIdentity(filePath));
  }
}

function versionOf(stats: Stats, sha256: string): DiskVersion {
  return { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino, dev: stats.dev, sha256 };
}
