// The inventory import as one command: every planned add and update in the one transaction the engine
// opens, recorded in one audit row that holds what undoing it needs (the new ids, the replaced rows).
import type { z } from 'zod';
import { type SqlValue, selectValue } from '../../db/sqljs';
import { systemColumns } from '../../db/systemRows';
import { CommandError } from '../../errors';
import { newId } from '../../model/ids';
import type { SystemAttributes } from '../../model/system';
import type { ImportInventory } from '../commands';
import type { Handler } from './context';
import { requireSystem, systemRow } from './rows';

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
  // Rows of one file mostly change the same columns: one prepared statement per set of columns.
  const updateStatements = new Map<string, ReturnType<typeof db.prepare>>();
  let replaced: ReturnType<typeof requireSystem>[];
  try {
    replaced = command.updates.map((update) => {
      const before = requireSystem(db, update.systemId);
      const columns = [...systemColumns(update.changes), ...categoryProvenance(update.changes, fileName, update.row)];
      if (columns.length > 0) {
        const sql = `UPDATE system SET ${columns.map(([c]) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`;
        let statement = updateStatements.get(sql);
        if (!statement) updateStatements.set(sql, (statement = db.prepare(sql)));
        statement.run([...columns.map(([, v]) => v), at, update.systemId]);
      }
      return before;
    });
  } finally {
    for (const statement of updateStatements.values()) statement.free();
  }

  const addedIds: string[] = [];
  let position = Number(selectValue(db, 'SELECT COALESCE(MAX(position), 0) FROM system') ?? 0);
  const names = ['id', 'position', 'created_at', 'updated_at', ...INSERT_COLUMNS.map(([c]) => c)];
  const insert = db.prepare(`INSERT INTO system (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
  try {
    for (const add of command.adds) {
      const id = add.id ?? newId();
      if (add.id !== undefined && systemRow(db, id)) {
        throw new CommandError('conflict', `A system with id ${id} already exists. Plan the import again.`);
      }
      const given = new Map([
        ...systemColumns(add.attributes),
        ...categoryProvenance(add.attributes, fileName, add.row),
      ]);
      position += 1;
      insert.run([id, position, at, at, ...INSERT_COLUMNS.map(([column, fallback]) => given.get(column) ?? fallback)]);
      addedIds.push(id);
    }
  } finally {
    insert.free();
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
