// Splits argv into a command, its positional arguments and its options with node:util parseArgs,
// rewording parseArgs' own errors as usage sentences. What each command accepts is checked later, by zod.
import { parseArgs } from 'node:util';
import { CliError, systemErrorCode } from './CliError';

/** Every option of every command; each command's zod schema rejects the ones it does not take. */
const OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  title: { type: 'string' },
  organisation: { type: 'string' },
  framework: { type: 'string', multiple: true },
  lang: { type: 'string' },
  mapping: { type: 'string' },
  'dry-run': { type: 'boolean' },
  sheet: { type: 'string' },
  key: { type: 'string' },
  csv: { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string' },
  into: { type: 'string' },
  system: { type: 'string' },
  'include-na': { type: 'boolean' },
  'no-evidence': { type: 'boolean' },
  anonymise: { type: 'boolean' },
  appendix: { type: 'boolean' },
  compare: { type: 'string' },
  systems: { type: 'string' },
  'new-round': { type: 'boolean' },
  by: { type: 'string' },
} as const;

export interface CommandLine {
  /** The first positional argument, if any. */
  command: string | undefined;
  /** The positional arguments after the command. */
  positionals: string[];
  help: boolean;
  version: boolean;
  json: boolean;
  /** The remaining options by name, as given (no defaults). */
  options: Record<string, string | boolean | string[]>;
}

export function parseCommandLine(argv: readonly string[]): CommandLine {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError('usage', rewordParseError(error, argv));
  }
  const { help, version, ...options } = parsed.values;
  const [command, ...positionals] = parsed.positionals;
  return { command, positionals, help: help ?? false, version: version ?? false, json: options.json ?? false, options };
}

function rewordParseError(error: unknown, argv: readonly string[]): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(--?[A-Za-z0-9][A-Za-z0-9-]*)/.exec(message)?.[1] ?? 'An option';
  const command = argv.find((arg) => !arg.startsWith('-'));
  const helpHint = command ? `charter-review ${command} --help` : 'charter-review --help';
  switch (systemErrorCode(error)) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `${option} is not an option of charter-review. Nothing was changed. Run ${helpHint} to see the options; a file name starting with "-" goes after "--".`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(message)) {
        return `${option} takes no value. Nothing was changed. Write ${option} on its own.`;
      }
      return `${option} needs a value, e.g. ${option} "value". Nothing was changed. A value that starts with "-" is written ${option}=-value.`;
    default:
      return `The command line could not be read (${message.split('\n', 1)[0] ?? ''}). Nothing was changed. Run ${helpHint}.`;
  }
}
