// The rules of a review lock, without any file: what a lock file must hold, and when a lock stops protecting its holder.
import { describe, expect, it } from 'vitest';
import {
  LOCK_STALE_AFTER_MS,
  assessLock,
  describeLockHolder,
  lockFileNameFor,
  lockHolderOf,
  parseLockRecord,
  serializeLockRecord,
  type ReviewLockRecord,
} from '../../../../shared/saving/reviewLock';

const NOW = new Date('2026-05-14T09:30:00.000Z');
const record: ReviewLockRecord = {
  app: 'charter-review',
  version: 1,
  owner: 'Ana Costa',
  machine: 'COURT-PC-12',
  pid: 4242,
  instanceId: '1d7f6a52-5b0e-4d5e-9f59-1f4f8d1c0c11',
  program: 'app',
  since: '2026-05-14T08:00:00.000Z',
  heartbeat: '2026-05-14T09:29:30.000Z',
};

function observer(machine: string, alive: (pid: number) => boolean = () => true) {
  return { now: NOW, machine, isProcessAlive: alive };
}

describe('the review lock record', () => {
  it('sits beside the review as a hidden file named after it', () => {
    expect(lockFileNameFor('Supreme Court 2026.charter')).toBe('.Supreme Court 2026.charter.lock');
  });

  it('reads back what was written, and refuses text that is not a Charter Review lock', () => {
    expect(parseLockRecord(serializeLockRecord(record))).toEqual(record);
    expect(parseLockRecord('')).toBeNull();
    expect(parseLockRecord('{"owner":"x"}')).toBeNull();
    expect(parseLockRecord(JSON.stringify({ ...record, app: 'other-tool' }))).toBeNull();
    expect(parseLockRecord(JSON.stringify({ ...record, pid: -1 }))).toBeNull();
  });
});

describe('when a lock is stale', () => {
  it('a lock whose holder beats is live, on this machine or another', () => {
    expect(assessLock(record, observer('COURT-PC-12'))).toEqual({ state: 'live' });
    expect(
      assessLock(
        record,
        observer('OTHER-PC', () => false),
      ),
    ).toEqual({ state: 'live' });
  });

  it('on the same machine, a lock whose process is gone is stale at once (host names compared without case)', () => {
    expect(
      assessLock(
        record,
        observer('court-pc-12', (pid) => pid !== 4242),
      ),
    ).toEqual({
      state: 'stale',
      reason: 'process-gone',
    });
  });

  it('a process on another machine cannot be asked, so only a silent heartbeat makes its lock stale', () => {
    const silent = { ...record, heartbeat: new Date(NOW.getTime() - LOCK_STALE_AFTER_MS - 1000).toISOString() };
    const recent = { ...record, heartbeat: new Date(NOW.getTime() - LOCK_STALE_AFTER_MS + 1000).toISOString() };
    expect(assessLock(silent, observer('OTHER-PC'))).toEqual({ state: 'stale', reason: 'no-heartbeat' });
    expect(assessLock(recent, observer('OTHER-PC'))).toEqual({ state: 'live' });
  });

  it('a heartbeat from a clock running ahead is not taken as a sign of death', () => {
    const ahead = { ...record, heartbeat: new Date(NOW.getTime() + 3_600_000).toISOString() };
    expect(assessLock(ahead, observer('OTHER-PC'))).toEqual({ state: 'live' });
  });

  it('a lock file that cannot be read is reported as such (it still stands in the way)', () => {
    expect(assessLock(null, observer('COURT-PC-12'))).toEqual({ state: 'unreadable' });
  });
});

describe('describing the holder to a person', () => {
  const when = (iso: string) => `[${iso.slice(11, 16)}]`;

  it('names the person, the machine and the time, and says when it is the command line', () => {
    expect(describeLockHolder(lockHolderOf(record), when)).toBe('Ana Costa on COURT-PC-12 (since [08:00])');
    expect(describeLockHolder(lockHolderOf({ ...record, program: 'cli', owner: 'svc-batch' }), when)).toBe(
      'svc-batch with the charter-review command on COURT-PC-12 (since [08:00])',
    );
    expect(describeLockHolder(null, when)).toContain('cannot be read');
  });
});
