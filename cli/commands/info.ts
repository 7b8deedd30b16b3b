// `info <file>`: what is in a review — title, schema, embedded checklists, systems and answer counts.
// Reads the file into memory only; the file on disk is never written.
import { z } from 'zod';
import type { AnswerStatus } from '../../shared/model/status';
import { defineCommand } from '../CliCommand';
import { openReviewFile } from '../openReviewFile';
import { reviewFileArgument } from './fileArgument';

export const InfoArguments = z.object({ file: reviewFileArgument('info'), json: z.boolean().optional() }).strict();
export type InfoArguments = z.infer<typeof InfoArguments>;

/** The `--json` document. The first keys are the public contract; the rest are additions. */
export interface InfoResult {
  title: string;
  schemaVersion: number;
  frameworks: { id: string; version: string; title: string }[];
  systems: number;
  answers: Record<AnswerStatus, number>;
  file: string;
  id: string;
  organisation: string;
  createdAt: string;
  auditEntries: number;
}

const STATUS_WORDS: Record<AnswerStatus, string> = {
  compliant: 'compliant',
  partial: 'partial',
  non_compliant: 'non-compliant',
  not_applicable: 'not applicable',
  not_reviewed: 'not reviewed',
};

export const infoCommand = defineCommand({
  name: 'info',
  positionals: ['file'],
  usage: 'info <file>',
  summary: 'show what is in a review: checklists, systems, answer counts',
  help: () =>
    [
      'Options:',
      '  --json   print { title, schemaVersion, frameworks, systems, answers, … } as JSON',
      '',
      'Answers are counted over the checklist items that apply to each system.',
    ].join('\n'),
  arguments: InfoArguments,
  async run(args, context) {
    const opened = await openReviewFile(args.file, context.cwd);
    let result: InfoResult;
    try {
      const info = opened.engine.info();
      result = {
        title: info.title,
        schemaVersion: opened.fileSchemaVersion,
        frameworks: info.frameworks.map(({ id, version, title }) => ({ id, version, title })),
        systems: info.systems,
        answers: {
          compliant: info.answers.compliant,
          partial: info.answers.partial,
          non_compliant: info.answers.non_compliant,
          not_applicable: info.answers.not_applicable,
          not_reviewed: info.answers.not_reviewed,
        },
        file: opened.absolutePath,
        id: info.id,
        organisation: info.organisation,
        createdAt: info.createdAt,
        auditEntries: info.auditEntries,
      };
    } finally {
      opened.engine.close();
    }
    return { exitCode: 0, json: result, text: describeInfo(result) };
  },
});

function describeInfo(info: InfoResult): string {
  const answers = (Object.keys(STATUS_WORDS) as AnswerStatus[])
    .map((status) => `${info.answers[status]} ${STATUS_WORDS[status]}`)
    .join(', ');
  return [
    info.organisation ? `${info.title} (${info.organisation})` : info.title,
    `  File:        ${info.file}`,
    `  Created:     ${info.createdAt}`,
    `  Schema:      version ${info.schemaVersion}`,
    `  Checklists:  ${info.frameworks.map((f) => `${f.title} [${f.id} ${f.version}]`).join('; ') || 'none'}`,
    `  Systems:     ${info.systems}`,
    `  Answers:     ${answers}`,
    `  Audit log:   ${info.auditEntries} ${info.auditEntries === 1 ? 'entry' : 'entries'}`,
  ].join('\n');
}
