// `inventory <file> [--csv]`: the systems of a review, as JSON for scripts or as CSV for Excel
// (RFC 4180, UTF-8 with a byte order mark). Reads the file into memory only; never writes it.
import { z } from 'zod';
import type { SystemSummary } from '../../shared/engine/queries';
import { writeCsv } from '../../shared/inventory';
import { defineCommand } from '../CliCommand';
import { CliError } from '../CliError';
import { openReviewFile } from '../openReviewFile';
import { reviewFileArgument } from './fileArgument';
import { INVENTORY_EXPORT_COLUMNS } from '../../shared/inventory/inventoryColumns';

export const InventoryArguments = z
  .object({ file: reviewFileArgument('inventory'), csv: z.boolean().optional(), json: z.boolean().optional() })
  .strict();
export type InventoryArguments = z.infer<typeof InventoryArguments>;

/** One system of the `--json` list: id, name, organisation and useCategory are the contract; the rest are additions. */
export interface InventoryEntry {
  id: string;
  name: string;
  organisation: string;
  useCategory: SystemSummary['useCategory'];
  country: string;
  purpose: string;
  stage: SystemSummary['stage'];
  providerType: SystemSummary['providerType'];
  providerName: string;
  useCategoryReason: string;
  automation: SystemSummary['automation'];
  dataProcessed: SystemSummary['dataProcessed'];
  legalAreas: SystemSummary['legalAreas'];
  users: string;
  hosting: string;
  contact: string;
  goLive: string;
  notes: string;
  customFields: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

export const inventoryCommand = defineCommand({
  name: 'inventory',
  positionals: ['file'],
  usage: 'inventory <file> [--csv]',
  summary: 'list the systems of a review, as JSON or as CSV for Excel',
  help: () =>
    [
      'Options:',
      '  --json   print [{ id, name, organisation, useCategory, stage, providerType, … , customFields }]',
      '  --csv    print CSV (RFC 4180, UTF-8 with a byte order mark so Excel shows accents correctly)',
      '',
      'The CSV has one column per attribute, then one per custom field. A list ("dataProcessed") is written',
      'as "personal, criminal"; "none" means stated as none, an empty cell means not stated. Values that',
      'start with = + - or @ get an apostrophe in front, so Excel never runs them as formulas.',
      'Both formats import back with charter-review import.',
    ].join('\n'),
  arguments: InventoryArguments,
  async run(args, context) {
    if (args.csv && args.json) {
      throw new CliError('usage', '--csv and --json each choose the output; give one of them. Nothing was changed.');
    }
    const opened = await openReviewFile(args.file, context.cwd);
    let entries: InventoryEntry[];
    try {
      entries = opened.engine.systems().map(inventoryEntry);
    } finally {
      opened.engine.close();
    }
    // main.ts ends the text with "\n"; the "\r" before it makes that the CRLF RFC 4180 asks for.
    const text = args.csv ? `${inventoryCsv(entries)}\r` : describeInventory(entries, args.file);
    return { exitCode: 0, json: entries, text };
  },
});

export function inventoryEntry(system: SystemSummary): InventoryEntry {
  return {
    id: system.id,
    name: system.name,
    organisation: system.organisation,
    useCategory: system.useCategory,
    country: system.country,
    purpose: system.purpose,
    stage: system.stage,
    providerType: system.providerType,
    providerName: system.providerName,
    useCategoryReason: system.useCategoryReason,
    automation: system.automation,
    dataProcessed: system.dataProcessed,
    legalAreas: system.legalAreas,
    users: system.users,
    hosting: system.hosting,
    contact: system.contact,
    goLive: system.goLive,
    notes: system.notes,
    customFields: system.customFields,
    createdAt: system.createdAt,
    updatedAt: system.updatedAt,
  };
}

export function inventoryCsv(entries: readonly InventoryEntry[]): string {
  const customNames = [...new Set(entries.flatMap((entry) => Object.keys(entry.customFields)))];
  const header = [...INVENTORY_EXPORT_COLUMNS, ...customNames, 'createdAt', 'updatedAt'];
  const rows = entries.map((entry) => [
    ...INVENTORY_EXPORT_COLUMNS.map((column) => cellText(entry[column])),
    ...customNames.map((name) => entry.customFields[name] ?? ''),
    entry.createdAt,
    entry.updatedAt,
  ]);
  return writeCsv([header, ...rows], { bom: true, escapeFormulae: true });
}

function cellText(value: string | readonly string[] | null): string {
  if (value === null) return '';
  // An empty list was stated ("none of these"); it must not read back as "not stated".
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  return String(value);
}

function describeInventory(entries: readonly InventoryEntry[], shown: string): string {
  if (entries.length === 0) return `${shown} has no systems yet. Add them in the app, or with charter-review import.`;
  const lines = [`${shown}: ${entries.length} ${entries.length === 1 ? 'system' : 'systems'}`];
  entries.forEach((entry, index) => {
    const details = [
      entry.stage,
      entry.providerType === 'vendor'
        ? entry.providerName || 'vendor'
        : entry.providerType === 'in_house'
          ? 'in-house'
          : null,
    ]
      .filter((d) => d !== null && d !== '')
      .join(', ');
    lines.push(
      `  ${index + 1}. ${entry.name}${entry.organisation ? ` — ${entry.organisation}` : ''}${details ? ` (${details})` : ''}`,
    );
  });
  return lines.join('\n');
}
