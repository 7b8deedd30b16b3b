// `answers <file> export [--csv]` and `answers <file> import <answers.csv>`: bulk answers through
// spreadsheets, one row per system and item. Import applies everything as one undoable change.
import path from 'node:path';
import { z } from 'zod';
import {
  ANSWER_COLUMNS,
  exportAnswers,
  planAnswersImport,
  readAnswersTable,
} from '../../shared/engine/answersExchange';
import { writeCsv } from '../../shared/inventory/writeCsv';
import { defineCommand } from '../CliCommand';
import { CliError } from '../CliError';
import { openReviewFile } from '../openReviewFile';
import { reviewFileArgument } from './fileArgument';
import { readInputFile, writeReview } from '../files/inputFiles';

export const AnswersArguments = z
  .object({
    file: reviewFileArgument('answers'),
    action: z.enum(['import', 'export'], {
      message: 'Say what to do: answers <file> import <answers.csv> or answers <file> export.',
    }),
    answersFile: z.string().min(1).optional(),
    csv: z.boolean().optional(),
    json: z.boolean().optional(),
    'dry-run': z.boolean().optional(),
  })
  .strict();

export const answersCommand = defineCommand({
  name: 'answers',
  positionals: ['file', 'action', 'answersFile'],
  usage: 'answers <file> import <answers.csv> [--dry-run] | answers <file> export [--csv]',
  summary: 'bulk answers: export every system × item, or import statuses and justifications from a CSV/XLSX',
  help: () =>
    [
      'export: one row per system and applicable item with columns',
      `  ${ANSWER_COLUMNS.join(', ')} (JSON by default; --csv for a spreadsheet)`,
      'import: reads a CSV or XLSX with columns system_id (or system), item, status and, optionally,',
      '  justification; statuses in English or French. From a workbook made by export --format xlsx,',
      '  its "Answers" sheet is read. Rows left as exported are not applied again. Unknown systems or items are reported by row;',
      '  nothing else is touched. Prints { rowsRead, applied, unchanged, errors: [{ row, message }] }.',
      '  --dry-run  report without writing',
    ].join('\n'),
  arguments: AnswersArguments,
  async run(args, context) {
    const opened = await openReviewFile(args.file, context.cwd);
    try {
      if (args.action === 'export') {
        if (args.answersFile)
          throw new CliError(
            'usage',
            'answers … export takes no further file; it prints to standard output. Nothing was changed.',
          );
        const rows = exportAnswers(opened.engine);
        const csv = writeCsv([[...ANSWER_COLUMNS], ...rows.map((r) => ANSWER_COLUMNS.map((c) => r[c]))], { bom: true });
        return {
          exitCode: 0,
          json: rows,
          text: args.csv ? `${csv}\r` : `${rows.length} answers (use --csv or --json to see them).`,
        };
      }
      if (!args.answersFile) {
        throw new CliError(
          'usage',
          'Give the spreadsheet to import: answers <file> import <answers.csv>. Nothing was changed.',
        );
      }
      const bytes = await readInputFile(path.resolve(context.cwd, args.answersFile), args.answersFile, 'inventory');
      const source = await readAnswersTable(bytes, args.answersFile);
      const plan = planAnswersImport(source.table, opened.engine);
      const dryRun = args['dry-run'] ?? false;
      if (!dryRun && plan.answers.length > 0) {
        opened.engine.dispatch({ type: 'setAnswers', answers: plan.answers, source: path.basename(args.answersFile) });
        await writeReview(opened.absolutePath, args.file, opened.engine.export());
      }
      const result = {
        rowsRead: plan.rowsRead,
        applied: dryRun ? 0 : plan.answers.length,
        unchanged: plan.unchanged,
        // The contract's shape exactly: the interface's translation codes stay out of the CLI's output.
        errors: plan.errors.map(({ row, message }) => ({ row, message })),
        dryRun,
      };
      const text = [
        `${plan.rowsRead} rows read: ${dryRun ? `${plan.answers.length} would change` : `${result.applied} answers applied`}, ${plan.unchanged} unchanged, ${plan.errors.length} rejected.`,
        ...plan.errors.map((e) => `  row ${e.row}: ${e.message}`),
      ].join('\n');
      return { exitCode: plan.errors.length > 0 ? 1 : 0, json: result, text };
    } finally {
      opened.engine.close();
    }
  },
});
