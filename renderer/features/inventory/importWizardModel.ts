// The import wizard's decisions as pure functions: what each target is called, how choosing a target or a
// value translation changes the mapping, and how the preview's rows read in the table and its CSV report.
import { type ColumnTarget, type InventoryMapping, type UnknownValue, writeCsv } from '../../../shared/inventory';
import { type TranslatedAttribute, attributesWrittenBy } from '../../../shared/inventory/InventoryMapping';
import { normaliseLabel } from '../../../shared/inventory/normaliseLabel';
import {
  AUTOMATION_LEVELS,
  DATA_KINDS,
  LEGAL_AREAS,
  PROVIDER_TYPES,
  SYSTEM_STAGES,
  USE_CATEGORIES,
} from '../../../shared/model/system';
import { AUTOMATION_LABELS, DATA_KIND_LABELS, STAGE_LABELS, USE_CATEGORY_LABELS } from './inventoryColumns';
import type { PreviewRow } from './InventoryImportSession';

/** Every target in the order the mapping list offers them, with the words a person chooses by. */
export const TARGET_CHOICES: readonly { target: ColumnTarget; label: string }[] = [
  { target: 'name', label: 'System name' },
  { target: 'organisation', label: 'Organisation (court or body)' },
  { target: 'country', label: 'Country' },
  { target: 'purpose', label: 'Purpose' },
  { target: 'stage', label: 'Stage' },
  { target: 'provider', label: 'Provider (kind and name)' },
  { target: 'providerType', label: 'Provider kind (in-house or vendor)' },
  { target: 'providerName', label: 'Provider name' },
  { target: 'useCategory', label: 'Appendix II use category' },
  { target: 'automation', label: 'Level of automation' },
  { target: 'dataProcessed', label: 'Data processed' },
  { target: 'legalAreas', label: 'Legal areas' },
  { target: 'users', label: 'Users' },
  { target: 'hosting', label: 'Hosting' },
  { target: 'contact', label: 'Contact' },
  { target: 'goLive', label: 'Go-live date' },
  { target: 'notes', label: 'Notes' },
  { target: 'custom', label: 'Keep as custom field' },
  { target: 'ignore', label: 'Ignore' },
];

export function targetLabel(target: ColumnTarget): string {
  return TARGET_CHOICES.find((choice) => choice.target === target)?.label ?? target;
}

/** The target a column has under a mapping, matching headers as the importer does. */
export function targetOf(mapping: InventoryMapping, header: string): ColumnTarget {
  const exact = mapping.columns[header];
  if (exact !== undefined) return exact;
  const wanted = normaliseLabel(header);
  const loose = Object.entries(mapping.columns).find(([written]) => normaliseLabel(written) === wanted);
  return loose?.[1] ?? mapping.unmappedColumns;
}

/**
 * Points a column at a target. A column that fed the same attribute is kept as a custom field instead, so
 * the choice never leaves two columns writing one attribute and no data is dropped.
 */
export function assignColumn(
  mapping: InventoryMapping,
  headers: readonly string[],
  header: string,
  target: ColumnTarget,
): InventoryMapping {
  const columns: Record<string, ColumnTarget> = {};
  const claimed = target === 'custom' || target === 'ignore' ? [] : attributesWrittenBy(target);
  for (const other of headers) {
    const current = targetOf(mapping, other);
    if (other === header) columns[other] = target;
    else if (
      current !== 'custom' &&
      current !== 'ignore' &&
      attributesWrittenBy(current).some((a) => claimed.includes(a))
    ) {
      columns[other] = 'custom';
    } else columns[other] = current;
  }
  const next: InventoryMapping = { ...mapping, columns };
  // A key column must stay a custom field; if it no longer is, rows are matched by name again.
  if (typeof next.key === 'object' && targetOf(next, next.key.column) !== 'custom') next.key = 'name';
  if (next.key === 'name+organisation' && !headers.some((h) => targetOf(next, h) === 'organisation')) next.key = 'name';
  return next;
}

/** Where a translation for an unknown value is kept in the mapping. */
export function translationAttribute(unknown: Pick<UnknownValue, 'attribute'>): TranslatedAttribute {
  return unknown.attribute === 'provider' ? 'providerType' : unknown.attribute;
}

/** The meanings a person can give a value; each `value` is the JSON of what the mapping stores. */
export function translationChoices(attribute: TranslatedAttribute): { value: string; label: string }[] {
  const one = <T extends string>(values: readonly T[], label: (v: T) => string) =>
    values.map((v) => ({ value: JSON.stringify(v), label: label(v) }));
  const notStated = { value: 'null', label: 'Leave empty (not stated)' };
  switch (attribute) {
    case 'stage':
      return [...one(SYSTEM_STAGES, (v) => STAGE_LABELS[v]), notStated];
    case 'providerType':
      return [...one(PROVIDER_TYPES, (v) => (v === 'in_house' ? 'In-house' : 'Vendor')), notStated];
    case 'useCategory':
      return [...one(USE_CATEGORIES, (v) => USE_CATEGORY_LABELS[v]), notStated];
    case 'automation':
      return [...one(AUTOMATION_LEVELS, (v) => AUTOMATION_LABELS[v]), notStated];
    case 'dataProcessed':
      return [
        { value: '[]', label: 'None of these kinds' },
        // Every other kind is personal data too (GDPR Articles 9 and 10), as the importer reads it.
        ...DATA_KINDS.map((kind) => ({
          value: JSON.stringify(kind === 'personal' ? ['personal'] : ['personal', kind]),
          label: DATA_KIND_LABELS[kind],
        })),
        notStated,
      ];
    case 'legalAreas':
      return [
        { value: '[]', label: 'None' },
        ...LEGAL_AREAS.map((area) => ({
          value: JSON.stringify([area]),
          label: area[0]?.toUpperCase() + area.slice(1),
        })),
        notStated,
      ];
  }
}

