// Changes to several systems at once (bulk edit in the inventory): every update in the one transaction the
// engine opens, recorded in one audit row, so one undo reverts the whole batch.
import type { z } from 'zod';
import { type SqlValue, run } from '../../db/sqljs';
import { systemColumns } from '../../db/systemRows';
import { CommandError } from '../../errors';
import type { UpdateSystems } from '../commands';
import type { Handler } from './context';
import { requireSystem, systemRow } from './rows';

export const updateSystems: Handler<z.infer<typeof UpdateSystems>> = ({ db, at }, command) => {
  const seen = new Set<string>();
  for (const { systemId } of command.changes) {
    // Two changes to one system would make the result depend on their order: refuse rather than guess.
    if (seen.has(systemId)) throw new CommandError('conflict', `The change names system ${systemId} twice.`);
    seen.add(systemId);
  }
  // Every system is checked before any is changed, so a system removed meanwhile refuses the whole batch.
  const before = command.changes.map(({ systemId }) => requireSystem(db, systemId));
  for (const { systemId, changes } of command.changes) {
    const columns = [...systemColumns(changes), ...categoryReason(changes.useCategory, command.useCategoryReason)];
    if (columns.length === 0) continue;
    run(db, `UPDATE system SET ${columns.map(([c]) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`, [
      ...columns.map(([, v]) => v),
      at,
      systemId,
    ]);
  }
  return { before, after: command.changes.map(({ systemId }) => systemRow(db, systemId)) };
};

/** A use category set by hand carries the reviewer's reason, as classifyUse records it; clearing it clears both. */
function categoryReason(category: string | null | undefined, reason: string | undefined): [string, SqlValue][] {
  if (category === undefined) return [];
  if (category === null) {
    return [
      ['use_category_reason', ''],
      ['use_category_source', null],
    ];
  }
  return [
    ['use_category_reason', reason ?? ''],
    ['use_category_source', 'reviewer'],
  ];
}
