import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import packageJson from '../../../package.json';
import { oneErrorLine, runCliCaptured } from './runCliCaptured';

const cwd = tmpdir();

describe('charter-review usage', () => {
  it('--help lists every command and exits 0', async () => {
    const run = await runCliCaptured(['--help'], cwd);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    for (const command of ['create', 'info', 'validate']) expect(run.stdout).toContain(`  ${command} <file>`);
  });

  it("<command> --help shows that command's options", async () => {
    const run = await runCliCaptured(['create', '--help'], cwd);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: charter-review create <file> --title T/);
    expect(run.stdout).toContain('--framework ID');
    expect((await runCliCaptured(['help', 'validate'], cwd)).stdout).toMatch(/^Usage: charter-review validate <file>/);
  });

  it('--version prints the package version, as JSON with --json', async () => {
    expect((await runCliCaptured(['--version'], cwd)).stdout).toBe(`charter-review ${packageJson.version}\n`);
    expect(JSON.parse((await runCliCaptured(['--version', '--json'], cwd)).stdout)).toEqual({
      version: packageJson.version,
    });
  });

  const mistakes: [string, string[], RegExp][] = [
    ['no command', [], /No command was given/],
    ['an unknown command', ['frobnicate', 'x.charter'], /"frobnicate" is not a command/],
    ['an unknown option', ['info', 'x.charter', '--verbose'], /--verbose is not an option/],
    ["another command's option", ['info', 'x.charter', '--title', 'T'], /--title is not an option of info/],
    ['an option without its value', ['create', 'x.charter', '--title'], /--title needs a value/],
    ['a value given to a flag', ['info', 'x.charter', '--json=yes'], /--json takes no value/],
    ['a missing file argument', ['validate', '--json'], /validate needs the path of a review file/],
    ['one argument too many', ['info', 'a.charter', 'b.charter'], /info takes <file> only, but "b.charter" followed/],
  ];
  for (const [what, argv, sentence] of mistakes) {
    it(`answers ${what} with exit 2 and one usage line`, async () => {
      const run = await runCliCaptured(argv, cwd);
      expect(run).toMatchObject({ code: 2, stdout: '' });
      expect(run.stderr).toMatch(oneErrorLine('usage'));
      expect(run.stderr).toMatch(sentence);
      expect(run.stderr).toContain('Nothing was changed');
    });
  }
});
