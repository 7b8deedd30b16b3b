// Worker entry: runs the ReviewEngine over sql.js (WASM bundled with the app) off the UI thread.
import { expose, transfer } from 'comlink';
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import type { SqlJsStatic } from '../shared/db/sqljs';
import type { Command, CommandResult } from '../shared/engine/commands';
import type { ChecklistView, RetiredAnswerView, ReviewInfo, SystemSummary } from '../shared/engine/queries';
import type { ActionView, EvidenceView, FindingView, SignOffView } from '../shared/engine/recordQueries';
import { ReviewEngine, type UndoState } from '../shared/engine/ReviewEngine';
import type { HistoryPage, HistoryQuery } from '../shared/engine/historyQueries';
import type { ScoreReport } from '../shared/engine/scoreReview';
import { CommandError, ReviewFileError } from '../shared/errors';
import { DEFAULT_FRAMEWORK_IDS, builtInFramework } from '../shared/frameworks/builtIn';
import { buildSampleReview } from '../shared/onboarding/sampleReview';
import sampleInventoryCsv from '../assets/samples/inventory-sample.csv?raw';
import type { FrameworkDiff } from '../shared/frameworks/diffFrameworks';
import type { ContentLanguage, FrameworkContent } from '../shared/frameworks/schema';
import type { PickedFile } from '../shared/host';
import type { JournalFound } from '../shared/saving/JournalKeeper';
import { type ImportInventoryCommand, InventoryImportError, type InventoryMapping } from '../shared/inventory';
import {
  type ImportPreview,
  InventoryImportSession,
  type InventoryFileView,
  type ProgressCallback,
} from './features/inventory/InventoryImportSession';
import { type ExportTable, inventoryXlsxBytes } from './features/inventory/inventoryExport';
import type { GeneratedReport, ReportProgressCallback, ReportRequest } from '../shared/reports';
import { ReportError } from '../shared/reports/ReportError';
import { FieldworkError } from '../shared/fieldwork/FieldworkError';
import type { MergeReport, MergeResolution, RoundComparison } from '../shared/fieldwork';
import { FieldworkFiles, type ReturnedFileView } from './features/fieldwork/FieldworkFiles';
import { type ReportContext, ReportJob } from './features/reports/ReportJob';
import { type AnswersImportPlan, planAnswersImport, readAnswersTable } from '../shared/engine/answersExchange';
import { ExchangeError, exportReviewJson, importReviewJson } from '../shared/exchange';
import { exportReviewWorkbook } from '../shared/exchange/reviewWorkbook';
import { type SheetTable, workbookBytes } from '../shared/exchange/workbook';

/** Errors cross the worker boundary as data, keeping their code. */
export type EngineReply<T> =
  { ok: true; value: T } | { ok: false; error: { kind: string; code: string; message: string } };

let sqlJs: Promise<SqlJsStatic> | undefined;
let engine: ReviewEngine | undefined;
/** The inventory file being imported, kept here so its rows never cross to the window. */
const inventoryImport = new InventoryImportSession();
/** The DOCX report being made, if any, so the window can cancel it. */
const reportJob = new ReportJob(loadSql);

function loadSql(): Promise<SqlJsStatic> {
  sqlJs ??= initSqlJs({ locateFile: () => wasmUrl });
  return sqlJs;
}

function current(): ReviewEngine {
  // i18n-exempt: the interface translates engine errors by their code (renderer/i18n/errorText.ts)
  if (!engine) throw new CommandError('not-found', 'No review is open.');
  return engine;
}

async function reply<T>(work: () => T | Promise<T>): Promise<EngineReply<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (
      error instanceof ReviewFileError ||
      error instanceof CommandError ||
      error instanceof InventoryImportError ||
      error instanceof ExchangeError ||
      error instanceof ReportError ||
      error instanceof FieldworkError
    ) {
      return { ok: false, error: { kind: error.name, code: error.code, message: error.message } };
    }
    const message = error instanceof Error ? error.message : String(error);
    // i18n-exempt: an error kind, not words
    return { ok: false, error: { kind: 'Error', code: 'internal', message } };
  }
}

/** A change's result with the journal entry of the rows it wrote, for the host to append before reporting it saved. */
export interface JournaledResult extends CommandResult {
  journal: string | null;
}

function journaled(result: CommandResult): JournaledResult {
  return { ...result, journal: current().takeJournalEntry() };
}

/** Returned files being merged and rounds being compared: kept here, next to the engine. */
const fieldwork = new FieldworkFiles(current, loadSql);

