// The inventory as a table to export: the rows the table shows, with every attribute under headings the
// importer recognises in each interface language, so an exported file can be edited and imported back without loss.
import type { SystemRecord } from '../../../shared/model/system';
import { t } from '../../i18n/i18n';
import { INVENTORY_COLUMNS, legalAreasText } from './inventoryColumns';
import type { ExportTable } from './inventoryExport';

/** Columns after the table's own: the attributes the table has no room for. */
const MORE_COLUMNS: readonly { label: () => string; text: (system: SystemRecord) => string }[] = [
  { label: () => t('inventory:column.purpose'), text: (s) => s.purpose },
  { label: () => t('inventory:column.legalAreas'), text: (s) => legalAreasText(s.legalAreas) },
  { label: () => t('inventory:column.hosting'), text: (s) => s.hosting },
  { label: () => t('inventory:column.contact'), text: (s) => s.contact },
  { label: () => t('inventory:column.notes'), text: (s) => s.notes },
];

/** Headings and cells in the interface's language at the time of the export. */
export function inventoryExportTable(systems: readonly SystemRecord[]): ExportTable {
  const customNames = [...new Set(systems.flatMap((s) => Object.keys(s.customFields)))];
  const headers = [...INVENTORY_COLUMNS.map((c) => c.label()), ...MORE_COLUMNS.map((c) => c.label()), ...customNames];
  const rows = systems.map((system) => [
    ...INVENTORY_COLUMNS.map((c) => c.text(system)),
    ...MORE_COLUMNS.map((c) => c.text(system)),
    ...customNames.map((name) => system.customFields[name] ?? ''),
  ]);
  return { headers, rows };
}
