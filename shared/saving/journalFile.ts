// The journal kept beside a review file: the changes made since the file was last written in full, appended
// and flushed to disk one by one, so that a crash between two full saves loses nothing.
//
// It is a text file of lines. The first line names the format and the SHA-256 of the review file the journal
// continues; each further line is one change (the rows one command wrote, a JSON list) or a checkpoint (a JSON
// object). Every line starts with a checksum of the rest, so a line torn by a crash in the middle of an append
// is recognised and ignored (it was never reported as saved).
//
// A full save writes the new file beside the old one, then appends a checkpoint naming the new file's SHA-256
// and how many changes it holds, then swaps the files, then rewrites the journal for the new file. Whenever a
// crash comes, the file on disk is either the journal's base (redo every change) or the checkpoint's file
// (redo the changes after the ones it holds). A journal that matches neither is stale: never replayed.
import { sha256OfText } from '../engine/hash';

export const JOURNAL_FORMAT = 'charter-review-journal';
export const JOURNAL_VERSION = 1;

interface JournalHeader {
  format: typeof JOURNAL_FORMAT;
  version: number;
  /** SHA-256 (hex) of the review file's bytes that the journal's changes apply to. */
  base: string;
}

/** The name of the journal of a review file, in the same folder: hidden on macOS and Linux. */
export function journalFileName(reviewFileName: string): string {
  return `.${reviewFileName}.journal`;
}

function checksum(text: string): string {
  return sha256OfText(text).slice(0, 32);
}

function line(payload: string, sum = checksum(payload)): string {
  return `${sum} ${payload}\n`;
}

export function journalHeaderLine(baseSha256: string): string {
  const header: JournalHeader = { format: JOURNAL_FORMAT, version: JOURNAL_VERSION, base: baseSha256 };
  return line(JSON.stringify(header));
}

/** One entry: the JSON text of the rows one change wrote. JSON never holds a raw line break, so a line is an entry. */
export function journalEntryLine(changesJson: string): string {
  checkEntry(changesJson);
  return line(changesJson);
}

/**
 * The same line, its checksum worked out by the platform's SHA-256 (Node's or the browser's), which is several
 * times quicker than the script's one for the kilobytes of each change.
 */
export async function journalEntryLineHashed(
  changesJson: string,
  sha256: (bytes: Uint8Array) => Promise<string>,
): Promise<string> {
  checkEntry(changesJson);
  return line(changesJson, (await sha256(new TextEncoder().encode(changesJson))).slice(0, 32));
}

function checkEntry(changesJson: string): void {
  if (!changesJson.startsWith('[')) throw new Error('A journal entry is the JSON list of the rows a change wrote.');
}

/** Written just before a full save replaces the file: the new file's SHA-256 and how many entries it holds. */
export function journalCheckpointLine(fileSha256: string, covers: number): string {
  return line(JSON.stringify({ checkpoint: fileSha256, covers }));
}

export type JournalReading =
  /** `entries` are the changes to redo on the file; `covered` how many earlier ones the file already holds. */
  | { kind: 'matching'; entries: string[]; covered: number; tornTail: boolean }
  | { kind: 'stale' }
  | { kind: 'unreadable'; reason: string };

function verified(text: string): string | null {
  const space = text.indexOf(' ');
  if (space !== 32) return null;
  const payload = text.slice(33);
  return checksum(payload) === text.slice(0, 32) ? payload : null;
}

/**
 * Reads a journal against the SHA-256 of the review file beside it. Entries are returned as the JSON text of
 * each change, in order, up to the first line that does not check out (a torn last append).
 */
export function readJournal(text: string, fileSha256: string): JournalReading {
  const lines = text.split('\n');
  const first = lines[0] === undefined ? null : verified(lines[0]);
  if (first === null) return { kind: 'unreadable', reason: 'its first line is damaged' };
  let header: Partial<JournalHeader>;
  try {
    header = JSON.parse(first) as Partial<JournalHeader>;
  } catch {
    return { kind: 'unreadable', reason: 'its first line is damaged' };
  }
  if (header.format !== JOURNAL_FORMAT) return { kind: 'unreadable', reason: 'it is not a Charter Review journal' };
  if (header.version !== JOURNAL_VERSION) {
    return {
      kind: 'unreadable',
      reason: `it was written by another version of the app (format ${String(header.version)})`,
    };
  }
  const entries: string[] = [];
  let covered: number | undefined = header.base === fileSha256 ? 0 : undefined;
  let tornTail = false;
  for (const raw of lines.slice(1)) {
    if (raw === '') continue;
    const payload = verified(raw);
    if (payload === null) {
      tornTail = true;
      break;
    }
    if (payload.startsWith('[')) {
      entries.push(payload);
      continue;
    }
    const checkpoint = parseCheckpoint(payload);
    if (checkpoint?.checkpoint === fileSha256) covered = checkpoint.covers;
  }
  if (covered === undefined || covered > entries.length) return { kind: 'stale' };
  return { kind: 'matching', entries: entries.slice(covered), covered, tornTail };
}

function parseCheckpoint(payload: string): { checkpoint: string; covers: number } | null {
  try {
    const value = JSON.parse(payload) as { checkpoint?: unknown; covers?: unknown };
    return typeof value.checkpoint === 'string' &&
      typeof value.covers === 'number' &&
      Number.isSafeInteger(value.covers)
      ? { checkpoint: value.checkpoint, covers: value.covers }
      : null;
  } catch {
    return null;
  }
}
