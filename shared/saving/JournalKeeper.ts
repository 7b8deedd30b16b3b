// Keeps the journal of one open review file in step with the file (format in journalFile.ts): creates it with
// the file's fingerprint on the first change after a full save, appends each change durably, and after each
// full save keeps only the changes the saved bytes do not hold yet. The storage is the host's (a file beside
// the review on the desktop, the browser's private storage on the web); this class holds the rules.
import { journalCheckpointLine, journalEntryLineHashed, journalHeaderLine, readJournal } from './journalFile';

export interface JournalStore {
  /** The journal's text, or null when there is none. */
  read(): Promise<string | null>;
  /** Adds text at the end; resolves once it is on disk. */
  append(text: string): Promise<void>;
  /** Replaces the whole journal atomically. */
  replace(text: string): Promise<void>;
  /** Deletes the journal; succeeds when there is none. */
  remove(): Promise<void>;
  /** Moves a journal that will not be replayed out of the way, kept for a person to look at. */
  setAside(): Promise<void>;
}

/** What was found beside a file when it was opened. */
export interface JournalFound {
  /** The changes to redo on the file's bytes, in order. */
  entries: string[];
  /** A last change was cut short by a crash; it had not been reported as saved. */
  tornTail: boolean;
}

export class JournalKeeper {
  private base: string | undefined;
  /** The file a full save in progress is writing, once its checkpoint is in the journal. */
  private next: string | undefined;
  /** Whether the journal on disk continues `base`, so that changes are appended to it. */
  private started = false;
  /** A journal found on disk that does not continue `base`: set aside before the first change is written. */
  private foreign = false;
  /** Entries on disk before the first one `base` lacks (a checkpoint's file holds them). */
  private held = 0;
  /** Entries on disk found when the file was opened and replayed since. */
  private recovered = 0;
  /** Entries written since the last full save, with the engine revision each brings the review to. */
  private pending: { revision: number; line: string }[] = [];

  constructor(
    private readonly store: JournalStore,
    private readonly sha256: (bytes: Uint8Array) => Promise<string>,
  ) {}

  /**
   * Reads the journal left beside a file just opened. Nothing is written here: the file may be open for writing
   * elsewhere, and only the writer tidies its journal (on its first change).
   */
  async opened(bytes: Uint8Array): Promise<JournalFound | null> {
    this.reset(await this.sha256(bytes));
    const text = await this.store.read();
    if (text === null) return null;
    const reading = readJournal(text, this.base ?? '');
    if (reading.kind !== 'matching') {
      this.foreign = true;
      return null;
    }
    // Changes made after a recovery go on after the recovered ones, on the same base, until the next full save.
    this.started = true;
    this.held = reading.covered;
    this.recovered = reading.entries.length;
    return reading.entries.length === 0 && !reading.tornTail
      ? null
      : { entries: reading.entries, tornTail: reading.tornTail };
  }

  /** A file this app has just written in full and holds no changes beyond it (created, or saved under a new name). */
  async created(bytes: Uint8Array): Promise<void> {
    this.reset(await this.sha256(bytes));
    await this.store.remove();
  }

  /** Appends one change durably. */
  async append(revision: number, entry: string): Promise<void> {
    if (this.base === undefined) throw new Error('The journal was asked to record a change before the file was read.');
    const line = await journalEntryLineHashed(entry, this.sha256);
    if (this.started) {
      await this.store.append(line);
    } else {
      if (this.foreign) await this.store.setAside();
      this.foreign = false;
      await this.store.replace(journalHeaderLine(this.base) + line);
      this.started = true;
    }
    this.pending.push({ revision, line });
  }

  /**
   * A full save is about to replace the file with `bytes`, the review at `revision` (every change so far when
   * undefined): the journal notes which of its entries that file holds, so a crash in the swap loses nothing.
   */
  async replacing(bytes: Uint8Array, revision?: number): Promise<void> {
    this.next = await this.sha256(bytes);
    if (!this.started) return;
    const saved =
      revision === undefined ? this.pending.length : this.pending.filter((e) => e.revision <= revision).length;
    await this.store.append(journalCheckpointLine(this.next, this.held + this.recovered + saved));
  }

  /** The file now holds what `replacing` announced: the journal keeps only the later changes, or goes away. */
  async replaced(revision?: number): Promise<void> {
    if (this.next === undefined) throw new Error('The journal was told of a save it had not been told was coming.');
    const later = revision === undefined ? [] : this.pending.filter((entry) => entry.revision > revision);
    this.reset(this.next);
    this.pending = later;
    if (later.length === 0) {
      await this.store.remove();
      return;
    }
    await this.store.replace(journalHeaderLine(this.base ?? '') + later.map((entry) => entry.line).join(''));
    this.started = true;
  }

  private reset(base: string): void {
    this.base = base;
    this.next = undefined;
    this.started = false;
    this.foreign = false;
    this.held = 0;
    this.recovered = 0;
    this.pending = [];
  }
}
