// `validate <file>`: can the file be opened (else exit 2), and is the review consistent
// (exit 1 with the list of problems). Never writes the file.
import { z } from 'zod';
import { defineCommand } from '../CliCommand';
import { type ReviewProblem, findReviewProblems } from '../findReviewProblems';
import { openReviewFile } from '../openReviewFile';
import { reviewFileArgument } from './fileArgument';

export const ValidateArguments = z
  .object({ file: reviewFileArgument('validate'), json: z.boolean().optional() })
  .strict();
export type ValidateArguments = z.infer<typeof ValidateArguments>;

/** The `--json` document: `ok` and `problems` are the public contract; `file` is an addition. */
export interface ValidateResult {
  ok: boolean;
  problems: ReviewProblem[];
  file: string;
}

export const validateCommand = defineCommand({
  name: 'validate',
  positionals: ['file'],
  usage: 'validate <file>',
  summary: 'check that a review opens intact and is consistent',
  help: () =>
    [
      'Options:',
      '  --json   print { ok, problems: [{ code, message }] } as JSON',
      '',
      'Exit code 0: no problems. 1: problems listed. 2: the file could not be opened (one line on stderr).',
      'Problem codes: missing-title, no-frameworks, duplicate-system-name, missing-justification.',
    ].join('\n'),
  arguments: ValidateArguments,
  async run(args, context) {
    const opened = await openReviewFile(args.file, context.cwd);
    let problems: ReviewProblem[];
    try {
      problems = findReviewProblems(opened.engine);
    } finally {
      opened.engine.close();
    }
    const result: ValidateResult = { ok: problems.length === 0, problems, file: opened.absolutePath };
    return { exitCode: result.ok ? 0 : 1, json: result, text: describeValidation(args.file, problems) };
  },
});

function describeValidation(shown: string, problems: ReviewProblem[]): string {
  if (problems.length === 0) return `${shown}: no problems found.`;
  const heading = `${shown}: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} found.`;
  return [heading, ...problems.map((problem) => `  ${problem.code}: ${problem.message}`)].join('\n');
}
