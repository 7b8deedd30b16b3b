// `report <file> --out <x.docx> [--system ID/NAME] [--lang en/fr] [--compare <previous>]`: the DOCX report of one
// system or of the whole portfolio, made by the same code as the app's report dialog (shared/reports). The review,
// and the previous round it is compared with, are only read.
import path from 'node:path';
import { z } from 'zod';
import type { SystemSummary } from '../../shared/engine/queries';
import { sha256Hex } from '../../shared/engine/hash';
import { type ReportRequest, ReportError, generateReport } from '../../shared/reports';
import { defineCommand } from '../CliCommand';
import { CliError } from '../CliError';
import { openReviewFile } from '../openReviewFile';
import { readReviewFile } from '../readReviewFile';
import { loadSqlJs } from '../sqlJsNode';
import { writeExportFile } from './exportFiles';
import { reviewFileArgument } from './fileArgument';

export const ReportArguments = z
  .object({
    file: reviewFileArgument('report'),
    out: z
      .string({ error: 'report needs the file to write: add --out "report.docx".' })
      .min(1, 'The --out path is empty.')
      .refine((out) => out.toLowerCase().endsWith('.docx'), {
        message: '--out must name a Word file ending in .docx, e.g. --out "report.docx".',
      }),
    system: z.string().trim().min(1, '--system needs the id or the name of a system.').optional(),
    lang: z.enum(['en', 'fr'], { message: '--lang takes en or fr.' }).optional(),
    framework: z.array(z.string().min(1)).optional(),
    'include-na': z.boolean().optional(),
    'no-evidence': z.boolean().optional(),
    anonymise: z.boolean().optional(),
    appendix: z.boolean().optional(),
    compare: z.string().min(1, '--compare needs the path of the previous round’s review file.').optional(),
    json: z.boolean().optional(),
  })
  .strict();

export interface ReportResult {
  out: string;
  /** Present when the pages were laid out while writing (documents of moderate length). */
  pages?: number;
  systems: number;
}

/** The system `--system` names: its id, else its name (ignoring case); two systems of that name need the id. */
export function findSystem(systems: readonly SystemSummary[], wanted: string): SystemSummary {
  const byId = systems.find((system) => system.id === wanted);
  if (byId) return byId;
  const key = wanted.trim().toLocaleLowerCase();
  const named = systems.filter((system) => system.name.trim().toLocaleLowerCase() === key);
  if (named.length === 1 && named[0]) return named[0];
  if (named.length > 1) {
    throw new ReportError(
      'ambiguous-system',
      `${named.length} systems are called "${wanted}". Nothing was written. Give the id of the one you mean: ${named.map((s) => s.id).join(', ')}.`,
    );
  }
  throw new ReportError(
    'unknown-system',
    `The review has no system called "${wanted}". Nothing was written. charter-review inventory <file> lists the systems with their ids.`,
  );
}

export const reportCommand = defineCommand({
  name: 'report',
  positionals: ['file'],
  usage: 'report <file> --out <x.docx> [--system ID/NAME] [--lang en/fr] [--compare <previous>]',
  summary: 'a DOCX report of one system or of the whole portfolio, in English or French',
  help: () =>
    [
      'Without --system: the portfolio report (executive summary, heat map, risk ranking, a summary per',
      'system, the combined action plan). With --system: the report of that system, item by item.',
      '',
      'Options:',
      '  --out FILE        the .docx to write; an earlier report is replaced, a review file never',
      '  --system ID/NAME  report on this system (its id, or its name if no other system has it)',
      '  --lang en|fr      language of the report (default en)',
      '  --framework ID    cover only this checklist; repeat for several (default: all of the review)',
      '  --include-na      also list items that do not apply or are marked not applicable',
      '  --no-evidence     leave out the list of evidence files',
      '  --anonymise       replace staff names with "Person 1", "Person 2"…',
      "  --appendix        portfolio: add every system's full checklist as an appendix",
      '  --compare FILE    add "Progress since last review": compare with this earlier round (only read)',
      '  --json            print { out, pages?, systems } as JSON (pages when laid out while writing)',
      '',
      'With --compare, systems are matched by id, else by name and organisation, as diff does; the section',
      'gives what improved, regressed, is new or is no longer scored, and the answers whose status changed.',
      '',
      'The review files are only read. Errors: unknown-system, ambiguous-system, unknown-framework, and those',
      'of every command that reads a review (for the --compare file too).',
    ].join('\n'),
  arguments: ReportArguments,
  async run(args, context) {
    const target = path.resolve(context.cwd, args.out);
    const input = path.resolve(context.cwd, args.file);
    if (target === input) {
      throw new CliError(
        'exists',
        `--out names the review file itself, which a report never replaces. Nothing was written. Give --out a new name, such as "report.docx".`,
      );
    }
    if (args.appendix && args.system) {
      throw new CliError(
        'usage',
        '--appendix belongs to the portfolio report; a system report already lists every item. Nothing was written.',
      );
    }
    const opened = await openReviewFile(args.file, context.cwd);
    try {
      // The fingerprint on the cover is of the file as it is on disk, so anyone can check it with sha256sum.
      const sha256 = sha256Hex(await readReviewFile(opened.absolutePath, args.file));
      const system = args.system ? findSystem(opened.engine.systems(), args.system) : null;
      const request: ReportRequest = {
        kind: system ? 'system' : 'portfolio',
        ...(system ? { systemId: system.id } : {}),
        language: args.lang ?? 'en',
        ...(args.framework ? { frameworkIds: args.framework } : {}),
        includeNotApplicable: args['include-na'] ?? false,
        includeEvidence: !(args['no-evidence'] ?? false),
        anonymise: args.anonymise ?? false,
        appendix: args.appendix ?? false,
      };
      // Last round is handed over as bytes and opened in memory by the report: nothing writes to it.
      const previousRound = args.compare
        ? {
            name: path.basename(args.compare),
            bytes: await readReviewFile(path.resolve(context.cwd, args.compare), args.compare),
            sql: await loadSqlJs(),
          }
        : undefined;
      const report = await generateReport(opened.engine, request, {
        file: { name: path.basename(args.file), sha256 },
        ...(previousRound ? { previousRound } : {}),
      });
      await writeExportFile(target, args.out, report.bytes, opened.absolutePath);
      const result: ReportResult = {
        out: target,
        ...(report.pages !== null ? { pages: report.pages } : {}),
        systems: report.systems,
      };
      const what = system ? `system report on ${system.name}` : `portfolio report on ${report.systems} systems`;
      const pages = report.pages !== null ? `, ${report.pages} pages` : '';
      return { exitCode: 0, json: result, text: `Wrote ${target}: ${what} (${request.language}${pages}).` };
    } finally {
      opened.engine.close();
    }
  },
});
