// The engine worker's half of the import wizard: keeps the chosen file and its table in the worker (a large
// inventory never crosses to the window), plans the import against the open review, and builds the command.
import { CommandError } from '../../../shared/errors';
import type { PickedFile } from '../../../shared/host';
import {
  type CancellationSignal,
  type FieldChange,
  type ImportInventoryCommand,
  type ImportKey,
  type ImportPlan,
  type ImportSummary,
  type InventoryFormat,
  type InventoryMapping,
  type InventorySource,
  type ResolvedColumn,
  type RowError,
  type SheetInfo,
  type TableWarning,
  type UnknownValue,
  type ExistingSystem,
  guessMapping,
  planImport,
  readInventory,
  toImportCommand,
} from '../../../shared/inventory';
import { cancelledError } from '../../../shared/inventory/InventoryImportError';
import type { ImportWarning } from '../../../shared/inventory/planImport';

// The errors thrown here reach the window with their code, where the interface words them in its language
// (renderer/i18n/errorText.ts); their English message is the detail.

/** Called as work goes on; in the worker it is a comlink proxy of a function in the window. */
export type ProgressCallback = (done: number, total: number) => void;

/** What the open review must offer to plan against it. */
export interface ImportTarget {
  systems(): readonly ExistingSystem[];
  readonly revision: number;
}

/** A file read into a table, as the wizard shows it: its columns with a few examples, not its rows. */
export interface InventoryFileView {
  fileName: string;
  format: InventoryFormat;
  sheet?: string;
  sheets?: SheetInfo[];
  encoding?: string;
  delimiter?: string;
  headers: string[];
  /** Per header, in the same order, the first few different values of the column. */
  examples: string[][];
  rowCount: number;
  blankRows: number;
  warnings: TableWarning[];
  /** The mapping the headers suggest; the window lays a remembered one over it. */
  guessed: InventoryMapping;
}

/** One row of the preview: what the import will do with it, without the attributes it would write. */
export type PreviewRow =
  | { row: number; outcome: 'added'; name: string }
  | { row: number; outcome: 'updated'; name: string; systemId: string; fields: FieldChange[] }
  | { row: number; outcome: 'unchanged'; name: string; systemId: string }
  | { row: number; outcome: 'duplicate'; name: string; firstRow: number }
  | { row: number; outcome: 'rejected'; errors: RowError[] };

export interface ImportPreview {
  key: ImportKey;
  columns: ResolvedColumn[];
  rows: PreviewRow[];
  summary: ImportSummary;
  unknownValues: UnknownValue[];
  /** The file's warnings and the plan's own, with their data for the interface to word them. */
  warnings: ImportWarning[];
}

const EXAMPLES_PER_COLUMN = 3;
/** Rows looked at for examples: enough to find three values, cheap on a file of 100,000 rows. */
const ROWS_FOR_EXAMPLES = 200;

export class InventoryImportSession {
  private file: PickedFile | null = null;
  private source: InventorySource | null = null;
  private planned: { plan: ImportPlan; revision: number } | null = null;
  private signal: { aborted: boolean } | null = null;

  /** Reads a newly chosen file; XLSX: the sheet the library finds to list systems. */
  async open(file: PickedFile, onProgress?: ProgressCallback): Promise<InventoryFileView> {
    this.clear();
    const source = await this.read(file, undefined, onProgress);
    this.file = file;
    return this.accept(source);
  }

  /** Reads another sheet of the workbook already open. */
  async chooseSheet(sheet: string, onProgress?: ProgressCallback): Promise<InventoryFileView> {
    const file = this.file;
    // i18n-exempt: translated by its code, like every engine error
    if (!file) throw new CommandError('not-found', 'No inventory file is open. Choose the file again.');
    const source = await this.read(file, sheet, onProgress);
    return this.accept(source);
  }

