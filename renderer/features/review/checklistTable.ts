// The checklist of the system on screen as a table for "Export CSV/Excel": one row per item, with the same
// columns as the answers sheet that `answers import` reads back.
import type { SheetTable } from '../../../shared/exchange/workbook';
import type { ChecklistView } from '../../../shared/engine/queries';

export function checklistTable(checklist: ChecklistView): SheetTable {
  const rows: SheetTable['rows'] = [];
  for (const framework of checklist.frameworks) {
    for (const principle of framework.principles) {
      for (const item of principle.items) {
        rows.push([
          checklist.system.id,
          checklist.system.name,
          framework.id,
          principle.code,
          item.id,
          item.question,
          item.applicable ? 'yes' : 'no',
          item.status,
          item.justification,
          item.updatedBy,
          item.updatedAt,
        ]);
      }
    }
  }
  return {
    headers: [
      'system_id',
      'system',
      'framework',
      'principle',
      'item',
      'question',
      'applies',
      'status',
      'justification',
      'updated_by',
      'updated_at',
    ],
    rows,
  };
}
