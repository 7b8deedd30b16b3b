// A second copy of the app's file layer in its own process, driven by messages from a test: it takes a review's
// lock as the desktop app does, and writes files as another program would. Bundled with esbuild and forked.
import { writeFile } from 'node:fs/promises';
import { ReviewLocks } from '../../../../electron/files/reviewLockFile';

export type HolderRequest =
  | { type: 'lock'; reviewPath: string; owner: string }
  | { type: 'release'; reviewPath: string }
  | { type: 'write'; filePath: string; text: string };

const locks = new ReviewLocks({ heartbeatIntervalMs: 0 });

process.on('message', (request: HolderRequest) => {
  void (async () => {
    try {
      if (request.type === 'lock') {
        const state = await locks.acquire(request.reviewPath, { owner: request.owner, takeOver: false });
        process.send?.({ ok: true, state, pid: process.pid });
      } else if (request.type === 'release') {
        await locks.release(request.reviewPath);
        process.send?.({ ok: true });
      } else {
        await writeFile(request.filePath, request.text);
        process.send?.({ ok: true });
      }
    } catch (error) {
      process.send?.({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
process.send?.({ ok: true, ready: true, pid: process.pid });
