// Opens a review file for reading in memory: the commands' one way in. The file on disk is
// only read, never written, whatever state it is in.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ZodError } from 'zod';
import { journalFileName, readJournal } from '../shared/saving/journalFile';
import { damaged } from '../shared/engine/openChecks';
import { ReviewEngine } from '../shared/engine/ReviewEngine';
import { ReviewFileError, describeError } from '../shared/errors';
import { readReviewFile } from './readReviewFile';
import { loadSqlJs } from './sqlJsNode';

export interface OpenedReviewFile {
  engine: ReviewEngine;
  absolutePath: string;
  /** The schema version stored in the file (the engine may have migrated a copy in memory). */
  fileSchemaVersion: number;
  /** Changes redone from the journal beside the file (left by an app session that ended without saving them). */
  recoveredChanges: number;
}

/** The journal beside a review file, when there is one. */
export function journalPathOf(reviewPath: string): string {
  return path.join(path.dirname(reviewPath), journalFileName(path.basename(reviewPath)));
}

/** The entries of the journal beside the file that continue these bytes; none when there is no such journal. */
async function journalEntries(absolutePath: string, bytes: Uint8Array): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(journalPathOf(absolutePath), 'utf8');
  } catch {
    return [];
  }
  const reading = readJournal(text, createHash('sha256').update(bytes).digest('hex'));
  return reading.kind === 'matching' ? reading.entries : [];
}

export async function openReviewFile(file: string, cwd: string): Promise<OpenedReviewFile> {
  const absolutePath = path.resolve(cwd, file);
  const bytes = await readReviewFile(absolutePath, file);
  const sql = await loadSqlJs();
  let engine: ReviewEngine | undefined;
  try {
    const opened = ReviewEngine.open(sql, bytes);
    engine = opened.engine;
    // What the app showed as saved includes its journal: commands see the review as the app would.
    const replay = engine.replayJournal(await journalEntries(absolutePath, bytes));
    // A file can pass SQLite's checks yet lack the review record or hold unreadable content;
    // asking for the summary now turns that into "damaged" instead of a failure halfway through a command.
    const { schemaVersion } = engine.info();
    return {
      engine,
      absolutePath,
      fileSchemaVersion: opened.migratedFrom ?? schemaVersion,
      recoveredChanges: replay.applied,
    };
  } catch (error) {
    engine?.close();
    const reason = error instanceof ReviewFileError ? error : damaged(whyUnreadable(error));
    throw new ReviewFileError(reason.code, `Could not open ${file}. ${reason.message}`);
  }
}

function whyUnreadable(error: unknown): string {
  // zod's messages are multi-line lists of paths, meaningless to the person holding the file.
  if (error instanceof ZodError) return 'the checklist content stored in it is not in the expected format';
  const line = describeError(error).split('\n', 1)[0]?.trim() ?? '';
  return `it could not be read as a review (${line.length > 160 ? `${line.slice(0, 157)}...` : line})`;
}
