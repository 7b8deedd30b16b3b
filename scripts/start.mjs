// `npm start`: builds the app and launches the Electron window. When the Electron binary
// is not installed and cannot be downloaded, says so and serves the same UI in the browser.
// `npm run web` (`--web`) serves the browser version directly.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const webOnly = process.argv.includes('--web');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    ...options,
  });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

/** The Electron executable, downloading it once if `npm install` skipped that step. */
function electronBinary() {
  const tryPath = () => {
    try {
      const binary = require('electron');
      return typeof binary === 'string' && existsSync(binary) ? binary : undefined;
    } catch {
      return undefined;
    }
  };
  const found = tryPath();
  if (found) return { binary: found };
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return { reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set.' };
  let installer;
  try {
    installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
  } catch {
    return { reason: 'the electron package is not installed (run npm install).' };
  }
  console.log('Fetching the Electron runtime (first start only)…');
  const download = spawnSync(process.execPath, [installer], { cwd: root, encoding: 'utf8', timeout: 180_000 });
  const binary = tryPath();
  if (binary) return { binary };
  const detail = `${download.stderr ?? ''}`.split('\n').find((line) => line.trim()) ?? 'no details';
  return { reason: `its download failed (${detail.trim()}).` };
}

async function serveInBrowser() {
  const { preview } = await import('vite');
  const server = await preview({
    root: path.join(root, 'renderer'),
    configFile: path.join(root, 'vite.config.ts'),
    preview: { host: '127.0.0.1', port: 4173, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
  console.log(
    `\nCharter Review is running in your browser at:\n\n    ${url}\n\nOpen that address in Chrome, Edge or Chromium. Press Ctrl+C to stop.\n`,
  );
}

run(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn']);
if (webOnly) {
  await serveInBrowser();
} else {
  run(process.execPath, [path.join(root, 'scripts/build-node.mjs')]);
  const electron = electronBinary();
  if (electron.binary) {
    const child = spawn(electron.binary, [root], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
  } else {
    console.log(
      [
        '',
        `The desktop window cannot start because the Electron runtime is not available: ${electron.reason}`,
        'Electron is downloaded from the internet the first time you run npm start; on this machine that was not possible.',
        'Everything else works: the same Charter Review interface is served below for your web browser, with your reviews',
        "kept in the browser's private storage (or in real files, with Open review). To get the desktop app, run npm start",
        'again on a machine with internet access once.',
      ].join('\n'),
    );
    await serveInBrowser();
  }
}
