// Reading inputs that are not review files (inventories, mappings, answer sheets) and writing a review
// back in place, with the ways a path can fail turned into the CLI contract's error codes.
import { promises as fs } from 'node:fs';
import { InventoryImportError } from '../../shared/inventory';
import { CliError, systemErrorCode } from '../CliError';
import { writeFileAtomically } from './writeFileAtomically';
import { withReviewLock } from './reviewLockFile';
import { journalPathOf } from '../openReviewFile';

/** Reads an input that is not a review file, turning the ways a path can be wrong into the contract's codes. */
export async function readInputFile(
  absolutePath: string,
  shown: string,
  what: 'inventory' | 'mapping',
): Promise<Uint8Array> {
  const unreadable = (sentence: string) =>
    what === 'inventory'
      ? new InventoryImportError('unreadable-inventory', sentence)
      : new InventoryImportError('invalid-mapping', sentence);
  try {
    const stats = await fs.stat(absolutePath);
    if (!stats.isFile()) {
      throw unreadable(
        `${shown} is ${stats.isDirectory() ? 'a folder' : 'not a regular file'}, not ${what === 'inventory' ? 'an inventory' : 'a mapping'} file. Nothing was changed. Give the path of the ${what === 'inventory' ? '.csv, .xlsx or .json file' : '.json mapping file'}.`,
      );
    }
    return await fs.readFile(absolutePath);
  } catch (error) {
    switch (systemErrorCode(error)) {
      case 'ENOENT':
      case 'ENOTDIR':
        throw new CliError(
          'not-found',
          `There is no ${what} file at ${shown}. Nothing was changed. Check the folder and the spelling of the file name.`,
        );
      case 'EACCES':
      case 'EPERM':
        throw new CliError(
          'cannot-read',
          `${shown} could not be read: permission denied. Nothing was changed. Ask for read access, or copy the file somewhere you can read it.`,
        );
      case 'ERR_FS_FILE_TOO_LARGE':
        throw unreadable(
          `${shown} is larger than 2 GB, too large to import. Nothing was changed. Split the inventory into smaller files.`,
        );
      default:
        throw error;
    }
  }
}

/** Replaces a review in place, atomically, unless the app (or another command) has it open for writing. */
export async function writeReview(target: string, shown: string, bytes: Uint8Array): Promise<void> {
  try {
    await withReviewLock(target, shown, async () => {
      await writeFileAtomically(target, bytes, { overwrite: true });
      // The bytes hold what the journal beside the file held (it was replayed when the file was read).
      await fs.rm(journalPathOf(target), { force: true });
    });
  } catch (error) {
    const code = systemErrorCode(error);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new CliError(
        'cannot-write',
        `${shown} could not be written: permission denied. Nothing was changed; the review is as it was. Make the file writable, or copy it to a folder you can write to.`,
      );
    }
    if (code === 'ENOSPC' || code === 'EDQUOT') {
      throw new CliError(
        'cannot-write',
        `The disk is full. Nothing was changed; the review is as it was. Free some space and import again.`,
      );
    }
    throw error;
  }
}
