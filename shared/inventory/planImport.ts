// Decides, before anything is written, what an import does with every row (add, update with which fields,
// unchanged, duplicate of an earlier row, or rejected with column and reason): the preview, then the command.
import { SystemAttributes, type SystemRecord } from '../model/system';
import {
  type ColumnTarget,
  type ImportKey,
  type ImportTarget,
  InventoryMapping,
  type TranslatedAttribute,
  attributesWrittenBy,
} from './InventoryMapping';
import { InventoryImportError } from './InventoryImportError';
import { normaliseLabel } from './normaliseLabel';
import { type ProgressOptions, ROWS_PER_SLICE, endOfSlice, throwIfCancelled } from './progress';
import { shorten } from './shorten';
import type { RowProblemCode, Table, TableWarning } from './Table';
import {
  type DescribedText,
  type DescribedValues,
  type Translation,
  translateAutomation,
  translateDataProcessed,
  translateLegalAreas,
  translateProvider,
  translateProviderType,
  translateStage,
  translateUseCategory,
} from './translateValues';

/** What planning needs to know of a system already in the review (engine.systems() gives it). */
export type ExistingSystem = Pick<
  SystemRecord,
  | 'id'
  | 'name'
  | 'organisation'
  | 'country'
  | 'purpose'
  | 'stage'
  | 'providerType'
  | 'providerName'
  | 'useCategory'
  | 'automation'
  | 'dataProcessed'
  | 'legalAreas'
  | 'users'
  | 'hosting'
  | 'contact'
  | 'goLive'
  | 'notes'
> & { customFields?: Readonly<Record<string, string>> };

export interface PlanOptions extends ProgressOptions {
  /** How rows find their system; default: the mapping's remembered key, else the name. */
  key?: ImportKey;
}

/** A reason a row was not imported, as the CLI contract and the UI show it. */
export interface RowError {
  row: number;
  /** The header of the column concerned (or the spreadsheet letter of a cell without one). */
  column: string;
  message: string;
  /** The reason as a code and its data, for the interface to word in its language. */
  code?: RowErrorCode;
  values?: DescribedValues;
}

/** Why planning (or reading the file) rejects a row; `inventory:shared.<code>` words it in the interface. */
export type RowErrorCode =
  'no-name' | 'no-key-value' | 'ambiguous-match' | 'unknown-value' | 'too-long' | 'invalid-value' | RowProblemCode;

/** One field an update changes: an attribute, or `customFields.<name>`. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export type ImportAttributes = SystemAttributes;

export type PlannedRow =
  | { row: number; outcome: 'added'; name: string; attributes: ImportAttributes }
  | { row: number; outcome: 'updated'; name: string; systemId: string; fields: FieldChange[] }
  | { row: number; outcome: 'unchanged'; name: string; systemId: string }
  | { row: number; outcome: 'duplicate'; name: string; firstRow: number }
  | { row: number; outcome: 'rejected'; errors: RowError[] };

export interface PlannedAdd {
  row: number;
  attributes: ImportAttributes;
}

export interface PlannedUpdate {
  row: number;
  systemId: string;
  /** Only the attributes that change; customFields, when present, is the whole merged set. */
  changes: Partial<ImportAttributes>;
}

export interface ImportSummary {
  /** Rows that hold anything, below the header; blank rows are counted apart. */
  rowsRead: number;
  added: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  rejected: number;
  blankRows: number;
  /** Every reason a row was rejected, in row order; a row may have several. */
  errors: RowError[];
}

/** A value no translation knows, with every row it occurs in: the UI offers to translate it once. */
export interface UnknownValue {
  attribute: TranslatedAttribute | 'provider';
  column: string;
  value: string;
  rows: number[];
}

/** How each column of the file is used in this plan. */
export interface ResolvedColumn {
  header: string;
  target: ColumnTarget;
}

/** A warning about the file; the plan's own (mapping-columns-missing) carry their data for the interface. */
export type ImportWarning = TableWarning & { values?: DescribedValues };

export interface ImportPlan {
  key: ImportKey;
  columns: ResolvedColumn[];
  /** One entry per row that holds anything, in file order: added + updated + unchanged + duplicates + rejected. */
  rows: PlannedRow[];
  adds: PlannedAdd[];
  updates: PlannedUpdate[];
  summary: ImportSummary;
  unknownValues: UnknownValue[];
  warnings: ImportWarning[];
}

