// The inventory table's columns: how each attribute is shown, sorted, edited and exported. Plain data and
// functions, shared by the table, the filters and the CSV/XLSX export so all three say the same thing.
import { builtInFramework } from '../../../shared/frameworks/builtIn';
import { translateProvider } from '../../../shared/inventory/translateValues';
import {
  AUTOMATION_LEVELS,
  DATA_KINDS,
  SYSTEM_STAGES,
  USE_CATEGORIES,
  type SystemAttributes,
  type SystemRecord,
} from '../../../shared/model/system';

type Stage = (typeof SYSTEM_STAGES)[number];
type UseCategory = (typeof USE_CATEGORIES)[number];
type Automation = (typeof AUTOMATION_LEVELS)[number];
type DataKind = (typeof DATA_KINDS)[number];

// Short names that the importer recognises too, so an exported inventory reads back unchanged.
export const STAGE_LABELS: Record<Stage, string> = {
  idea: 'Idea',
  pilot: 'Pilot',
  production: 'Production',
  retired: 'Retired',
};
export const USE_CATEGORY_LABELS: Record<UseCategory, string> = {
  encouraged: 'Encouraged',
  precautions: 'Precautions',
  further_study: 'Further study',
  extreme_reservations: 'Extreme reservations',
};
export const AUTOMATION_LABELS: Record<Automation, string> = {
  information: 'Information',
  support: 'Decision support',
  decision: 'Decision',
};
export const DATA_KIND_LABELS: Record<DataKind, string> = {
  personal: 'Personal',
  special_categories: 'Special categories',
  criminal: 'Criminal',
  biometric: 'Biometric',
};

/** The Charter's own wording of each Appendix II group, for tooltips and the bulk-edit choice. */
const CATEGORY_TITLES = new Map(
  (builtInFramework('cepej-charter-2018')?.useCategories ?? []).map((c) => [c.id, c.title.en] as const),
);
export function useCategoryTitle(category: UseCategory): string {
  return CATEGORY_TITLES.get(category) ?? USE_CATEGORY_LABELS[category];
}

export function providerText(system: Pick<SystemRecord, 'providerType' | 'providerName'>): string {
  const name = system.providerName.trim();
  if (system.providerType === 'in_house') return name ? `In-house (${name})` : 'In-house';
  if (system.providerType === 'vendor') return name ? `Vendor: ${name}` : 'Vendor';
  return name;
}

export function dataProcessedText(kinds: readonly DataKind[] | null): string {
  if (kinds === null) return '';
  if (kinds.length === 0) return 'None';
  return DATA_KINDS.filter((kind) => kinds.includes(kind))
    .map((kind) => DATA_KIND_LABELS[kind])
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
      options: readonly { value: string; label: string }[];
      toChanges: (value: string) => Partial<SystemAttributes>;
    }
  | { kind: 'category' }
  | { kind: 'dataKinds' };

export interface InventoryColumn {
  id: ColumnId;
  label: string;
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
function choices<T extends string>(labels: Record<T, string>): { value: string; label: string }[] {
  return [
    { value: '', label: 'Not stated' },
    ...Object.entries<string>(labels).map(([value, label]) => ({ value, label })),
  ];
}

const orderOf = <T extends string>(values: readonly T[], value: T | null) =>
  value === null ? values.length : values.indexOf(value);

const textColumn = (
  id: 'name' | 'organisation' | 'country' | 'users' | 'goLive',
  label: string,
  width: number,
  maxLength: number,
): InventoryColumn => ({
  id,
  label,
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
  textColumn('name', 'Name', 260, 300),
  textColumn('organisation', 'Organisation', 220, 300),
  textColumn('country', 'Country', 90, 100),
  {
    id: 'stage',
    label: 'Stage',
    width: 120,
    text: (system) => (system.stage ? STAGE_LABELS[system.stage] : ''),
    sortValue: (system) => orderOf(SYSTEM_STAGES, system.stage),
    editor: {
      kind: 'choice',
      options: choices(STAGE_LABELS),
      toChanges: (value) => ({ stage: value === '' ? null : (value as Stage) }),
    },
  },
  {
    id: 'provider',
    label: 'Provider',
    width: 200,
    text: providerText,
    editor: {
      kind: 'text',
      maxLength: 320,
      // The importer's reading of a provider cell: "In-house", "Vendor: SpeechCo", or a supplier's name.
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
    label: 'Appendix II category',
    width: 180,
    text: (system) => (system.useCategory ? USE_CATEGORY_LABELS[system.useCategory] : ''),
    sortValue: (system) => orderOf(USE_CATEGORIES, system.useCategory),
    editor: { kind: 'category' },
  },
  {
    id: 'automation',
    label: 'Automation',
    width: 150,
    text: (system) => (system.automation ? AUTOMATION_LABELS[system.automation] : ''),
    sortValue: (system) => orderOf(AUTOMATION_LEVELS, system.automation),
    editor: {
      kind: 'choice',
      options: choices(AUTOMATION_LABELS),
      toChanges: (value) => ({ automation: value === '' ? null : (value as Automation) }),
    },
  },
  {
    id: 'dataProcessed',
    label: 'Data processed',
    width: 190,
    text: (system) => dataProcessedText(system.dataProcessed),
    editor: { kind: 'dataKinds' },
  },
  textColumn('users', 'Users', 180, 1000),
  textColumn('goLive', 'Go-live', 100, 40),
];

export function columnById(id: ColumnId): InventoryColumn {
  const column = INVENTORY_COLUMNS.find((c) => c.id === id);
  // The ids are a closed union over the list above, so every id has its column.
  if (!column) throw new Error(`Unknown inventory column ${id}`);
  return column;
}

/** The attributes a duplicate copies: everything a person entered, not the record's identity or history. */
export function copyAttributes(system: SystemRecord): SystemAttributes {
  return {
    name: `${system.name} (copy)`.slice(0, 300),
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
