// Replaces a small settings file of the app in one step (window place, interface language), so a crash or a full
// disk leaves either the old file or the new one, never half of one.
import { renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Written synchronously: the last save can happen while the app closes, and an asynchronous write could still be
 * pending when it quits. The files are tiny; a temporary file and a rename keep them whole.
 */
export function replaceSmallFileSync(target: string, text: string): void {
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text, { mode: 0o600 });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
