// What `npm run cli -- <args>` runs: rebuilds the CLI bundle when its sources changed since the last
// build, then runs it with the same arguments, streams and exit code. Build output goes to stderr so a
// `--json` consumer still gets exactly one JSON document on stdout.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist', 'cli', 'charter-review.cjs');
const buildScript = path.join(root, 'scripts', 'build-node.mjs');
/** What the bundle is made from: a change to any of these makes it stale. */
const SOURCES = ['cli', 'shared', 'package.json', 'scripts/build-node.mjs'].map((p) => path.join(root, p));
const EXIT_UNUSABLE = 2;

function newestChange(entry) {
  let stats;
  try {
    stats = statSync(entry);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs; // a deleted file changes only its folder's time
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestChange(path.join(entry, name)));
  return newest;
}

function fail(sentence) {
  process.stderr.write(`error internal: ${sentence}\n`);
  process.exit(EXIT_UNUSABLE);
}

function bundleIsCurrent() {
  if (!existsSync(bundle)) return false;
  return statSync(bundle).mtimeMs >= Math.max(...SOURCES.map(newestChange));
}

if (!bundleIsCurrent()) {
  if (!existsSync(buildScript)) {
    if (!existsSync(bundle)) {
      fail(
        'The command-line tool is not built and scripts/build-node.mjs is missing. Nothing was changed. Restore the build script, then run npm run build:node.',
      );
    }
    process.stderr.write(
      'charter-review: sources changed but scripts/build-node.mjs is missing; running the existing build.\n',
    );
  } else {
    process.stderr.write('charter-review: building the command-line tool…\n');
    // The build's stdout goes to our stderr (fd 2): stdout belongs to the command's result.
    const build = spawnSync(process.execPath, [buildScript, '--cli'], { cwd: root, stdio: ['ignore', 2, 2] });
    if (build.error || build.status !== 0 || !existsSync(bundle)) {
      const why = build.error ? build.error.message : `the build exited with ${build.status ?? build.signal}`;
      fail(
        `The command-line tool could not be built (${why}). Nothing was changed. Run npm run build:node to see the details.`,
      );
    }
  }
}

// npm runs scripts from the project root; paths on the command line are relative to where the person typed them.
const cwd = process.env.npm_lifecycle_event === 'cli' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
const run = spawnSync(process.execPath, [bundle, ...process.argv.slice(2)], { cwd, stdio: 'inherit' });
if (run.error) fail(`The command-line tool could not be started (${run.error.message}). Nothing was changed.`);
process.exitCode = run.status ?? 128 + (constants.signals[run.signal] ?? 0);
