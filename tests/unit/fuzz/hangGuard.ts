// A watchdog for fuzz cases. sql.js, papaparse and the JSON parser run synchronously, so a case that never
// ends cannot be stopped from the thread running it: a worker thread watches instead and, when one case has
// run longer than the limit, writes which case it was and ends the test process, so the run fails loudly.
import { Worker } from 'node:worker_threads';

/** Far above what any case needs (a few hundred milliseconds at most): only a case that hangs reaches it. */
const DEFAULT_LIMIT_MS = 20_000;
const LABEL_BYTES = 2048;

// Plain JavaScript, evaluated in the worker. It writes with fs.writeSync because the main thread, which
// would relay a worker's process.stderr, is the one that is stuck.
const WATCHDOG = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const state = new Int32Array(workerData.state);
const label = new Uint8Array(workerData.label);
let seen = -1;
let since = Date.now();
setInterval(() => {
  const current = Atomics.load(state, 0);
  const busy = Atomics.load(state, 1) === 1;
  if (!busy || current !== seen) {
    seen = current;
    since = Date.now();
    return;
  }
  if (Date.now() - since < workerData.limitMs) return;
  const text = new TextDecoder().decode(label.slice(0, Atomics.load(state, 2)));
  writeSync(2, '\\nFUZZ HANG: a case ran for more than ' + workerData.limitMs + ' ms and the test process was stopped.\\n' + text + '\\n');
  process.kill(process.pid, 'SIGKILL');
}, 200);
`;

export class HangGuard {
  private readonly state = new Int32Array(new SharedArrayBuffer(12));
  private readonly label = new Uint8Array(new SharedArrayBuffer(LABEL_BYTES));
  private worker: Worker | undefined;

  constructor(private readonly limitMs = DEFAULT_LIMIT_MS) {}

  start(): void {
    if (this.worker) return;
    this.worker = new Worker(WATCHDOG, {
      eval: true,
      workerData: { state: this.state.buffer, label: this.label.buffer, limitMs: this.limitMs },
    });
    // The watchdog must never be what keeps a finished test process alive.
    this.worker.unref();
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }

  /** Runs one case under the watchdog; `describe` says what the case was, for the message if it hangs. */
  run<T>(describe: string, body: () => T): T {
    this.enter(describe);
    try {
      return body();
    } finally {
      Atomics.store(this.state, 1, 0);
    }
  }

  async runAsync<T>(describe: string, body: () => Promise<T>): Promise<T> {
    this.enter(describe);
    try {
      return await body();
    } finally {
      Atomics.store(this.state, 1, 0);
    }
  }

  private enter(describe: string): void {
    const encoded = new TextEncoder().encode(describe).subarray(0, LABEL_BYTES);
    this.label.set(encoded);
    Atomics.store(this.state, 2, encoded.length);
    Atomics.add(this.state, 0, 1);
    Atomics.store(this.state, 1, 1);
  }
}
