// Bundles the Node-side entry points with esbuild: Electron main and preload, and the charter-review CLI
// (when cli/main.ts exists) with the sql.js WASM copied beside it.
import { existsSync, readFileSync } from 'node:fs';
import { chmod, copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { writeLicenceNotices } from './licenses.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fromRoot = (...parts) => path.join(root, ...parts);

// CommonJS has no import.meta; code that calls createRequire(import.meta.url) gets the bundle's own URL instead.
// "use strict" comes first because a directive after the shim would no longer count (ES modules are strict).
const importMetaUrlShim = `"use strict";\nconst importMetaUrl = require('url').pathToFileURL(__filename).href;`;

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'info',
};

async function buildElectron() {
  const main = await build({
    ...common,
    // The metafile says which packages main bundles, for the licence notice.
    metafile: true,
    entryPoints: [fromRoot('electron/main.ts')],
    outfile: fromRoot('dist/electron/main.cjs'),
    external: ['electron'],
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: importMetaUrlShim },
  });
  // A sandboxed preload can require only 'electron' (and a few polyfills): no shim, nothing else bundled in.
  await build({
    ...common,
    entryPoints: [fromRoot('electron/preload.ts')],
    outfile: fromRoot('dist/electron/preload.cjs'),
    external: ['electron'],
  });
  return main.metafile;
}

async function buildCli() {
  const entry = fromRoot('cli/main.ts');
  if (!existsSync(entry)) {
    console.log('cli/main.ts does not exist yet; skipping the CLI bundle.');
    return undefined;
  }
  // esbuild keeps an entry's own hashbang; a second one would be a syntax error.
  const hasHashbang = readFileSync(entry, 'utf8').startsWith('#!');
  const outfile = fromRoot('dist/cli/charter-review.cjs');
  const cli = await build({
    ...common,
    metafile: true,
    entryPoints: [entry],
    outfile,
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: hasHashbang ? importMetaUrlShim : `#!/usr/bin/env node\n${importMetaUrlShim}` },
  });
  // Runnable as ./dist/cli/charter-review.cjs without `node` in front (npm does the same for installed bins).
  await chmod(outfile, 0o755);
  await mkdir(fromRoot('dist/cli'), { recursive: true });
  await copyFile(fromRoot('node_modules/sql.js/dist/sql-wasm.wasm'), fromRoot('dist/cli/sql-wasm.wasm'));
  return cli.metafile;
}

// `--cli` builds the command-line tool alone, so `npm run cli` does not depend on the desktop shell.
const cliOnly = process.argv.includes('--cli');
try {
  const main = cliOnly ? undefined : await buildElectron();
  const cli = await buildCli();
  // Help → About and Help → Licences read these; the packaged app ships the CLI too, so it counts.
  if (main) await writeLicenceNotices(root, cli ? { main, cli } : { main });
} catch (error) {
  // esbuild has already printed its diagnostics; anything else is printed here.
  if (!(error instanceof Error && 'errors' in error)) console.error(error);
  process.exitCode = 1;
}
