// The exchange format must carry every table and column of the current schema, with the same nullability,
// storage, keys, references and value lists. A migration that adds a column fails here until the format
// (shared/exchange/reviewTables.ts) and docs/exchange.md say how it travels: no data is ever dropped silently.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Database } from 'sql.js';
import { ExchangeError, REVIEW_TABLES, readReviewDocument, uncoveredSchema } from '../../../../shared/exchange';
import { loadSqlJs, newReview } from '../../helpers';

async function currentSchema(): Promise<Database> {
  const engine = await newReview();
  const bytes = engine.export();
  engine.close();
  return new (await loadSqlJs()).Database(bytes);
}

const rows = (db: Database, sql: string) => {
  const result = db.exec(sql)[0];
  return (result?.values ?? []).map((values) =>
    Object.fromEntries(result?.columns.map((c, i) => [c, values[i]]) ?? []),
  );
};

describe('exchange format coverage of the schema', () => {
  it('carries every table and column of the current schema, and nothing the schema lacks', async () => {
    const db = await currentSchema();
    const tables = rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").map(
      (r) => String(r.name),
    );
    expect(REVIEW_TABLES.map((spec) => spec.table).sort()).toEqual([...tables].sort());
    for (const table of tables) {
      const spec = REVIEW_TABLES.find((candidate) => candidate.table === table);
      const info = rows(db, `PRAGMA table_info("${table}")`);
      const columns = Object.values(spec?.columns ?? {});
      expect(columns.map((c) => c.column).sort(), table).toEqual(info.map((c) => String(c.name)).sort());
      for (const column of info) {
        const carried = columns.find((c) => c.column === column.name);
        const where = `${table}.${String(column.name)}`;
        const declared = String(column.type).toUpperCase();
        expect(carried?.kind, where).toBe(declared === 'INTEGER' ? 'integer' : declared === 'BLOB' ? 'blob' : 'text');
        // Keys are never NULL in a review, though SQLite (for old compatibility) lets a TEXT PRIMARY KEY be.
        const notNull = Number(column.notnull) === 1 || Number(column.pk) > 0;
        expect(carried?.nullable, where).toBe(!notNull);
      }
      const primaryKey = info
        .filter((c) => Number(c.pk) > 0)
        .sort((x, y) => Number(x.pk) - Number(y.pk))
        .map((c) => String(c.name));
      const byField: Record<string, { column: string }> = spec?.columns ?? {};
      const fieldColumn = (field: string) => byField[field]?.column;
      expect(spec?.primaryKey.map(fieldColumn), `${table} primary key`).toEqual(primaryKey);
    }
    db.close();
  });

  it('checks every reference the schema declares, and the value lists of its CHECK constraints', async () => {
    const db = await currentSchema();
    for (const spec of REVIEW_TABLES) {
      const declared = rows(db, `PRAGMA foreign_key_list("${spec.table}")`)
        .map((fk) => `${String(fk.from)} -> ${String(fk.table)}.${String(fk.to)}`)
        .sort();
      const columns: Record<string, { column: string }> = spec.columns;
      const carried = spec.references
        .map((reference) => {
          const target = REVIEW_TABLES.find((t) => t.key === reference.table);
          const targetColumns: Record<string, { column: string }> = target?.columns ?? {};
          return `${columns[reference.field]?.column} -> ${target?.table}.${targetColumns[reference.targetField]?.column}`;
        })
        .sort();
      expect(carried, spec.table).toEqual(declared);

      const sql = String(rows(db, `SELECT sql FROM sqlite_master WHERE name = '${spec.table}'`)[0]?.sql ?? '');
      for (const [, column, list] of sql.matchAll(/CHECK \((\w+) IN \(([^)]*)\)\)/g)) {
        const values = [...(list ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1]);
        const field = Object.values(columns).find((c) => c.column === column) as
          { schema: { safeParse(v: unknown): { success: boolean } } } | undefined;
        for (const value of values)
          expect(field?.schema.safeParse(value).success, `${spec.table}.${column} ${value}`).toBe(true);
        expect(field?.schema.safeParse('surely-not-allowed').success, `${spec.table}.${column}`).toBe(false);
      }
    }
    db.close();
  });

  it('refuses to export a review with a column or table the format does not know, naming them', async () => {
    const db = await currentSchema();
    expect(uncoveredSchema(db)).toEqual({ notInFormat: [], notInFile: [] });
    expect(() => readReviewDocument(db)).not.toThrow();
    db.run("ALTER TABLE system ADD COLUMN risk_owner TEXT NOT NULL DEFAULT ''");
    db.run('CREATE TABLE meeting (id TEXT PRIMARY KEY)');
    expect(uncoveredSchema(db).notInFormat).toEqual(['meeting', 'system.risk_owner']);
    expect(() => readReviewDocument(db)).toThrow(ExchangeError);
    expect(() => readReviewDocument(db)).toThrow(/meeting, system\.risk_owner\). Nothing was exported/);
    db.close();
  });

  it('docs/exchange.md lists every table and field of the format', () => {
    const docs = readFileSync('docs/exchange.md', 'utf8');
    for (const spec of REVIEW_TABLES) {
      const section = docs.split(/^### /m).find((part) => part.startsWith(`\`${spec.key}\``));
      expect(section, `section for ${spec.key}`).toBeDefined();
      for (const [field, column] of Object.entries<{ column: string }>(spec.columns)) {
        const row = new RegExp(`^\\|\\s*\`${field}\`\\s*\\|\\s*\`${column.column}\`\\s*\\|`, 'm');
        expect(section, `${spec.key}.${field}`).toMatch(row);
      }
    }
  });
});
