import { describe, expect, it } from 'vitest';
import { runMigrations, schemaVersionOf } from '../../../shared/db/migrate';
import type { Migration } from '../../../shared/db/schema';
import { ReviewFileError } from '../../../shared/errors';
import { loadSqlJs } from '../helpers';

const steps: Migration[] = [
  { version: 1, description: 'one', sql: 'CREATE TABLE a (x INTEGER);' },
  { version: 2, description: 'two', sql: 'ALTER TABLE a ADD COLUMN y TEXT;' },
  { version: 3, description: 'three', sql: "INSERT INTO a (x, y) VALUES (3, 'three');" },
];

describe('runMigrations', () => {
  it('applies the missing migrations in order and records the version', async () => {
    const sql = await loadSqlJs();
    const db = new sql.Database();
    runMigrations(db, steps.slice(0, 1));
    expect(runMigrations(db, steps)).toEqual({ from: 1, to: 3 });
    expect(schemaVersionOf(db)).toBe(3);
    expect(db.exec('SELECT x, y FROM a')[0]?.values).toEqual([[3, 'three']]);
  });

  it('refuses a file written by a newer schema before changing anything', async () => {
    const sql = await loadSqlJs();
    const db = new sql.Database();
    db.run('PRAGMA user_version = 9');
    const error = (() => {
      try {
        runMigrations(db, steps);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ReviewFileError);
    expect((error as ReviewFileError).code).toBe('newer-version');
    expect((error as ReviewFileError).message).toMatch(/schema 9/);
    expect(db.exec("SELECT name FROM sqlite_master WHERE type = 'table'")).toEqual([]);
  });

  it('rolls back a failing migration and keeps the earlier version', async () => {
    const sql = await loadSqlJs();
    const db = new sql.Database();
    const broken: Migration[] = [
      steps[0] as Migration,
      { version: 2, description: 'bad', sql: 'ALTER TABLE missing ADD COLUMN z;' },
    ];
    expect(() => runMigrations(db, broken)).toThrow();
    expect(schemaVersionOf(db)).toBe(1);
  });
});
