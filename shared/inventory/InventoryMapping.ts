// The column mapping of an import (column → attribute, value translations, the key that finds systems on
// re-import): plain JSON, so the CLI reads it from --mapping and the app remembers it between imports.
import { z } from 'zod';
import { AutomationLevel, DataKind, LegalArea, ProviderType, SystemStage, UseCategory } from '../model/system';
import { InventoryImportError } from './InventoryImportError';
import { normaliseLabel } from './normaliseLabel';

/**
 * What a column can feed. `provider` is a combined column ("In-house", "Vendor: SpeechCo") that sets
 * both the provider type and its name; the others are the SystemAttributes of the same name.
 */
export const IMPORT_TARGETS = [
  'name',
  'organisation',
  'country',
  'purpose',
  'stage',
  'provider',
  'providerType',
  'providerName',
  'useCategory',
  'automation',
  'dataProcessed',
  'legalAreas',
  'users',
  'hosting',
  'contact',
  'goLive',
  'notes',
] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

/** An attribute, or `custom` (kept as a custom field named after the column), or `ignore`. */
export const ColumnTarget = z.enum([...IMPORT_TARGETS, 'custom', 'ignore']);
export type ColumnTarget = z.infer<typeof ColumnTarget>;

/** Attributes whose values are translated from the file's words; each override maps a value as written to ours. */
export const ValueTranslations = z
  .object({
    stage: z.record(z.string(), SystemStage.nullable()),
    /** Used by both `provider` and `providerType` columns. */
    providerType: z.record(z.string(), ProviderType.nullable()),
    useCategory: z.record(z.string(), UseCategory.nullable()),
    automation: z.record(z.string(), AutomationLevel.nullable()),
    dataProcessed: z.record(z.string(), z.array(DataKind).nullable()),
    legalAreas: z.record(z.string(), z.array(LegalArea).nullable()),
  })
  .partial()
  .strict();
export type ValueTranslations = z.infer<typeof ValueTranslations>;
export type TranslatedAttribute = keyof ValueTranslations;

/**
 * How rows are matched with systems already in the review: by name, by name and organisation, or by
 * a column the court uses as an identifier (an asset number), kept as a custom field.
 */
export const ImportKey = z.union([
  z.literal('name'),
  z.literal('name+organisation'),
  z.object({ column: z.string().trim().min(1) }).strict(),
]);
export type ImportKey = z.infer<typeof ImportKey>;

export const InventoryMapping = z
  .object({
    /** Column header as written in the file → what it feeds. Headers match ignoring case, accents and punctuation. */
    columns: z.record(z.string(), ColumnTarget).default({}),
    /** What happens to a column the mapping does not name: kept as a custom field, or left out. */
    unmappedColumns: z.enum(['custom', 'ignore']).default('custom'),
    /** Value translations that take precedence over the built-in vocabulary. */
    values: ValueTranslations.default({}),
    /** Remembered with the mapping; the caller's choice wins when it gives one. */
    key: ImportKey.optional(),
  })
  .strict();
export type InventoryMapping = z.infer<typeof InventoryMapping>;

/** Attributes a target writes, for detecting two columns that would write the same attribute. */
export function attributesWrittenBy(target: ImportTarget): readonly string[] {
  return target === 'provider' ? ['providerType', 'providerName'] : [target];
}

/**
 * Parses a mapping from JSON text (a --mapping file, or one the app stored). Errors name the
 * offending entry so the person can fix the file.
 */
export function parseInventoryMapping(json: string, shownName = 'The mapping'): InventoryMapping {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new InventoryImportError(
      'invalid-mapping',
      `${shownName} is not valid JSON (${error instanceof Error ? error.message : String(error)}). Nothing was imported. Fix the file, or leave the mapping out to let Charter Review recognise the columns.`,
    );
  }
  const parsed = InventoryMapping.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new InventoryImportError(
      'invalid-mapping',
      `${shownName} is not a column mapping${where}: ${issue?.message ?? 'unexpected content'}. Nothing was imported. Targets are ${ColumnTarget.options.join(', ')}.`,
    );
  }
  return parsed.data;
}

/**
 * Lays a person's choices over a guessed mapping: their columns win, and a guessed column that would
 * write an attribute they assigned elsewhere becomes a custom field, so its data is still kept.
 */
export function mergeMappings(guessed: InventoryMapping, override: Partial<InventoryMapping>): InventoryMapping {
  const overrideColumns = override.columns ?? {};
  const overrideKeys = new Set(Object.keys(overrideColumns).map(normaliseLabel));
  const claimed = new Set(
    Object.values(overrideColumns).flatMap((target) =>
      target === 'custom' || target === 'ignore' ? [] : attributesWrittenBy(target),
    ),
  );
  const columns: Record<string, ColumnTarget> = {};
  for (const [header, target] of Object.entries(guessed.columns)) {
    if (overrideKeys.has(normaliseLabel(header))) continue;
    const clashes =
      target !== 'custom' && target !== 'ignore' && attributesWrittenBy(target).some((a) => claimed.has(a));
    columns[header] = clashes ? 'custom' : target;
  }
  Object.assign(columns, overrideColumns);
  const values: ValueTranslations = { ...guessed.values };
  for (const [attribute, translations] of Object.entries(override.values ?? {}) as [
    TranslatedAttribute,
    Record<string, unknown>,
  ][]) {
    Object.assign((values[attribute] ??= {}), translations);
  }
  const key = override.key ?? guessed.key;
  return {
    columns,
    unmappedColumns: override.unmappedColumns ?? guessed.unmappedColumns,
    values,
    ...(key === undefined ? {} : { key }),
  };
}
