// Decides, before and while opening bytes, whether they are a usable review file.
// Every refusal is a ReviewFileError with a code from the CLI contract and a sentence for a person.
import { runMigrations } from '../db/migrate';
import { APPLICATION_ID, MIGRATIONS } from '../db/schema';
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
  // File format versions: 1 (rollback journal) or 2 (WAL). SQLite opens anything higher read-only, or not at
  // all, so the file would seem to open and then refuse every change.
  const writeVersion = view.getUint8(18);
  const readVersion = view.getUint8(19);
  if (writeVersion < 1 || writeVersion > 2 || readVersion < 1 || readVersion > 2) {
    throw damaged(`its header names a file format (${writeVersion}/${readVersion}) that SQLite never writes`);
  }
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
    throw damaged(`SQLite could not read it (${sqliteDetail(error instanceof Error ? error.message : String(error))})`);
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
    // that has them was altered by something else, and they must not run on our writes. SQLite builds
    // the schema from the SQL text whatever the type column says, so both are looked at.
    const executable = selectAll(db, 'SELECT type, sql FROM sqlite_master').filter(
      (row) => EXECUTABLE_TYPES.has(String(row.type).toLowerCase()) || EXECUTABLE_SQL.test(String(row.sql ?? '')),
    );
    if (executable.length > 0) {
      throw damaged(
        `it contains ${executable.length} trigger(s), view(s) or virtual table(s) that Charter Review never writes, so it was altered outside the app`,
      );
    }
    const problems = selectAll(db, 'PRAGMA integrity_check(20)').map((row) => String(Object.values(row)[0]));
    if (problems.length !== 1 || problems[0] !== 'ok') {
      const shown = problems.filter((problem) => !/^\*\*\* in database/.test(problem)).slice(0, 2);
      throw damaged(`SQLite's integrity check failed (${sqliteDetail(shown.join('; '))})`);
    }
    checkStructure(sql, db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof ReviewFileError) throw error;
    throw damaged(`SQLite could not read it (${sqliteDetail(error instanceof Error ? error.message : String(error))})`);
  }
}

const EXECUTABLE_TYPES = new Set(['trigger', 'view']);
const EXECUTABLE_SQL = /^\s*CREATE\s+(?:TEMP\s+|TEMPORARY\s+)?(?:TRIGGER|VIEW|VIRTUAL\s+TABLE)\b/i;

/** SQLite's own words inside a sentence: on one line, and short. */
function sqliteDetail(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

/** Schema objects by type and name: the table they belong to and their SQL text, its spacing evened out. */
type SchemaObjects = Map<string, string>;

function schemaObjects(db: Database): SchemaObjects {
  // Statistics tables (ANALYZE, PRAGMA optimize) only guide SQLite's query planner: data, not structure.
  const rows = selectAll(
    db,
    "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\'",
  );
  return new Map(
    rows.map((row) => [
      `${String(row.type)} ${String(row.name)}`,
      `${String(row.tbl_name)}\u0000${String(row.sql ?? '')
        .replace(/\s+/g, ' ')
        .trim()}`,
    ]),
  );
}

/** The schema the migrations create, by version; computed once per version, on an empty database. */
const referenceSchemas = new Map<number, SchemaObjects>();

function referenceSchema(sql: SqlJsStatic, version: number): SchemaObjects {
  let schema = referenceSchemas.get(version);
  if (!schema) {
    const reference = new sql.Database();
    try {
      runMigrations(
        reference,
        MIGRATIONS.filter((migration) => migration.version <= version),
      );
      schema = schemaObjects(reference);
    } finally {
      reference.close();
    }
    referenceSchemas.set(version, schema);
  }
  return schema;
}

/**
 * The tables, columns, indexes and constraints must be exactly those the migrations create for the file's
 * schema version: a table dropped or renamed, a column removed, a generated column, a CHECK or an index added
 * elsewhere would make the engine fail later, or run expressions that came with the file. A newer version is
 * left to the migrations, which refuse it by name.
 */
function checkStructure(sql: SqlJsStatic, db: Database): void {
  const version = Number(selectValue(db, 'PRAGMA user_version') ?? 0);
  const latest = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
  if (version > latest) return;
  const expected = referenceSchema(sql, Math.max(0, version));
  const actual = schemaObjects(db);
  const missing = [...expected.keys()].filter((key) => !actual.has(key));
  const unexpected = [...actual.keys()].filter((key) => !expected.has(key));
  const changed = [...expected.keys()].filter((key) => actual.has(key) && actual.get(key) !== expected.get(key));
  if (missing.length + unexpected.length + changed.length === 0) return;
  const list = (words: string, keys: readonly string[]) =>
    keys.length === 0
      ? []
      : [`${words} ${keys.slice(0, 3).join(', ')}${keys.length > 3 ? ` and ${keys.length - 3} more` : ''}`];
  const details = [...list('missing', missing), ...list('changed', changed), ...list('not expected', unexpected)];
  throw damaged(
    `its tables are not those of a Charter Review file of schema ${version}, so it was altered outside the app (${sqliteDetail(details.join('; '))})`,
  );
}
