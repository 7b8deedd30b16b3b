import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  nodeFileSystemOps,
  saveReviewAtomically,
  type FileSystemOps,
} from '../../../electron/files/saveReviewAtomically';
import { HostError } from '../../../shared/host';
import { systemError, useTempFolders } from './tempFolder';

const PREVIOUS = new TextEncoder().encode('previous review, answered last week');
const NEXT = new TextEncoder().encode('next review, with two more answers and a finding');

describe('saveReviewAtomically', () => {
  const newFolder = useTempFolders();

  async function folderWithReview(): Promise<{ folder: string; target: string }> {
    const folder = await newFolder();
    const target = path.join(folder, 'Supreme Court 2026.charter');
    await writeFile(target, PREVIOUS);
    return { folder, target };
  }

  it('replaces the content of the file and leaves nothing else in the folder', async () => {
    const { folder, target } = await folderWithReview();

    await saveReviewAtomically(target, NEXT);

    expect(new Uint8Array(await readFile(target))).toEqual(NEXT);
    expect(await readdir(folder)).toEqual(['Supreme Court 2026.charter']);
  });

  it('creates the file when it does not exist yet', async () => {
    const folder = await newFolder();
    const target = path.join(folder, 'New review.charter');

    await saveReviewAtomically(target, NEXT);

    expect(new Uint8Array(await readFile(target))).toEqual(NEXT);
  });

  it.runIf(process.platform !== 'win32')('keeps the permissions of the file it replaces', async () => {
    const { target } = await folderWithReview();
    const { chmod } = await import('node:fs/promises');
    await chmod(target, 0o600);

    await saveReviewAtomically(target, NEXT);

    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  const failures: {
    step: string;
    errno: string;
    code: HostError['code'];
    sentence: RegExp;
    ops: (failure: Error) => FileSystemOps;
  }[] = [
    {
      step: 'writing the temporary file (disk full half-way)',
      errno: 'ENOSPC',
      code: 'disk-full',
      sentence: /disk is full.*could not be saved.*still open.*free some space or use Save As/,
      ops: (failure) => ({
        ...nodeFileSystemOps,
        async createExclusive(filePath, mode) {
          const file = await nodeFileSystemOps.createExclusive(filePath, mode);
          return {
            ...file,
            async write(bytes) {
              // A real full disk stops part-way, leaving a partial temporary file behind.
              await file.write(bytes.subarray(0, 5));
              throw failure;
            },
          };
        },
      }),
    },
    {
      step: 'flushing the temporary file to disk',
      errno: 'EIO',
      code: 'io-error',
      sentence: /could not be saved.*disk reported an error \(EIO\).*left as it was.*still open/,
      ops: (failure) => ({
        ...nodeFileSystemOps,
        async createExclusive(filePath, mode) {
          const file = await nodeFileSystemOps.createExclusive(filePath, mode);
          return { ...file, sync: () => Promise.reject(failure) };
        },
      }),
    },
    {
      step: 'renaming the temporary file over the review',
      errno: 'EACCES',
      code: 'permission-denied',
      sentence: /not allowed to write.*could not be saved.*still open.*Save As/,
      ops: (failure) => ({ ...nodeFileSystemOps, rename: () => Promise.reject(failure) }),
    },
  ];

  for (const { step, errno, code, sentence, ops } of failures) {
    it(`a failure while ${step} keeps the previous file byte-identical and leaves no temporary file`, async () => {
      const { folder, target } = await folderWithReview();

      const saving = saveReviewAtomically(target, NEXT, { fs: ops(systemError(errno)) });

      await expect(saving).rejects.toBeInstanceOf(HostError);
      await expect(saving).rejects.toMatchObject({ code, message: expect.stringMatching(sentence) });
      expect(new Uint8Array(await readFile(target))).toEqual(PREVIOUS);
      expect(await readdir(folder)).toEqual(['Supreme Court 2026.charter']);
    });
  }

  it('says the folder is gone when it was removed or disconnected', async () => {
    const folder = await newFolder();
    const target = path.join(folder, 'unplugged drive', 'Review.charter');

    await expect(saveReviewAtomically(target, NEXT)).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(/no longer there.*could not be saved.*still open/),
    });
  });

  it('accepts that some systems cannot flush a folder (Windows) and still saves', async () => {
    const { target } = await folderWithReview();
    const ops: FileSystemOps = { ...nodeFileSystemOps, syncDirectory: () => Promise.reject(systemError('EISDIR')) };

    await saveReviewAtomically(target, NEXT, { fs: ops });

    expect(new Uint8Array(await readFile(target))).toEqual(NEXT);
  });

  it('on Windows, retries a rename that an antivirus briefly blocks', async () => {
    const { target } = await folderWithReview();
    let attempts = 0;
    const ops: FileSystemOps = {
      ...nodeFileSystemOps,
      rename: (from, to) => {
        attempts += 1;
        return attempts < 3 ? Promise.reject(systemError('EBUSY')) : nodeFileSystemOps.rename(from, to);
      },
    };

    await saveReviewAtomically(target, NEXT, { fs: ops, platform: 'win32' });

    expect(attempts).toBe(3);
    expect(new Uint8Array(await readFile(target))).toEqual(NEXT);
  });
});
