// Review locks between real processes: one process holds a review, the other (a second app, or the CLI) may only
// read it; a holder that dies leaves a stale lock that is offered for takeover and taken only when confirmed.
import { readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ReviewLocks, lockPathFor } from '../../../../electron/files/reviewLockFile';
import { HostError } from '../../../../shared/host';
import { LOCK_STALE_AFTER_MS, parseLockRecord, type ReviewLockState } from '../../../../shared/saving/reviewLock';
import { fingerprint } from '../../../fixtures/reviewFiles';
import { oneErrorLine, runCliCaptured } from '../../cli/runCliCaptured';
import { useTempFolders } from '../tempFolder';
import { removeHelperBundle, startOtherProcess, type OtherProcess } from './otherProcess';

const INVENTORY = 'name,court\nAnonymisation of judgments,Court of Appeal\n';

const running: OtherProcess[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((other) => other.kill()));
});
afterAll(removeHelperBundle);

async function otherProcess(): Promise<OtherProcess> {
  const other = await startOtherProcess();
  running.push(other);
  return other;
}

async function lockFileRecord(reviewPath: string) {
  return parseLockRecord(await readFile(lockPathFor(reviewPath), 'utf8'));
}

describe('review locks between two processes', () => {
  const newFolder = useTempFolders();

  async function aReview(): Promise<{ folder: string; reviewPath: string }> {
    const folder = await newFolder();
    const created = await runCliCaptured(['create', 'Court of Appeal.charter', '--title', 'Court of Appeal'], folder);
    expect(created.code, created.stderr).toBe(0);
    await writeFile(path.join(folder, 'inventory.csv'), INVENTORY);
    return { folder, reviewPath: path.join(folder, 'Court of Appeal.charter') };
  }

  it('a second opener gets read-only mode, told who holds the review, on which machine and since when', async () => {
    const { reviewPath } = await aReview();
    const holder = await otherProcess();
    const held = await holder.ask({ type: 'lock', reviewPath, owner: 'Ana Costa' });
    expect(held.state).toEqual({ mode: 'write' });

    const mine = new ReviewLocks({ heartbeatIntervalMs: 0 });
    const state = await mine.acquire(reviewPath, { owner: 'Luc Martin', takeOver: false });

    expect(state).toEqual({
      mode: 'read-only',
      stale: false,
      holder: {
        owner: 'Ana Costa',
        machine: os.hostname(),
        program: 'app',
        since: expect.any(String),
        heartbeat: expect.any(String),
      },
    });
    expect(await lockFileRecord(reviewPath)).toMatchObject({ owner: 'Ana Costa', pid: holder.pid });
    // Even when asked to, a live lock is never taken over.
    expect(await mine.acquire(reviewPath, { owner: 'Luc Martin', takeOver: true })).toMatchObject({
      mode: 'read-only',
    });
    await expect(mine.assertWritable(reviewPath)).rejects.toMatchObject({ code: 'locked' });
  });

  it('the CLI refuses to write into a review held by another process (exit 2, locked) and leaves it as it was; reading still works', async () => {
    const { folder, reviewPath } = await aReview();
    const holder = await otherProcess();
    await holder.ask({ type: 'lock', reviewPath, owner: 'Ana Costa' });
    const before = await fingerprint(reviewPath);

    const imported = await runCliCaptured(['import', 'Court of Appeal.charter', 'inventory.csv'], folder);
    expect(imported.code).toBe(2);
    expect(imported.stderr).toMatch(oneErrorLine('locked'));
    expect(imported.stderr).toContain('Ana Costa');
    expect(await fingerprint(reviewPath)).toBe(before);

    const info = await runCliCaptured(['info', 'Court of Appeal.charter', '--json'], folder);
    expect(info.code, info.stderr).toBe(0);
    // The holder's lock is untouched by the refused command.
    expect(await lockFileRecord(reviewPath)).toMatchObject({ owner: 'Ana Costa', pid: holder.pid });
  });

  it('a lock released by its holder lets the next opener write', async () => {
    const { reviewPath } = await aReview();
    const holder = await otherProcess();
    await holder.ask({ type: 'lock', reviewPath, owner: 'Ana Costa' });
    await holder.ask({ type: 'release', reviewPath });

    const mine = new ReviewLocks({ heartbeatIntervalMs: 0 });
    expect(await mine.acquire(reviewPath, { owner: 'Luc Martin', takeOver: false })).toEqual({ mode: 'write' });
    expect(await lockFileRecord(reviewPath)).toMatchObject({ owner: 'Luc Martin', pid: process.pid });
  });

  it('a holder killed without cleaning up leaves a stale lock: offered for takeover, replaced only once confirmed', async () => {
    const { reviewPath } = await aReview();
    const holder = await otherProcess();
    await holder.ask({ type: 'lock', reviewPath, owner: 'Ana Costa' });
    await holder.kill();
    const leftBehind = await readFile(lockPathFor(reviewPath), 'utf8');

    const mine = new ReviewLocks({ heartbeatIntervalMs: 0 });
    const offered = await mine.acquire(reviewPath, { owner: 'Luc Martin', takeOver: false });
    expect(offered).toMatchObject({ mode: 'read-only', stale: true, holder: { owner: 'Ana Costa' } });
    // Nothing is taken before the person confirms.
    expect(await readFile(lockPathFor(reviewPath), 'utf8')).toBe(leftBehind);

    const taken = await mine.acquire(reviewPath, { owner: 'Luc Martin', takeOver: true });
    expect(taken).toEqual({ mode: 'write' });
    expect(await lockFileRecord(reviewPath)).toMatchObject({ owner: 'Luc Martin', instanceId: mine.instanceId });
    await expect(mine.assertWritable(reviewPath)).resolves.toBeUndefined();
  });

  it('the CLI writes through a lock left by a dead process, and removes its own lock afterwards', async () => {
    const { folder, reviewPath } = await aReview();
    const holder = await otherProcess();
    await holder.ask({ type: 'lock', reviewPath, owner: 'Ana Costa' });
    await holder.kill();

    const imported = await runCliCaptured(['import', 'Court of Appeal.charter', 'inventory.csv', '--json'], folder);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ added: 1 });
    await expect(readFile(lockPathFor(reviewPath), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('review locks over time (one process, two app instances)', () => {
  const newFolder = useTempFolders();

  function clock(start: string) {
    let at = Date.parse(start);
    return { now: () => new Date(at), advance: (ms: number) => (at += ms) };
  }

  async function aFile(): Promise<string> {
    const reviewPath = path.join(await newFolder(), 'Supreme Court.charter');
    await writeFile(reviewPath, 'SQLite format 3\0');
    return reviewPath;
  }

  it('the heartbeat keeps the lock fresh; a holder on another machine that stops beating becomes stale', async () => {
    const reviewPath = await aFile();
    const time = clock('2026-05-14T09:00:00.000Z');
    const laptop = new ReviewLocks({ machine: 'LAPTOP-7', now: time.now, heartbeatIntervalMs: 0 });
    const desk = new ReviewLocks({ machine: 'DESK-2', now: time.now, heartbeatIntervalMs: 0 });
    await laptop.acquire(reviewPath, { owner: 'Ana Costa', takeOver: false });

    time.advance(LOCK_STALE_AFTER_MS - 60_000);
    await laptop.heartbeat();
    expect((await lockFileRecord(reviewPath))?.heartbeat).toBe(time.now().toISOString());
    time.advance(LOCK_STALE_AFTER_MS - 60_000);
    expect(await desk.acquire(reviewPath, { owner: 'Luc', takeOver: false })).toMatchObject({ stale: false });

    // The laptop goes to sleep: no more beats.
    time.advance(LOCK_STALE_AFTER_MS);
    const state: ReviewLockState = await desk.acquire(reviewPath, { owner: 'Luc', takeOver: false });
    expect(state).toMatchObject({ mode: 'read-only', stale: true, holder: { machine: 'LAPTOP-7' } });
  });

  it('a holder whose lock was taken over finds out: its saves are refused and its heartbeat lets go', async () => {
    const reviewPath = await aFile();
    const time = clock('2026-05-14T09:00:00.000Z');
    const laptop = new ReviewLocks({ machine: 'LAPTOP-7', now: time.now, heartbeatIntervalMs: 0 });
    const desk = new ReviewLocks({ machine: 'DESK-2', now: time.now, heartbeatIntervalMs: 0 });
    await laptop.acquire(reviewPath, { owner: 'Ana Costa', takeOver: false });
    time.advance(LOCK_STALE_AFTER_MS + 1000);
    expect(await desk.acquire(reviewPath, { owner: 'Luc', takeOver: true })).toEqual({ mode: 'write' });

    const refusal = await laptop.assertWritable(reviewPath).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(HostError);
    expect(refusal).toMatchObject({ code: 'locked', message: expect.stringContaining('Luc on DESK-2') });
    await laptop.heartbeat();
    expect(laptop.holds(reviewPath)).toBe(false);
    // The laptop's late heartbeat did not write over the new holder's lock.
    expect(await lockFileRecord(reviewPath)).toMatchObject({ owner: 'Luc', machine: 'DESK-2' });
  });

  it('releasing removes only our own lock file, and closing the app releases every lock', async () => {
    const first = await aFile();
    const second = path.join(path.dirname(first), 'District Court.charter');
    await writeFile(second, 'SQLite format 3\0');
    const app = new ReviewLocks({ heartbeatIntervalMs: 0 });
    const other = new ReviewLocks({ heartbeatIntervalMs: 0 });
    await app.acquire(first, { owner: 'Ana', takeOver: false });
    await other.acquire(second, { owner: 'Luc', takeOver: false });

    await app.release(second); // not ours: nothing happens
    expect(await lockFileRecord(second)).toMatchObject({ owner: 'Luc' });
    await app.acquire(path.join(path.dirname(first), 'Third.charter'), { owner: 'Ana', takeOver: false });
    app.releaseAllSync();

    await expect(readFile(lockPathFor(first))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await lockFileRecord(second)).toMatchObject({ owner: 'Luc' });
    expect(app.holds(first)).toBe(false);
  });

  it('an unreadable lock file blocks writing, and can be replaced only when the person confirms', async () => {
    const reviewPath = await aFile();
    await writeFile(lockPathFor(reviewPath), 'not a lock record');
    const app = new ReviewLocks({ heartbeatIntervalMs: 0 });

    expect(await app.acquire(reviewPath, { owner: 'Ana', takeOver: false })).toEqual({
      mode: 'read-only',
      holder: null,
      stale: true,
    });
    await expect(app.assertWritable(reviewPath)).rejects.toMatchObject({ code: 'locked' });
    expect(await app.acquire(reviewPath, { owner: 'Ana', takeOver: true })).toEqual({ mode: 'write' });
  });

  it('opening the same review again in the same app keeps its lock (a reloaded page)', async () => {
    const reviewPath = await aFile();
    const app = new ReviewLocks({ heartbeatIntervalMs: 0 });
    await app.acquire(reviewPath, { owner: 'Ana', takeOver: false });
    expect(await app.acquire(reviewPath, { owner: 'Ana', takeOver: false })).toEqual({ mode: 'write' });
  });

  it('a lock file deleted by someone else is put back before the next save', async () => {
    const reviewPath = await aFile();
    const app = new ReviewLocks({ heartbeatIntervalMs: 0 });
    await app.acquire(reviewPath, { owner: 'Ana', takeOver: false });
    await rm(lockPathFor(reviewPath));

    await app.assertWritable(reviewPath);

    expect(await lockFileRecord(reviewPath)).toMatchObject({ owner: 'Ana', instanceId: app.instanceId });
  });
});