const service = {
  create(init: { title: string; organisation: string; frameworkIds: string[]; createdBy: string }) {
    return reply(async () => {
      const frameworks = init.frameworkIds.map((id) => {
        const framework = builtInFramework(id);
        // i18n-exempt: translated by its code, like every engine error
        if (!framework) throw new CommandError('not-found', `This version of the app has no checklist "${id}".`);
        return framework;
      });
      engine?.close();
      engine = await ReviewEngine.create(await loadSql(), { ...init, frameworks });
      engine.startJournal();
      return engine.info();
    });
  },
  /** The sample review of the Welcome screen, built from the bundled sample inventory (shared/onboarding). */
  createSample(createdBy: string, names: { title: string; organisation: string }) {
    return reply(async () => {
      const frameworks = DEFAULT_FRAMEWORK_IDS.flatMap((id) => builtInFramework(id) ?? []);
      engine?.close();
      engine = await ReviewEngine.create(await loadSql(), {
        title: names.title,
        organisation: names.organisation,
        frameworks,
        createdBy,
      });
      await buildSampleReview(engine, new TextEncoder().encode(sampleInventoryCsv), createdBy);
      engine.startJournal();
      return engine.info();
    });
  },
  /** Opens a review file's bytes and redoes the changes its journal kept after the last full save (a crash). */
  open(bytes: Uint8Array, journal?: JournalFound) {
    return reply(async () => {
      const opened = ReviewEngine.open(await loadSql(), bytes);
      engine?.close();
      engine = opened.engine;
      const recovered = journal ? { ...engine.replayJournal(journal.entries), tornTail: journal.tornTail } : null;
      engine.startJournal();
      return { info: engine.info(), migratedFrom: opened.migratedFrom ?? null, recovered };
    });
  },
  close() {
    return reply(() => {
      engine?.close();
      engine = undefined;
    });
  },
  dispatch(command: unknown, actor: string): Promise<EngineReply<JournaledResult>> {
    return reply(() => journaled(current().dispatch(command, actor)));
  },
  async snapshot(): Promise<EngineReply<{ revision: number; bytes: Uint8Array }>> {
    const result = await reply(() => {
      const e = current();
      return { revision: e.revision, bytes: e.export() };
    });
    return result.ok ? transfer(result, [result.value.bytes.buffer]) : result;
  },
  info(): Promise<EngineReply<ReviewInfo>> {
    return reply(() => current().info());
  },
  systems(): Promise<EngineReply<SystemSummary[]>> {
    return reply(() => current().systems());
  },
  checklist(systemId: string, language: ContentLanguage): Promise<EngineReply<ChecklistView>> {
    return reply(() => current().checklist(systemId, language));
  },
  /** Findings, actions, evidence (without contents) and sign-offs of one system. */
  systemRecords(systemId: string): Promise<EngineReply<SystemRecords>> {
    return reply(() => {
      const e = current();
      return {
        findings: e.findings(systemId),
        actions: e.actions(systemId),
        evidence: e.evidence(systemId),
        signOffs: e.signOffs(systemId),
      };
    });
  },
  async evidenceContent(
    evidenceId: string,
  ): Promise<EngineReply<{ name: string; mediaType: string; content: Uint8Array } | null>> {
    const result = await reply(() => current().evidenceContent(evidenceId));
    return result.ok && result.value ? transfer(result, [result.value.content.buffer]) : result;
  },
  /** Scores per system, principle and for the portfolio: the figures of `charter-review score --json`. */
  scores(language: ContentLanguage): Promise<EngineReply<ScoreReport>> {
    return reply(() => current().scores(language));
  },
  /** Every remediation action of the review, soonest due first, with the findings they follow from. */
  remediation(): Promise<EngineReply<{ actions: ActionView[]; findings: FindingView[] }>> {
    return reply(() => {
      const e = current();
      return { actions: e.actions(), findings: e.findings() };
    });
  },
  /** One page of the audit trail, newest first, described for people. */
  history(query: HistoryQuery): Promise<EngineReply<HistoryPage>> {
    return reply(() => current().history(query));
  },
  retiredAnswers(language: ContentLanguage): Promise<EngineReply<RetiredAnswerView[]>> {
    return reply(() => current().retiredAnswers(language));
  },
  undo(actor: string): Promise<EngineReply<JournaledResult>> {
    return reply(() => journaled(current().undo(actor)));
  },
  redo(actor: string): Promise<EngineReply<JournaledResult>> {
    return reply(() => journaled(current().redo(actor)));
  },
  undoState(): Promise<EngineReply<UndoState>> {
    return reply(() => current().undoState());
  },
  availableUpgrades(): Promise<EngineReply<FrameworkDiff[]>> {
    return reply(() => current().availableUpgrades());
  },
  addableFrameworks(): Promise<EngineReply<ReturnType<ReviewEngine['addableFrameworks']>>> {
    return reply(() => current().addableFrameworks());
  },
  /** Reads an inventory file for the import wizard; `onProgress` is a comlink proxy. */
  openInventory(file: PickedFile, onProgress?: ProgressCallback): Promise<EngineReply<InventoryFileView>> {
    return reply(() => inventoryImport.open(file, onProgress));
  },
  chooseInventorySheet(sheet: string, onProgress?: ProgressCallback): Promise<EngineReply<InventoryFileView>> {
    return reply(() => inventoryImport.chooseSheet(sheet, onProgress));
  },
  planInventoryImport(mapping: InventoryMapping, onProgress?: ProgressCallback): Promise<EngineReply<ImportPreview>> {
    return reply(() => inventoryImport.plan(current(), mapping, onProgress));
  },
  /** The importInventory command for the last preview; the window sends it back through dispatch. */
  inventoryImportCommand(): Promise<EngineReply<ImportInventoryCommand>> {
    return reply(() => inventoryImport.command(current()));
  },
  /** Flips the signal of the reading or planning under way; it then fails with the code "cancelled". */
  cancelInventoryWork(): Promise<EngineReply<void>> {
    return reply(() => inventoryImport.cancel());
  },
  closeInventoryImport(): Promise<EngineReply<void>> {
    return reply(() => inventoryImport.clear());
  },
  async exportInventoryXlsx(table: ExportTable): Promise<EngineReply<Uint8Array>> {
    const result = await reply(() => inventoryXlsxBytes(table));
    return result.ok ? transfer(result, [result.value.buffer]) : result;
  },
  /** The open review in the open JSON exchange format (docs/exchange.md), as the bytes of a .json file. */
  async exportReviewJson(): Promise<EngineReply<Uint8Array>> {
    const result = await reply(() => new TextEncoder().encode(exportReviewJson(current())));
    return result.ok ? transfer(result, [result.value.buffer]) : result;
  },
  /** The open review as an Excel workbook: inventory, answers, findings, actions and scores. */
  async exportReviewXlsx(): Promise<EngineReply<Uint8Array>> {
    const result = await reply(() => exportReviewWorkbook(current()));
    return result.ok ? transfer(result, [result.value.buffer]) : result;
  },
  /** Builds a new review file from a JSON export; the open review, if any, is left as it is. */
  async importReviewJson(bytes: Uint8Array): Promise<EngineReply<{ bytes: Uint8Array; id: string; title: string }>> {
    const result = await reply(async () => {
      const imported = importReviewJson(await loadSql(), bytes);
      return { bytes: imported.bytes, id: imported.id, title: imported.title };
    });
    return result.ok ? transfer(result, [result.value.bytes.buffer]) : result;
  },
  /** What a screen shows, as a one-sheet workbook (the export buttons of each screen). */
  async exportTableXlsx(table: SheetTable, sheetName: string): Promise<EngineReply<Uint8Array>> {
    const result = await reply(() => workbookBytes([{ ...table, name: sheetName }]));
    return result.ok ? transfer(result, [result.value.buffer]) : result;
  },
  /** Reads a spreadsheet of answers (CSV, or a workbook's Answers sheet) and says what importing it would change. */
  planAnswersImport(file: PickedFile): Promise<EngineReply<AnswersImportPlan & { sheet: string | null }>> {
    return reply(async () => {
      const { table, sheet } = await readAnswersTable(file.bytes, file.name);
      return { ...planAnswersImport(table, current()), sheet: sheet ?? null };
    });
  },
  /** A DOCX report of the open review (shared/reports); `onProgress` is a comlink proxy; cancelReport stops it. */
  async generateReport(
    request: ReportRequest,
    context: ReportContext,
    onProgress?: ReportProgressCallback,
  ): Promise<EngineReply<GeneratedReport>> {
    const result = await reply(() => reportJob.generate(current(), request, context, onProgress));
    return result.ok ? transfer(result, [result.value.bytes.buffer]) : result;
  },
  cancelReport(): Promise<EngineReply<void>> {
    return reply(() => reportJob.cancel());
  },
  /** The framework versions embedded in the open review, for the checklist library. */
  frameworks(): Promise<EngineReply<FrameworkContent[]>> {
    return reply(() => current().embeddedFrameworks());
  },
  /** Field work (features/fieldwork): an assessor package of the chosen systems, as bytes to save. */
  async exportPackage(systemIds: string[], exportedBy: string): Promise<EngineReply<Uint8Array>> {
    const result = await reply(async () => fieldwork.exportPackage(systemIds, exportedBy));
    return result.ok ? transfer(result, [result.value.buffer]) : result;
  },
  /** Reads returned files and keeps them here (their evidence never crosses to the window) until merged. */
  readReturnedFiles(files: PickedFile[]): Promise<EngineReply<ReturnedFileView[]>> {
    return reply(() => fieldwork.readReturnedFiles(files));
  },
  previewMerge(resolutions: MergeResolution[], asNewRound: boolean): Promise<EngineReply<MergeReport>> {
    return reply(() => fieldwork.previewMerge(resolutions, asNewRound));
  },
  /** The mergeReturnedFiles command for the files read; the window sends it back through dispatch. */
  mergeCommand(resolutions: MergeResolution[], asNewRound: boolean): Promise<EngineReply<Command>> {
    return reply(() => fieldwork.mergeCommand(resolutions, asNewRound));
  },
  clearReturnedFiles(): Promise<EngineReply<void>> {
    return reply(() => fieldwork.clear());
  },
  /** The open review compared with another round (the file chosen is the earlier one). */
  compareWithRound(file: PickedFile): Promise<EngineReply<RoundComparison>> {
    return reply(() => fieldwork.compareWith(file));
  },
};

export interface SystemRecords {
  findings: FindingView[];
  actions: ActionView[];
  evidence: EvidenceView[];
  signOffs: SignOffView[];
}

export type EngineService = typeof service;

expose(service);
