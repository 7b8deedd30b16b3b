// Opens a review file for reading in memory: the commands' one way in. The file on disk is
// only read, never written, whatever state it is in.
import path from 'node:path';
import { ZodError } from 'zod';
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
}

export async function openReviewFile(file: string, cwd: string): Promise<OpenedReviewFile> {
  const absolutePath = path.resolve(cwd, file);
  const bytes = await readReviewFile(absolutePath, file);
  const sql = await loadSqlJs();
  let engine: ReviewEngine | undefined;
  try {
    const opened = ReviewEngine.open(sql, bytes);
    engine = opened.engine;
    // A file can pass SQLite's checks yet lack the review record or hold unreadable content;
    // asking for the summary now turns that into "damaged" instead of a failure halfway through a command.
    const { schemaVersion } = engine.info();
    return { engine, absolutePath, fileSchemaVersion: opened.migratedFrom ?? schemaVersion };
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
