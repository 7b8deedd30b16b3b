// The inventory import as one command: every planned add and update in the one transaction the engine
// opens, recorded in one audit row that holds what undoing it needs (the new ids, the replaced rows).
import type { z } from 'zod';
import { type Database, type Row, type SqlValue, run } from '../../db/sqljs';
import { systemColumns } from '../../db/systemRows';
import { CommandError } from '../../errors';
import { newId } from '../../model/ids';
import type { SystemAttributes } from '../../model/system';
import type { ImportInventory } from '../commands';
import { allKept, columnKept, runKept, valueKept } from '../statementCache';
import type { Handler } from './context';

/** Every column an added system gets, so one prepared statement serves all rows of a large file. */
const INSERT_COLUMNS: readonly [column: string, fallback: SqlValue][] = [
  ['name', ''],
  ['organisation', ''],
  ['country', ''],
  ['purpose', ''],
  ['stage', null],
  ['provider_type', null],
  ['provider_name', ''],
  ['use_category', null],
  ['use_category_reason', ''],
  ['use_category_source', null],
  ['automation', null],
  ['data_processed', null],
  ['legal_areas', null],
  ['users', ''],
  ['hosting', ''],
  ['contact', ''],
  ['go_live', ''],
  ['notes', ''],
  ['custom_fields', '{}'],
];

/*
 * The systems an import updates are read in one query, and updated by one statement per set of columns that
 * takes the rows as a JSON list (json_each): a statement run per row through sql.js costs several times more than
 * the update itself. Added systems go through one kept statement. Every row is still written one by one inside
 * SQLite, so the undo and journal triggers see each, in the order of the command.
 */

/** The systems to update, read in one query; refuses the import when one is no longer in the review. */
function systemsBefore(db: Database, ids: readonly string[]): Row[] {
  const rows = new Map(
    allKept(db, 'SELECT * FROM system WHERE id IN (SELECT value FROM json_each(?))', [JSON.stringify(ids)]).map(
      (row) => [String(row.id), row],
    ),
  );
  return ids.map((id) => {
    const row = rows.get(id);
    if (!row) throw new CommandError('not-found', 'This system is no longer in the review.');
    return row;
  });
}

export const importInventory: Handler<z.infer<typeof ImportInventory>> = ({ db, at }, command) => {
  const fileName = command.source.fileName;
  const seen = new Set<string>();
  for (const update of command.updates) {
    if (seen.has(update.systemId)) {
      throw new CommandError('conflict', `The import updates system ${update.systemId} twice. Plan the import again.`);
    }
    seen.add(update.systemId);
  }

  // Updates first: a system removed since the plan was made refuses the whole import, before any add.
  const replaced = systemsBefore(
    db,
    command.updates.map((update) => update.systemId),
  );
  // Rows of one file mostly change the same columns: one statement per set of columns, each row's values as a list.
  const updatesByColumns = new Map<string, SqlValue[][]>();
  for (const update of command.updates) {
    const columns = [...systemColumns(update.changes), ...categoryProvenance(update.changes, fileName, update.row)];
    if (columns.length === 0) continue;
    const sql =
      `UPDATE system SET ${columns.map(([c], index) => `${c} = u.value ->> ${index + 1}`).join(', ')}, ` +
      'updated_at = ?1 FROM json_each(?2) AS u WHERE system.id = u.value ->> 0';
    const rows = updatesByColumns.get(sql) ?? [];
    rows.push([update.systemId, ...columns.map(([, value]) => value)]);
    updatesByColumns.set(sql, rows);
  }
  for (const [sql, rows] of updatesByColumns) run(db, sql, [at, JSON.stringify(rows)]);

  const explicit = command.adds.flatMap((add) => (add.id === undefined ? [] : [add.id]));
  const taken = new Set(
    columnKept(db, 'SELECT id FROM system WHERE id IN (SELECT value FROM json_each(?))', [
      JSON.stringify(explicit),
    ]).map(String),
  );
  const addedIds: string[] = [];
  let position = Number(valueKept(db, 'SELECT COALESCE(MAX(position), 0) FROM system') ?? 0);
  for (const add of command.adds) {
    const id = add.id ?? newId();
    if (taken.has(id)) {
      throw new CommandError('conflict', `A system with id ${id} already exists. Plan the import again.`);
    }
    taken.add(id);
    const given = new Map([...systemColumns(add.attributes), ...categoryProvenance(add.attributes, fileName, add.row)]);
    position += 1;
    runKept(db, INSERT_SQL, [
      id,
      position,
      at,
      at,
      ...INSERT_COLUMNS.map(([column, fallback]) => given.get(column) ?? fallback),
    ]);
    addedIds.push(id);
  }

  return {
    before: { updatedSystems: replaced },
    after: {
      source: command.source,
      addedSystemIds: addedIds,
      updatedSystemIds: command.updates.map((u) => u.systemId),
    },
  };
};

const INSERT_SQL = (() => {
  const names = ['id', 'position', 'created_at', 'updated_at', ...INSERT_COLUMNS.map(([c]) => c)];
  return `INSERT INTO system (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
})();

/** A use category stated in the file is marked as imported, with where it came from, for the report. */
function categoryProvenance(
  attributes: Partial<SystemAttributes>,
  fileName: string,
  row: number,
): [string, SqlValue][] {
  if (attributes.useCategory === undefined) return [];
  if (attributes.useCategory === null) {
    return [
      ['use_category_reason', ''],
      ['use_category_source', null],
    ];
  }
  return [
    ['use_category_reason', `Stated in the imported inventory (${fileName}, row ${row}).`],
    ['use_category_source', 'import'],
  ];
}