const TEXT_TARGETS = new Set<ImportTarget>([
  'name',
  'organisation',
  'country',
  'purpose',
  'providerName',
  'users',
  'hosting',
  'contact',
  'goLive',
  'notes',
]);

/** Words for attributes in messages. */
const ATTRIBUTE_WORDS: Record<string, string> = {
  name: 'system name',
  organisation: 'court or body',
  country: 'country',
  purpose: 'purpose',
  providerName: 'provider name',
  users: 'list of users',
  hosting: 'hosting',
  contact: 'contact',
  goLive: 'go-live date',
  notes: 'note',
  customFields: 'custom field',
};

interface Column {
  index: number;
  header: string;
  target: ColumnTarget;
}

export async function planImport(
  table: Table,
  mappingInput: InventoryMapping,
  existingSystems: readonly ExistingSystem[],
  options: PlanOptions = {},
): Promise<ImportPlan> {
  const mapping = InventoryMapping.parse(mappingInput);
  const key = options.key ?? mapping.key ?? 'name';
  const columns = resolveColumns(table, mapping);
  const warnings: ImportWarning[] = [...table.warnings];
  // Sets, not a search per column: a file with thousands of columns must not take minutes here.
  const exactHeaders = new Set(table.headers);
  const looseHeaders = new Set(table.headers.map(normaliseLabel));
  const missing = Object.keys(mapping.columns).filter(
    (header) => !exactHeaders.has(header) && !looseHeaders.has(normaliseLabel(header)),
  );
  if (missing.length > 0) {
    const listed = missing.map((m) => `"${shorten(m, 40)}"`).join(', ');
    warnings.push({
      code: 'mapping-columns-missing',
      message: `The mapping names ${missing.length === 1 ? 'a column' : 'columns'} this file does not have (${listed}); ${missing.length === 1 ? 'it was' : 'they were'} left out.`,
      values: { count: missing.length, columns: listed },
    });
  }
  const keyOf = keyReader(key, columns);
  const existing = indexExisting(existingSystems, key);

  const plan: ImportPlan = {
    key,
    columns: columns.map(({ header, target }) => ({ header, target })),
    rows: [],
    adds: [],
    updates: [],
    summary: {
      rowsRead: table.rows.length,
      added: 0,
      updated: 0,
      unchanged: 0,
      duplicates: 0,
      rejected: 0,
      blankRows: table.blankRows.length,
      errors: [],
    },
    unknownValues: [],
    warnings,
  };
  const unknown = new Map<string, UnknownValue>();
  const firstRowOfKey = new Map<string, number>();

  for (const [position, tableRow] of table.rows.entries()) {
    const row = tableRow.rowNumber;
    const reject = (errors: RowError[]) => {
      plan.rows.push({ row, outcome: 'rejected', errors });
      plan.summary.rejected += 1;
      plan.summary.errors.push(...errors);
    };
    if (position > 0 && position % ROWS_PER_SLICE === 0) await endOfSlice(options, position, table.rows.length);

    if (tableRow.problem) {
      reject([{ row, ...tableRow.problem }]);
      continue;
    }
    const identity = keyOf(tableRow.cells, row);
    if ('error' in identity) {
      reject([identity.error]);
      continue;
    }
    const firstRow = firstRowOfKey.get(identity.key);
    if (firstRow !== undefined) {
      plan.rows.push({ row, outcome: 'duplicate', name: identity.name, firstRow });
      plan.summary.duplicates += 1;
      continue;
    }
    firstRowOfKey.set(identity.key, row);

    const read = readRow(tableRow.cells, row, columns, mapping, unknown);
    if (read.errors.length > 0) {
      reject(read.errors);
      continue;
    }
    const matches = existing.get(identity.key) ?? [];
    if (matches.length > 1) {
      reject([
        {
          row,
          column: identity.column,
          code: 'ambiguous-match',
          values: { count: matches.length, key: keyPhrase(key), value: shorten(identity.shown) },
          message: `${matches.length} systems in the review match this row (${describeKey(key)} "${shorten(identity.shown)}"), so it is not clear which one to update. Nothing from this row was imported. Rename one of them in the review, or import with a key that tells them apart.`,
        },
      ]);
      continue;
    }
    const match = matches[0];
    if (!match) {
      plan.rows.push({ row, outcome: 'added', name: read.attributes.name, attributes: read.attributes });
      plan.adds.push({ row, attributes: read.attributes });
      plan.summary.added += 1;
      continue;
    }
    const { changes, fields } = compare(match, read.attributes);
    if (fields.length === 0) {
      plan.rows.push({ row, outcome: 'unchanged', name: match.name, systemId: match.id });
      plan.summary.unchanged += 1;
    } else {
      plan.rows.push({ row, outcome: 'updated', name: match.name, systemId: match.id, fields });
      plan.updates.push({ row, systemId: match.id, changes });
      plan.summary.updated += 1;
    }
  }
  throwIfCancelled(options);
  options.onProgress?.(table.rows.length, table.rows.length);
  plan.unknownValues = [...unknown.values()];
  return plan;
}

