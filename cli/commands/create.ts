// `create <file> --title T [--organisation O] [--framework ID]…`: a new, empty review file
// with the chosen built-in checklists embedded. Never replaces an existing file.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ReviewEngine } from '../../shared/engine/ReviewEngine';
import { DEFAULT_FRAMEWORK_IDS, builtInFrameworks } from '../../shared/frameworks/builtIn';
import type { FrameworkContent } from '../../shared/frameworks/schema';
import { defineCommand } from '../CliCommand';
import { CliError, systemErrorCode } from '../CliError';
import { writeFileAtomically } from '../files/writeFileAtomically';
import { loadSqlJs } from '../sqlJsNode';

export const CreateArguments = z
  .object({
    file: z
      .string({ error: 'create needs the path of the new review file, e.g. "Supreme Court 2026.charter".' })
      .min(1, 'The path of the new review file is empty.'),
    title: z
      .string({ error: 'create needs a title: add --title "…".' })
      .trim()
      .min(1, 'The title is empty: give the review a title with --title "…".')
      .max(300, 'The title is longer than 300 characters; shorten it.'),
    organisation: z.string().trim().max(300, 'The organisation is longer than 300 characters; shorten it.').optional(),
    framework: z.array(z.string().trim()).optional(),
    json: z.boolean().optional(),
  })
  .strict();
export type CreateArguments = z.infer<typeof CreateArguments>;

export interface CreateResult {
  file: string;
  id: string;
}

export const createCommand = defineCommand({
  name: 'create',
  positionals: ['file'],
  usage: 'create <file> --title T [--organisation O] [--framework ID]…',
  summary: 'create a new review file (never overwrites an existing file)',
  help: () =>
    [
      'Options:',
      '  --title T          title of the review (required)',
      '  --organisation O   court or organisation under review',
      `  --framework ID     checklist to embed; repeat for several (default: ${DEFAULT_FRAMEWORK_IDS.join(', ')})`,
      `                     known: ${builtInFrameworks()
        .map((f) => f.id)
        .join(', ')}`,
      '  --json             print { file, id } as JSON',
    ].join('\n'),
  arguments: CreateArguments,
  async run(args, context) {
    const target = path.resolve(context.cwd, args.file);
    const frameworks = chooseFrameworks(args.framework ?? DEFAULT_FRAMEWORK_IDS);
    await checkTargetIsFree(target, args.file);

    const engine = await ReviewEngine.create(await loadSqlJs(), {
      title: args.title,
      organisation: args.organisation ?? '',
      frameworks,
    });
    let result: CreateResult;
    try {
      result = { file: target, id: engine.info().id };
      await writeNewFile(target, args.file, engine.export());
    } finally {
      engine.close();
    }
    return {
      exitCode: 0,
      json: result,
      text: `Created ${target}: "${args.title}" with ${frameworks.map((f) => `${f.id} ${f.version}`).join(', ')}.`,
    };
  },
});

function chooseFrameworks(ids: readonly string[]): FrameworkContent[] {
  const known = builtInFrameworks();
  const unique = [...new Set(ids)];
  const unknown = unique.filter((id) => !known.some((framework) => framework.id === id));
  if (unknown.length > 0) {
    throw new CliError(
      'usage',
      `Unknown framework ${unknown.map((id) => `"${id}"`).join(', ')}. Nothing was written. Use one of: ${known.map((f) => f.id).join(', ')}.`,
    );
  }
  if (unique.length === 0) {
    throw new CliError(
      'usage',
      `No framework was chosen. Nothing was written. Use one of: ${known.map((f) => f.id).join(', ')}.`,
    );
  }
  // Keep the order the person gave: it is the order the checklists appear in the review.
  return unique.map((id) => known.find((framework) => framework.id === id)).filter((f) => f !== undefined);
}

/** Refuses early, before any work, so the common mistakes get a precise sentence. */
async function checkTargetIsFree(target: string, shown: string): Promise<void> {
  try {
    await fs.lstat(target);
    throw alreadyExists(shown);
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (systemErrorCode(error) !== 'ENOENT' && systemErrorCode(error) !== 'ENOTDIR') throw error;
  }
  const folder = path.dirname(target);
  const folderStats = await fs.stat(folder).catch(() => undefined);
  if (!folderStats?.isDirectory()) {
    throw new CliError(
      'not-found',
      `The folder ${folder} does not exist. Nothing was written. Create the folder first, or choose another place for the review.`,
    );
  }
}

async function writeNewFile(target: string, shown: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomically(target, bytes, { overwrite: false });
  } catch (error) {
    const code = systemErrorCode(error);
    if (code === 'EEXIST') throw alreadyExists(shown);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new CliError(
        'cannot-write',
        `The review could not be written to ${path.dirname(target)}: permission denied. Nothing was written. Choose a folder you can write to.`,
      );
    }
    if (code === 'ENOSPC' || code === 'EDQUOT') {
      throw new CliError(
        'cannot-write',
        `The disk is full. Nothing was written. Free some space, or choose another place for the review.`,
      );
    }
    throw error;
  }
}

function alreadyExists(shown: string): CliError {
  return new CliError(
    'exists',
    `${shown} already exists. Nothing was written and the existing file was left as it was. Choose another file name, or move the existing file away first.`,
  );
}
