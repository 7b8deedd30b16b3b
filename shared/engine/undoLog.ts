// Undo and redo for every command, without per-command code: temporary triggers (on this
// connection only, never stored in the file) record the SQL that reverses each row change.
import { type Database, selectAll } from '../db/sqljs';
import { columnKept, runKept } from './statementCache';

/** Tables whose rows commands change. The audit log is append-only and never undone. */
const UNDOABLE_TABLES = [
  'review',
  'framework',
  'framework_version',
  'principle',
  'item',
  'system',
  'answer',
  'finding',
  'action',
  'evidence',
  'signoff',
  'principle_assessment',
] as const;

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Creates the temporary log and triggers; needed again whenever sql.js reopens the connection. */
export function installUndoTriggers(db: Database): void {
  db.run('CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY, statement TEXT NOT NULL)');
  for (const table of UNDOABLE_TABLES) {
    const columns = selectAll(db, `PRAGMA main.table_info(${ident(table)})`).map((row) => String(row.name));
    if (columns.length === 0) continue;
    const t = ident(table);
    const restoreValues = columns.map((c) => `quote(old.${ident(c)})`).join(` || ',' || `);
    const restoreSets = columns
      .map((c) => `'${ident(c).replace(/'/g, "''")} = ' || quote(old.${ident(c)})`)
      .join(` || ', ' || `);
    const tq = t.replace(/'/g, "''");
    const columnList = columns.map(ident).join(', ').replace(/'/g, "''");
    db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_insert AFTER INSERT ON main.${t} BEGIN
        INSERT INTO undo_log (statement) VALUES ('DELETE FROM main.${tq} WHERE rowid = ' || new.rowid);
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_update AFTER UPDATE ON main.${t} BEGIN
        INSERT INTO undo_log (statement) VALUES ('UPDATE main.${tq} SET ' || ${restoreSets} || ' WHERE rowid = ' || old.rowid);
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_delete AFTER DELETE ON main.${t} BEGIN
        INSERT INTO undo_log (statement) VALUES ('INSERT INTO main.${tq} (rowid, ${columnList}) VALUES (' || old.rowid || ', ' || ${restoreValues} || ')');
      END;`);
  }
}

/** Takes the statements recorded since the last call, emptying the log. */
export function takeUndoStatements(db: Database): string[] {
  const statements = columnKept(db, 'SELECT statement FROM temp.undo_log ORDER BY seq').map(String);
  runKept(db, 'DELETE FROM temp.undo_log');
  return statements;
}

/** Runs recorded statements newest first, which reverses the change they were recorded for. */
export function replayReversed(db: Database, statements: readonly string[]): void {
  // Rows come back in an order that may briefly break a reference; checked again at commit.
  db.run('PRAGMA defer_foreign_keys = ON');
  for (let i = statements.length - 1; i >= 0; i -= 1) {
    const statement = statements[i];
    if (statement !== undefined) db.run(statement);
  }
}
