// Entry of the `charter-review` command: parses the command line, runs one command and maps
// every outcome to the exit codes and the one-line errors of the public contract (docs: CLI.md).
import { version as packageVersion } from '../package.json';
import { ReviewFileError, describeError } from '../shared/errors';
import { InventoryImportError } from '../shared/inventory/InventoryImportError';
import { FieldworkError } from '../shared/fieldwork/FieldworkError';
import { ReportError } from '../shared/reports/ReportError';
import { ExchangeError } from '../shared/exchange/ExchangeError';
import type { CliCommand, CommandOutcome } from './CliCommand';
import { CliError } from './CliError';
import { answersCommand } from './commands/answers';
import { createCommand } from './commands/create';
import { diffCommand } from './commands/diff';
import { exportCommand } from './commands/export';
import { frameworksCommand } from './commands/frameworks';
import { importCommand } from './commands/import';
import { importReviewCommand } from './commands/importReview';
import { infoCommand } from './commands/info';
import { mergeCommand } from './commands/merge';
import { packageCommand } from './commands/package';
import { inventoryCommand } from './commands/inventory';
import { reportCommand } from './commands/report';
import { scoreCommand } from './commands/score';
import { validateCommand } from './commands/validate';
import { type CommandLine, parseCommandLine } from './parseCommandLine';

export const EXIT_DONE = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_UNUSABLE = 2;

/** Where the CLI writes; tests capture it, the real entry writes to the process streams. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Relative paths on the command line are resolved against this folder. */
  cwd: string;
}

export const COMMANDS: readonly CliCommand[] = [
  createCommand,
  infoCommand,
  validateCommand,
  frameworksCommand,
  importCommand,
  inventoryCommand,
  scoreCommand,
  answersCommand,
  packageCommand,
  mergeCommand,
  diffCommand,
  reportCommand,
  exportCommand,
  importReviewCommand,
];

/** Runs one command line to completion and returns the exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const line = parseCommandLine(argv);
    if (line.version) return printVersion(line, io);
    if (line.help || line.command === 'help') return printHelp(line, io);
    const command = findCommand(line.command);
    const outcome = await command.execute(commandInput(command, line), { cwd: io.cwd });
    io.stdout(render(outcome, line.json));
    return outcome.exitCode;
  } catch (error) {
    const { code, sentence } = describeFailure(error);
    io.stderr(`error ${code}: ${oneLine(sentence)}\n`);
    return EXIT_UNUSABLE;
  }
}

function findCommand(name: string | undefined): CliCommand {
  const names = COMMANDS.map((c) => c.name).join(', ');
  if (name === undefined) {
    throw new CliError(
      'usage',
      `No command was given. Nothing was changed. Use one of: ${names} (charter-review --help explains them).`,
    );
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    throw new CliError(
      'usage',
      `"${name}" is not a command of charter-review. Nothing was changed. Use one of: ${names} (charter-review --help explains them).`,
    );
  }
  return command;
}

/** Names the positional arguments after the command's own list and adds the options. */
function commandInput(command: CliCommand, line: CommandLine): Record<string, unknown> {
  // A last positional named "...name" takes every remaining argument (merge <target> <other>…).
  const rest = command.positionals.at(-1)?.startsWith('...') ? command.positionals.at(-1)?.slice(3) : undefined;
  const named = rest === undefined ? command.positionals : command.positionals.slice(0, -1);
  const extra = rest === undefined ? line.positionals.slice(command.positionals.length) : [];
  if (extra.length > 0) {
    throw new CliError(
      'usage',
      `${command.name} takes ${command.positionals.map((p) => `<${p}>`).join(' ')} only, but "${extra.join('" "')}" followed. Nothing was changed. Put a path that contains spaces in quotes. Usage: charter-review ${command.usage}`,
    );
  }
  const input: Record<string, unknown> = { ...line.options };
  named.forEach((name, index) => {
    const value = line.positionals[index];
    if (value !== undefined) input[name] = value;
  });
  if (rest !== undefined) input[rest] = line.positionals.slice(named.length);
  return input;
}

function render(outcome: CommandOutcome, json: boolean): string {
  return json ? `${JSON.stringify(outcome.json, null, 2)}\n` : `${outcome.text}\n`;
}

function printVersion(line: CommandLine, io: CliIo): number {
  io.stdout(line.json ? `${JSON.stringify({ version: packageVersion })}\n` : `charter-review ${packageVersion}\n`);
  return EXIT_DONE;
}

function printHelp(line: CommandLine, io: CliIo): number {
  const topic = line.command === 'help' ? line.positionals[0] : line.command;
  const command = COMMANDS.find((c) => c.name === topic);
  io.stdout(`${command ? commandHelp(command) : generalHelp()}\n`);
  return EXIT_DONE;
}

function commandHelp(command: CliCommand): string {
  return [
    `Usage: charter-review ${command.usage}`,
    '',
    `${command.summary[0]?.toUpperCase() ?? ''}${command.summary.slice(1)}.`,
    '',
    command.help(),
  ].join('\n');
}

function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    `charter-review ${packageVersion} — review the AI systems used in courts against the CEPEJ Ethical Charter, offline.`,
    '',
    'Usage: charter-review <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Options for every command:',
    '  --json        print exactly one JSON document on stdout, for scripts',
    "  --help, -h    show help; charter-review <command> --help shows a command's options",
    '  --version     show the version',
    '',
    'Exit codes: 0 done; 1 done, with problems reported; 2 the input could not be used and nothing',
    'was written (stderr then has one line: error <code>: <what happened and what to do>).',
  ].join('\n');
}

function describeFailure(error: unknown): { code: string; sentence: string } {
  if (
    error instanceof ReviewFileError ||
    error instanceof CliError ||
    error instanceof InventoryImportError ||
    error instanceof ExchangeError ||
    error instanceof ReportError ||
    error instanceof FieldworkError
  )
    return { code: error.code, sentence: error.message };
  return {
    code: 'internal',
    sentence: `charter-review failed unexpectedly (${describeError(error)}). Nothing was changed. Please report this together with the command you ran.`,
  };
}

/** The contract promises exactly one line on stderr, whatever a message contains. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function isEntryPoint(): boolean {
  // The bundle is CommonJS and runs as the main module; tests import this file and must not start it.
  return typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module;
}

if (isEntryPoint()) {
  // A reader that stops early (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_DONE);
    throw error;
  });
  void runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  }).then((code) => {
    // exitCode rather than exit(): lets stdout drain into a pipe before Node exits.
    process.exitCode = code;
  });
}
