// Prepared statements kept for the engine's frequent queries. Preparing is most of the cost of a small statement
// in sql.js, and far more for a write that fires the undo and journal triggers (a quarter of a millisecond for an
// answer): each change and each row of a bulk import reuses them. sql.js frees every statement when it reopens
// the connection (export) or closes it, so the engine forgets them then (forgetStatements).
import type { Database, Row, SqlValue } from '../db/sqljs';

type Statement = ReturnType<Database['prepare']>;

const caches = new WeakMap<Database, Map<string, Statement>>();

function prepared(db: Database, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

/** Frees and forgets the statements kept for `db`: before sql.js reopens or closes the connection. */
export function forgetStatements(db: Database): void {
  const cache = caches.get(db);
  if (!cache) return;
  for (const statement of cache.values()) statement.free();
  caches.delete(db);
}

/** Runs a write with a kept statement. `sql` must be a fixed text: one statement is kept per text. */
export function runKept(db: Database, sql: string, params: SqlValue[] = []): void {
  const statement = prepared(db, sql);
  try {
    statement.run(params);
  } finally {
    statement.reset();
  }
}

/** Every row as an object, with a kept statement. */
export function allKept(db: Database, sql: string, params: SqlValue[] = []): Row[] {
  const statement = prepared(db, sql);
  try {
    statement.bind(params);
    const rows: Row[] = [];
    while (statement.step()) rows.push(statement.getAsObject());
    return rows;
  } finally {
    statement.reset();
  }
}

export function oneKept(db: Database, sql: string, params: SqlValue[] = []): Row | undefined {
  const statement = prepared(db, sql);
  try {
    statement.bind(params);
    return statement.step() ? statement.getAsObject() : undefined;
  } finally {
    statement.reset();
  }
}

/** The first column of the first row, or undefined when there is no row. */
export function valueKept(db: Database, sql: string, params: SqlValue[] = []): SqlValue | undefined {
  const statement = prepared(db, sql);
  try {
    statement.bind(params);
    return statement.step() ? statement.get()[0] : undefined;
  } finally {
    statement.reset();
  }
}

/** Every row's first column. */
export function columnKept(db: Database, sql: string, params: SqlValue[] = []): SqlValue[] {
  const statement = prepared(db, sql);
  try {
    statement.bind(params);
    const values: SqlValue[] = [];
    while (statement.step()) values.push(statement.get()[0] ?? null);
    return values;
  } finally {
    statement.reset();
  }
}
