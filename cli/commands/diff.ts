// `diff <old> <new>`: compares two review rounds — per system (same id, else same name and organisation)
// and principle what improved, regressed, is new or disappeared, and which answers changed. Reads only.
import { z } from 'zod';
import { type RoundComparison, compareRounds, roundOf } from '../../shared/fieldwork/compareRounds';
import { defineCommand } from '../CliCommand';
import { openReviewFile } from '../openReviewFile';
import { reviewFileArgument } from './fileArgument';

export const DiffArguments = z
  .object({ old: reviewFileArgument('diff'), new: reviewFileArgument('diff'), json: z.boolean().optional() })
  .strict();

export const diffCommand = defineCommand({
  name: 'diff',
  positionals: ['old', 'new'],
  usage: 'diff <old> <new>',
  summary: 'compare two review rounds: what improved, regressed, is new or disappeared',
  help: () =>
    [
      'Options:',
      '  --json   print { systems: [{ id, name, changes: [{ item, from, to }], principles, … }], totals }',
      '',
      'Systems are matched by id, else by name and organisation (case and spacing ignored). A principle',
      'improved or regressed when its compliance score went up or down; it is new when first scored in the',
      'new round, disappeared when no longer scored. Exit code 0 whatever changed.',
    ].join('\n'),
  arguments: DiffArguments,
  async run(args, context) {
    const older = await openReviewFile(args.old, context.cwd);
    let comparison: RoundComparison;
    try {
      const newer = await openReviewFile(args.new, context.cwd);
      try {
        comparison = compareRounds(roundOf(older.engine), roundOf(newer.engine));
      } finally {
        newer.engine.close();
      }
    } finally {
      older.engine.close();
    }
    return { exitCode: 0, json: comparison, text: describe(comparison) };
  },
});

function describe(comparison: RoundComparison): string {
  const t = comparison.totals;
  const lines = [
    `${comparison.old.title} → ${comparison.new.title}: ${t.improved} principle scores improved, ${t.regressed} regressed; ` +
      `${t.systemsNew} new system${t.systemsNew === 1 ? '' : 's'}, ${t.systemsDisappeared} disappeared; ${t.itemChanges} answers changed.`,
  ];
  for (const system of comparison.systems) {
    const moved = system.principles.filter((p) => p.change === 'improved' || p.change === 'regressed');
    if (system.presence !== 'both') {
      lines.push(`${system.name}: ${system.presence === 'new' ? 'new in this round' : 'no longer in the review'}`);
      continue;
    }
    if (moved.length === 0 && system.changes.length === 0) continue;
    lines.push(`${system.name}${system.matchedBy === 'name' ? ' (matched by name)' : ''}:`);
    for (const p of moved) lines.push(`  ${p.code} ${p.change}: ${p.from ?? '—'} → ${p.to ?? '—'}`);
    for (const c of system.changes) lines.push(`  ${c.item}: ${c.from} → ${c.to}`);
  }
  return lines.join('\n');
}
