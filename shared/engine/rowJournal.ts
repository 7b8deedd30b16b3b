// The forward half of the row log: every row a change writes, as plain data, so that a journal kept beside the
// review file can redo the work after a crash. Temporary triggers (this connection only, never in the file)
// record each insert, update and delete with the row's values; replaying binds those values as parameters to
// statements built here from the table's own columns, so a journal is data and never runs as SQL.
import { type Database, selectAll } from '../db/sqljs';
import { columnKept, runKept, valueKept } from './statementCache';

/** A value as the journal keeps it: SQLite's own types, a blob as hex. */
export type JournalValue = string | number | null | { hex: string };

/** One row written: table, operation (insert, update, delete), rowid, and for insert/update the columns and values. */
export interface RowChange {
  t: string;
  o: 'i' | 'u' | 'd';
  r: number;
  c?: string[];
  v?: JournalValue[];
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Every table of the review file itself, with its columns in order. */
export function reviewTables(db: Database): Map<string, string[]> {
  const tables = new Map<string, string[]>();
  const names = selectAll(
    db,
    "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
  ).map((row) => String(row.name));
  for (const name of names) {
    tables.set(
      name,
      selectAll(db, `PRAGMA main.table_info(${ident(name)})`).map((row) => String(row.name)),
    );
  }
  return tables;
}

/** Starts recording; needed again whenever sql.js reopens the connection (after each export). */
export function installRowJournal(db: Database): void {
  db.run('CREATE TEMP TABLE IF NOT EXISTS row_journal (seq INTEGER PRIMARY KEY, change TEXT NOT NULL)');
  for (const [table, columns] of reviewTables(db)) {
    const t = ident(table);
    const name = literal(table);
    const names = `json_array(${columns.map(literal).join(', ')})`;
    // Blobs cannot sit in JSON: they travel as {"hex": …}.
    const values = `json_array(${columns
      .map(
        (c) =>
          `CASE typeof(new.${ident(c)}) WHEN 'blob' THEN json_object('hex', hex(new.${ident(c)})) ELSE new.${ident(c)} END`,
      )
      .join(', ')})`;
    db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS journal_${table}_insert AFTER INSERT ON main.${t} BEGIN
        INSERT INTO row_journal (change) VALUES (json_object('t', ${name}, 'o', 'i', 'r', new.rowid, 'c', ${names}, 'v', ${values}));
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS journal_${table}_update AFTER UPDATE ON main.${t} BEGIN
        INSERT INTO row_journal (change) VALUES (json_object('t', ${name}, 'o', 'u', 'r', old.rowid, 'c', ${names}, 'v', ${values}));
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS journal_${table}_delete AFTER DELETE ON main.${t} BEGIN
        INSERT INTO row_journal (change) VALUES (json_object('t', ${name}, 'o', 'd', 'r', old.rowid));
      END;`);
  }
}

/**
 * The rows written since the last call, oldest first, each as the JSON text of a RowChange, emptying the record;
 * [] when not recording.
 */
export function takeRowChangeTexts(db: Database): string[] {
  const recording = valueKept(db, "SELECT 1 FROM temp.sqlite_master WHERE type = 'table' AND name = 'row_journal'");
  if (recording === undefined) return [];
  const changes = columnKept(db, 'SELECT change FROM temp.row_journal ORDER BY seq').map(String);
  runKept(db, 'DELETE FROM temp.row_journal');
  return changes;
}

/** The rows written since the last call, oldest first, emptying the record; [] when not recording. */
export function takeRowChanges(db: Database): RowChange[] {
  return takeRowChangeTexts(db).map((text) => JSON.parse(text) as RowChange);
}

export class JournalReplayError extends Error {
  override readonly name = 'JournalReplayError';
}

function isJournalValue(value: unknown): value is JournalValue {
  if (value === null || typeof value === 'string' || typeof value === 'number') return true;
  return (
    typeof value === 'object' &&
    Object.keys(value).length === 1 &&
    typeof (value as { hex?: unknown }).hex === 'string' &&
    /^(?:[0-9A-F]{2})*$/i.test((value as { hex: string }).hex)
  );
}

function toSqlValue(value: JournalValue): string | number | null | Uint8Array {
  if (value === null || typeof value !== 'object') return value;
  const bytes = new Uint8Array(value.hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = parseInt(value.hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

/**
 * Applies recorded changes to the tables of this file. Every table and column must exist in the file; the values
 * are bound as parameters. Throws JournalReplayError on anything unexpected; the caller owns the transaction.
 */
export function applyRowChanges(db: Database, changes: readonly unknown[], tables: Map<string, string[]>): void {
  for (const [index, raw] of changes.entries()) {
    const where = `change ${index + 1}`;
    if (typeof raw !== 'object' || raw === null) throw new JournalReplayError(`${where} is not a row change`);
    const change = raw as Partial<RowChange>;
    const columns = typeof change.t === 'string' ? tables.get(change.t) : undefined;
    if (!columns || change.t === undefined) throw new JournalReplayError(`${where} names an unknown table`);
    if (typeof change.r !== 'number' || !Number.isSafeInteger(change.r)) {
      throw new JournalReplayError(`${where} has no row number`);
    }
    const t = ident(change.t);
    if (change.o === 'd') {
      db.run(`DELETE FROM main.${t} WHERE rowid = ?`, [change.r]);
      if (db.getRowsModified() !== 1) throw new JournalReplayError(`${where} deletes a row the file does not have`);
      continue;
    }
    if (change.o !== 'i' && change.o !== 'u') throw new JournalReplayError(`${where} has an unknown operation`);
    const names = change.c;
    const values = change.v;
    if (
      !Array.isArray(names) ||
      !Array.isArray(values) ||
      names.length !== values.length ||
      names.length === 0 ||
      !names.every((name) => typeof name === 'string' && columns.includes(name)) ||
      !values.every(isJournalValue)
    ) {
      throw new JournalReplayError(`${where} does not fit the table ${change.t}`);
    }
    const params = values.map(toSqlValue);
    if (change.o === 'i') {
      db.run(
        `INSERT INTO main.${t} (rowid, ${names.map(ident).join(', ')}) VALUES (?, ${names.map(() => '?').join(', ')})`,
        [change.r, ...params],
      );
    } else {
      db.run(`UPDATE main.${t} SET ${names.map((name) => `${ident(name)} = ?`).join(', ')} WHERE rowid = ?`, [
        ...params,
        change.r,
      ]);
      if (db.getRowsModified() !== 1) throw new JournalReplayError(`${where} changes a row the file does not have`);
    }
  }
}