function resolveColumns(table: Table, mapping: InventoryMapping): Column[] {
  const exact = new Map(Object.entries(mapping.columns));
  const loose = new Map(Object.entries(mapping.columns).map(([header, target]) => [normaliseLabel(header), target]));
  const columns = table.headers.map((header, index) => ({
    index,
    header,
    target: exact.get(header) ?? loose.get(normaliseLabel(header)) ?? mapping.unmappedColumns,
  }));
  const writers = new Map<string, string>();
  for (const column of columns) {
    if (column.target === 'custom' || column.target === 'ignore') continue;
    for (const attribute of attributesWrittenBy(column.target)) {
      const other = writers.get(attribute);
      if (other !== undefined) {
        throw new InventoryImportError(
          'invalid-mapping',
          `Both "${other}" and "${column.header}" are mapped to ${column.target === 'provider' ? 'the provider' : attribute}, so one would overwrite the other. Nothing was imported. Map one of them to "custom" or "ignore".`,
        );
      }
      writers.set(attribute, column.header);
    }
  }
  if (!columns.some((column) => column.target === 'name')) {
    const shown = table.headers
      .slice(0, 8)
      .map((h) => `"${shorten(h, 30)}"`)
      .join(', ');
    throw new InventoryImportError(
      'no-header',
      `No column is recognised as the system name (the columns are ${shown}${table.headers.length > 8 ? ', …' : ''}). Nothing was imported. Make sure the first row names the columns, with one called "System name" (or "Nom du système", "Sistemin adı", "Название системы"), or give a mapping that says which column holds the name.`,
    );
  }
  return columns;
}

type Identity = { key: string; name: string; shown: string; column: string } | { error: RowError };

