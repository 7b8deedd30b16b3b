// Turns Node file-system errors into HostErrors: a stable code for the UI and a sentence for a person
// that says what happened, that nothing in memory was lost, and what to do next.
import path from 'node:path';
import { HostError, type HostErrorCode } from '../../shared/host';

/** The `code` of a Node system error (ENOSPC, EACCES…), when there is one. */
export function errnoOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export function hostErrorCodeFor(error: unknown): HostErrorCode {
  switch (errnoOf(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission-denied';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'not-found';
    default:
      return 'io-error';
  }
}

/** What the person should do after a failed write, depending on what was being written. */
export type WritePurpose = 'review' | 'export';

/** A failed save: the previous file on disk is untouched and the work is still open in the app. */
export function saveFailure(error: unknown, targetPath: string, purpose: WritePurpose): HostError {
  if (error instanceof HostError) return error;
  const name = path.basename(targetPath);
  const folder = path.dirname(targetPath);
  const elsewhere = purpose === 'review' ? 'use Save As to keep it somewhere else' : 'choose another folder';
  const code = hostErrorCodeFor(error);
  switch (code) {
    case 'disk-full':
      return new HostError(
        code,
        `The disk is full, so "${name}" could not be saved. Your work is still open; free some space or ${elsewhere}.`,
      );
    case 'permission-denied':
      return new HostError(
        code,
        `Charter Review is not allowed to write to "${name}" in ${folder}, so it could not be saved. ` +
          `Your work is still open; ${elsewhere}.`,
      );
    case 'not-found':
      return new HostError(
        code,
        `The folder ${folder} is no longer there (it may have been moved, renamed or disconnected), ` +
          `so "${name}" could not be saved. Your work is still open; ${elsewhere}.`,
      );
    default:
      return new HostError(
        'io-error',
        `"${name}" could not be saved because the disk reported an error (${errnoOf(error) ?? 'unknown'}). ` +
          `The file on disk was left as it was and your work is still open; try again or ${elsewhere}.`,
      );
  }
}

/** A failed read: nothing was changed on disk. */
export function openFailure(error: unknown, filePath: string): HostError {
  if (error instanceof HostError) return error;
  const name = path.basename(filePath);
  const folder = path.dirname(filePath);
  const code = hostErrorCodeFor(error);
  switch (code) {
    case 'not-found':
      return new HostError(
        code,
        `"${name}" is no longer in ${folder}. It may have been moved, renamed or deleted; open it from its new place.`,
      );
    case 'permission-denied':
      return new HostError(
        code,
        `Charter Review is not allowed to read "${name}" in ${folder}. Ask whoever manages this computer for access.`,
      );
    default:
      return new HostError(
        'io-error',
        `"${name}" could not be read because the disk reported an error (${errnoOf(error) ?? 'unknown'}). ` +
          `Nothing was changed; try again.`,
      );
  }
}
