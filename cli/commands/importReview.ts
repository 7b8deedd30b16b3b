// `import-review <X.json> --into <new file>`: rebuilds a review from its JSON export, identical in every field
// (ids, times, hashes, history). The export is checked in full first; nothing is written unless all of it is good.
import path from 'node:path';
import { z } from 'zod';
import { EXCHANGE_FORMAT_VERSION, importReviewJson } from '../../shared/exchange';
import { defineCommand } from '../CliCommand';
import { loadSqlJs } from '../sqlJsNode';
import { assertNewFile, readExportFile, writeNewReviewFile } from './exportFiles';

export const ImportReviewArguments = z
  .object({
    input: z
      .string({
        error:
          'import-review needs the JSON export to read, e.g. charter-review import-review review.json --into copy.charter.',
      })
      .min(1, 'The path of the JSON export is empty.'),
    into: z
      .string({ error: 'import-review needs the new review file to create: add --into "copy.charter".' })
      .min(1, 'The --into path is empty.'),
    json: z.boolean().optional(),
  })
  .strict();
export type ImportReviewArguments = z.infer<typeof ImportReviewArguments>;

export interface ImportReviewResult {
  out: string;
  id: string;
  title: string;
  formatVersion: number;
  /** Rows written per table of the document (`systems`, `answers`, …). */
  tables: Record<string, number>;
}

export const importReviewCommand = defineCommand({
  name: 'import-review',
  positionals: ['input'],
  usage: 'import-review <export.json> --into <new file>',
  summary: 'create a review file from a JSON export (never overwrites an existing file)',
  help: () =>
    [
      'Reads a file made by charter-review export --format json (or "Export review as JSON" in the app) and',
      'writes a new review file identical to the exported one: same ids, times, hashes and audit log.',
      '',
      'Options:',
      '  --into FILE   the new review file; an existing file is never replaced',
      '  --json        print { out, id, title, formatVersion, tables } as JSON',
      '',
      'Refused, with nothing written (exit code 2), are: a file that is not an export (not-an-export), one',
      'written by a newer version (newer-version), one with a missing or wrong field, a repeated id or a',
      'reference to a row that is not there (invalid-export, naming the place such as systems[3].name), and',
      'evidence or checklist content that no longer matches its SHA-256 (damaged).',
    ].join('\n'),
  arguments: ImportReviewArguments,
  async run(args, context) {
    const source = path.resolve(context.cwd, args.input);
    const target = path.resolve(context.cwd, args.into);
    await assertNewFile(target, args.into);
    const bytes = await readExportFile(source, args.input);
    const imported = importReviewJson(await loadSqlJs(), bytes);
    await writeNewReviewFile(target, args.into, imported.bytes);
    const result: ImportReviewResult = {
      out: target,
      id: imported.id,
      title: imported.title,
      formatVersion: EXCHANGE_FORMAT_VERSION,
      tables: imported.counts,
    };
    return {
      exitCode: 0,
      json: result,
      text: `Created ${target} from ${args.input}: "${imported.title}" with ${imported.counts.systems ?? 0} systems, ${imported.counts.answers ?? 0} answers and ${imported.counts.auditLog ?? 0} history entries.`,
    };
  },
});