/** The JSON of the translation the mapping holds for this value, '' when there is none. */
export function currentTranslation(mapping: InventoryMapping, unknown: UnknownValue): string {
  const translations = mapping.values[translationAttribute(unknown)] as Record<string, unknown> | undefined;
  if (!translations) return '';
  const wanted = normaliseLabel(unknown.value);
  const found = Object.entries(translations).find(([written]) => normaliseLabel(written) === wanted);
  return found === undefined ? '' : JSON.stringify(found[1]);
}

/** Sets (or with '' removes) the translation of one value. */
export function setTranslation(mapping: InventoryMapping, unknown: UnknownValue, json: string): InventoryMapping {
  const attribute = translationAttribute(unknown);
  const wanted = normaliseLabel(unknown.value);
  const translations = Object.fromEntries(
    Object.entries((mapping.values[attribute] ?? {}) as Record<string, unknown>).filter(
      ([written]) => normaliseLabel(written) !== wanted,
    ),
  );
  if (json !== '') translations[unknown.value] = JSON.parse(json) as unknown;
  return { ...mapping, values: { ...mapping.values, [attribute]: translations } };
}

/** Unknown values met so far in this file, so a value stays listed (with its choice) once translated. */
export function mergeUnknownValues(seen: readonly UnknownValue[], latest: readonly UnknownValue[]): UnknownValue[] {
  const id = (u: UnknownValue) => `${u.attribute}\u0000${u.column}\u0000${normaliseLabel(u.value)}`;
  const merged = new Map(seen.map((u) => [id(u), u]));
  for (const unknown of latest) merged.set(id(unknown), unknown);
  return [...merged.values()];
}

export const OUTCOME_LABELS: Record<PreviewRow['outcome'], string> = {
  added: 'To add',
  updated: 'To update',
  unchanged: 'Unchanged',
  duplicate: 'Duplicate',
  rejected: 'Rejected',
};

/** One line of the preview table: a row, or one reason a row was rejected. */
export interface PreviewLine {
  key: string;
  row: number;
  outcome: PreviewRow['outcome'];
  system: string;
  column: string;
  details: string;
}

const FIELD_LABELS: Record<string, string> = Object.fromEntries(
  TARGET_CHOICES.map((choice) => [choice.target, choice.label]),
);

function shownValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'not stated';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  return String(value);
}

export function previewLines(rows: readonly PreviewRow[]): PreviewLine[] {
  return rows.flatMap((row): PreviewLine[] => {
    switch (row.outcome) {
      case 'added':
        return [
          {
            key: `${row.row}`,
            row: row.row,
            outcome: row.outcome,
            system: row.name,
            column: '',
            details: 'New system',
          },
        ];
      case 'unchanged':
        return [
          {
            key: `${row.row}`,
            row: row.row,
            outcome: row.outcome,
            system: row.name,
            column: '',
            details: 'Already in the review as written',
          },
        ];
      case 'duplicate':
        return [
          {
            key: `${row.row}`,
            row: row.row,
            outcome: row.outcome,
            system: row.name,
            column: '',
            details: `The same system as row ${row.firstRow}; this row is skipped`,
          },
        ];
      case 'updated':
        return [
          {
            key: `${row.row}`,
            row: row.row,
            outcome: row.outcome,
            system: row.name,
            column: '',
            details: row.fields
              .map((change) => {
                const field = change.field.startsWith('customFields.')
                  ? change.field.slice('customFields.'.length)
                  : (FIELD_LABELS[change.field] ?? change.field);
                return `${field}: ${shownValue(change.before)} → ${shownValue(change.after)}`;
              })
              .join('; '),
          },
        ];
      case 'rejected':
        return row.errors.map((error, index) => ({
          key: `${row.row}.${index}`,
          row: row.row,
          outcome: row.outcome,
          system: '',
          column: error.column,
          details: error.message,
        }));
    }
  });
}

/** The row report a person can keep or send back to whoever keeps the spreadsheet: UTF-8 CSV with a BOM. */
export function previewReportCsv(lines: readonly PreviewLine[]): Uint8Array {
  const rows = [
    ['Row', 'Outcome', 'System', 'Column', 'Details'],
    ...lines.map((line) => [String(line.row), OUTCOME_LABELS[line.outcome], line.system, line.column, line.details]),
  ];
  return new TextEncoder().encode(writeCsv(rows, { bom: true, escapeFormulae: true }));
}
