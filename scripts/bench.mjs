// `npm run bench`: generates a national-size review, measures the engine in Node and the UI in Chromium, prints
// the table with the targets and writes bench/results.json. Not part of `npm test`, and never run by CI.
//
// Options: --quick (two runs per figure, to check the benchmark itself), --no-ui (Node figures only),
// --reuse-data (keep the generated files of an earlier run), --readme (rewrite the README's Performance table).
// E2E_PORT chooses the port the web build is served on for the UI part (default 4315).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Under node_modules so that Node finds the project's packages (sql.js and its WASM) from the bundle.
const cache = path.join(root, 'node_modules', '.cache', 'charter-review-bench');
const dataDir = path.join(cache, 'data');
const webDir = path.join(cache, 'web');
const runner = path.join(cache, 'runBench.mjs');
const engineOut = path.join(cache, 'engine.json');
const uiOut = path.join(cache, 'ui.json');
const resultsFile = path.join(root, 'bench', 'results.json');

const flags = new Set(process.argv.slice(2));
const known = ['--quick', '--no-ui', '--reuse-data', '--readme'];
for (const flag of flags) {
  if (!known.includes(flag)) {
    console.error(`bench: unknown option ${flag}; known: ${known.join(', ')}`);
    process.exit(2);
  }
}

/** Runs a command to its end, its output shown; resolves with its exit code. */
function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

async function must(step, command, args, env) {
  const code = await run(command, args, env);
  if (code !== 0) throw new Error(`${step} failed (exit code ${code}).`);
}

async function main() {
  await mkdir(cache, { recursive: true });
  await rm(engineOut, { force: true });
  await rm(uiOut, { force: true });
  await build({
    absWorkingDir: root,
    entryPoints: [path.join(root, 'tests', 'bench', 'runBench.ts')],
    outfile: runner,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });

  if (!(flags.has('--reuse-data') && existsSync(path.join(dataDir, 'workload.json')))) {
    console.log('bench: generating the synthetic review (1,000 systems, answers, findings, actions, evidence)…');
    await must('Generating the review', process.execPath, [runner, 'generate', dataDir]);
  }

  console.log('bench: measuring the engine…');
  await must('The engine benchmark', process.execPath, [
    runner,
    'engine',
    dataDir,
    engineOut,
    ...(flags.has('--quick') ? ['--quick'] : []),
  ]);

  if (!flags.has('--no-ui')) {
    console.log('bench: building the web app for the UI benchmark…');
    const built = await run('npx', ['vite', 'build', '--outDir', webDir, '--emptyOutDir', '--logLevel', 'warn']);
    if (built === 0) {
      console.log('bench: measuring the UI in Chromium…');
      const code = await run('npx', ['playwright', 'test', '-c', 'tests/bench/playwright.bench.config.ts'], {
        BENCH_DATA_DIR: dataDir,
        BENCH_UI_OUT: uiOut,
        BENCH_WEB_DIR: webDir,
        E2E_PORT: process.env.E2E_PORT ?? '4315',
        ...(flags.has('--quick') ? { BENCH_KEY_PRESSES: '20', BENCH_SCROLL_FRAMES: '60' } : {}),
      });
      if (code !== 0) console.error('bench: the UI benchmark failed; its figures are reported as missing.');
    } else {
      console.error('bench: the web build failed; the UI figures are reported as missing.');
    }
  }

  await must('The report', process.execPath, [
    runner,
    'report',
    dataDir,
    engineOut,
    uiOut,
    resultsFile,
    ...(flags.has('--readme') ? [path.join(root, 'README.md')] : []),
  ]);
  console.log(`bench: results written to ${path.relative(root, resultsFile)}`);
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
