// The inventory table's columns: how each attribute is shown, sorted, edited and exported. Plain data and
// functions, shared by the table, the filters and the CSV/XLSX export so all three say the same thing.
import { builtInFramework } from '../../../shared/frameworks/builtIn';
import { translateProvider } from '../../../shared/inventory/translateValues';
import {
  AUTOMATION_LEVELS,
  DATA_KINDS,
  LEGAL_AREAS,
  SYSTEM_STAGES,
  USE_CATEGORIES,
  type SystemAttributes,
  type SystemRecord,
} from '../../../shared/model/system';
import { currentLanguage, t } from '../../i18n/i18n';
import { contentLanguage } from '../../i18n/languages';

type Stage = (typeof SYSTEM_STAGES)[number];
type UseCategory = (typeof USE_CATEGORIES)[number];
type Automation = (typeof AUTOMATION_LEVELS)[number];
type DataKind = (typeof DATA_KINDS)[number];
type LegalArea = (typeof LEGAL_AREAS)[number];

// Short names for the fixed choices, in the interface's language and translated each time they are read, so
// a screen shows the words of the language chosen now. The importer recognises them in English, French and
// Azerbaijani too, so an exported inventory reads back unchanged.
export function stageLabel(stage: Stage): string {
  return t(`inventory:stage.${stage}`);
}
export function categoryLabel(category: UseCategory): string {
  return t(`inventory:useCategory.${category}`);
}
export function automationLabel(automation: Automation): string {
  return t(`inventory:automation.${automation}`);
}
export function dataKindLabel(kind: DataKind): string {
  return t(`inventory:dataKind.${kind}`);
}
export function legalAreaLabel(area: LegalArea): string {
  return t(`inventory:legalArea.${area}`);
}

/** The labels by value, for screens that look a value up (exported views): each read translates, as the functions do. */
function labelsOf<T extends string>(values: readonly T[], label: (value: T) => string): Readonly<Record<T, string>> {
  const labels = {} as Record<T, string>;
  for (const value of values) Object.defineProperty(labels, value, { get: () => label(value), enumerable: true });
  return labels;
}
export const STAGE_LABELS = labelsOf(SYSTEM_STAGES, stageLabel);
export const USE_CATEGORY_LABELS = labelsOf(USE_CATEGORIES, categoryLabel);

/** The Charter's own wording of an Appendix II group, in the checklist content's language (Azerbaijani: English). */
export function categoryTitle(category: UseCategory): string {
  const group = builtInFramework('cepej-charter-2018')?.useCategories?.find((c) => c.id === category);
  return group ? group.title[contentLanguage(currentLanguage())] : categoryLabel(category);
}

export function providerText(system: Pick<SystemRecord, 'providerType' | 'providerName'>): string {
  const name = system.providerName.trim();
  if (system.providerType === 'in_house')
    return name ? t('inventory:provider.inHouseNamed', { name }) : t('inventory:provider.inHouse');
  if (system.providerType === 'vendor')
    return name ? t('inventory:provider.vendorNamed', { name }) : t('inventory:provider.vendor');
  return name;
}

export function dataProcessedText(kinds: readonly DataKind[] | null): string {
  if (kinds === null) return '';
  if (kinds.length === 0) return t('inventory:value.noData');
  return DATA_KINDS.filter((kind) => kinds.includes(kind))
    .map(dataKindLabel)
    .join(', ');
}

export function legalAreasText(areas: readonly LegalArea[] | null): string {
  if (areas === null) return '';
  if (areas.length === 0) return t('inventory:value.noLegalArea');
  return LEGAL_AREAS.filter((area) => areas.includes(area))
    .map(legalAreaLabel)
    .join(', ');
}

export type ColumnId =
  | 'name'
  | 'organisation'
  | 'country'
  | 'stage'
  | 'provider'
  | 'useCategory'
  | 'automation'
  | 'dataProcessed'
  | 'users'
  | 'goLive';

/** How a cell is changed in place. */
export type CellEditor =
  | { kind: 'text'; maxLength: number; required?: boolean; toChanges: (text: string) => Partial<SystemAttributes> }
  | {
      kind: 'choice';
      /** The choices, worded in the interface's language when the editor opens. */
      options: () => readonly { value: string; label: string }[];
      toChanges: (value: string) => Partial<SystemAttributes>;
    }
  | { kind: 'category' }
  | { kind: 'dataKinds' };

