// File handling of `export` and `import-review`: where an export may be written (never over a review file),
// reading an export, and writing the rebuilt review without replacing anything. Failures get contract codes.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CliError, systemErrorCode } from '../CliError';
import { writeFileAtomically } from '../files/writeFileAtomically';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** Whether the file at `target` starts like a SQLite database, which an export must never replace. */
async function holdsDatabase(target: string): Promise<boolean> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(target, 'r');
    const header = Buffer.alloc(SQLITE_MAGIC.length);
    await handle.read(header, 0, header.length, 0);
    return header.toString('latin1') === SQLITE_MAGIC;
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/**
 * Writes an export, replacing an earlier export of the same name (scripts run nightly) but never a review
 * file: a mistyped --out must not turn the review itself into a spreadsheet.
 */
export async function writeExportFile(target: string, shown: string, bytes: Uint8Array, input: string): Promise<void> {
  if (path.resolve(target) === path.resolve(input) || (await holdsDatabase(target))) {
    throw new CliError(
      'exists',
      `${shown} is a review file, and an export never replaces one. Nothing was written. Give --out a new file name, such as "review.json" or "review.xlsx".`,
    );
  }
  await checkFolder(target);
  try {
    await writeFileAtomically(target, bytes, { overwrite: true });
  } catch (error) {
    throw writeFailure(error, target, shown);
  }
}

/** Refuses early, before any work, when the new review's place is taken or its folder is missing. */
export async function assertNewFile(target: string, shown: string): Promise<void> {
  try {
    await fs.lstat(target);
    throw alreadyExists(shown);
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (systemErrorCode(error) !== 'ENOENT' && systemErrorCode(error) !== 'ENOTDIR') throw error;
  }
  await checkFolder(target);
}

/** Writes a new review file; refuses, like `create`, to replace anything already there. */
export async function writeNewReviewFile(target: string, shown: string, bytes: Uint8Array): Promise<void> {
  await assertNewFile(target, shown);
  try {
    await writeFileAtomically(target, bytes, { overwrite: false });
  } catch (error) {
    if (systemErrorCode(error) === 'EEXIST') throw alreadyExists(shown);
    throw writeFailure(error, target, shown);
  }
}

/** Reads the JSON export given to `import-review`. */
export async function readExportFile(absolutePath: string, shown: string): Promise<Uint8Array> {
  try {
    const stats = await fs.stat(absolutePath);
    if (!stats.isFile()) {
      throw new CliError(
        'usage',
        `${shown} is ${stats.isDirectory() ? 'a folder' : 'not a regular file'}, not a JSON export. Nothing was written. Give the path of the .json file made by charter-review export --format json.`,
      );
    }
    return await fs.readFile(absolutePath);
  } catch (error) {
    switch (systemErrorCode(error)) {
      case 'ENOENT':
      case 'ENOTDIR':
        throw new CliError(
          'not-found',
          `There is no file at ${shown}. Nothing was written. Check the folder and the spelling of the file name.`,
        );
      case 'EACCES':
      case 'EPERM':
        throw new CliError(
          'cannot-read',
          `${shown} could not be read: permission denied. Nothing was written. Ask for read access, or copy the file somewhere you can read it.`,
        );
      default:
        throw error;
    }
  }
}

async function checkFolder(target: string): Promise<void> {
  const folder = path.dirname(target);
  const stats = await fs.stat(folder).catch(() => undefined);
  if (!stats?.isDirectory()) {
    throw new CliError(
      'not-found',
      `The folder ${folder} does not exist. Nothing was written. Create the folder first, or choose another place.`,
    );
  }
}

function writeFailure(error: unknown, target: string, shown: string): unknown {
  const code = systemErrorCode(error);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new CliError(
      'cannot-write',
      `${shown} could not be written in ${path.dirname(target)}: permission denied. Nothing was written. Choose a folder you can write to.`,
    );
  }
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new CliError(
      'cannot-write',
      'The disk is full. Nothing was written. Free some space, or choose another place.',
    );
  }
  return error;
}

function alreadyExists(shown: string): CliError {
  return new CliError(
    'exists',
    `${shown} already exists. Nothing was written and the existing file was left as it was. Choose another file name, or move the existing file away first.`,
  );
}
