// A first mapping from the header names alone, for the person to confirm or correct: each column gets
// the attribute its name says, or is kept as a custom field, so no column is dropped by default.
import { recogniseColumn } from './columnNames';
import { type ColumnTarget, type InventoryMapping, attributesWrittenBy } from './InventoryMapping';

export function guessMapping(headers: readonly string[]): InventoryMapping {
  const columns: Record<string, ColumnTarget> = {};
  const written = new Set<string>();
  for (const header of headers) {
    const target = recogniseColumn(header);
    if (target === 'ignore') {
      columns[header] = 'ignore';
      continue;
    }
    // The first column that names an attribute feeds it; a second one ("Notes" twice) is kept aside.
    if (target && attributesWrittenBy(target).every((attribute) => !written.has(attribute))) {
      columns[header] = target;
      for (const attribute of attributesWrittenBy(target)) written.add(attribute);
    } else {
      columns[header] = 'custom';
    }
  }
  return { columns, unmappedColumns: 'custom', values: {} };
}
