// Test helper: a real, empty folder under the OS temp directory, removed after each test.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

export function useTempFolders(): () => Promise<string> {
  const created: string[] = [];
  afterEach(async () => {
    await Promise.all(created.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
  });
  return async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'charter-review-test-'));
    created.push(folder);
    return folder;
  };
}

/** An error shaped like the ones node:fs throws. */
export function systemError(code: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: simulated failure`);
  error.code = code;
  return error;
}
