// Decides when two paths name the same file, so the recent list and the grants never hold one file twice.
import path from 'node:path';

/** A comparison key for an absolute path: resolved, and case-folded where the usual file systems ignore case. */
export function pathIdentity(filePath: string, platform: NodeJS.Platform = process.platform): string {
  const resolved = path.resolve(filePath);
  // NTFS and APFS/HFS+ are case-insensitive by default; "Review.charter" and "review.charter" are one file there.
  return platform === 'win32' || platform === 'darwin' ? resolved.toLowerCase() : resolved;
}
