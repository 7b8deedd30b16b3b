// Reads a whole review out of its database into the exchange document, table by table and column by
// column as reviewTables lists them, in stored order, so the same review always gives the same bytes.
import { type Database, type SqlValue, selectAll } from '../db/sqljs';
import { bytesToBase64 } from './base64';
import { ExchangeError } from './ExchangeError';
import { EXCHANGE_FORMAT, EXCHANGE_FORMAT_VERSION, type ReviewDocument } from './reviewDocument';
import { type ColumnSpec, REVIEW_TABLES, type TableSpec } from './reviewTables';

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The tables of the live schema with their columns; SQLite's own tables (sqlite_sequence) are not review data. */
export function schemaColumns(db: Database): Map<string, string[]> {
  const tables = selectAll(
    db,
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
  ).map((row) => String(row.name));
  return new Map(
    tables.map((table) => [table, selectAll(db, `PRAGMA table_info(${ident(table)})`).map((row) => String(row.name))]),
  );
}

/**
 * What the live schema and the format disagree on, as `table` or `table.column`: data the export would
 * leave out, or columns the format expects and the file lacks. Empty when the format covers the file.
 */
export function uncoveredSchema(db: Database): { notInFormat: string[]; notInFile: string[] } {
  const live = schemaColumns(db);
  const notInFormat: string[] = [];
  const notInFile: string[] = [];
  const specs = new Map<string, TableSpec>(REVIEW_TABLES.map((spec) => [spec.table, spec]));
  for (const [table, columns] of live) {
    const spec = specs.get(table);
    if (!spec) {
      notInFormat.push(table);
      continue;
    }
    const covered = new Set(Object.values(spec.columns).map((c) => c.column));
    for (const column of columns) if (!covered.has(column)) notInFormat.push(`${table}.${column}`);
  }
  for (const spec of REVIEW_TABLES) {
    const columns = live.get(spec.table);
    if (!columns) {
      notInFile.push(spec.table);
      continue;
    }
    for (const c of Object.values<ColumnSpec>(spec.columns)) {
      if (!columns.includes(c.column)) notInFile.push(`${spec.table}.${c.column}`);
    }
  }
  return { notInFormat, notInFile };
}

/** Reads the whole review. Refuses, rather than leave anything out, a file with data the format does not know. */
export function readReviewDocument(db: Database): ReviewDocument {
  const { notInFormat, notInFile } = uncoveredSchema(db);
  if (notInFormat.length > 0 || notInFile.length > 0) {
    throw new ExchangeError(
      'not-covered',
      `This review holds data the exchange format of this version does not carry (${[...notInFormat, ...notInFile].join(', ')}). Nothing was exported, so that no export ever leaves part of a review out. Please report this; the review file itself is unaffected.`,
    );
  }
  const document: Record<string, unknown> = { format: EXCHANGE_FORMAT, formatVersion: EXCHANGE_FORMAT_VERSION };
  for (const spec of REVIEW_TABLES) {
    const rows = readTable(db, spec);
    if (spec.single) {
      if (rows.length !== 1) {
        throw new ExchangeError(
          'invalid-export',
          `This review file has ${rows.length} review records instead of one, so it cannot be exported. Nothing was exported. Open a backup of the review.`,
        );
      }
      document[spec.key] = rows[0];
    } else {
      document[spec.key] = rows;
    }
  }
  return document as unknown as ReviewDocument;
}

function readTable(db: Database, spec: TableSpec): Record<string, unknown>[] {
  const fields = Object.entries(spec.columns);
  // rowid order is the order rows were written in: the importer writes them back in it, so the new file
  // lists frameworks, systems and the rest exactly as the original did.
  const statement = db.prepare(
    `SELECT ${fields.map(([, c]) => ident(c.column)).join(', ')} FROM ${ident(spec.table)} ORDER BY rowid`,
  );
  const rows: Record<string, unknown>[] = [];
  try {
    while (statement.step()) {
      const values = statement.get();
      const row: Record<string, unknown> = {};
      fields.forEach(([field, c], index) => {
        row[field] = jsonValue(values[index] ?? null, c, () => `${spec.table}.${c.column} of row ${rows.length + 1}`);
      });
      rows.push(row);
    }
  } finally {
    statement.free();
  }
  return rows;
}

function jsonValue(value: SqlValue, column: ColumnSpec, where: () => string): string | number | null {
  if (value === null) {
    if (column.nullable) return null;
    throw unexpected(where(), 'empty (NULL)');
  }
  switch (column.kind) {
    case 'text':
      if (typeof value === 'string') return value;
      break;
    case 'integer':
      if (typeof value === 'number' && Number.isInteger(value)) return value;
      break;
    case 'blob':
      if (value instanceof Uint8Array) return bytesToBase64(value);
      break;
  }
  throw unexpected(where(), value instanceof Uint8Array ? 'binary data' : `the ${typeof value} ${String(value)}`);
}

function unexpected(where: string, found: string): ExchangeError {
  return new ExchangeError(
    'damaged',
    `This review file holds ${found} in ${where}, where Charter Review never writes such a value, so it was altered outside the app. Nothing was exported. Open a backup of the review.`,
  );
}

/** The document as the bytes of a .json file: two-space indentation, one line break at the end. */
export function serialiseReviewDocument(document: ReviewDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The whole review of an open engine (ReviewEngine.exchangeDocument) as JSON text, ready to save. */
export function exportReviewJson(engine: { exchangeDocument(): ReviewDocument }): string {
  return serialiseReviewDocument(engine.exchangeDocument());
}
