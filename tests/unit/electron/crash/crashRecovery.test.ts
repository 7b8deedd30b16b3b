// Crash test: a process working on a review is killed with SIGKILL at random moments, many times over. After every
// kill the file opens, passes its checks, and (with its journal) holds every change the process had reported as
// saved, each exactly once; the next process carries on from there.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSqlJs } from '../../../../cli/sqlJsNode';
import { createHostFileService } from '../../../../electron/ipc';
import { ReviewEngine } from '../../../../shared/engine/ReviewEngine';
import { newReview } from '../../helpers';

const ROOT = path.resolve(__dirname, '../../../..');
const KILLS = Number(process.env.CRASH_TEST_KILLS ?? 20);
let folder = '';
let childScript = '';

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'crash-test-'));
  // Bundled where Node finds the project's packages (sql.js and its WASM) by walking up from the script.
  childScript = path.join(ROOT, 'node_modules', '.cache', 'charter-review-crash-test', 'crashChild.mjs');
  await build({
    entryPoints: [path.join(__dirname, 'crashChild.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
  });
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Runs the child until it has reported at least one durable change and a random extra time has passed, then kills it. */
function runAndKill(filePath: string, prefix: string, extraMs: number): Promise<{ durable: string[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [childScript, filePath, prefix], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let armed = false;
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!armed && stdout.includes('durable ')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('exit', () => {
      clearTimeout(guard);
      // Only whole lines count: a line cut by the kill was not fully reported.
      const lines = stdout.split('\n').slice(0, -1);
      resolve({ durable: lines.filter((l) => l.startsWith('durable ')).map((l) => l.slice(8)), stderr });
    });
  });
}

/** Opens the file as the app would after a crash: the bytes, then the changes its journal kept. */
async function openAfterCrash(filePath: string): Promise<ReviewEngine> {
  const refuse = () => Promise.reject(new Error('no dialogs here'));
  const service = createHostFileService({
    dialogs: { showOpenDialog: refuse, showSaveDialog: refuse },
    userDataDir: folder,
    getWindow: () => null,
    logError: () => undefined,
  });
  const ref = service.grantFileFromSystem(filePath);
  const opened = await service.openRecentFile(ref.key);
  const { engine } = ReviewEngine.open(await loadSqlJs(), opened.bytes);
  if (opened.journal) {
    const replay = engine.replayJournal(opened.journal.entries);
    expect(replay.problem).toBeUndefined();
  }
  return engine;
}

describe('crash recovery', () => {
  it(`keeps every change reported saved through ${KILLS} kills at random moments`, async () => {
    const filePath = path.join(folder, 'Crash test.charter');
    const start = await newReview('Crash test');
    await writeFile(filePath, start.export());
    start.close();

    const reported: string[] = [];
    let seed = 20261123;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 1; round <= KILLS; round += 1) {
      const { durable, stderr } = await runAndKill(filePath, `r${round}`, Math.floor(random() * 120));
      expect(stderr, `round ${round}`).toBe('');
      reported.push(...durable);

      const engine = await openAfterCrash(filePath);
      const names = engine.systems().map((system) => system.name);
      const missing = reported.filter((name) => !names.includes(name));
      expect(missing, `round ${round}: reported saved but lost`).toEqual([]);
      expect(new Set(names).size, `round ${round}: a change was applied twice`).toBe(names.length);
      engine.close();
    }
    expect(reported.length).toBeGreaterThan(KILLS);
  }, 300_000);
});
