// The import wizard's decisions as pure functions: what each target is called, how choosing a target or a
// value translation changes the mapping, and how the preview's rows read in the table and its CSV report.
import { ColumnTarget, type InventoryMapping, type UnknownValue, writeCsv } from '../../../shared/inventory';
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
import { t } from '../../i18n/i18n';
import { sharedText } from '../../i18n/sharedText';
import { automationLabel, categoryLabel, dataKindLabel, legalAreaLabel, stageLabel } from './inventoryColumns';
import type { PreviewRow } from './InventoryImportSession';

/** Every target in the order the mapping list offers them; targetLabel gives the words a person chooses by. */
export const TARGETS: readonly ColumnTarget[] = ColumnTarget.options;

export function targetLabel(target: ColumnTarget): string {
  return t(`inventory:target.${target}`);
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
  const notStated = { value: 'null', label: t('inventory:translation.leaveEmpty') };
  switch (attribute) {
    case 'stage':
      return [...one(SYSTEM_STAGES, stageLabel), notStated];
    case 'providerType':
      return [
        ...one(PROVIDER_TYPES, (v) => t(v === 'in_house' ? 'inventory:provider.inHouse' : 'inventory:provider.vendor')),
        notStated,
      ];
    case 'useCategory':
      return [...one(USE_CATEGORIES, categoryLabel), notStated];
    case 'automation':
      return [...one(AUTOMATION_LEVELS, automationLabel), notStated];
    case 'dataProcessed':
      return [
        { value: '[]', label: t('inventory:translation.noKindOfData') },
        // Every other kind is personal data too (GDPR Articles 9 and 10), as the importer reads it.
        ...DATA_KINDS.map((kind) => ({
          value: JSON.stringify(kind === 'personal' ? ['personal'] : ['personal', kind]),
          label: dataKindLabel(kind),
        })),
        notStated,
      ];
    case 'legalAreas':
      return [
        { value: '[]', label: t('inventory:value.noLegalArea') },
        ...LEGAL_AREAS.map((area) => ({ value: JSON.stringify([area]), label: legalAreaLabel(area) })),
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

export function outcomeLabel(outcome: PreviewRow['outcome']): string {
  return t(`inventory:outcome.${outcome}`);
}

/** One line of the preview table: a row, or one reason a row was rejected. */
export interface PreviewLine {
  key: string;
  row: number;
  outcome: PreviewRow['outcome'];
  system: string;
  column: string;
  details: string;
}

/** A changed attribute's name: a target's label, or a custom field's own heading. */
function fieldLabel(field: string): string {
  if (field.startsWith('customFields.')) return field.slice('customFields.'.length);
  const target = TARGETS.find((candidate) => candidate === field);
  return target ? targetLabel(target) : field;
}

function shownValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return t('inventory:preview.notStated');
  if (Array.isArray(value)) return value.length === 0 ? t('inventory:preview.none') : value.join(', ');
  return String(value);
}

/** The lines of the preview in the interface's language at the time: built again when it changes. */
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
            details: t('inventory:preview.newSystem'),
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
            details: t('inventory:preview.unchanged'),
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
            details: t('inventory:preview.duplicate', { row: row.firstRow }),
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
              .map((change) =>
                t('inventory:preview.change', {
                  field: fieldLabel(change.field),
                  before: shownValue(change.before),
                  after: shownValue(change.after),
                }),
              )
              .join(t('inventory:preview.changeSeparator')),
          },
        ];
      case 'rejected':
        return row.errors.map((error, index) => ({
          key: `${row.row}.${index}`,
          row: row.row,
          outcome: row.outcome,
          system: '',
          column: error.column,
          details: sharedText('inventory', error),
        }));
    }
  });
}

/** The row report a person can keep or send back to whoever keeps the spreadsheet: UTF-8 CSV with a BOM. */
export function previewReportCsv(lines: readonly PreviewLine[]): Uint8Array {
  const rows = [
    [
      t('inventory:preview.header.row'),
      t('inventory:preview.header.outcome'),
      t('inventory:preview.header.system'),
      t('inventory:preview.header.column'),
      t('inventory:preview.header.details'),
    ],
    ...lines.map((line) => [String(line.row), outcomeLabel(line.outcome), line.system, line.column, line.details]),
  ];
  return new TextEncoder().encode(writeCsv(rows, { bom: true, escapeFormulae: true }));
}
