import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RECENT_FILES, RECENT_FILES_FILE_NAME, RecentFiles } from '../../../electron/files/recentFiles';
import { useTempFolders } from './tempFolder';

/** A clock that moves on by two minutes per reading, so each open counts as a new one. */
function clock(): () => Date {
  let time = Date.parse('2026-03-01T09:00:00.000Z');
  return () => {
    const now = new Date(time);
    time += 120_000;
    return now;
  };
}

describe('RecentFiles', () => {
  const newFolder = useTempFolders();
  const review = (name: string) => path.resolve(path.sep, 'reviews', `${name}.charter`);

  it('lists the most recently opened file first', async () => {
    const recent = new RecentFiles(await newFolder(), { now: clock() });

    await recent.remember(review('Supreme Court'));
    await recent.remember(review('Court of Appeal'));

    expect((await recent.list()).map((entry) => entry.path)).toEqual([
      review('Court of Appeal'),
      review('Supreme Court'),
    ]);
  });

  it('reopening a file moves it to the top instead of listing it twice', async () => {
    const recent = new RecentFiles(await newFolder(), { now: clock() });

    await recent.remember(review('Supreme Court'));
    await recent.remember(review('Court of Appeal'));
    await recent.remember(review('Supreme Court'));

    const entries = await recent.list();
    expect(entries.map((entry) => entry.path)).toEqual([review('Supreme Court'), review('Court of Appeal')]);
    expect(entries[0]?.lastOpened).toBe('2026-03-01T09:04:00.000Z');
  });

  it(`keeps only the ${MAX_RECENT_FILES} newest files`, async () => {
    const recent = new RecentFiles(await newFolder(), { now: clock() });

    for (let index = 1; index <= 12; index += 1) await recent.remember(review(`Court ${index}`));

    const paths = (await recent.list()).map((entry) => entry.path);
    expect(paths).toHaveLength(MAX_RECENT_FILES);
    expect(paths[0]).toBe(review('Court 12'));
    expect(paths).not.toContain(review('Court 2'));
    expect(paths).not.toContain(review('Court 1'));
  });

  it('is still there after a restart', async () => {
    const folder = await newFolder();
    await new RecentFiles(folder, { now: clock() }).remember(review('Supreme Court'));

    const afterRestart = new RecentFiles(folder);

    expect((await afterRestart.list()).map((entry) => entry.path)).toEqual([review('Supreme Court')]);
  });

  it('forgets a file on request, and the file stays forgotten after a restart', async () => {
    const folder = await newFolder();
    const recent = new RecentFiles(folder, { now: clock() });
    await recent.remember(review('Supreme Court'));
    await recent.remember(review('Court of Appeal'));

    await recent.forget(review('Supreme Court'));

    expect((await new RecentFiles(folder).list()).map((entry) => entry.path)).toEqual([review('Court of Appeal')]);
  });

  it('starts empty when the stored list is damaged', async () => {
    const folder = await newFolder();
    await writeFile(path.join(folder, RECENT_FILES_FILE_NAME), '{"version":1,"files":[{"path":"/rev');
    const recent = new RecentFiles(folder, { now: clock() });

    expect(await recent.list()).toEqual([]);
    await recent.remember(review('Supreme Court'));
    const stored: unknown = JSON.parse(await readFile(path.join(folder, RECENT_FILES_FILE_NAME), 'utf8'));
    expect(stored).toMatchObject({ version: 1, files: [{ path: review('Supreme Court') }] });
  });

  it('keeps the sound entries of a list with some nonsense in it', async () => {
    const folder = await newFolder();
    const stored = {
      version: 1,
      files: [
        { path: review('Supreme Court'), lastOpened: '2026-02-01T10:00:00.000Z' },
        { path: 'relative/path.charter', lastOpened: '2026-02-01T10:00:00.000Z' },
        { path: review('Court of Appeal'), lastOpened: 'yesterday' },
        42,
        { path: review('Supreme Court'), lastOpened: '2026-01-01T10:00:00.000Z' },
      ],
    };
    await writeFile(path.join(folder, RECENT_FILES_FILE_NAME), JSON.stringify(stored));

    expect(await new RecentFiles(folder).list()).toEqual([
      { path: review('Supreme Court'), lastOpened: '2026-02-01T10:00:00.000Z' },
    ]);
  });

  it('two files opened at the same moment are both remembered', async () => {
    const recent = new RecentFiles(await newFolder(), { now: clock() });

    await Promise.all([recent.remember(review('Supreme Court')), recent.remember(review('Court of Appeal'))]);

    expect((await recent.list()).map((entry) => entry.path).sort()).toEqual(
      [review('Court of Appeal'), review('Supreme Court')].sort(),
    );
  });
});
