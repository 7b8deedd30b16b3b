// `npm run scan:security`: Electronegativity over the desktop shell, offline. Fails on any finding that
// docs/security.md does not justify, on a justification whose finding has gone (so the page stays true), and on
// a source file the scanner could not read (so nothing escapes unseen).
//
// What is scanned: electron/**/*.ts as written (the scanner reads TypeScript, and the findings then point at real
// lines), and the page as the build ships it — renderer/index.html with the same CSP meta tag Vite adds.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const SECURITY_DOC = path.join(root, 'docs', 'security.md');
// Looks up Electron releases on GitHub: impossible offline. Electron updates are handled as docs/security.md says.
const ONLINE_ONLY_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/** The CSP string from shared/security/contentSecurityPolicy.ts, compiled on the fly (it is TypeScript). */
async function contentSecurityPolicyMeta() {
  const result = await build({
    entryPoints: [path.join(root, 'shared/security/contentSecurityPolicy.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'error',
  });
  const code = result.outputFiles[0].text;
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return module.CONTENT_SECURITY_POLICY;
}

async function stage() {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'charter-review-scan-'));
  cpSync(path.join(root, 'electron'), path.join(folder, 'electron'), {
    recursive: true,
    filter: (source) => !source.endsWith('.map'),
  });
  const csp = await contentSecurityPolicyMeta();
  const page = readFileSync(path.join(root, 'renderer', 'index.html'), 'utf8').replace(
    '<head>',
    `<head>\n    <meta http-equiv="Content-Security-Policy" content="${csp.replace(/"/g, '&quot;')}" />`,
  );
  mkdirSync(path.join(folder, 'renderer'));
  writeFileSync(path.join(folder, 'renderer', 'index.html'), page);
  return folder;
}

/**
 * The findings docs/security.md accepts: rows of the table under the heading "Security scan findings",
 * `| CHECK_ID | file or N/A | why |`.
 */
export function acceptedFindings(markdown) {
  const section = markdown.split(/^#{2,4} /m).find((part) => part.startsWith('Security scan findings'));
  if (!section) return [];
  const rows = [];
  for (const line of section.split('\n')) {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim().replace(/^`|`$/g, ''));
    if (cells.length < 3 || !/^[A-Z0-9_]+$/.test(cells[0] ?? '')) continue;
    rows.push({ id: cells[0], file: cells[1], why: cells[2] });
  }
  return rows;
}

export function judgeFindings(issues, accepted) {
  const matches = (row, issue) => row.id === issue.id && row.file === issue.file;
  const unaddressed = issues.filter((issue) => !accepted.some((row) => matches(row, issue)));
  const stale = accepted.filter((row) => !issues.some((issue) => matches(row, issue)));
  return { unaddressed, stale };
}

async function main() {
  const folder = await stage();
  let result;
  try {
    const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
    const run = require('@doyensec/electronegativity');
    result = await run(
      {
        input: folder,
        isRelative: true,
        customScan: [],
        excludeFromScan: ONLINE_ONLY_CHECKS.map((check) => check.toLowerCase()),
        electronVersionOverride: electronVersion,
        parserPlugins: [],
      },
      false,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const issues = result.issues.map((issue) => ({
    id: issue.id,
    file: issue.file.split(path.sep).join('/'),
    line: issue.location.line,
    severity: issue.severity.name,
    description: issue.description,
  }));
  const accepted = acceptedFindings(readFileSync(SECURITY_DOC, 'utf8'));
  const { unaddressed, stale } = judgeFindings(issues, accepted);
  const unreadable = result.errors.filter((error) => !error.tolerable);

  console.log(
    `Electronegativity: ${result.atomicChecks + result.globalChecks} checks, ${issues.length} findings, ` +
      `${issues.length - unaddressed.length} justified in docs/security.md.`,
  );
  for (const issue of issues) {
    const status = unaddressed.includes(issue) ? 'UNADDRESSED' : 'justified';
    console.log(`  ${status.padEnd(11)} ${issue.id} ${issue.file}:${issue.line} (${issue.severity})`);
  }
  for (const issue of unaddressed) {
    console.error(`\n${issue.id} at ${issue.file}:${issue.line}: ${issue.description}`);
  }
  for (const row of stale) {
    console.error(
      `\ndocs/security.md justifies ${row.id} in ${row.file}, which the scan no longer reports: remove the row.`,
    );
  }
  for (const error of unreadable) {
    console.error(`\nThe scanner could not read ${path.relative(folder, error.file)}: ${error.message}`);
  }
  if (unaddressed.length > 0 || stale.length > 0 || unreadable.length > 0) {
    console.error(
      '\nSecurity scan failed: fix the finding, or justify it in docs/security.md ("Security scan findings").',
    );
    process.exitCode = 1;
  } else {
    console.log('Security scan passed.');
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
