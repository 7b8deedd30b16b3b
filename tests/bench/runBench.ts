// The Node entry of `npm run bench` (bundled and started by scripts/bench.mjs), one step per process so that
// each measures its own peak memory:
//   generate <data dir>                          the synthetic review files and the 10,000-row CSV
//   engine <data dir> <out.json> [--quick]       the engine figures (engineBench.ts)
//   report <data dir> <engine.json> <ui.json> <results.json> [README.md]   judge, print, keep (and update the README)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSqlJs } from '../../cli/sqlJsNode';
import { readBytes, runEngineBench } from './engineBench';
import {
  type BenchPart,
  type BenchResults,
  type MachineFacts,
  describeMachine,
  formatTable,
  judge,
  machineFacts,
  markdownTable,
} from './results';
import { FULL_REVIEW, buildSyntheticReview, inventoryCsv } from './syntheticReview';
import { updatePerformanceSection } from './readmeSection';

/** The files the generate step writes into the data folder. */
export const DATA_FILES = {
  review: 'national-review.charter',
  inventory: 'national-inventory-10000.csv',
  uiInventory: 'inventory-5000.charter',
  uiKeyboard: 'keyboard.charter',
  workload: 'workload.json',
} as const;

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

async function generate(dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const sql = await loadSqlJs();
  const started = Date.now();
  const review = await buildSyntheticReview(sql, FULL_REVIEW, 2026, (step) => log(`generated ${step}`));
  const bytes = review.export();
  const info = review.info();
  const names = review.systems().map((system) => system.name);
  review.close();
  await writeFile(path.join(dataDir, DATA_FILES.review), bytes);
  await writeFile(path.join(dataDir, DATA_FILES.inventory), inventoryCsv(10_000, names));

  const inventory = await buildSyntheticReview(
    sql,
    { ...FULL_REVIEW, systems: 5000, findings: 0, actions: 0, evidenceFiles: 0, answered: false },
    5000,
  );
  await writeFile(path.join(dataDir, DATA_FILES.uiInventory), inventory.export());
  inventory.close();
  const keyboard = await buildSyntheticReview(
    sql,
    { ...FULL_REVIEW, systems: 6, findings: 0, actions: 0, evidenceFiles: 0, answered: false },
    6,
  );
  await writeFile(path.join(dataDir, DATA_FILES.uiKeyboard), keyboard.export());
  keyboard.close();

  const answers = Object.values(info.answers).reduce((sum, n) => sum + n, 0);
  const workload = {
    systems: info.systems,
    answeredItems: answers - info.answers.not_reviewed,
    findings: FULL_REVIEW.findings,
    actions: FULL_REVIEW.actions,
    evidenceFiles: FULL_REVIEW.evidenceFiles,
    evidenceKb: FULL_REVIEW.evidenceBytes / 1024,
    fileMb: Math.round((bytes.length / 1024 ** 2) * 10) / 10,
    csvRows: 10_000,
    uiInventorySystems: 5000,
    uiKeyboardSystems: 6,
  };
  await writeFile(path.join(dataDir, DATA_FILES.workload), JSON.stringify(workload, null, 2));
  log(`generated the review files in ${((Date.now() - started) / 1000).toFixed(1)} s (${workload.fileMb} MB)`);
}

async function engine(dataDir: string, out: string, quick: boolean): Promise<void> {
  const machine = machineFacts();
  const part = await runEngineBench({
    reviewBytes: await readBytes(path.join(dataDir, DATA_FILES.review)),
    csvBytes: await readBytes(path.join(dataDir, DATA_FILES.inventory)),
    quick,
    log: (step) => log(`measuring ${step}`),
  });
  await writeFile(out, JSON.stringify({ machine, ...part }, null, 2));
}

async function readPart(file: string, label: string): Promise<BenchPart> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as BenchPart;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const why = reason.includes('ENOENT') ? 'that part did not run or did not finish (see its output above)' : reason;
    return { figures: [], missing: [{ id: label, label: `${label} figures`, reason: why }] };
  }
}

async function report(dataDir: string, files: { engine: string; ui: string; results: string; readme: string }) {
  const engineFigures = await readPart(files.engine, 'Engine');
  const uiFigures = await readPart(files.ui, 'UI');
  const machine: MachineFacts = { ...(engineFigures.machine ?? machineFacts()), loadAtEnd: machineFacts().loadAtStart };
  if (uiFigures.chromium) machine.chromium = uiFigures.chromium;
  const results: BenchResults = {
    machine,
    workload: JSON.parse(await readFile(path.join(dataDir, DATA_FILES.workload), 'utf8')) as BenchResults['workload'],
    figures: [...engineFigures.figures, ...uiFigures.figures].map(judge),
    missing: [...engineFigures.missing, ...uiFigures.missing],
  };
  await mkdir(path.dirname(files.results), { recursive: true });
  await writeFile(files.results, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`\n${formatTable(results)}\n\nMachine: ${describeMachine(machine)}\n`);
  const failed = results.figures.filter((figure) => figure.pass === false).map((figure) => figure.label);
  process.stdout.write(failed.length === 0 ? 'Every target holds.\n' : `Targets missed: ${failed.join('; ')}.\n`);
  if (files.readme) {
    const updated = await updatePerformanceSection(files.readme, markdownTable(results), results);
    if (updated) process.stdout.write(`Updated the Performance section of ${files.readme}.\n`);
  }
}

async function main(argv: readonly string[]): Promise<void> {
  const [step, dataDir, ...rest] = argv;
  if (!dataDir) throw new Error('usage: runBench generate|engine|report <data dir> …');
  if (step === 'generate') return generate(dataDir);
  if (step === 'engine') {
    const [out] = rest;
    if (!out) throw new Error('usage: runBench engine <data dir> <out.json> [--quick]');
    return engine(dataDir, out, rest.includes('--quick'));
  }
  if (step === 'report') {
    const [engineFile, uiFile, results, readme] = rest;
    if (!engineFile || !uiFile || !results) {
      throw new Error('usage: runBench report <data dir> <engine.json> <ui.json> <results.json> [README.md]');
    }
    return report(dataDir, { engine: engineFile, ui: uiFile, results, readme: readme ?? '' });
  }
  throw new Error(`Unknown step "${step}": generate, engine or report.`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
