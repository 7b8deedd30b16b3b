// The journal's protocol around full saves: whatever moment a crash comes, the file on disk plus the journal's
// entries for it are every change that had been reported saved.
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../shared/engine/hash';
import { type JournalStore, JournalKeeper } from '../../../../shared/saving/JournalKeeper';
import { readJournal } from '../../../../shared/saving/journalFile';

/** A "review file" in this test is the list of change numbers it holds; an entry is one change number. */
const fileOf = (changes: number[]) => new TextEncoder().encode(JSON.stringify(changes));
const entryOf = (change: number) => JSON.stringify([{ change }]);
const changeOf = (entry: string) => (JSON.parse(entry) as { change: number }[])[0]?.change ?? -1;

class MemoryDisk implements JournalStore {
  file: number[] = [];
  journal: string | null = null;
  asideCount = 0;
  async read() {
    return this.journal;
  }
  async append(text: string) {
    this.journal = (this.journal ?? '') + text;
  }
  async replace(text: string) {
    this.journal = text;
  }
  async remove() {
    this.journal = null;
  }
  async setAside() {
    this.asideCount += 1;
    this.journal = null;
  }
  /** What a restart would find: the file's changes, then the journal's entries for that file. */
  recover(): number[] {
    if (this.journal === null) return [...this.file];
    const reading = readJournal(this.journal, sha256Hex(fileOf(this.file)));
    if (reading.kind !== 'matching') return [...this.file];
    return [...this.file, ...reading.entries.map(changeOf)];
  }
}

const sha = async (bytes: Uint8Array) => sha256Hex(bytes);

describe('JournalKeeper', () => {
  it('loses no reported change whatever step of a full save a crash interrupts', async () => {
    // Steps of one scenario; a crash is simulated after each by checking what a restart would recover.
    const disk = new MemoryDisk();
    const keeper = new JournalKeeper(disk, sha);
    const reported: number[] = [];
    const check = (where: string) => expect(disk.recover(), where).toEqual(reported);

    await keeper.opened(fileOf(disk.file));
    for (const change of [1, 2, 3]) {
      await keeper.append(change, entryOf(change));
      reported.push(change);
      check(`after appending ${change}`);
    }
    // A full save of the review at revision 2 starts, while change 4 is made before it ends.
    const saving = fileOf([1, 2]);
    await keeper.replacing(saving, 2);
    check('after the checkpoint, before the swap');
    disk.file = [1, 2];
    check('after the swap, before the journal is rewritten');
    await keeper.replaced(2);
    check('after the journal is rewritten');
    await keeper.append(4, entryOf(4));
    reported.push(4);
    check('after appending 4');

    await keeper.replacing(fileOf([1, 2, 3, 4]), 4);
    disk.file = [1, 2, 3, 4];
    check('second save, after the swap');
    await keeper.replaced(4);
    expect(disk.journal).toBeNull();
    check('nothing left to journal');
  });

  it('a save that fails after its checkpoint leaves a journal that still recovers everything', async () => {
    const disk = new MemoryDisk();
    const keeper = new JournalKeeper(disk, sha);
    await keeper.opened(fileOf([]));
    await keeper.append(1, entryOf(1));
    await keeper.replacing(fileOf([1]), 1);
    // The swap failed (disk full): the old file stays, the next change is appended after the checkpoint.
    await keeper.append(2, entryOf(2));
    expect(disk.recover()).toEqual([1, 2]);
  });

  it('after recovering from a crash, goes on journaling on the same file until the next save', async () => {
    const disk = new MemoryDisk();
    const first = new JournalKeeper(disk, sha);
    await first.opened(fileOf([]));
    await first.append(1, entryOf(1));
    await first.replacing(fileOf([1]), 1);
    disk.file = [1];
    await first.append(2, entryOf(2));
    // Crash here: the journal still names the old file, with a checkpoint for the new one.

    const second = new JournalKeeper(disk, sha);
    const found = await second.opened(fileOf(disk.file));
    expect(found?.entries.map(changeOf)).toEqual([2]);
    await second.append(1, entryOf(3));
    expect(disk.recover()).toEqual([1, 2, 3]);
    await second.replacing(fileOf([1, 2, 3]), 1);
    disk.file = [1, 2, 3];
    await second.replaced(1);
    expect(disk.journal).toBeNull();
  });

  it('never replays a journal of another version of the file, and sets it aside only when writing', async () => {
    const disk = new MemoryDisk();
    const keeper = new JournalKeeper(disk, sha);
    await keeper.opened(fileOf([]));
    await keeper.append(1, entryOf(1));
    disk.file = [7, 8]; // replaced by another tool
    const again = new JournalKeeper(disk, sha);
    expect(await again.opened(fileOf(disk.file))).toBeNull();
    // Opening reads only: the file may be open for writing elsewhere.
    expect(disk.asideCount).toBe(0);
    await again.append(1, entryOf(9));
    expect(disk.asideCount).toBe(1);
    expect(disk.recover()).toEqual([7, 8, 9]);
  });

  it('opening changes nothing on disk, even a journal with a checkpoint', async () => {
    const disk = new MemoryDisk();
    const keeper = new JournalKeeper(disk, sha);
    await keeper.opened(fileOf([]));
    await keeper.append(1, entryOf(1));
    await keeper.append(2, entryOf(2));
    await keeper.replacing(fileOf([1]), 1);
    disk.file = [1];
    const before = disk.journal;
    await new JournalKeeper(disk, sha).opened(fileOf(disk.file));
    expect(disk.journal).toBe(before);
  });
});
