// Runs the CLI in-process the way a person would from a shell, capturing both streams.
import { runCli } from '../../../cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCliCaptured(argv: string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
  });
  return { code, stdout, stderr };
}

/** The contract's exit-2 stderr: exactly one line `error <code>: <sentence>`. */
export function oneErrorLine(code: string): RegExp {
  return new RegExp(`^error ${code}: [^\\n]+\\n$`);
}
