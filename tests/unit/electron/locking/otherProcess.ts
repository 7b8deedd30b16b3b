// Test helper: starts lockHolderProcess.ts as a real child process (bundled with esbuild) and talks to it.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { HolderRequest } from './lockHolderProcess';

export interface OtherProcess {
  pid: number;
  /** Sends a request and waits for the answer. */
  ask(request: HolderRequest): Promise<Record<string, unknown>>;
  /** Kills it with SIGKILL (no chance to clean up) and waits until it is gone for good. */
  kill(): Promise<void>;
}

let bundlePromise: Promise<{ bundle: string; folder: string }> | undefined;

/** Bundles the helper once per test file. */
function bundleHelper(): Promise<{ bundle: string; folder: string }> {
  bundlePromise ??= (async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'charter-lock-helper-'));
    const bundle = path.join(folder, 'lockHolderProcess.cjs');
    await build({
      entryPoints: [path.join(__dirname, 'lockHolderProcess.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: bundle,
      logLevel: 'silent',
    });
    return { bundle, folder };
  })();
  return bundlePromise;
}

export async function removeHelperBundle(): Promise<void> {
  if (bundlePromise === undefined) return;
  const { folder } = await bundlePromise;
  bundlePromise = undefined;
  await rm(folder, { recursive: true, force: true });
}

export async function startOtherProcess(): Promise<OtherProcess> {
  const { bundle } = await bundleHelper();
  const child: ChildProcess = fork(bundle, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const queue: ((message: Record<string, unknown>) => void)[] = [];
  child.on('message', (message) => queue.shift()?.(message as Record<string, unknown>));
  const ready = await new Promise<Record<string, unknown>>((resolve, reject) => {
    queue.push(resolve);
    child.once('error', reject);
  });
  return {
    pid: Number(ready.pid),
    ask: (request) =>
      new Promise((resolve) => {
        queue.push(resolve);
        child.send(request);
      }),
    async kill() {
      child.kill('SIGKILL');
      // Only once 'exit' fired has Node reaped it: until then its pid still answers as a (zombie) process.
      await exited;
    },
  };
}