/** Matching ignores case, repeated spaces and Unicode composition, not accents: "Pièces" and "Pieces" differ. */
function matchText(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

function describeKey(key: ImportKey): string {
  if (key === 'name') return 'name';
  if (key === 'name+organisation') return 'name and court';
  return `"${key.column}"`;
}

/** describeKey as a phrase the interface words in its language. */
function keyPhrase(key: ImportKey): DescribedText {
  const message = describeKey(key);
  if (key === 'name') return { code: 'key.name', message };
  if (key === 'name+organisation') return { code: 'key.name-and-court', message };
  return { code: 'key.column', values: { column: key.column }, message };
}

function keyReader(key: ImportKey, columns: readonly Column[]): (cells: readonly string[], row: number) => Identity {
  const nameColumn = columns.find((c) => c.target === 'name');
  if (!nameColumn) throw new Error('resolveColumns guarantees a name column.');
  const organisationColumn = columns.find((c) => c.target === 'organisation');
  const nameOf = (cells: readonly string[]) => (cells[nameColumn.index] ?? '').trim();
  const noName = (row: number): { error: RowError } => ({
    error: {
      row,
      column: nameColumn.header,
      code: 'no-name',
      message:
        'This row has no system name, so it cannot become a system. Nothing from this row was imported. Fill in the name, or delete the row.',
    },
  });

  if (key === 'name' || key === 'name+organisation') {
    if (key === 'name+organisation' && !organisationColumn) {
      throw new InventoryImportError(
        'invalid-mapping',
        'Rows are to be matched by name and court, but no column is mapped to the court or body. Nothing was imported. Map that column, or match by name only.',
      );
    }
    return (cells, row) => {
      const name = nameOf(cells);
      if (name === '') return noName(row);
      if (key === 'name') return { key: matchText(name), name, shown: name, column: nameColumn.header };
      const organisation = organisationColumn ? (cells[organisationColumn.index] ?? '').trim() : '';
      return {
        key: `${matchText(name)}\u0000${matchText(organisation)}`,
        name,
        shown: organisation ? `${name}, ${organisation}` : name,
        column: nameColumn.header,
      };
    };
  }
  const keyColumn =
    columns.find((c) => c.header === key.column) ??
    columns.find((c) => normaliseLabel(c.header) === normaliseLabel(key.column));
  if (!keyColumn) {
    throw new InventoryImportError(
      'invalid-mapping',
      `Rows are to be matched by the column "${key.column}", which this file does not have. Nothing was imported. Choose one of its columns, or match by name.`,
    );
  }
  if (keyColumn.target !== 'custom') {
    throw new InventoryImportError(
      'invalid-mapping',
      `Rows are to be matched by the column "${keyColumn.header}", which must then be kept as a custom field (it is mapped to "${keyColumn.target}"). Nothing was imported. Map it to "custom", or match by ${keyColumn.target === 'name' ? 'name' : 'another column'}.`,
    );
  }
  return (cells, row) => {
    const name = nameOf(cells);
    if (name === '') return noName(row);
    const value = (cells[keyColumn.index] ?? '').trim();
    if (value === '') {
      return {
        error: {
          row,
          column: keyColumn.header,
          code: 'no-key-value',
          values: { column: keyColumn.header },
          message: `This row has nothing in "${keyColumn.header}", the column that identifies systems in this import. Nothing from this row was imported. Fill it in, or import by name.`,
        },
      };
    }
    return { key: matchText(value), name, shown: value, column: keyColumn.header };
  };
}

function indexExisting(systems: readonly ExistingSystem[], key: ImportKey): Map<string, ExistingSystem[]> {
  const index = new Map<string, ExistingSystem[]>();
  for (const system of systems) {
    let systemKey: string | undefined;
    if (key === 'name') systemKey = matchText(system.name);
    else if (key === 'name+organisation')
      systemKey = `${matchText(system.name)}\u0000${matchText(system.organisation)}`;
    else {
      const value = customField(system.customFields, key.column);
      systemKey = value === undefined || value.trim() === '' ? undefined : matchText(value);
    }
    if (systemKey === undefined) continue;
    const list = index.get(systemKey);
    if (list) list.push(system);
    else index.set(systemKey, [system]);
  }
  return index;
}

/** A custom field by name, ignoring case and punctuation, as column headers are matched. */
function customField(fields: Readonly<Record<string, string>> | undefined, name: string): string | undefined {
  if (!fields) return undefined;
  if (name in fields) return fields[name];
  const wanted = normaliseLabel(name);
  for (const [field, value] of Object.entries(fields)) if (normaliseLabel(field) === wanted) return value;
  return undefined;
}

interface ReadRow {
  attributes: ImportAttributes;
  errors: RowError[];
}

function readRow(
  cells: readonly string[],
  row: number,
  columns: readonly Column[],
  mapping: InventoryMapping,
  unknown: Map<string, UnknownValue>,
): ReadRow {
  const attributes: Record<string, unknown> = {};
  const custom: Record<string, string> = {};
  const errors: RowError[] = [];
  const columnOfAttribute = new Map<string, string>();

  const take = <T>(column: Column, text: string, translation: Translation<T>, apply: (value: T) => void) => {
    if (translation.kind === 'value') apply(translation.value);
    else if (translation.kind === 'unknown') {
      errors.push({
        row,
        column: column.header,
        code: 'unknown-value',
        values: translation.values,
        message: `${translation.message} Nothing from this row was imported.`,
      });
      const attribute = column.target as UnknownValue['attribute'];
      const id = `${attribute}\u0000${column.header}\u0000${normaliseLabel(text)}`;
      const seen = unknown.get(id);
      if (seen) seen.rows.push(row);
      else unknown.set(id, { attribute, column: column.header, value: text, rows: [row] });
    }
  };

  for (const column of columns) {
    const text = (cells[column.index] ?? '').trim();
    // An empty cell states nothing: it never erases what the review already knows.
    if (text === '' || column.target === 'ignore') continue;
    const target = column.target;
    if (target === 'custom') {
      custom[column.header] = text;
      columnOfAttribute.set(`customFields.${column.header}`, column.header);
      continue;
    }
    for (const attribute of attributesWrittenBy(target)) columnOfAttribute.set(attribute, column.header);
    if (TEXT_TARGETS.has(target)) {
      attributes[target] = text;
      continue;
    }
    const values = mapping.values;
    switch (target) {
      case 'stage':
        take(column, text, translateStage(text, values), (v) => (attributes.stage = v));
        break;
      case 'useCategory':
        take(column, text, translateUseCategory(text, values), (v) => (attributes.useCategory = v));
        break;
      case 'automation':
        take(column, text, translateAutomation(text, values), (v) => (attributes.automation = v));
        break;
      case 'providerType':
        take(column, text, translateProviderType(text, values), (v) => (attributes.providerType = v));
        break;
      case 'provider':
        take(column, text, translateProvider(text, values), (v) => {
          attributes.providerType = v.providerType;
          attributes.providerName = v.providerName;
        });
        break;
      case 'dataProcessed':
        take(column, text, translateDataProcessed(text, values), (v) => (attributes.dataProcessed = v));
        break;
      case 'legalAreas':
        take(column, text, translateLegalAreas(text, values), (v) => (attributes.legalAreas = v));
        break;
    }
  }
  if (Object.keys(custom).length > 0) attributes.customFields = custom;

  const parsed = SystemAttributes.safeParse(attributes);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [attribute, field] = issue.path.map(String);
      const path = attribute === 'customFields' && field !== undefined ? `customFields.${field}` : (attribute ?? '');
      const header = columnOfAttribute.get(path) ?? columnOfAttribute.get(attribute ?? '') ?? '';
      errors.push({ row, column: header, ...issueMessage(issue, header, attribute ?? '', attributes, field) });
    }
  }
  return { attributes: parsed.success ? parsed.data : { name: '' }, errors };
}

