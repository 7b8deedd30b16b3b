// Coalesces saves: the first change after a quiet period is saved at once, changes
// under typing at most once per interval, and the state says only what the host confirmed.

export type SaveState =
  | { kind: 'saved'; savedAt: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string; retryInMs: number };

export interface SaveSchedulerOptions {
  /** Produces the bytes to write and the revision they contain. */
  snapshot: () => Promise<{ revision: number; bytes: Uint8Array }>;
  /** Writes durably; resolves with the confirmed time. */
  write: (bytes: Uint8Array) => Promise<{ savedAt: string }>;
  onState: (state: SaveState) => void;
  minIntervalMs?: number;
  retryDelaysMs?: readonly number[];
  now?: () => number;
}

export class SaveScheduler {
  private savedRevision = 0;
  private wantedRevision = 0;
  private lastWriteStartedAt = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private failures = 0;
  private readonly minIntervalMs: number;
  private readonly retryDelaysMs: readonly number[];
  private readonly now: () => number;

  constructor(private readonly options: SaveSchedulerOptions) {
    this.minIntervalMs = options.minIntervalMs ?? 1000;
    this.retryDelaysMs = options.retryDelaysMs ?? [1000, 2000, 5000, 10000, 30000];
    this.now = options.now ?? (() => Date.now());
  }

  /** Starts from a file that is already on disk at `revision`. */
  reset(revision: number, savedAt: string): void {
    this.savedRevision = revision;
    this.wantedRevision = revision;
    this.failures = 0;
    this.options.onState({ kind: 'saved', savedAt });
  }

  get hasUnsavedChanges(): boolean {
    return this.wantedRevision > this.savedRevision;
  }

  /** Called after each applied command with the engine's new revision. */
  changed(revision: number): void {
    this.wantedRevision = Math.max(this.wantedRevision, revision);
    if (this.running || this.timer !== undefined) {
      if (this.failures === 0) this.options.onState({ kind: 'pending' });
      return;
    }
    const wait = Math.max(0, this.lastWriteStartedAt + this.minIntervalMs - this.now());
    this.options.onState({ kind: 'pending' });
    this.schedule(wait);
  }

  /** Saves now whatever is unsaved and resolves when it is durable (or throws). */
  async flush(): Promise<void> {
    this.cancelTimer();
    if (this.running) await this.running;
    if (this.hasUnsavedChanges) await this.saveOnce(true);
  }

  dispose(): void {
    this.cancelTimer();
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.saveOnce(false);
    }, delayMs);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private saveOnce(rethrow: boolean): Promise<void> {
    const attempt = (async () => {
      this.lastWriteStartedAt = this.now();
      this.options.onState({ kind: 'saving' });
      try {
        const { revision, bytes } = await this.options.snapshot();
        const { savedAt } = await this.options.write(bytes);
        this.savedRevision = Math.max(this.savedRevision, revision);
        this.failures = 0;
        if (this.hasUnsavedChanges) {
          this.options.onState({ kind: 'pending' });
          this.schedule(Math.max(0, this.lastWriteStartedAt + this.minIntervalMs - this.now()));
        } else {
          this.options.onState({ kind: 'saved', savedAt });
        }
      } catch (error) {
        const delay = this.retryDelaysMs[Math.min(this.failures, this.retryDelaysMs.length - 1)] ?? 30000;
        this.failures += 1;
        this.options.onState({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
          retryInMs: delay,
        });
        this.schedule(delay);
        if (rethrow) throw error;
      }
    })();
    this.running = attempt.finally(() => {
      this.running = undefined;
    });
    return this.running;
  }
}
