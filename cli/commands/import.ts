// `import <file> <inventory> [--mapping M.json] [--dry-run] [--sheet NAME] [--key K]`: adds and updates the
// systems of a CSV, .xlsx or JSON inventory as one undoable step; exit 1 if rows were rejected, 2 if unusable.
import path from 'node:path';
import { z } from 'zod';
import {
  type ImportKey,
  type ImportPlan,
  type InventoryMapping,
  type InventorySource,
  guessMapping,
  mergeMappings,
  parseInventoryMapping,
  planImport,
  readInventory,
  toImportCommand,
} from '../../shared/inventory';
import { defineCommand } from '../CliCommand';
import { CliError } from '../CliError';
import { readInputFile, writeReview } from '../files/inputFiles';
import { openReviewFile } from '../openReviewFile';
import { reviewFileArgument } from './fileArgument';

export const ImportArguments = z
  .object({
    file: reviewFileArgument('import'),
    inventory: z
      .string({
        error:
          'import needs the inventory file after the review file, e.g. charter-review import "Supreme Court 2026.charter" inventory.csv.',
      })
      .min(1, 'The path of the inventory file is empty.'),
    mapping: z.string().min(1, 'The path of the mapping file is empty.').optional(),
    'dry-run': z.boolean().optional(),
    sheet: z.string().min(1, 'The sheet name is empty.').optional(),
    key: z
      .string()
      .min(1, 'The key is empty: use --key name, --key name+organisation or --key "column:Asset ID".')
      .optional(),
    json: z.boolean().optional(),
  })
  .strict();
export type ImportArguments = z.infer<typeof ImportArguments>;

/** The `--json` document: the first five keys are the public contract; the rest are additions. */
export interface ImportResult {
  rowsRead: number;
  added: number;
  updated: number;
  duplicates: number;
  errors: { row: number; column: string; message: string }[];
  unchanged: number;
  rejected: number;
  blankRows: number;
  duplicateRows: { row: number; firstRow: number }[];
  warnings: string[];
  dryRun: boolean;
  /** Whether the review file was rewritten (false on a dry run, or when nothing changed). */
  written: boolean;
  file: string;
  inventory: string;
  format: InventorySource['format'];
  sheet?: string;
  encoding?: string;
  delimiter?: string;
}

export const importCommand = defineCommand({
  name: 'import',
  positionals: ['file', 'inventory'],
  usage: 'import <file> <inventory.csv|.xlsx|.json> [--mapping M.json] [--dry-run] [--sheet NAME] [--key K]',
  summary: 'add and update systems from an inventory spreadsheet, as one step',
  help: () =>
    [
      'Options:',
      '  --mapping M.json   which column feeds which attribute, and translations of values, e.g.',
      '                     { "columns": { "Asset": "custom", "Live since": "goLive" },',
      '                       "values": { "stage": { "Live": "production" } } }',
      '                     Columns it does not name are recognised from their headings (English, French,',
      '                     Azerbaijani, Russian) or kept as custom fields.',
      '  --dry-run          show what would happen; write nothing',
      '  --sheet NAME       the sheet of an .xlsx workbook to read (default: the first that lists systems)',
      '  --key K            how rows find systems already in the review: name (default), name+organisation,',
      '                     or column:HEADING for an identifier column kept as a custom field',
      '  --json             print { rowsRead, added, updated, duplicates, errors: [{ row, column, message }], … }',
      '',
      'Every row is accounted for: added, updated, unchanged, a duplicate of an earlier row (the first wins),',
      'or rejected with its row number, column and reason. An empty cell never erases what the review knows.',
      'Exit code 0: imported. 1: imported, but some rows were rejected. 2: nothing was written (one line on',
      'stderr: error <code>: …; codes not-found, empty, unreadable-inventory, no-header, unknown-sheet,',
      'invalid-mapping, and those of a review file).',
    ].join('\n'),
  arguments: ImportArguments,
  async run(args, context) {
    const key = parseKey(args.key);
    const opened = await openReviewFile(args.file, context.cwd);
    let result: ImportResult;
    try {
      const inventoryBytes = await readInputFile(
        path.resolve(context.cwd, args.inventory),
        args.inventory,
        'inventory',
      );
      const override = args.mapping
        ? parseInventoryMapping(
            new TextDecoder().decode(
              await readInputFile(path.resolve(context.cwd, args.mapping), args.mapping, 'mapping'),
            ),
            `The mapping ${args.mapping}`,
          )
        : undefined;
      const source = await readInventory(inventoryBytes, {
        fileName: args.inventory,
        ...(args.sheet === undefined ? {} : { sheet: args.sheet }),
      });
      if (args.sheet !== undefined && source.format !== 'xlsx') {
        throw new CliError(
          'usage',
          `--sheet applies to .xlsx workbooks, and ${args.inventory} is ${source.format === 'csv' ? 'a CSV file' : 'a JSON file'}. Nothing was changed. Leave --sheet out.`,
        );
      }
      const guessed = guessMapping(source.table.headers);
      const mapping: InventoryMapping = override ? mergeMappings(guessed, override) : guessed;
      const plan = await planImport(source.table, mapping, opened.engine.systems(), key ? { key } : {});
      const dryRun = args['dry-run'] ?? false;
      const changes = plan.adds.length + plan.updates.length;
      if (!dryRun && changes > 0) {
        opened.engine.dispatch(
          toImportCommand(plan, {
            fileName: path.basename(args.inventory),
            format: source.format,
            ...(source.sheet === undefined ? {} : { sheet: source.sheet }),
          }),
        );
        await writeReview(opened.absolutePath, args.file, opened.engine.export());
      }
      result = describeResult(plan, source, {
        dryRun,
        written: !dryRun && changes > 0,
        file: opened.absolutePath,
        inventory: path.resolve(context.cwd, args.inventory),
      });
    } finally {
      opened.engine.close();
    }
    return { exitCode: result.rejected > 0 ? 1 : 0, json: result, text: describeImport(result, args) };
  },
});

