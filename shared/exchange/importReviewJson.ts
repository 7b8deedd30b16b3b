// Rebuilds a review file from its JSON export: the document is read and checked in full first, then every
// row is written as it was (ids, times, hashes) into a new file of the current schema, in one transaction.
// This is not a command of the review: the new file's audit log is the exported one, unchanged.
import type { z } from 'zod';
import { runMigrations } from '../db/migrate';
import { APPLICATION_ID } from '../db/schema';
import type { Database, SqlJsStatic, SqlValue } from '../db/sqljs';
import { ReviewEngine } from '../engine/ReviewEngine';
import { describeError } from '../errors';
import { base64ToBytes } from './base64';
import { ExchangeError } from './ExchangeError';
import { DAMAGED, EXCHANGE_FORMAT, EXCHANGE_FORMAT_VERSION, ReviewDocument, documentRows } from './reviewDocument';
import { type ColumnSpec, REVIEW_TABLES } from './reviewTables';

export interface ImportedReview {
  /** The bytes of the new review file. */
  bytes: Uint8Array;
  id: string;
  title: string;
  /** Rows written per table of the document (`systems`, `answers`, …). */
  counts: Record<string, number>;
}

/** Reads, checks and rebuilds in one go; throws ExchangeError, having written nothing, when the input cannot be used. */
export function importReviewJson(sql: SqlJsStatic, input: string | Uint8Array): ImportedReview {
  const document = parseReviewDocument(input);
  const bytes = buildReviewFile(sql, document);
  const counts = Object.fromEntries(
    REVIEW_TABLES.map((spec) => [
      spec.key,
      documentRows(document as unknown as Record<string, unknown>, spec.key, spec.single).length,
    ]),
  );
  return { bytes, id: document.review.id, title: document.review.title, counts };
}

/** Parses and checks an export; every refusal names where in the document the problem is. */
export function parseReviewDocument(input: string | Uint8Array): ReviewDocument {
  const raw = parseJson(input);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('format' in raw)) {
    throw new ExchangeError(
      'not-an-export',
      'This JSON is not a Charter Review export (it has no "format" field). Nothing was written. Choose a file made with "Export review as JSON" or charter-review export --format json.',
    );
  }
  if (raw.format !== EXCHANGE_FORMAT) {
    throw new ExchangeError(
      'not-an-export',
      `This JSON is not a Charter Review export: its "format" is ${JSON.stringify(raw.format)}, not "${EXCHANGE_FORMAT}". Nothing was written. Choose a file made with "Export review as JSON".`,
      'format',
    );
  }
  const version = 'formatVersion' in raw ? raw.formatVersion : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXCHANGE_FORMAT_VERSION) {
    throw new ExchangeError(
      'newer-version',
      `This export was written by a newer version of Charter Review (format version ${version}; this version reads up to ${EXCHANGE_FORMAT_VERSION}). Nothing was written. Update the app to import it.`,
      'formatVersion',
    );
  }
  const parsed = ReviewDocument.safeParse(raw);
  if (parsed.success) return parsed.data;
  const [first, ...others] = parsed.error.issues;
  if (!first) throw new ExchangeError('invalid-export', 'This export is not valid. Nothing was written.');
  const path = formatPath(first.path);
  const more = others.length > 0 ? ` (and ${others.length} more ${others.length === 1 ? 'problem' : 'problems'})` : '';
  const damaged = first.code === 'custom' && first.params?.exchange === DAMAGED;
  throw new ExchangeError(
    damaged ? 'damaged' : 'invalid-export',
    `This export cannot be imported: ${path ? `${path} ` : ''}${describeIssue(first, raw)}${more}. Nothing was written. ${damaged ? 'Export the review again from its original file.' : 'Correct the file, or export the review again.'}`,
    path,
  );
}

function parseJson(input: string | Uint8Array): unknown {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      throw new ExchangeError(
        'not-an-export',
        'This file is not UTF-8 text, so it is not a Charter Review JSON export. Nothing was written. Choose a file made with "Export review as JSON".',
      );
    }
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new ExchangeError(
      'not-an-export',
      `This file is not JSON (${describeError(error)}), so it is not a Charter Review export. Nothing was written. Choose a file made with "Export review as JSON"; a file opened and saved in a text editor may have been cut off.`,
    );
  }
}

/** `systems[3].name`, the way a person finds the place in the file. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'an object',
  null: 'null',
  boolean: 'true or false',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return `an ${typeof value}`;
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(root, issue.path);
      const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
      return value === undefined
        ? `is missing (it should be ${expected})`
        : `should be ${expected}, not ${describeValue(value)}`;
    }
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} this format does not have: ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `is ${describeValue(valueAt(root, issue.path))}, but it must be ${issue.values.map((v) => JSON.stringify(v)).join(', or ')}`;
    case 'invalid_union':
      return `is ${describeValue(valueAt(root, issue.path))}, which is not allowed here`;
    default:
      return issue.message;
  }
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Writes a checked document into a new review file of the current schema and returns its bytes. */
export function buildReviewFile(sql: SqlJsStatic, document: ReviewDocument): Uint8Array {
  const db = new sql.Database();
  let bytes: Uint8Array;
  try {
    db.run(`PRAGMA application_id = ${APPLICATION_ID}`);
    runMigrations(db);
    // References were checked with the document; SQLite checking them again costs little and catches a slip.
    db.run('PRAGMA foreign_keys = ON');
    db.run('BEGIN');
    try {
      for (const spec of REVIEW_TABLES) {
        const rows = documentRows(document as unknown as Record<string, unknown>, spec.key, spec.single);
        insertRows(db, spec.table, spec.key, Object.entries<ColumnSpec>(spec.columns), rows);
      }
      db.run('COMMIT');
    } catch (error) {
      db.run('ROLLBACK');
      throw error;
    }
    bytes = db.export();
  } finally {
    db.close();
  }
  // The new file must open like any review; if it does not, nobody gets it.
  try {
    const { engine } = ReviewEngine.open(sql, bytes);
    engine.info();
    engine.close();
  } catch (error) {
    throw new ExchangeError(
      'invalid-export',
      `This export passed every check but the review built from it does not open (${describeError(error)}). Nothing was written. Please report this together with the file.`,
    );
  }
  return bytes;
}

function insertRows(
  db: Database,
  table: string,
  key: string,
  fields: [string, ColumnSpec][],
  rows: readonly Record<string, unknown>[],
): void {
  const statement = db.prepare(
    `INSERT INTO ${ident(table)} (${fields.map(([, c]) => ident(c.column)).join(', ')}) VALUES (${fields.map(() => '?').join(', ')})`,
  );
  try {
    rows.forEach((row, index) => {
      const values = fields.map(([field, c]) => sqlValue(row[field], c));
      try {
        statement.run(values);
      } catch (error) {
        const path = key === 'review' ? key : `${key}[${index}]`;
        throw new ExchangeError(
          'invalid-export',
          `This export cannot be imported: the review file refused ${path} (${describeError(error)}). Nothing was written.`,
          path,
        );
      }
    });
  } finally {
    statement.free();
  }
}

function sqlValue(value: unknown, column: ColumnSpec): SqlValue {
  if (value === null || value === undefined) return null;
  // The document was checked: a blob field is canonical base64, the rest are text or whole numbers.
  if (column.kind === 'blob') return base64ToBytes(String(value)) ?? new Uint8Array();
  return typeof value === 'number' ? value : String(value);
}