export interface InventoryColumn {
  id: ColumnId;
  /** The heading, in the interface's language at the time it is asked for. */
  label: () => string;
  /** Width in the table, in pixels; the table scrolls sideways on a narrow window. */
  width: number;
  /** The cell's text, as shown, searched and exported. */
  text: (system: SystemRecord) => string;
  /** What the column sorts by, when that is not its text (stages in lifecycle order). */
  sortValue?: (system: SystemRecord) => number | string;
  /** The text's value as it stands, put into the editor when editing starts. */
  editor: CellEditor;
}

/** Choices for an enum attribute, with "not stated" first so a value can be withdrawn. */
function choices<T extends string>(values: readonly T[], label: (value: T) => string) {
  return (): { value: string; label: string }[] => [
    { value: '', label: t('inventory:value.notStated') },
    ...values.map((value) => ({ value, label: label(value) })),
  ];
}

const orderOf = <T extends string>(values: readonly T[], value: T | null) =>
  value === null ? values.length : values.indexOf(value);

const textColumn = (
  id: 'name' | 'organisation' | 'country' | 'users' | 'goLive',
  width: number,
  maxLength: number,
): InventoryColumn => ({
  id,
  label: () => t(`inventory:column.${id}`),
  width,
  text: (system) => system[id],
  editor: {
    kind: 'text',
    maxLength,
    ...(id === 'name' ? { required: true } : {}),
    toChanges: (text) => ({ [id]: text.trim() }),
  },
});

export const INVENTORY_COLUMNS: readonly InventoryColumn[] = [
  textColumn('name', 260, 300),
  textColumn('organisation', 220, 300),
  textColumn('country', 90, 100),
  {
    id: 'stage',
    label: () => t('inventory:column.stage'),
    width: 120,
    text: (system) => (system.stage ? stageLabel(system.stage) : ''),
    sortValue: (system) => orderOf(SYSTEM_STAGES, system.stage),
    editor: {
      kind: 'choice',
      options: choices(SYSTEM_STAGES, stageLabel),
      toChanges: (value) => ({ stage: value === '' ? null : (value as Stage) }),
    },
  },
  {
    id: 'provider',
    label: () => t('inventory:column.provider'),
    width: 200,
    text: providerText,
    editor: {
      kind: 'text',
      maxLength: 320,
      // The importer's reading of a provider cell: "In-house", "Vendor: SpeechCo", "Éditeur : SpeechCo", or a
      // supplier's name.
      toChanges: (text) => {
        const read = translateProvider(text, {});
        return read.kind === 'value'
          ? { providerType: read.value.providerType, providerName: read.value.providerName }
          : { providerType: null, providerName: '' };
      },
    },
  },
  {
    id: 'useCategory',
    label: () => t('inventory:column.useCategory'),
    width: 180,
    text: (system) => (system.useCategory ? categoryLabel(system.useCategory) : ''),
    sortValue: (system) => orderOf(USE_CATEGORIES, system.useCategory),
    editor: { kind: 'category' },
  },
  {
    id: 'automation',
    label: () => t('inventory:column.automation'),
    width: 150,
    text: (system) => (system.automation ? automationLabel(system.automation) : ''),
    sortValue: (system) => orderOf(AUTOMATION_LEVELS, system.automation),
    editor: {
      kind: 'choice',
      options: choices(AUTOMATION_LEVELS, automationLabel),
      toChanges: (value) => ({ automation: value === '' ? null : (value as Automation) }),
    },
  },
  {
    id: 'dataProcessed',
    label: () => t('inventory:column.dataProcessed'),
    width: 190,
    text: (system) => dataProcessedText(system.dataProcessed),
    editor: { kind: 'dataKinds' },
  },
  textColumn('users', 180, 1000),
  textColumn('goLive', 100, 40),
];

export function columnById(id: ColumnId): InventoryColumn {
  const column = INVENTORY_COLUMNS.find((c) => c.id === id);
  // The ids are a closed union over the list above, so every id has its column.
  // i18n-exempt: a programming error, never shown
  if (!column) throw new Error(`Unknown inventory column ${id}`);
  return column;
}

/** The attributes a duplicate copies: everything a person entered, not the record's identity or history. */
export function copyAttributes(system: SystemRecord): SystemAttributes {
  return {
    name: t('inventory:value.copyName', { name: system.name }).slice(0, 300),
    organisation: system.organisation,
    country: system.country,
    purpose: system.purpose,
    stage: system.stage,
    providerType: system.providerType,
    providerName: system.providerName,
    useCategory: system.useCategory,
    automation: system.automation,
    dataProcessed: system.dataProcessed,
    legalAreas: system.legalAreas,
    users: system.users,
    hosting: system.hosting,
    contact: system.contact,
    goLive: system.goLive,
    notes: system.notes,
    customFields: system.customFields,
  };
}
