import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileOpenRouter, reviewFilesInArgv } from '../../../electron/openRequests';

describe('review files on a command line', () => {
  it('takes review files from a packaged launch, resolving relative ones against its folder', () => {
    const argv = ['/opt/Charter Review/charter-review', 'Appeal.charter', '/srv/reviews/First instance.CHARTER'];
    expect(reviewFilesInArgv(argv, { defaultApp: false, workingDirectory: '/home/clerk' })).toEqual([
      '/home/clerk/Appeal.charter',
      '/srv/reviews/First instance.CHARTER',
    ]);
  });

  it('skips the switches Chromium adds to a second launch, and other files', () => {
    const argv = [
      'C:\\Program Files\\Charter Review\\Charter Review.exe',
      '--allow-file-access-from-files',
      '--original-process-start-time=1337',
      'C:\\Reviews\\Court.charter',
      'C:\\Reviews\\inventory.xlsx',
    ];
    expect(
      reviewFilesInArgv(argv, { defaultApp: false, workingDirectory: 'C:\\Users\\clerk', pathApi: path.win32 }),
    ).toEqual(['C:\\Reviews\\Court.charter']);
  });

  it('does not take the app folder of `electron .` for a file, and reads names after -- as files', () => {
    const argv = ['/usr/lib/electron', '.', '--', '-odd name.charter'];
    expect(reviewFilesInArgv(argv, { defaultApp: true, workingDirectory: '/work' })).toEqual([
      '/work/-odd name.charter',
    ]);
  });
});

describe('files asked for before the app can open them', () => {
  it('waits until the app is ready, then opens them in the order asked', () => {
    const router = new FileOpenRouter();
    const opened: string[] = [];

    router.request(['/a/First.charter']);
    router.request(['/a/Second.charter', '/a/notes.txt']);
    expect(opened).toEqual([]);
    expect(router.pendingCount).toBe(2);

    router.start((filePath) => opened.push(filePath));
    router.request(['/a/Third.charter']);

    expect(opened).toEqual(['/a/First.charter', '/a/Second.charter', '/a/Third.charter']);
    expect(router.pendingCount).toBe(0);
  });
});