function issueMessage(
  issue: { code: string; message: string; maximum?: unknown },
  header: string,
  attribute: string,
  attributes: Record<string, unknown>,
  field: string | undefined,
): Pick<RowError, 'message' | 'code' | 'values'> {
  const value =
    attribute === 'customFields' && field !== undefined
      ? (attributes.customFields as Record<string, string> | undefined)?.[field]
      : attributes[attribute];
  if (issue.code === 'too_big' && typeof value === 'string' && typeof issue.maximum === 'number') {
    const what = ATTRIBUTE_WORDS[attribute] ?? attribute;
    const phrase = {
      message: `a ${what}`,
      ...(Object.hasOwn(ATTRIBUTE_WORDS, attribute) ? { code: `attribute.${attribute}` } : {}),
    };
    return {
      code: 'too-long',
      values: { column: header, length: value.length, what: phrase, maximum: issue.maximum },
      message: `"${header}" holds ${thousands(value.length)} characters, but a ${what} may have at most ${thousands(issue.maximum)}. Nothing from this row was imported, and nothing was cut: shorten the text in the file and import again.`,
    };
  }
  // The reason is zod's English sentence: the interface words the rest and shows the reason as it is.
  return {
    code: 'invalid-value',
    values: { reason: issue.message, column: header },
    message: `${issue.message} ("${header}") Nothing from this row was imported; correct the value in the file and import again.`,
  };
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function compare(
  system: ExistingSystem,
  attributes: ImportAttributes,
): { changes: Partial<ImportAttributes>; fields: FieldChange[] } {
  const changes: Record<string, unknown> = {};
  const fields: FieldChange[] = [];
  for (const [attribute, after] of Object.entries(attributes)) {
    if (attribute === 'customFields' || after === undefined) continue;
    const before: unknown = system[attribute as keyof ExistingSystem];
    if (JSON.stringify(before ?? null) !== JSON.stringify(after)) {
      changes[attribute] = after;
      fields.push({ field: attribute, before: before ?? null, after });
    }
  }
  const imported = attributes.customFields ?? {};
  const current = system.customFields ?? {};
  const merged: Record<string, string> = { ...current };
  let customChanged = false;
  for (const [name, after] of Object.entries(imported)) {
    // Keep the spelling the review already uses when only the case of the heading changed.
    const existingName = Object.keys(current).find((n) => normaliseLabel(n) === normaliseLabel(name)) ?? name;
    const before = current[existingName];
    if (before !== after) {
      merged[existingName] = after;
      fields.push({ field: `customFields.${existingName}`, before: before ?? null, after });
      customChanged = true;
    }
  }
  if (customChanged) changes.customFields = merged;
  return { changes: changes as Partial<ImportAttributes>, fields };
}
