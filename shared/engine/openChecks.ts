// Decides, before and while opening bytes, whether they are a usable review file.
// Every refusal is a ReviewFileError with a code from the CLI contract and a sentence for a person.
import { APPLICATION_ID } from '../db/schema';
import { type Database, type SqlJsStatic, selectAll, selectValue } from '../db/sqljs';
import { ReviewFileError } from '../errors';

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const HEADER_SIZE = 100;

function readHeaderString(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes.subarray(0, SQLITE_MAGIC.length));
}

/** Checks the SQLite header without running SQLite: empty, foreign or truncated files stop here. */
export function checkHeader(bytes: Uint8Array): void {
  if (bytes.length === 0) {
    throw new ReviewFileError(
      'empty',
      'This file is empty (0 bytes). Nothing was changed. Open another copy of the review or a backup.',
    );
  }
  if (bytes.length < HEADER_SIZE || readHeaderString(bytes) !== SQLITE_MAGIC) {
    if (bytes.length >= SQLITE_MAGIC.length && readHeaderString(bytes) === SQLITE_MAGIC) {
      throw damaged('it ends before its header is complete');
    }
    throw new ReviewFileError(
      'not-a-review',
      'This is not a Charter Review file (it is not a review database). Nothing was changed. Choose a file ending in .charter.',
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rawPageSize = view.getUint16(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const changeCounter = view.getUint32(24);
  const pageCount = view.getUint32(28);
  const versionValidFor = view.getUint32(92);
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) throw damaged('its header is corrupt');
  if (pageCount > 0 && changeCounter === versionValidFor && pageCount * pageSize > bytes.length) {
    throw damaged(
      `it is shorter than it should be (${bytes.length} of ${pageCount * pageSize} bytes): it was probably cut off while being copied`,
    );
  }
  if (bytes.length % pageSize !== 0)
    throw damaged('its length does not match its page size: it was probably cut off while being copied');
}

export function damaged(reason: string): ReviewFileError {
  return new ReviewFileError(
    'damaged',
    `This review file is damaged: ${reason}. Nothing was changed. Open a backup or ask the sender for a new copy.`,
  );
}

/** Opens bytes with sql.js, turning SQLite's own failures into a classified error. */
export function openDatabase(sql: SqlJsStatic, bytes: Uint8Array): Database {
  checkHeader(bytes);
  let db: Database;
  try {
    db = new sql.Database(bytes);
  } catch (error) {
    throw damaged(`SQLite could not read it (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    const applicationId = Number(selectValue(db, 'PRAGMA application_id') ?? 0);
    if (applicationId !== APPLICATION_ID) {
      throw new ReviewFileError(
        'not-a-review',
        'This is a database of another application, not a Charter Review file. Nothing was changed. Choose a file ending in .charter.',
      );
    }
    // A review file is data, never code: Charter Review never stores triggers or views, so a file
    // that has them was altered by something else, and they must not run on our writes.
    const executable = selectAll(db, "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')");
    if (executable.length > 0) {
      throw damaged(
        `it contains ${executable.length} trigger(s) or view(s) that Charter Review never writes, so it was altered outside the app`,
      );
    }
    const problems = selectAll(db, 'PRAGMA integrity_check(20)').map((row) => String(Object.values(row)[0]));
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw damaged(`SQLite's integrity check failed (${problems.slice(0, 3).join('; ')})`);
    }
    return db;
  } catch (error) {
    db.close();
    if (error instanceof ReviewFileError) throw error;
    throw damaged(`SQLite could not read it (${error instanceof Error ? error.message : String(error)})`);
  }
}