  /** What the import would do with every row under this mapping; remembered for `command`. */
  async plan(target: ImportTarget, mapping: InventoryMapping, onProgress?: ProgressCallback): Promise<ImportPreview> {
    const source = this.source;
    // i18n-exempt: translated by its code, like every engine error
    if (!source) throw new CommandError('not-found', 'No inventory file is open. Choose the file again.');
    const signal = this.begin();
    this.planned = null;
    const revision = target.revision;
    const plan = await planImport(source.table, mapping, target.systems(), {
      signal,
      ...(onProgress ? { onProgress } : {}),
    });
    this.end(signal);
    this.planned = { plan, revision };
    return preview(plan);
  }

  /** The command for the last plan, refused when the review changed since: the preview would be out of date. */
  command(target: ImportTarget): ImportInventoryCommand {
    const source = this.source;
    if (!source || !this.planned) {
      // i18n-exempt: translated by its code, like every engine error
      throw new CommandError('not-found', 'There is no import preview to apply. Choose the file again.');
    }
    if (this.planned.revision !== target.revision) {
      // i18n-exempt: translated by its code, like every engine error
      throw new CommandError(
        'conflict',
        'The review changed after this preview was made, so it may no longer be right. Nothing was imported. Check the preview again, then import.',
      );
    }
    return toImportCommand(this.planned.plan, {
      fileName: source.fileName,
      format: source.format,
      ...(source.sheet === undefined ? {} : { sheet: source.sheet }),
    });
  }

  /** Stops the reading or planning under way; it then fails with the code `cancelled`. */
  cancel(): void {
    if (this.signal) this.signal.aborted = true;
  }

  /** Forgets the file, so its bytes do not stay in memory after the wizard closes. */
  clear(): void {
    this.cancel();
    this.signal = null;
    this.file = null;
    this.source = null;
    this.planned = null;
  }

  private async read(file: PickedFile, sheet: string | undefined, onProgress?: ProgressCallback) {
    const signal = this.begin();
    const source = await readInventory(file.bytes, {
      fileName: file.name,
      signal,
      ...(sheet === undefined ? {} : { sheet }),
      ...(onProgress ? { onProgress } : {}),
    });
    this.end(signal);
    return source;
  }

  private accept(source: InventorySource): InventoryFileView {
    this.source = source;
    this.planned = null;
    return fileView(source);
  }

  /** A new piece of work replaces the one under way: the window only wants the answer to its latest question. */
  private begin(): { aborted: boolean } {
    this.cancel();
    const signal = { aborted: false };
    this.signal = signal;
    return signal;
  }

  /** Work that finished after it was replaced or cancelled must not overwrite the newer state. */
  private end(signal: CancellationSignal): void {
    if (signal.aborted || this.signal !== signal) throw cancelledError();
    this.signal = null;
  }
}

function fileView(source: InventorySource): InventoryFileView {
  const { table } = source;
  const examples = table.headers.map((_, column) => {
    const seen = new Set<string>();
    for (const row of table.rows.slice(0, ROWS_FOR_EXAMPLES)) {
      const value = (row.cells[column] ?? '').trim();
      if (value !== '') seen.add(value);
      if (seen.size >= EXAMPLES_PER_COLUMN) break;
    }
    return [...seen];
  });
  return {
    fileName: source.fileName,
    format: source.format,
    ...(source.sheet === undefined ? {} : { sheet: source.sheet }),
    ...(source.sheets === undefined ? {} : { sheets: source.sheets }),
    ...(source.encoding === undefined ? {} : { encoding: source.encoding }),
    ...(source.delimiter === undefined ? {} : { delimiter: source.delimiter }),
    headers: table.headers,
    examples,
    rowCount: table.rows.length,
    blankRows: table.blankRows.length,
    warnings: table.warnings,
    guessed: guessMapping(table.headers),
  };
}

function preview(plan: ImportPlan): ImportPreview {
  return {
    key: plan.key,
    columns: plan.columns,
    rows: plan.rows.map((row): PreviewRow =>
      row.outcome === 'added' ? { row: row.row, outcome: 'added', name: row.name } : row,
    ),
    summary: plan.summary,
    unknownValues: plan.unknownValues,
    warnings: plan.warnings,
  };
}
