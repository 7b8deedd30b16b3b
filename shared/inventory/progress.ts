// Progress reports and cancellation for long imports: the work runs in slices and yields between them,
// so a 100,000-row file neither freezes the worker nor ignores a Cancel button.
import { cancelledError } from './InventoryImportError';

/** Anything with an `aborted` flag: an AbortSignal, or a plain object the caller flips. */
export interface CancellationSignal {
  readonly aborted: boolean;
}

export interface ProgressOptions {
  /** Called after each slice; `done` and `total` are in the unit the function documents (characters or rows). */
  onProgress?: (done: number, total: number) => void;
  /** Checked after each slice; once aborted, the function rejects with InventoryImportError('cancelled'). */
  signal?: CancellationSignal;
}

/** Rows handled between two checks of the signal. */
export const ROWS_PER_SLICE = 2000;

export function throwIfCancelled(options: ProgressOptions): void {
  if (options.signal?.aborted) throw cancelledError();
}

/**
 * Ends a slice: reports progress, then lets the event loop run (so a cancel message can arrive and
 * flip the signal), then checks the signal.
 */
export async function endOfSlice(options: ProgressOptions, done: number, total: number): Promise<void> {
  throwIfCancelled(options);
  options.onProgress?.(done, total);
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  throwIfCancelled(options);
}
