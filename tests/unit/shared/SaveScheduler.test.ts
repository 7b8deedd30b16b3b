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

describe('SaveScheduler with a journal', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function journaled(options: { failAppendAt?: number } = {}) {
    let revision = 0;
    const states: SaveState[] = [];
    const appends: number[] = [];
    const writes: number[] = [];
    const scheduler = new SaveScheduler({
      snapshot: async () => ({ revision, bytes: new Uint8Array([revision]) }),
      write: async (_bytes, saved) => {
        writes.push(saved);
        return { savedAt: `full ${saved}` };
      },
      appendJournal: async (changed) => {
        if (changed === options.failAppendAt) throw new Error('The disk is full.');
        appends.push(changed);
        return { savedAt: `journal ${changed}` };
      },
      onState: (state) => states.push(state),
      journalFullSaveDelayMs: 5000,
      retryDelaysMs: [500],
    });
    scheduler.reset(0, 'opened');
    const change = () => {
      revision += 1;
      scheduler.changed(revision, `[${revision}]`);
    };
    return { scheduler, states, appends, writes, change, setRevision: (r: number) => (revision = r) };
  }

  it('reports each change saved once it is in the journal, and rewrites the whole file later', async () => {
    const { states, appends, writes, change, scheduler } = journaled();
    change();
    change();
    await vi.advanceTimersByTimeAsync(0);
    expect(appends).toEqual([1, 2]);
    expect(writes).toEqual([]);
    expect(states.at(-1)).toEqual({ kind: 'saved', savedAt: 'journal 2' });
    expect(scheduler.isDurable).toBe(true);
    expect(scheduler.hasUnsavedChanges).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(writes).toEqual([2]);
    expect(scheduler.hasUnsavedChanges).toBe(false);
  });

  it('after a failed append, journals nothing more and saves the whole file at once', async () => {
    const { states, appends, writes, change, scheduler } = journaled({ failAppendAt: 2 });
    change();
    change();
    change();
    await vi.advanceTimersByTimeAsync(0);
    expect(appends).toEqual([1]);
    expect(writes).toEqual([3]);
    expect(states.at(-1)).toEqual({ kind: 'saved', savedAt: 'full 3' });
    // The journal works again after the full save.
    change();
    await vi.advanceTimersByTimeAsync(0);
    expect(appends).toEqual([1, 4]);
    expect(scheduler.isDurable).toBe(true);
  });

  it('never journals a change the file already holds', async () => {
    const { appends, writes, scheduler, change, setRevision } = journaled();
    change();
    await vi.advanceTimersByTimeAsync(0);
    // The background full save starts; a change made before it takes its snapshot is held by that snapshot.
    vi.advanceTimersByTime(5000);
    setRevision(2);
    scheduler.changed(2, '[2]');
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual([2]);
    expect(appends).toEqual([1]);
  });

  it('a change that brings no journal entry is saved whole', async () => {
    const { appends, writes, scheduler } = journaled();
    scheduler.changed(1, null);
    await vi.advanceTimersByTimeAsync(0);
    expect(appends).toEqual([]);
    expect(writes).toEqual([0]);
  });
});
