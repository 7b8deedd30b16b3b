// scripts/cli.mjs in a throw-away project whose build script is a stand-in, so its own promises
// (build when stale, build output off stdout, exit code and cwd passed through) are tested alone.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const realScript = path.resolve(__dirname, '../../../scripts/cli.mjs');

// Stands in for scripts/build-node.mjs: chatters on stdout, counts its runs, writes a bundle that
// echoes its arguments and cwd as JSON and exits with the number given after `exit`.
const FAKE_BUILD = `
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
console.log('esbuild: bundling cli/main.ts');
appendFileSync('builds.log', 'built\\n');
mkdirSync('dist/cli', { recursive: true });
writeFileSync('dist/cli/charter-review.cjs', \`
const args = process.argv.slice(2);
process.stdout.write(JSON.stringify({ args, cwd: process.cwd() }));
const at = args.indexOf('exit');
process.exitCode = at >= 0 ? Number(args[at + 1]) : 0;
\`);
`;

let root = '';
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'charter-cli-script-'));
  for (const folder of ['scripts', 'cli', 'shared']) mkdirSync(path.join(root, folder));
  cpSync(realScript, path.join(root, 'scripts', 'cli.mjs'));
  writeFileSync(path.join(root, 'scripts', 'build-node.mjs'), FAKE_BUILD);
  writeFileSync(path.join(root, 'cli', 'main.ts'), '');
  writeFileSync(path.join(root, 'shared', 'engine.ts'), '');
  writeFileSync(path.join(root, 'package.json'), '{}');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function runScript(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const env = { ...process.env, ...options.env };
  if (!options.env?.npm_lifecycle_event) delete env.npm_lifecycle_event;
  const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'cli.mjs'), ...args], {
    cwd: options.cwd ?? root,
    env,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const builds = () => readFileSync(path.join(root, 'builds.log'), 'utf8').split('\n').filter(Boolean).length;

describe('scripts/cli.mjs', () => {
  it('builds a missing bundle with the build output on stderr, then runs it with the arguments and exit code', () => {
    const run = runScript(['validate', 'x.charter', 'exit', '1']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ args: ['validate', 'x.charter', 'exit', '1'] });
    expect(run.stderr).toContain('esbuild: bundling cli/main.ts');
    expect(builds()).toBe(1);
  });

  it('does not build again while the bundle is newer than its sources', () => {
    runScript(['info']);
    const again = runScript(['info', 'exit', '2']);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('');
    expect(builds()).toBe(1);
  });

  it('builds again when a file in cli/ or shared/ changed after the bundle', () => {
    runScript(['info']);
    const future = new Date(Date.now() + 60_000);
    utimesSync(path.join(root, 'shared', 'engine.ts'), future, future);
    runScript(['info']);
    expect(builds()).toBe(2);
  });

  it('runs the command in the folder the person called npm from', () => {
    const here = mkdtempSync(path.join(tmpdir(), 'charter-cli-caller-'));
    try {
      const viaNpm = runScript(['info'], { env: { npm_lifecycle_event: 'cli', INIT_CWD: here } });
      expect(JSON.parse(viaNpm.stdout)).toMatchObject({ cwd: here });
      const direct = runScript(['info'], { cwd: here });
      expect(JSON.parse(direct.stdout)).toMatchObject({ cwd: here });
    } finally {
      rmSync(here, { recursive: true, force: true });
    }
  });

  it('fails with one error line and exit 2 when there is neither a bundle nor a build script', () => {
    rmSync(path.join(root, 'scripts', 'build-node.mjs'));
    const run = runScript(['info']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^error internal: [^\n]+\n$/);
    expect(existsSync(path.join(root, 'dist'))).toBe(false);
  });
});
