// Timing helpers for the benchmark: each run times only the work asked about (its setup is done before the
// clock starts), and a figure is reported as the median and 95th percentile of several runs.

export interface Timing {
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
}

/** The median and the 95th percentile (nearest rank) of a set of samples. */
export function summarise(samples: readonly number[]): Timing {
  if (samples.length === 0) throw new Error('A timing needs at least one sample.');
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (index: number) => sorted[Math.min(sorted.length - 1, Math.max(0, index))] ?? Number.NaN;
  const middle = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? at(Math.floor(middle)) : (at(middle - 1) + at(middle)) / 2;
  return {
    runs: sorted.length,
    medianMs: round(median),
    p95Ms: round(at(Math.ceil(0.95 * sorted.length) - 1)),
    minMs: round(at(0)),
    maxMs: round(at(sorted.length - 1)),
  };
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** A stopwatch started at the moment of the call. */
export function startClock(): () => number {
  const started = performance.now();
  return () => performance.now() - started;
}

/**
 * Runs `run` `runs` times after `warmup` unmeasured runs; `run` returns the milliseconds of its measured part.
 */
export async function repeat(
  runs: number,
  run: (index: number) => Promise<number> | number,
  warmup = 1,
): Promise<Timing> {
  for (let index = 0; index < warmup; index += 1) await run(-1 - index);
  const samples: number[] = [];
  for (let index = 0; index < runs; index += 1) samples.push(await run(index));
  return summarise(samples);
}
