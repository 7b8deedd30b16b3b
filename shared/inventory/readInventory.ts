// One way in for the app and the CLI: the bytes of an inventory file, whatever its format, to a Table.
// The format comes from the file name, checked against the content so a mislabelled file is explained.
import type { CsvDelimiter } from './detectDelimiter';
import { type TextEncodingName, binaryFileError, describeBinaryFile } from './decodeText';
import { InventoryImportError } from './InventoryImportError';
import { MAX_INVENTORY_BYTES, tooLargeError } from './limits';
import { parseCsv } from './parseCsv';
import { parseJson } from './parseJson';
import { type SheetInfo, parseXlsx } from './parseXlsx';
import type { ProgressOptions } from './progress';
import type { InventoryFormat, Table } from './Table';

export interface ReadInventoryOptions extends ProgressOptions {
  /** The file's name as the person knows it: chooses the format and is named in messages. */
  fileName: string;
  /** Overrides the format the name suggests. */
  format?: InventoryFormat;
  /** XLSX: the sheet to read (see parseXlsx). */
  sheet?: string;
  /** CSV: the separator, when the person chose it. */
  delimiter?: CsvDelimiter;
}

/** A file read into a table, with what the UI shows about how it was read. */
export interface InventorySource {
  fileName: string;
  format: InventoryFormat;
  table: Table;
  /** CSV and JSON: how the bytes were decoded. */
  encoding?: TextEncodingName;
  /** CSV: the separator used. */
  delimiter?: CsvDelimiter;
  /** XLSX: the sheet read, and every sheet of the workbook to choose from. */
  sheet?: string;
  sheets?: SheetInfo[];
}

const EXTENSIONS: Record<string, InventoryFormat> = {
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  json: 'json',
};

/** The format a file name suggests; undefined for an extension no importer reads. */
export function formatFromFileName(fileName: string): InventoryFormat | undefined {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : EXTENSIONS[extension];
}

/**
 * Reads an inventory. Progress is in the unit of the format's parser (characters for CSV, rows or
 * entries otherwise); throws InventoryImportError when the file cannot be used at all.
 */
export async function readInventory(bytes: Uint8Array, options: ReadInventoryOptions): Promise<InventorySource> {
  const { fileName } = options;
  // Before anything is decoded or unzipped: a file this large is not an inventory, and reading it would
  // hold the import (and the app's memory) for a long time.
  if (bytes.length > MAX_INVENTORY_BYTES) throw tooLargeError(fileName, bytes.length);
  const format = options.format ?? formatFromFileName(fileName) ?? sniffFormat(bytes, fileName);
  const progress: ProgressOptions = {
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  switch (format) {
    case 'csv': {
      const parsed = await parseCsv(bytes, {
        ...progress,
        fileName,
        ...(options.delimiter ? { delimiter: options.delimiter } : {}),
      });
      return { fileName, format, table: parsed.table, delimiter: parsed.delimiter, ...encodingOf(parsed.encoding) };
    }
    case 'json': {
      const parsed = await parseJson(bytes, { ...progress, fileName });
      return { fileName, format, table: parsed.table, ...encodingOf(parsed.encoding) };
    }
    case 'xlsx': {
      const parsed = await parseXlsx(bytes, {
        ...progress,
        fileName,
        ...(options.sheet ? { sheet: options.sheet } : {}),
      });
      return { fileName, format, table: parsed.table, sheet: parsed.sheet, sheets: parsed.sheets };
    }
  }
}

const encodingOf = (encoding: TextEncodingName | undefined) => (encoding ? { encoding } : {});

/** For a name without a known extension: a workbook is a zip, JSON starts with [ or {, the rest is CSV. */
function sniffFormat(bytes: Uint8Array, fileName: string): InventoryFormat {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'xls' || extension === 'ods' || extension === 'numbers') {
    throw new InventoryImportError(
      'unreadable-inventory',
      `${fileName} is a .${extension} file, which Charter Review cannot read. Nothing was imported. Save it as an Excel .xlsx workbook or as "CSV UTF-8" and import that file.`,
    );
  }
  const kind = describeBinaryFile(bytes);
  if (kind === 'zip') return 'xlsx';
  if (kind) throw binaryFileError(kind, fileName);
  const start = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return start.startsWith('[') || start.startsWith('{') ? 'json' : 'csv';
}
