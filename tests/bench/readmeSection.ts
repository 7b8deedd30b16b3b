// Keeps the README's Performance section up to date: only the text between its two bench markers is replaced,
// and only when asked (npm run bench -- --readme), since the README is everyone's file.
import { readFile, writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';
import { type BenchResults, describeMachine } from './results';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the text between the markers; false when the README has none. */
export async function updatePerformanceSection(
  readmePath: string,
  table: string,
  results: BenchResults,
): Promise<boolean> {
  const text = await readFile(readmePath, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return false;
  const { workload } = results;
  const body = [
    START,
    '',
    `Measured on ${describeMachine(results.machine)}.`,
    '',
    `Workload: ${workload.systems} systems, ${workload.answeredItems} answered items, ${workload.findings} findings, ${workload.actions} actions, ${workload.evidenceFiles} evidence files of ${workload.evidenceKb} KB (a ${workload.fileMb} MB file); a ${workload.csvRows}-row CSV; ${workload.uiInventorySystems} systems in the scrolled table.`,
    '',
    // Laid out as Prettier would, so that the README still passes the format check.
    (await format(table, { ...(await resolveConfig(readmePath)), parser: 'markdown' })).trimEnd(),
    '',
    END,
  ].join('\n');
  await writeFile(readmePath, text.slice(0, start) + body + text.slice(end + END.length));
  return true;
}
