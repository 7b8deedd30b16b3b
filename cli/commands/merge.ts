// `merge <target> <other>… --into <out> [--new-round]`: brings returned files (assessor packages, copies of
// the review) into the target, three ways per record, and writes the result to a new file. Inputs are only
// read. Conflicts are left as the target has them ("ours"), listed, and the exit code is 1.
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { ConflictSide, MergeConflict, MergeReport } from '../../shared/fieldwork/mergeTypes';
import { totalOf } from '../../shared/fieldwork/mergeTypes';
import type { MergeSource } from '../../shared/fieldwork/snapshot';
import { defineCommand } from '../CliCommand';
import { CliError } from '../CliError';
import { openReviewFile } from '../openReviewFile';
import { reviewFileArgument } from './fileArgument';
import { overwritingInput, writeOutput } from './package';

export const MergeArguments = z
  .object({
    target: reviewFileArgument('merge'),
    others: z
      .array(z.string().min(1))
      .min(1, 'merge needs at least one returned file after the target: merge <target> <other>… --into <out>.'),
    into: z
      .string({ error: 'merge writes a new file and never changes its inputs: add --into "merged.charter".' })
      .min(1, 'The path given with --into is empty.'),
    'new-round': z.boolean().optional(),
    by: z.string().trim().max(300).optional(),
    json: z.boolean().optional(),
  })
  .strict();

/** One conflict in the contract's shape `{ system, item, ours, theirs }`, with additions. */
interface ConflictJson {
  system: string;
  systemName: string;
  item: string | null;
  kind: MergeConflict['kind'];
  record: string | null;
  label: string;
  file: string;
  fields: string[];
  ours: ConflictSide | null;
  theirs: ConflictSide | null;
}

export const mergeCommand = defineCommand({
  name: 'merge',
  positionals: ['target', '...others'],
  usage: 'merge <target> <other>… --into <out> [--new-round]',
  summary: "merge assessors' returned files into a review, three ways per answer, into a new file",
  help: () =>
    [
      'Options:',
      '  --into FILE    where to write the merged review (the inputs are never changed)',
      '  --new-round    also accept files of another review (another review id); without a common',
      '                 ancestor, every value the two hold differently is a conflict',
      '  --by NAME      who merged, recorded in the audit trail',
      '  --json         print { merged, conflicts: [{ system, item, ours, theirs }], … } as JSON',
      '',
      'A change made on one side only is taken; both sides changing the same answer differently is a',
      'conflict. Conflicts are left as the target has them, listed, and the exit code is 1: resolve them',
      'in the app (Field work → Merge returned files…) or edit the merged file and merge again.',
      'Merging a file that was merged before changes nothing. A returned file of another review, or',
      'answered against other checklist versions, is refused (exit 2) and nothing is written.',
    ].join('\n'),
  arguments: MergeArguments,
  async run(args, context) {
    const into = path.resolve(context.cwd, args.into);
    const inputs = [args.target, ...args.others];
    await refuseOverwritingInputs(into, args.into, inputs, context.cwd);

    const sources: MergeSource[] = [];
    for (const other of args.others) {
      const opened = await openReviewFile(other, context.cwd);
      try {
        sources.push({
          fileName: path.basename(other),
          snapshot: opened.engine.fieldworkSnapshot({ evidenceContent: true }),
        });
      } finally {
        opened.engine.close();
      }
    }
    const target = await openReviewFile(args.target, context.cwd);
    let report: MergeReport;
    let bytes: Uint8Array;
    try {
      const asNewRound = args['new-round'] ?? false;
      report = target.engine.previewMerge(sources, { asNewRound });
      target.engine.dispatch({ type: 'mergeReturnedFiles', sources, asNewRound }, args.by ?? '');
      bytes = target.engine.export();
    } finally {
      target.engine.close();
    }
    await writeOutput(into, args.into, bytes, { overwrite: true });

    const merged = report.sources.reduce((sum, source) => sum + totalOf(source.taken), 0);
    const conflicts: ConflictJson[] = report.conflicts.map((c) => ({
      system: c.systemId,
      systemName: c.systemName,
      item: c.item,
      kind: c.kind,
      record: c.recordId,
      label: c.label,
      file: c.fileName,
      fields: c.fields,
      ours: c.ours,
      theirs: c.theirs,
    }));
    return {
      exitCode: conflicts.length > 0 ? 1 : 0,
      json: {
        merged,
        conflicts,
        into,
        rowsWritten: report.changes,
        sources: report.sources.map((s) => ({
          file: s.fileName,
          mode: s.mode,
          taken: s.taken,
          keptOurs: s.keptOurs,
          same: s.same,
          conflicts: s.conflicts,
          notes: s.notes,
        })),
      },
      text: describe(report, merged, into),
    };
  },
});

/** The output must not be any input, by path or through a link to the same file. */
async function refuseOverwritingInputs(into: string, shown: string, inputs: string[], cwd: string): Promise<void> {
  const real = async (file: string) => realpath(file).catch(() => file);
  const output = await real(into);
  for (const input of inputs) {
    const resolved = path.resolve(cwd, input);
    if (resolved === into || (await real(resolved)) === output) throw overwritingInput(shown);
  }
  if (new Set(inputs.map((input) => path.resolve(cwd, input))).size !== inputs.length) {
    throw new CliError('usage', 'The same file is given twice. Nothing was written. Give each returned file once.');
  }
}

function side(s: ConflictSide | null): string {
  if (!s) return 'removed';
  const what =
    s.status ??
    Object.entries(s.values)
      .map(([k, v]) => `${k}: ${v ?? '—'}`)
      .join(', ');
  const who = [s.by, s.at.slice(0, 16).replace('T', ' ')].filter(Boolean).join(', ');
  return `${what}${s.justification ? ` “${s.justification}”` : ''}${who ? ` (${who})` : ''}`;
}

function describe(report: MergeReport, merged: number, into: string): string {
  const lines = report.sources.map(
    (s) =>
      `${s.fileName} (${s.mode === 'package' ? 'assessor package' : s.mode === 'copy' ? 'copy of the review' : 'another review, as a new round'}): ` +
      `${totalOf(s.taken)} changes taken, ${s.keptOurs} kept from the target, ${s.conflicts} conflict${s.conflicts === 1 ? '' : 's'}` +
      s.notes.map((note) => `\n  note: ${note}`).join(''),
  );
  lines.push(`Wrote ${into}: ${merged} change${merged === 1 ? '' : 's'} merged.`);
  if (report.conflicts.length > 0) {
    lines.push(
      `${report.conflicts.length} conflict${report.conflicts.length === 1 ? '' : 's'} left as in the target (ours):`,
    );
    for (const c of report.conflicts) {
      lines.push(`  ${c.label} [${c.fileName}]`, `    ours:   ${side(c.ours)}`, `    theirs: ${side(c.theirs)}`);
    }
  }
  return lines.join('\n');
}
