// Worker entry: runs the ReviewEngine over sql.js (WASM bundled with the app) off the UI thread.
import { expose, transfer } from 'comlink';
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import type { SqlJsStatic } from '../shared/db/sqljs';
import type { CommandResult } from '../shared/engine/commands';
import type { ChecklistView, RetiredAnswerView, ReviewInfo, SystemSummary } from '../shared/engine/queries';
import type { ActionView, EvidenceView, FindingView, SignOffView } from '../shared/engine/recordQueries';
import { ReviewEngine, type UndoState } from '../shared/engine/ReviewEngine';
import type { HistoryPage, HistoryQuery } from '../shared/engine/historyQueries';
import type { ScoreReport } from '../shared/engine/scoreReview';
import { CommandError, ReviewFileError } from '../shared/errors';
import { builtInFramework } from '../shared/frameworks/builtIn';
import type { FrameworkDiff } from '../shared/frameworks/diffFrameworks';
import type { ContentLanguage, FrameworkContent } from '../shared/frameworks/schema';
import type { PickedFile } from '../shared/host';
import { type ImportInventoryCommand, InventoryImportError, type InventoryMapping } from '../shared/inventory';
import {
  type ImportPreview,
  InventoryImportSession,
  type InventoryFileView,
  type ProgressCallback,
} from './features/inventory/InventoryImportSession';
import { type ExportTable, inventoryXlsxBytes } from './features/inventory/inventoryExport';

/** Errors cross the worker boundary as data, keeping their code. */
export type EngineReply<T> =
  { ok: true; value: T } | { ok: false; error: { kind: string; code: string; message: string } };

let sqlJs: Promise<SqlJsStatic> | undefined;
let engine: ReviewEngine | undefined;
/** The inventory file being imported, kept here so its rows never cross to the window. */
const inventoryImport = new InventoryImportSession();

function loadSql(): Promise<SqlJsStatic> {
  sqlJs ??= initSqlJs({ locateFile: () => wasmUrl });
  return sqlJs;
}

function current(): ReviewEngine {
  if (!engine) throw new CommandError('not-found', 'No review is open.');
  return engine;
}

async function reply<T>(work: () => T | Promise<T>): Promise<EngineReply<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof ReviewFileError || error instanceof CommandError || error instanceof InventoryImportError) {
      return { ok: false, error: { kind: error.name, code: error.code, message: error.message } };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { kind: 'Error', code: 'internal', message } };
  }
}

const service = {
  create(init: { title: string; organisation: string; frameworkIds: string[]; createdBy: string }) {
    return reply(async () => {
      const frameworks = init.frameworkIds.map((id) => {
        const framework = builtInFramework(id);
        if (!framework) throw new CommandError('not-found', `This version of the app has no checklist "${id}".`);
        return framework;
      });
      engine?.close();
      engine = await ReviewEngine.create(await loadSql(), { ...init, frameworks });
      return engine.info();
    });
  },
  open(bytes: Uint8Array) {
    return reply(async () => {
      const opened = ReviewEngine.open(await loadSql(), bytes);
      engine?.close();
      engine = opened.engine;
      return { info: engine.info(), migratedFrom: opened.migratedFrom ?? null };
    });
  },
  close() {
    return reply(() => {
      engine?.close();
      engine = undefined;
    });
  },
  dispatch(command: unknown, actor: string): Promise<EngineReply<CommandResult>> {
    return reply(() => current().dispatch(command, actor));
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
  undo(actor: string): Promise<EngineReply<CommandResult>> {
    return reply(() => current().undo(actor));
  },
  redo(actor: string): Promise<EngineReply<CommandResult>> {
    return reply(() => current().redo(actor));
  },
  undoState(): Promise<EngineReply<UndoState>> {
    return reply(() => current().undoState());
  },
  availableUpgrades(): Promise<EngineReply<FrameworkDiff[]>> {
    return reply(() => current().availableUpgrades());
  },
  addableFrameworks(): Promise<EngineReply<{ id: string; version: string; title: string }[]>> {
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
  /** The framework versions embedded in the open review, for the checklist library. */
  frameworks(): Promise<EngineReply<FrameworkContent[]>> {
    return reply(() => current().embeddedFrameworks());
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
