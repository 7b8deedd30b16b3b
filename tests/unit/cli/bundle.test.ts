// The CLI as a separate Node process, as scripts and court IT officers run it: the bundle must start
// by itself, find its WASM, keep stdout to one JSON document and return the contract's exit codes.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type UnusableReviewFile, fingerprint, writeUnusableReviewFiles } from '../../fixtures/reviewFiles';

const root = path.resolve(__dirname, '../../..');
const buildScript = path.join(root, 'scripts', 'build-node.mjs');
const hasBuildScript = existsSync(buildScript);

let folder = '';
let unusable: UnusableReviewFile[] = [];
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'charter-cli-bundle-'));
  unusable = await writeUnusableReviewFiles(path.join(folder, 'unusable'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function spawnNode(args: string[]) {
  const env = { ...process.env };
  delete env.npm_lifecycle_event; // scripts/cli.mjs must use our cwd, not the one npm test was started from
  const run = spawnSync(process.execPath, args, { cwd: folder, env, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function expectRoundTrip(command: (args: string[]) => ReturnType<typeof spawnNode>, name: string): Promise<void> {
  const created = command(['create', name, '--title', 'Administrative courts', '--json']);
  expect(created.code, created.stderr).toBe(0);
  const { file, id } = JSON.parse(created.stdout) as { file: string; id: string };
  expect(file).toBe(path.join(folder, name));

  const info = command(['info', name, '--json']);
  expect(info.code, info.stderr).toBe(0);
  expect(JSON.parse(info.stdout)).toMatchObject({ id, title: 'Administrative courts', systems: 0 });

  const truncated = unusable.find((f) => f.expectedCode === 'damaged');
  if (!truncated) throw new Error('the truncated fixture is missing');
  const before = await fingerprint(truncated.path);
  const refused = command(['validate', '--json', truncated.path]);
  expect(refused).toMatchObject({ code: 2, stdout: '' });
  expect(refused.stderr).toMatch(/^error damaged: [^\n]+\n$/);
  expect(await fingerprint(truncated.path)).toBe(before);
}

describe('the CLI as a separate process', () => {
  it('a CommonJS bundle of cli/main.ts starts by itself, with the WASM beside it', async () => {
    // Built here the way scripts/build-node.mjs is meant to, so this holds whatever state that script is in.
    const bundle = path.join(folder, 'bundle', 'charter-review.cjs');
    await build({
      entryPoints: [path.join(root, 'cli', 'main.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: bundle,
      logLevel: 'silent',
    });
    const require = createRequire(import.meta.url);
    copyFileSync(require.resolve('sql.js/dist/sql-wasm.wasm'), path.join(folder, 'bundle', 'sql-wasm.wasm'));

    await expectRoundTrip((args) => spawnNode([bundle, ...args]), 'own-bundle.charter');
  });

  it.skipIf(!hasBuildScript)(
    `npm run cli (scripts/cli.mjs → dist/cli/charter-review.cjs) creates, describes and refuses like the contract says${
      hasBuildScript ? '' : ' — SKIPPED: scripts/build-node.mjs does not exist yet'
    }`,
    async () => {
      await expectRoundTrip(
        (args) => spawnNode([path.join(root, 'scripts', 'cli.mjs'), ...args]),
        'npm-run-cli.charter',
      );
      const bundle = path.join(root, 'dist', 'cli', 'charter-review.cjs');
      const direct = spawnNode([bundle, '--version']);
      expect(direct).toMatchObject({ code: 0, stderr: '' });
      expect(direct.stdout).toMatch(/^charter-review \d+\.\d+\.\d+\n$/);
    },
    180_000,
  );
});
