// The shape every command module fills in: its arguments as a zod schema (parse, don't trust),
// its help, and a run function that returns data which main.ts prints as JSON or as text.
import type { z } from 'zod';
import { CliError } from './CliError';

export interface CliContext {
  /** Relative paths on the command line are resolved against this folder. */
  cwd: string;
}

export interface CommandOutcome {
  /** 0 done, 1 done with problems reported. Failures are thrown as errors, never returned. */
  exitCode: 0 | 1;
  /** What `--json` prints: the contract's shape. */
  json: unknown;
  /** What a person sees without `--json`. */
  text: string;
}

interface CommandDescription {
  name: string;
  /** Names of the positional arguments in order; they become keys of the input the schema parses. */
  positionals: readonly string[];
  /** One line, without the program name: `info <file>`. */
  usage: string;
  summary: string;
  /** Shown by `charter-review <command> --help`, after the usage line; a function so content loads only when asked. */
  help(): string;
}

export interface CommandSpec<Arguments> extends CommandDescription {
  arguments: z.ZodType<Arguments>;
  run(args: Arguments, context: CliContext): Promise<CommandOutcome>;
}

/** A command with its argument type hidden, so commands of different shapes share one table. */
export interface CliCommand extends CommandDescription {
  /** Validates the parsed command line, then runs; bad arguments throw CliError('usage'). */
  execute(input: Record<string, unknown>, context: CliContext): Promise<CommandOutcome>;
}

export function defineCommand<Arguments>(spec: CommandSpec<Arguments>): CliCommand {
  const { arguments: schema, run, ...description } = spec;
  return {
    ...description,
    async execute(input, context) {
      const parsed = schema.safeParse(input);
      if (!parsed.success) throw new CliError('usage', usageSentence(parsed.error.issues[0], description));
      return run(parsed.data, context);
    },
  };
}

function usageSentence(issue: z.core.$ZodIssue | undefined, command: CommandDescription): string {
  const what =
    issue?.code === 'unrecognized_keys'
      ? `${issue.keys.map((key) => `--${key}`).join(', ')} ${issue.keys.length === 1 ? 'is not an option' : 'are not options'} of ${command.name}.`
      : (issue?.message ?? `The arguments of ${command.name} are not valid.`);
  return `${what} Nothing was changed. Usage: charter-review ${command.usage}`;
}
