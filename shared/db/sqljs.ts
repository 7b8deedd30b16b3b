// The slice of sql.js the engine uses. sql.js itself is injected by each platform
// (worker, CLI, tests) so that shared/ never decides how the WASM is loaded.
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';

export type { Database, SqlJsStatic, SqlValue };

export type Row = Record<string, SqlValue>;

export function selectAll(db: Database, sql: string, params: SqlValue[] = []): Row[] {
  const statement = db.prepare(sql);
  try {
    statement.bind(params);
    const rows: Row[] = [];
    while (statement.step()) rows.push(statement.getAsObject());
    return rows;
  } finally {
    statement.free();
  }
}

export function selectOne(db: Database, sql: string, params: SqlValue[] = []): Row | undefined {
  return selectAll(db, sql, params)[0];
}

export function selectValue(db: Database, sql: string, params: SqlValue[] = []): SqlValue | undefined {
  const row = selectOne(db, sql, params);
  return row === undefined ? undefined : Object.values(row)[0];
}

export function run(db: Database, sql: string, params: SqlValue[] = []): void {
  db.run(sql, params);
}
