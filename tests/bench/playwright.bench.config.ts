// Playwright settings for the UI benchmark only (scripts/bench.mjs runs it): the web build kept apart from
// dist/, served on a private port, one worker, and the same Chromium and flags as the end-to-end tests.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium';
import { storedSettings } from '../e2e/storedSettings';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PORT = Number(process.env.E2E_PORT ?? 4315);
const WEB_DIR = process.env.BENCH_WEB_DIR ?? path.join(ROOT, 'dist', 'renderer');
const executablePath = findChromium();

export default defineConfig({
  testDir: '.',
  testMatch: 'ui.bench.ts',
  outputDir: path.join(ROOT, 'node_modules', '.cache', 'charter-review-bench', 'playwright'),
  timeout: 300_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
    // The name recorded with each change is asked once; the benchmark starts as someone who has given it.
    storageState: storedSettings(PORT, { userName: 'Benchmark Officer', language: 'en' }),
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir "${WEB_DIR}"`,
    cwd: ROOT,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
