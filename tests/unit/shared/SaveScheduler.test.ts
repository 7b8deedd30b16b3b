import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type SaveState, SaveScheduler } from '../../../shared/saving/SaveScheduler';

function setup(write: (bytes: Uint8Array) => Promise<{ savedAt: string }>) {
  let revision = 0;
  const states: SaveState[] = [];
  const writes: number[] = [];
  const scheduler = new SaveScheduler({
    snapshot: async () => ({ revision, bytes: new Uint8Array([revision]) }),
    write: async (bytes) => {
      writes.push(bytes[0] ?? -1);
      return write(bytes);
    },
    onState: (state) => states.push(state),
    minIntervalMs: 1000,
    retryDelaysMs: [500],
    now: () => Date.now(),
  });
  scheduler.reset(0, '2026-01-01T00:00:00.000Z');
  const change = () => {
    revision += 1;
    scheduler.changed(revision);
  };
  return { scheduler, states, writes, change };
}

describe('SaveScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves the first change at once and says "saved" only after the write is confirmed', async () => {
    let confirm: (v: { savedAt: string }) => void = () => undefined;
    const { states, writes, change } = setup(() => new Promise((resolve) => (confirm = resolve)));
    change();
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual([1]);
    expect(states.at(-1)?.kind).toBe('saving');
    confirm({ savedAt: '2026-01-01T10:00:00.000Z' });
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toEqual({ kind: 'saved', savedAt: '2026-01-01T10:00:00.000Z' });
  });

  it('coalesces a burst of changes into at most one write per interval, ending with the latest', async () => {
    const { writes, change, scheduler } = setup(async () => ({ savedAt: 'now' }));
    change();
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 20; i += 1) {
      change();
      await vi.advanceTimersByTimeAsync(40);
    }
    await vi.advanceTimersByTimeAsync(2000);
    expect(writes.length).toBeLessThanOrEqual(3);
    expect(writes.at(-1)).toBe(21);
    expect(scheduler.hasUnsavedChanges).toBe(false);
  });

  it('keeps the changes after a failed write, reports it, and retries until it succeeds', async () => {
    let fail = true;
    const { states, writes, change, scheduler } = setup(async () => {
      if (fail) throw new Error('The disk is full.');
      return { savedAt: 'later' };
    });
    change();
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toMatchObject({ kind: 'failed', message: 'The disk is full.' });
    expect(scheduler.hasUnsavedChanges).toBe(true);
    fail = false;
    await vi.advanceTimersByTimeAsync(600);
    expect(writes).toEqual([1, 1]);
    expect(states.at(-1)).toEqual({ kind: 'saved', savedAt: 'later' });
  });

  it('flush writes pending changes immediately and rejects when the write fails', async () => {
    const { scheduler, change, writes } = setup(async () => {
      throw new Error('Permission denied.');
    });
    change();
    await expect(scheduler.flush()).rejects.toThrow('Permission denied.');
    expect(writes.length).toBeGreaterThanOrEqual(1);
    scheduler.dispose();
  });
});
