// The engine side of the benchmark, in one Node process on the generated review: open, one answer until durable
// through the desktop host's file service, the background full save, export, a 10,000-row import, scoring, DOCX
// reports, and the process's peak memory; each with the baseline the issue compares it with.
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { loadSqlJs } from '../../cli/sqlJsNode';
import { createHostFileService } from '../../electron/ipc';
import type { SqlJsStatic } from '../../shared/db/sqljs';
import { sha256Hex } from '../../shared/engine/hash';
import { ReviewEngine } from '../../shared/engine/ReviewEngine';
import { guessMapping, planImport, readInventory, toImportCommand } from '../../shared/inventory';
import type { AnswerStatus } from '../../shared/model/status';
import { generateReport } from '../../shared/reports';
import { journalEntryLine } from '../../shared/saving/journalFile';
import { type Timing, repeat, startClock, summarise } from './measure';
import { type BenchPart, type Figure, atMost, below, ratioFigure, timingFigure } from './results';

export interface EngineBenchOptions {
  reviewBytes: Uint8Array;
  csvBytes: Uint8Array;
  /** Fewer runs for a quick check of the benchmark itself. */
  quick: boolean;
  log: (line: string) => void;
}

export async function runEngineBench(options: EngineBenchOptions): Promise<BenchPart> {
  const { reviewBytes, csvBytes } = options;
  const log = (step: string) =>
    options.log(`${step} (peak memory so far ${Math.round(process.resourceUsage().maxRSS / 1024)} MB)`);
  const runs = (full: number) => (options.quick ? Math.min(2, full) : full);
  const sql = await loadSqlJs();
  const figures: Figure[] = [];
  const missing: BenchPart['missing'] = [];

  log('open');
  const open = await repeat(runs(9), () => {
    const clock = startClock();
    const { engine } = ReviewEngine.open(sql, reviewBytes);
    const elapsed = clock();
    engine.close();
    return elapsed;
  });
  const rawOpen = await repeat(runs(9), () => {
    const clock = startClock();
    const db = new sql.Database(reviewBytes);
    const elapsed = clock();
    db.close();
    return elapsed;
  });
  figures.push(timingFigure('open', 'Open the review file (checks, migrations)', open, below(1000, 'median')));

  const { engine } = ReviewEngine.open(sql, reviewBytes);
  let beforeReports: number | undefined;
  try {
    log('answer until durable');
    const durable = await measureDurableAnswers(sql, engine, reviewBytes, runs(60), runs(6));
    figures.push(
      timingFigure(
        'answer-durable',
        'One answer change until durable (journal append + fsync)',
        durable.appended,
        below(200, 'p95'),
        'From the command to the host confirming the append: validating and applying the command (one SQLite ' +
          'transaction with its undo and journal triggers and audit row), taking the journal rows, the line checksum, ' +
          'the host file service (write queue, lock-file check) and the append with fdatasync.',
      ),
      timingFigure(
        'answer-durable-first',
        'One answer change until durable, first after a full save',
        durable.firstAfterSave,
        below(200, 'p95'),
        'The first change after a full save starts a new journal (atomic write of the journal file).',
      ),
      timingFigure('full-save', 'Background full save of the whole file (export + atomic write)', durable.fullSave),
      timingFigure(
        'plain-write',
        'Baseline: plain append + fdatasync of the same bytes',
        durable.plainWrite,
        undefined,
        'The same number of bytes appended to a file in the same folder, kept open as the journal is, with the same ' +
          'write and fdatasync: the disk work alone.',
      ),
    );

    log('export');
    const exported = await repeat(runs(9), () => {
      const clock = startClock();
      engine.export();
      return clock();
    });
    figures.push(timingFigure('export', 'Export the database (engine.export)', exported));

    log('import');
    const imported = await measureImport(sql, reviewBytes, csvBytes, runs(7));
    figures.push(
      timingFigure(
        'import',
        'Import a 10,000-row CSV (read + plan + apply)',
        imported.importing,
        below(2000, 'median'),
      ),
      timingFigure('csv-parse', 'Baseline: papaparse alone on the same file', imported.parsing),
    );

    log('scores');
    const [someSystem] = engine.systems();
    const scoring = await repeat(runs(9), (index) => {
      // A change first, as in the app: scores are asked for after one, when nothing read before still holds.
      if (someSystem) {
        engine.dispatch({ type: 'updateSystem', systemId: someSystem.id, changes: { notes: `Revisited ${index}` } });
      }
      const clock = startClock();
      engine.scores();
      return clock();
    });
    figures.push(timingFigure('scores', 'Portfolio scoring (scores())', scoring));

    log('reports');
    beforeReports = Math.round(process.resourceUsage().maxRSS / 1024);
    const file = { name: 'National review.charter', sha256: sha256Hex(reviewBytes) };
    try {
      const systemId = busiestSystem(engine);
      const systemReport = await repeat(runs(7), async () => {
        const clock = startClock();
        await generateReport(engine, { kind: 'system', systemId, language: 'en' }, { file });
        return clock();
      });
      figures.push(timingFigure('report-system', 'System DOCX report', systemReport));
      const portfolioReport = await repeat(
        runs(3),
        async () => {
          const clock = startClock();
          await generateReport(engine, { kind: 'portfolio', language: 'en' }, { file });
          return clock();
        },
        options.quick ? 0 : 1,
      );
      figures.push(
        timingFigure(
          'report-portfolio',
          'Portfolio DOCX report, 1,000 systems',
          portfolioReport,
          below(15000, 'median'),
        ),
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      missing.push({ id: 'reports', label: 'DOCX reports', reason: `shared/reports failed: ${reason}` });
    }

    figures.push(
      ratioFigure('ratio-open', 'Open vs. sql.js opening the same bytes', open, rawOpen),
      ratioFigure(
        'ratio-save',
        'Answer durable vs. plain append + fdatasync',
        durable.appended,
        durable.plainWrite,
        atMost(2, 'median'),
      ),
      ratioFigure(
        'ratio-import',
        'CSV import vs. papaparse alone',
        imported.importing,
        imported.parsing,
        atMost(2, 'median'),
      ),
    );
    figures.push(timingFigure('open-raw', 'Baseline: sql.js opening the same bytes', rawOpen));
  } finally {
    engine.close();
  }

  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  if (beforeReports !== undefined) {
    figures.push({
      id: 'memory-before-reports',
      label: 'Peak memory before the DOCX reports (maxRSS)',
      unit: 'MB',
      value: beforeReports,
    });
  }
  figures.push({
    id: 'memory',
    label: 'Peak memory of the process (maxRSS)',
    unit: 'MB',
    value: maxRssMb,
    target: below(600, 'value'),
  });
  return { figures, missing };
}

/** The system with the most findings, evidence and actions: the longest system report. */
function busiestSystem(engine: ReviewEngine): string {
  const weight = new Map<string, number>();
  const add = (systemId: string) => weight.set(systemId, (weight.get(systemId) ?? 0) + 1);
  for (const finding of engine.findings()) add(finding.systemId);
  for (const evidence of engine.evidence()) add(evidence.systemId);
  for (const action of engine.actions()) add(action.systemId);
  const [best] = [...weight.entries()].sort((a, b) => b[1] - a[1]);
  const id = best?.[0] ?? engine.systems()[0]?.id;
  if (!id) throw new Error('The generated review has no systems.');
  return id;
}

interface DurableTimings {
  appended: Timing;
  firstAfterSave: Timing;
  fullSave: Timing;
  plainWrite: Timing;
}

/**
 * Drives the desktop host file service as the app does: the review opened from a file in a temp folder, the
 * journal started, then answers changed one at a time, each appended to the journal with fsync before the next.
 * Every `perSave` changes, a full save rewrites the file (as the SaveScheduler does in the background), and the
 * change after it starts a fresh journal. The baseline appends the same number of bytes to another file in the
 * same folder, kept open as the journal is kept open, with the same write and fdatasync, right after each change.
 */
async function measureDurableAnswers(
  _sql: SqlJsStatic,
  engine: ReviewEngine,
  bytes: Uint8Array,
  changes: number,
  saves: number,
): Promise<DurableTimings> {
  const folder = await mkdtemp(path.join(tmpdir(), 'charter-bench-'));
  try {
    const filePath = path.join(folder, 'National review.charter');
    await writeFile(filePath, bytes);
    const refuse = () => Promise.reject(new Error('The benchmark shows no dialogs.'));
    const host = createHostFileService({
      dialogs: { showOpenDialog: refuse, showSaveDialog: refuse },
      userDataDir: folder,
      getWindow: () => null,
      logError: () => undefined,
      locks: { heartbeatIntervalMs: 0 },
    });
    const ref = host.grantFileFromSystem(filePath);
    await host.openRecentFile(ref.key);
    // Held as the app holds it while the review is open: every full save checks it.
    await host.lockReviewFile(ref, { owner: 'Benchmark Officer', takeOver: false });
    engine.startJournal();

    const targets = answerTargets(engine);
    const plainFile = await open(path.join(folder, 'plain-write.bin'), 'a');
    let next = 0;
    const changeOneAnswer = async (): Promise<{ elapsed: number; lineBytes: number }> => {
      const target = targets[next % targets.length];
      next += 1;
      if (!target) throw new Error('No answer to change.');
      const status: AnswerStatus = target.status === 'compliant' ? 'partial' : 'compliant';
      target.status = status;
      const clock = startClock();
      const { revision } = engine.dispatch(
        {
          type: 'setAnswer',
          systemId: target.systemId,
          itemId: target.itemId,
          status,
          justification: 'Confirmed again with the registry after the vendor update of March.',
        },
        'Benchmark Officer',
      );
      const entry = engine.takeJournalEntry();
      if (entry === null) throw new Error('The answer change wrote no rows.');
      await host.appendJournal(ref, revision, entry);
      return { elapsed: clock(), lineBytes: Buffer.byteLength(journalEntryLine(entry)) };
    };
    const plainWrite = async (size: number): Promise<number> => {
      const text = 'x'.repeat(Math.max(0, size - 1)) + '\n';
      const clock = startClock();
      await plainFile.write(text, null, 'utf8');
      await plainFile.datasync();
      return clock();
    };

    // Warm-up: the first change creates the journal and prepares the engine's statements, and the next few let
    // the script engine compile the path (the first changes of a session take 10–30 ms), as in a session at work.
    for (let warmUp = 0; warmUp < 5; warmUp += 1) {
      await changeOneAnswer();
      await plainWrite(1000);
    }

    const appended: number[] = [];
    const plain: number[] = [];
    const first: number[] = [];
    const full: number[] = [];
    const perSave = Math.max(1, Math.floor(changes / Math.max(1, saves)));
    for (let index = 0; index < changes; index += 1) {
      const change = await changeOneAnswer();
      appended.push(change.elapsed);
      plain.push(await plainWrite(change.lineBytes));
      if ((index + 1) % perSave === 0 && full.length < saves) {
        const clock = startClock();
        const revision = engine.revision;
        const snapshot = engine.export();
        await host.saveReviewFile(ref, snapshot, revision);
        full.push(clock());
        first.push((await changeOneAnswer()).elapsed);
      }
    }
    await host.unlockReviewFile(ref);
    await plainFile.close();
    return {
      appended: summarise(appended),
      firstAfterSave: summarise(first),
      fullSave: summarise(full),
      plainWrite: summarise(plain),
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Answers to flip back and forth, spread over many systems. */
function answerTargets(engine: ReviewEngine): { systemId: string; itemId: string; status: AnswerStatus }[] {
  const targets: { systemId: string; itemId: string; status: AnswerStatus }[] = [];
  const systems = engine.systems();
  for (let index = 0; index < systems.length && targets.length < 200; index += 7) {
    const system = systems[index];
    if (!system) continue;
    const items = engine.checklist(system.id).frameworks.flatMap((f) => f.principles.flatMap((p) => p.items));
    const item = items.find((candidate) => candidate.applicable);
    if (item) targets.push({ systemId: system.id, itemId: item.id, status: item.status });
  }
  return targets;
}

interface ImportTimings {
  importing: Timing;
  parsing: Timing;
}

/**
 * The whole path of `charter-review import` short of writing the file: read the CSV, guess the mapping, plan
 * against the review's systems, and apply the command. Each run starts from the review as generated; the
 * baseline decodes the same bytes and parses them with papaparse alone.
 */
async function measureImport(
  sql: SqlJsStatic,
  reviewBytes: Uint8Array,
  csvBytes: Uint8Array,
  runs: number,
): Promise<ImportTimings> {
  let checked = false;
  const importing = await repeat(runs, async () => {
    const { engine } = ReviewEngine.open(sql, reviewBytes);
    try {
      const clock = startClock();
      const source = await readInventory(csvBytes, { fileName: 'national-inventory.csv' });
      const plan = await planImport(source.table, guessMapping(source.table.headers), engine.systems());
      engine.dispatch(toImportCommand(plan, { fileName: source.fileName, format: source.format }), 'Benchmark');
      const elapsed = clock();
      if (!checked) {
        checked = true;
        const { summary } = plan;
        if (summary.rowsRead !== 10_000 || summary.rejected > 0) {
          throw new Error(`The import did not read the file as expected: ${JSON.stringify(summary)}`);
        }
      }
      return elapsed;
    } finally {
      engine.close();
    }
  });
  const parsing = await repeat(runs, () => {
    const clock = startClock();
    const text = new TextDecoder('utf-8').decode(csvBytes);
    const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
    const elapsed = clock();
    if (parsed.data.length < 10_000) throw new Error('papaparse read fewer rows than the file has.');
    return elapsed;
  });
  return { importing, parsing };
}

export async function readBytes(filePath: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(filePath));
}
