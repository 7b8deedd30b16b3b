// The inventory import's public API, the same for the app's engine worker and the CLI.
//
// The flow:
//   readInventory(bytes, { fileName, sheet?, onProgress?, signal? })  → InventorySource (a Table + how it was read)
//   guessMapping(table.headers), mergeMappings(guessed, remembered)    → InventoryMapping (JSON, for the person to adjust)
//   planImport(table, mapping, engine.systems(), { key?, onProgress?, signal? }) → ImportPlan (the preview)
//   toImportCommand(plan, source) → engine.dispatch(...)                — applied as one step
export { InventoryImportError, type InventoryImportErrorCode } from './InventoryImportError';
export type { CancellationSignal, ProgressOptions } from './progress';
export { decodeText, type DecodedText, type TextEncodingName } from './decodeText';
export { detectDelimiter, CSV_DELIMITERS, type CsvDelimiter } from './detectDelimiter';
export { parseCsv, type CsvOptions, type ParsedCsv } from './parseCsv';
export { parseXlsx, listSheets, type ParsedXlsx, type SheetInfo, type XlsxOptions } from './parseXlsx';
export { parseJson, type JsonOptions, type ParsedJson } from './parseJson';
export { readInventory, formatFromFileName, type InventorySource, type ReadInventoryOptions } from './readInventory';
export type { InventoryFormat, RowProblem, Table, TableRow, TableWarning, TableWarningCode } from './Table';
export {
  ColumnTarget,
  IMPORT_TARGETS,
  ImportKey,
  InventoryMapping,
  ValueTranslations,
  mergeMappings,
  parseInventoryMapping,
  type ImportTarget,
} from './InventoryMapping';
export { guessMapping } from './guessMapping';
export { recogniseColumn } from './columnNames';
export {
  planImport,
  type ExistingSystem,
  type FieldChange,
  type ImportPlan,
  type ImportSummary,
  type PlannedRow,
  type PlanOptions,
  type ResolvedColumn,
  type RowError,
  type UnknownValue,
} from './planImport';
export { toImportCommand, type ImportInventoryCommand } from './toImportCommand';
export { writeCsv, type WriteCsvOptions } from './writeCsv';
