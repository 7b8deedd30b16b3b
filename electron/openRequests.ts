// Review files the operating system asks the app to open — a double-click, "Open with", a file dropped on the Dock
// icon, a second launch with a file — and the queue that holds them until the window can take them.
import path from 'node:path';

export const REVIEW_FILE_EXTENSION = '.charter';

export function isReviewFilePath(candidate: string): boolean {
  return path.extname(candidate).toLowerCase() === REVIEW_FILE_EXTENSION;
}

export interface ArgvContext {
  /** process.defaultApp: started as `electron <folder>`, where the argument after the executable is the app. */
  defaultApp: boolean;
  /** Where relative paths start: the working directory of the launch that passed them. */
  workingDirectory: string;
  pathApi?: Pick<typeof path, 'resolve'>;
}

/**
 * The review files named on a command line (Windows and Linux pass double-clicked files this way). Switches are
 * skipped: Chromium adds its own to a second instance's arguments, and may reorder them.
 */
export function reviewFilesInArgv(argv: readonly string[], context: ArgvContext): string[] {
  const resolve = context.pathApi?.resolve ?? path.resolve;
  const files: string[] = [];
  let onlyOperands = false;
  for (const argument of argv.slice(context.defaultApp ? 2 : 1)) {
    if (!onlyOperands && argument === '--') {
      onlyOperands = true;
      continue;
    }
    if (!onlyOperands && argument.startsWith('-')) continue;
    if (isReviewFilePath(argument)) files.push(resolve(context.workingDirectory, argument));
  }
  return files;
}

/**
 * Holds requested files until the app can open them (macOS sends 'open-file' before 'ready'), then hands each to
 * `open` in the order asked.
 */
export class FileOpenRouter {
  private readonly waiting: string[] = [];
  private open: ((filePath: string) => void) | null = null;

  request(filePaths: readonly string[]): void {
    for (const filePath of filePaths) {
      if (!isReviewFilePath(filePath)) continue;
      if (this.open === null) this.waiting.push(filePath);
      else this.open(filePath);
    }
  }

  /** From now on files go straight to `open`; those that waited go first. */
  start(open: (filePath: string) => void): void {
    this.open = open;
    for (const filePath of this.waiting.splice(0)) open(filePath);
  }

  /** Files asked for and not yet handed on (for tests and the start-up log). */
  get pendingCount(): number {
    return this.waiting.length;
  }
}
