// Brings a database up to the schema this build writes, one migration at a time.
import { ReviewFileError } from '../errors';
import { type Migration, MIGRATIONS } from './schema';
import { type Database, selectValue } from './sqljs';

export function schemaVersionOf(db: Database): number {
  return Number(selectValue(db, 'PRAGMA user_version') ?? 0);
}

export interface MigrationOutcome {
  from: number;
  to: number;
}

/**
 * Applies every migration newer than the file's `user_version`, each in its own
 * transaction. A file from a newer build is refused before anything runs.
 */
export function runMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS): MigrationOutcome {
  const from = schemaVersionOf(db);
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (from > latest) {
    throw new ReviewFileError(
      'newer-version',
      `This file was written by a newer version of Charter Review (schema ${from}; this version reads up to ${latest}). Nothing was changed. Update the app to open it.`,
    );
  }
  let previous = 0;
  for (const migration of migrations) {
    if (migration.version <= previous) {
      throw new Error(`Migrations out of order: ${migration.version} follows ${previous}.`);
    }
    previous = migration.version;
    if (migration.version <= from) continue;
    db.run('BEGIN');
    try {
      db.exec(migration.sql);
      db.run(`PRAGMA user_version = ${migration.version}`);
      db.run('COMMIT');
    } catch (error) {
      db.run('ROLLBACK');
      throw error;
    }
  }
  return { from, to: Math.max(from, latest) };
}
