// Keeps an open review on disk. Each change is appended to the file's journal at once (when the host keeps one),
// which makes it durable in milliseconds; the whole file is rewritten in the background, coalesced, and that
// full save empties the journal. Without a journal, the first change after a quiet period is saved in full at
// once and changes under typing at most once per interval. The state says only what the host confirmed.
//
// Journal appends and full saves run one after another, in the order asked, so the host never receives a change
// after a full save that already holds it; a change whose append fails is left to the next full save, and no
// later change is journaled until then (a journal with a gap could not be replayed).

export type SaveState =
  | { kind: 'saved'; savedAt: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string; retryInMs: number };

export interface SaveSchedulerOptions {
  /** Produces the bytes to write and the revision they contain. */
  snapshot: () => Promise<{ revision: number; bytes: Uint8Array }>;
  /** Writes the whole file durably; resolves with the confirmed time. */
  write: (bytes: Uint8Array, revision: number) => Promise<{ savedAt: string }>;
  /** Appends one change to the journal durably; absent when the host keeps no journal. */
  appendJournal?: (revision: number, entry: string) => Promise<{ savedAt: string }>;
  onState: (state: SaveState) => void;
  minIntervalMs?: number;
  /** With a journal, how long changes may wait in it before the whole file is rewritten. */
  journalFullSaveDelayMs?: number;
  retryDelaysMs?: readonly number[];
  now?: () => number;
}

export class SaveScheduler {
  /** The file on disk holds the review up to here. */
  private savedRevision = 0;
  /** The file and its journal together hold the review up to here. */
  private journaledRevision = 0;
  private wantedRevision = 0;
  /** Set when an append failed: journaling waits for a full save holding that change. */
  private journalBrokenAt: number | null = null;
  private lastDurableAt = '';
  private lastWriteStartedAt = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private busy = 0;
  private failures = 0;
  private lastFailure = { message: '', retryInMs: 0 };
  private readonly minIntervalMs: number;
  private readonly journalFullSaveDelayMs: number;
  private readonly retryDelaysMs: readonly number[];
  private readonly now: () => number;

  constructor(private readonly options: SaveSchedulerOptions) {
    this.minIntervalMs = options.minIntervalMs ?? 1000;
    this.journalFullSaveDelayMs = options.journalFullSaveDelayMs ?? 5000;
    this.retryDelaysMs = options.retryDelaysMs ?? [1000, 2000, 5000, 10000, 30000];
    this.now = options.now ?? (() => Date.now());
  }

  /** Starts from a file that is already on disk at `revision`. */
  reset(revision: number, savedAt: string): void {
    this.savedRevision = revision;
    this.journaledRevision = revision;
    this.wantedRevision = revision;
    this.journalBrokenAt = null;
    this.failures = 0;
    this.lastDurableAt = savedAt;
    this.options.onState({ kind: 'saved', savedAt });
  }

  /** Changes the file alone does not hold yet (they may be safe in the journal). */
  get hasUnsavedChanges(): boolean {
    return this.wantedRevision > this.savedRevision;
  }

  /** Every change so far is on disk, in the file or its journal. */
  get isDurable(): boolean {
    return this.durableRevision >= this.wantedRevision;
  }

  /**
   * Called after each applied change with the engine's new revision and, when the engine records them, the
   * journal entry of the rows it wrote.
   */
  changed(revision: number, journalEntry?: string | null): void {
    this.wantedRevision = Math.max(this.wantedRevision, revision);
    const journaling = this.journaling();
    if (journaling && journalEntry) {
      this.enqueue(() => this.append(revision, journalEntry));
    } else if (journaling && this.journalBrokenAt === null) {
      // A change without an entry cannot be journaled; from here the file must be saved whole to hold it.
      this.journalBrokenAt = revision;
    }
    this.emit();
    if (this.timer !== undefined) return;
    if (this.journaling() && this.journalBrokenAt === null) {
      this.schedule(this.journalFullSaveDelayMs);
    } else {
      this.schedule(Math.max(0, this.lastWriteStartedAt + this.minIntervalMs - this.now()));
    }
  }

  /** Saves the whole file now and resolves when it holds every change (or throws); the journal is then empty. */
  async flush(): Promise<void> {
    this.cancelTimer();
    await this.queue;
    if (this.hasUnsavedChanges) await this.enqueue(() => this.fullSave(true));
  }

  dispose(): void {
    this.cancelTimer();
  }

  private journaling(): boolean {
    return this.options.appendJournal !== undefined;
  }

  /** Every change up to this revision is on disk, in the file or its journal. */
  get durableRevision(): number {
    return Math.max(this.savedRevision, this.journaledRevision);
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private emit(): void {
    if (this.durableRevision >= this.wantedRevision) {
      this.options.onState({ kind: 'saved', savedAt: this.lastDurableAt });
    } else if (this.failures > 0) {
      this.options.onState({ kind: 'failed', ...this.lastFailure });
    } else {
      this.options.onState({ kind: this.busy > 0 ? 'saving' : 'pending' });
    }
  }

  private async append(revision: number, entry: string): Promise<void> {
    const appendJournal = this.options.appendJournal;
    // Already held by the file (a full save ran first), or the journal has a gap until the next full save.
    if (!appendJournal || revision <= this.savedRevision || this.journalBrokenAt !== null) return;
    this.busy += 1;
    try {
      const { savedAt } = await appendJournal(revision, entry);
      this.journaledRevision = Math.max(this.journaledRevision, revision);
      this.lastDurableAt = savedAt;
    } catch {
      this.journalBrokenAt = revision;
      // The full save now carries this change; saving soon matters more than coalescing.
      this.cancelTimer();
      this.schedule(0);
    } finally {
      this.busy -= 1;
      this.emit();
    }
  }

  private schedule(delayMs: number): void {
    this.cancelTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.enqueue(() => this.fullSave(false));
    }, delayMs);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async fullSave(rethrow: boolean): Promise<void> {
    if (!this.hasUnsavedChanges) return;
    this.lastWriteStartedAt = this.now();
    this.busy += 1;
    this.emit();
    try {
      const { revision, bytes } = await this.options.snapshot();
      const { savedAt } = await this.options.write(bytes, revision);
      this.savedRevision = Math.max(this.savedRevision, revision);
      this.lastDurableAt = savedAt;
      this.failures = 0;
      if (this.journalBrokenAt !== null && revision >= this.journalBrokenAt) this.journalBrokenAt = null;
      if (this.hasUnsavedChanges && this.timer === undefined) {
        const journaled = this.journaling() && this.journalBrokenAt === null;
        this.schedule(
          journaled
            ? this.journalFullSaveDelayMs
            : Math.max(0, this.lastWriteStartedAt + this.minIntervalMs - this.now()),
        );
      }
    } catch (error) {
      const delay = this.retryDelaysMs[Math.min(this.failures, this.retryDelaysMs.length - 1)] ?? 30000;
      this.failures += 1;
      this.lastFailure = { message: error instanceof Error ? error.message : String(error), retryInMs: delay };
      this.schedule(delay);
      if (rethrow) throw error;
    } finally {
      this.busy -= 1;
      this.emit();
    }
  }
}
