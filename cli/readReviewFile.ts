// Reads a review file's bytes for a command, turning the ways a path can be wrong into
// the contract's error codes. Reading never changes the file.
import { promises as fs } from 'node:fs';
import { ReviewFileError } from '../shared/errors';
import { CliError, systemErrorCode } from './CliError';

/** `shownPath` is the path as the person typed it, so the message names what they recognise. */
export async function readReviewFile(absolutePath: string, shownPath: string = absolutePath): Promise<Uint8Array> {
  try {
    const stats = await fs.stat(absolutePath);
    if (stats.isDirectory()) {
      throw new ReviewFileError(
        'not-a-review',
        `${shownPath} is a folder, not a review file. Nothing was changed. Give the path of a .charter file instead.`,
      );
    }
    if (!stats.isFile()) {
      throw new ReviewFileError(
        'not-a-review',
        `${shownPath} is not a regular file (it is a device, pipe or socket). Nothing was changed. Give the path of a .charter file instead.`,
      );
    }
    return await fs.readFile(absolutePath);
  } catch (error) {
    throw classifyReadFailure(error, shownPath);
  }
}

function classifyReadFailure(error: unknown, shownPath: string): unknown {
  switch (systemErrorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new ReviewFileError(
        'not-found',
        `There is no file at ${shownPath}. Nothing was changed. Check the folder and the spelling of the file name.`,
      );
    case 'EISDIR':
      return new ReviewFileError(
        'not-a-review',
        `${shownPath} is a folder, not a review file. Nothing was changed. Give the path of a .charter file instead.`,
      );
    case 'EACCES':
    case 'EPERM':
      return new CliError(
        'cannot-read',
        `${shownPath} could not be read: permission denied. Nothing was changed. Ask for read access, or copy the file somewhere you can read it.`,
      );
    case 'ERR_FS_FILE_TOO_LARGE':
      return new ReviewFileError(
        'not-a-review',
        `${shownPath} is too large to be a review file (over 2 GB). Nothing was changed. Check that this is the file you meant.`,
      );
    default:
      return error;
  }
}