function parseKey(text: string | undefined): ImportKey | undefined {
  if (text === undefined) return undefined;
  if (text === 'name' || text === 'name+organisation') return text;
  const column = /^column:(.+)$/s.exec(text)?.[1]?.trim();
  if (column) return { column };
  throw new CliError(
    'usage',
    `--key ${text} is not a key. Nothing was changed. Use --key name, --key name+organisation, or --key "column:HEADING" for a column that identifies systems.`,
  );
}

function describeResult(
  plan: ImportPlan,
  source: InventorySource,
  extra: { dryRun: boolean; written: boolean; file: string; inventory: string },
): ImportResult {
  const { summary } = plan;
  return {
    rowsRead: summary.rowsRead,
    added: summary.added,
    updated: summary.updated,
    duplicates: summary.duplicates,
    // The contract's shape exactly: the interface's translation codes stay out of the CLI's output.
    errors: summary.errors.map(({ row, column, message }) => ({ row, column, message })),
    unchanged: summary.unchanged,
    rejected: summary.rejected,
    blankRows: summary.blankRows,
    duplicateRows: plan.rows.flatMap((row) =>
      row.outcome === 'duplicate' ? [{ row: row.row, firstRow: row.firstRow }] : [],
    ),
    warnings: plan.warnings.map((warning) => warning.message),
    ...extra,
    format: source.format,
    ...(source.sheet === undefined ? {} : { sheet: source.sheet }),
    ...(source.encoding === undefined ? {} : { encoding: source.encoding }),
    ...(source.delimiter === undefined ? {} : { delimiter: source.delimiter }),
  };
}

function describeImport(result: ImportResult, args: ImportArguments): string {
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const verb = result.dryRun ? 'Dry run of' : 'Imported';
  const lines = [
    `${verb} ${args.inventory} into ${args.file}: ${plural(result.rowsRead, 'row')} read — ${result.added} added, ${result.updated} updated, ${result.unchanged} unchanged, ${plural(result.duplicates, 'duplicate')}, ${result.rejected} rejected.`,
  ];
  if (result.dryRun) lines.push('Nothing was written (--dry-run).');
  else if (!result.written) lines.push('Nothing needed changing; the review file was left as it was.');
  if (result.errors.length > 0) {
    lines.push('', 'Rejected:');
    for (const error of result.errors)
      lines.push(`  row ${error.row}, ${error.column ? `"${error.column}"` : 'row'}: ${error.message}`);
  }
  if (result.duplicateRows.length > 0) {
    lines.push('', 'Duplicates (the first row was kept):');
    for (const duplicate of result.duplicateRows)
      lines.push(`  row ${duplicate.row} repeats row ${duplicate.firstRow}`);
  }
  if (result.warnings.length > 0) {
    lines.push('', 'Notes:');
    for (const warning of result.warnings) lines.push(`  ${warning}`);
  }
  return lines.join('\n');
}
