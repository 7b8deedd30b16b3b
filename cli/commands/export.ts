// `export <file> --format json|xlsx --out X`: the whole review as the open JSON format (docs/exchange.md),
// which import-review turns back into an identical review, or as an Excel workbook for people without the app.
import path from 'node:path';
import { z } from 'zod';
import { sha256Hex } from '../../shared/engine/hash';
import { EXCHANGE_FORMAT_VERSION, REVIEW_TABLES, serialiseReviewDocument } from '../../shared/exchange';
import { reviewWorkbookSheets } from '../../shared/exchange/reviewWorkbook';
import { workbookBytes } from '../../shared/exchange/workbook';
import { defineCommand } from '../CliCommand';
import { CliError } from '../CliError';
import { openReviewFile } from '../openReviewFile';
import { writeExportFile } from './exportFiles';
import { reviewFileArgument } from './fileArgument';

const FORMATS = ['json', 'xlsx'] as const;
type ExportFormat = (typeof FORMATS)[number];

export const ExportArguments = z
  .object({
    file: reviewFileArgument('export'),
    format: z.enum(FORMATS, { message: '--format takes json or xlsx.' }).optional(),
    out: z
      .string({ error: 'export needs the file to write: add --out "review.json" or --out "review.xlsx".' })
      .min(1, 'The --out path is empty.'),
    json: z.boolean().optional(),
  })
  .strict();
export type ExportArguments = z.infer<typeof ExportArguments>;

export interface JsonExportResult {
  out: string;
  format: 'json';
  formatVersion: number;
  bytes: number;
  sha256: string;
  /** Rows per table of the document (`systems`, `answers`, `evidence`, …). */
  tables: Record<string, number>;
}

export interface XlsxExportResult {
  out: string;
  format: 'xlsx';
  bytes: number;
  sheets: { name: string; rows: number }[];
}

export const exportCommand = defineCommand({
  name: 'export',
  positionals: ['file'],
  usage: 'export <file> --format json|xlsx --out <file.json|file.xlsx>',
  summary: 'export a whole review as open JSON (re-importable, loses nothing) or as an Excel workbook',
  help: () =>
    [
      'Options:',
      '  --format json  every table of the review (answers, revisions, evidence as base64 with SHA-256,',
      '                 sign-offs, audit log…) in the documented format of docs/exchange.md;',
      '                 charter-review import-review turns it back into an identical review',
      '  --format xlsx  a workbook with sheets Inventory, Answers, Findings, Actions and Scores; the Answers',
      '                 sheet, edited in Excel or LibreOffice, imports back with charter-review answers … import',
      '  --out FILE     where to write; an earlier export is replaced, a review file never',
      '                 (--format may be left out when FILE ends in .json or .xlsx)',
      '  --json         print { out, format, bytes, … } as JSON',
      '',
      'The review file is only read.',
    ].join('\n'),
  arguments: ExportArguments,
  async run(args, context) {
    const format = chooseFormat(args.format, args.out);
    const target = path.resolve(context.cwd, args.out);
    const opened = await openReviewFile(args.file, context.cwd);
    try {
      if (format === 'json') {
        const document = opened.engine.exchangeDocument();
        const bytes = new TextEncoder().encode(serialiseReviewDocument(document));
        await writeExportFile(target, args.out, bytes, opened.absolutePath);
        const byTable = document as unknown as Record<string, unknown>;
        const tables = Object.fromEntries(
          REVIEW_TABLES.filter((spec) => !spec.single).map((spec) => [
            spec.key,
            (byTable[spec.key] as unknown[]).length,
          ]),
        );
        const result: JsonExportResult = {
          out: target,
          format,
          formatVersion: EXCHANGE_FORMAT_VERSION,
          bytes: bytes.length,
          sha256: sha256Hex(bytes),
          tables,
        };
        return {
          exitCode: 0,
          json: result,
          text: `Exported ${args.file} to ${target} (JSON, format version ${EXCHANGE_FORMAT_VERSION}, ${megabytes(bytes.length)}): ${tables.systems ?? 0} systems, ${tables.answers ?? 0} answers, ${tables.evidence ?? 0} evidence files, ${tables.auditLog ?? 0} history entries.`,
        };
      }
      const sheets = reviewWorkbookSheets(opened.engine);
      const bytes = await workbookBytes(sheets);
      await writeExportFile(target, args.out, bytes, opened.absolutePath);
      const result: XlsxExportResult = {
        out: target,
        format,
        bytes: bytes.length,
        sheets: sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows.length })),
      };
      return {
        exitCode: 0,
        json: result,
        text: `Exported ${args.file} to ${target} (Excel workbook, ${megabytes(bytes.length)}): ${result.sheets.map((s) => `${s.name} ${s.rows}`).join(', ')} rows.`,
      };
    } finally {
      opened.engine.close();
    }
  },
});

function chooseFormat(given: ExportFormat | undefined, out: string): ExportFormat {
  const extension = path.extname(out).slice(1).toLowerCase();
  const implied = FORMATS.find((format) => format === extension);
  if (given && implied && given !== implied) {
    throw new CliError(
      'usage',
      `--format ${given} does not match --out "${out}", which ends in .${implied}. Nothing was written. Make them agree.`,
    );
  }
  const format = given ?? implied;
  if (!format) {
    throw new CliError(
      'usage',
      `Say which format to export: add --format json or --format xlsx (or end --out with .json or .xlsx). Nothing was written.`,
    );
  }
  return format;
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
