import { promises as fsPromises } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomically } from '../../../cli/files/writeFileAtomically';

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'charter-atomic-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(folder, { recursive: true, force: true });
});

const bytes = new TextEncoder().encode('SQLite format 3\u0000 and the rest of a review');

function codeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

describe('writeFileAtomically', () => {
  it('writes exactly the bytes and leaves no temporary file', async () => {
    const target = path.join(folder, 'review.charter');
    await writeFileAtomically(target, bytes, { overwrite: false });
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    expect(await readdir(folder)).toEqual(['review.charter']);
  });

  it('without overwrite, refuses an existing file with EEXIST and keeps its content', async () => {
    const target = path.join(folder, 'review.charter');
    await writeFile(target, 'older review');
    const error = await writeFileAtomically(target, bytes, { overwrite: false }).catch((e: unknown) => e);
    expect(codeOf(error)).toBe('EEXIST');
    expect(await readFile(target, 'utf8')).toBe('older review');
    expect(await readdir(folder)).toEqual(['review.charter']);
  });

  it('with overwrite, replaces the content in one step', async () => {
    const target = path.join(folder, 'review.charter');
    await writeFile(target, 'older review');
    await writeFileAtomically(target, bytes, { overwrite: true });
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    expect(await readdir(folder)).toEqual(['review.charter']);
  });

  it('on a file system without hard links, still creates the file and still refuses an existing one', async () => {
    vi.spyOn(fsPromises, 'link').mockRejectedValue(
      Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' }),
    );
    const target = path.join(folder, 'usb-stick.charter');
    await writeFileAtomically(target, bytes, { overwrite: false });
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);

    const error = await writeFileAtomically(target, new Uint8Array([1, 2, 3]), { overwrite: false }).catch(
      (e: unknown) => e,
    );
    expect(codeOf(error)).toBe('EEXIST');
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    expect(await readdir(folder)).toEqual(['usb-stick.charter']);
  });

  it('fails without leaving anything when the folder does not exist', async () => {
    const error = await writeFileAtomically(path.join(folder, 'gone', 'x.charter'), bytes, { overwrite: false }).catch(
      (e: unknown) => e,
    );
    expect(codeOf(error)).toBe('ENOENT');
    expect(await readdir(folder)).toEqual([]);
  });
});
