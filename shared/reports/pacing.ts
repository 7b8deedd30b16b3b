// Long reports run in slices: between systems the work reports progress, lets the event loop run (so a
// Cancel message can reach the worker) and stops if it was cancelled. Yielding is paced by time, not by
// system, because every yield costs a few milliseconds of timer clamping in browsers.
import { type ReportProgress, type ReportProgressCallback } from './ReportModel';
import { reportCancelled } from './ReportError';

/** Anything with an `aborted` flag: an AbortSignal, or a plain object the caller flips. */
export interface CancellationSignal {
  readonly aborted: boolean;
}

export interface PacingOptions {
  onProgress?: ReportProgressCallback;
  signal?: CancellationSignal;
}

/** How long the work runs between two chances for a Cancel to arrive. */
const SLICE_MS = 40;

export class WorkPacer {
  private sliceStart = Date.now();

  constructor(
    private readonly phase: ReportProgress['phase'],
    private readonly total: number,
    private readonly options: PacingOptions,
  ) {}

  /** Call before the work starts: reports 0 of total and gives a cancel a first chance. */
  async start(): Promise<void> {
    await this.pause(0);
  }

  /** Call after each unit of work; pauses only when the slice is used up, and always after the last unit. */
  async step(done: number): Promise<void> {
    throwIfCancelled(this.options);
    if (done >= this.total || Date.now() - this.sliceStart >= SLICE_MS) await this.pause(done);
  }

  private async pause(done: number): Promise<void> {
    throwIfCancelled(this.options);
    this.options.onProgress?.({ phase: this.phase, done, total: this.total });
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    throwIfCancelled(this.options);
    this.sliceStart = Date.now();
  }
}

export function throwIfCancelled(options: PacingOptions): void {
  if (options.signal?.aborted) throw reportCancelled();
}
