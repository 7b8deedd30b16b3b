// `frameworks`: the checklist content built into this version, with item counts per principle.
import { z } from 'zod';
import { builtInFrameworks } from '../../shared/frameworks/builtIn';
import { type FrameworkStats, frameworkStats } from '../../shared/frameworks/frameworkStats';
import { defineCommand } from '../CliCommand';

export const FrameworksArguments = z
  .object({ json: z.boolean().optional(), lang: z.enum(['en', 'fr']).optional() })
  .strict();

export const frameworksCommand = defineCommand({
  name: 'frameworks',
  positionals: [],
  usage: 'frameworks [--lang en|fr]',
  summary: 'list the built-in checklists with their versions and item counts',
  help: () =>
    [
      'Options:',
      '  --json        print [{ id, version, title, languages, items, principles: [{ id, title, items }] }]',
      '  --lang en|fr  language of the titles (default en)',
    ].join('\n'),
  arguments: FrameworksArguments,
  async run(args) {
    const stats = builtInFrameworks().map((framework) => frameworkStats(framework, args.lang ?? 'en'));
    return { exitCode: 0, json: stats, text: describe(stats) };
  },
});

function describe(stats: FrameworkStats[]): string {
  return stats
    .map((f) =>
      [
        `${f.id} ${f.version} — ${f.title}`,
        `  ${f.items} items in ${f.principles.length} groups; languages: ${f.languages.join(', ')}`,
        ...f.principles.map((p) => `  ${p.code.padEnd(6)} ${String(p.items).padStart(3)}  ${p.title}`),
      ].join('\n'),
    )
    .join('\n\n');
}
