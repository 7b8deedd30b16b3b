// `package <file> --systems ID,ID… --out <package.charter> [--by NAME]`: an assessor package — a new review
// file with only the chosen systems and everything needed to answer them, to merge back later. The review
// itself is only read.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { defineCommand } from '../CliCommand';
import { CliError, systemErrorCode } from '../CliError';
import { writeFileAtomically } from '../files/writeFileAtomically';
import { openReviewFile } from '../openReviewFile';
import { loadSqlJs } from '../sqlJsNode';
import { reviewFileArgument } from './fileArgument';

export const PackageArguments = z
  .object({
    file: reviewFileArgument('package'),
    systems: z
      .string({ error: 'package needs the systems to take: --systems ID,ID (charter-review inventory lists the ids).' })
      .transform((list) => [
        ...new Set(
          list
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean),
        ),
      ])
      .refine((ids) => ids.length > 0, 'The list of systems is empty: give --systems ID,ID.'),
    out: z
      .string({ error: 'package needs where to write the package: --out "assessor-A.charter".' })
      .min(1, 'The path given with --out is empty.'),
    by: z.string().trim().max(300).optional(),
    json: z.boolean().optional(),
  })
  .strict();

export const packageCommand = defineCommand({
  name: 'package',
  positionals: ['file'],
  usage: 'package <file> --systems ID,ID… --out <package.charter> [--by NAME]',
  summary: 'write an assessor package: a review file with only the chosen systems, to merge back later',
  help: () =>
    [
      'Options:',
      '  --systems ID,ID   the systems the assessor takes (ids from charter-review inventory)',
      '  --out FILE        the package to write; never replaces an existing file',
      '  --by NAME         who made the package, recorded in it',
      '  --json            print { out, reviewId, systems, exportedAt } as JSON',
      '',
      'The package keeps the review id, the checklists, and the answers, findings, actions, evidence and',
      'sign-offs of those systems, with the revision of every answer, so that `merge` can later tell what',
      'the assessor changed from what changed in the office. Nothing of the other systems is in it.',
    ].join('\n'),
  arguments: PackageArguments,
  async run(args, context) {
    const target = path.resolve(context.cwd, args.out);
    const opened = await openReviewFile(args.file, context.cwd);
    let bytes: Uint8Array;
    let reviewId: string;
    try {
      if (path.resolve(target) === opened.absolutePath) throw overwritingInput(args.out);
      bytes = opened.engine.exportPackage(await loadSqlJs(), { systemIds: args.systems, exportedBy: args.by ?? '' });
      reviewId = opened.engine.info().id;
    } finally {
      opened.engine.close();
    }
    await writeOutput(target, args.out, bytes, { overwrite: false });
    return {
      exitCode: 0,
      json: { out: target, reviewId, systems: args.systems, exportedBy: args.by ?? '' },
      text: `Wrote the assessor package ${target} with ${args.systems.length} system${args.systems.length === 1 ? '' : 's'}. Merge it back with: charter-review merge ${args.file} ${args.out} --into <merged.charter>`,
    };
  },
});

export function overwritingInput(shown: string): CliError {
  return new CliError(
    'usage',
    `${shown} is one of the input files. Nothing was written: inputs are never changed. Choose another output file.`,
  );
}

/** Writes a new review file atomically, with the ways that can fail told in the contract's codes. */
export async function writeOutput(
  target: string,
  shown: string,
  bytes: Uint8Array,
  options: { overwrite: boolean },
): Promise<void> {
  const folder = path.dirname(target);
  if (!(await fs.stat(folder).catch(() => undefined))?.isDirectory()) {
    throw new CliError(
      'not-found',
      `The folder ${folder} does not exist. Nothing was written. Create it first, or choose another place.`,
    );
  }
  try {
    await writeFileAtomically(target, bytes, options);
  } catch (error) {
    const code = systemErrorCode(error);
    if (code === 'EEXIST') {
      throw new CliError(
        'exists',
        `${shown} already exists. Nothing was written and the existing file was left as it was. Choose another file name.`,
      );
    }
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new CliError(
        'cannot-write',
        `${shown} could not be written: permission denied. Nothing was written. Choose a folder you can write to.`,
      );
    }
    if (code === 'ENOSPC' || code === 'EDQUOT') {
      throw new CliError('cannot-write', 'The disk is full. Nothing was written. Free some space and try again.');
    }
    throw error;
  }
}
