// Writes rows as RFC 4180 CSV with papaparse: CRLF between records, quotes where a value needs them,
// and optionally a byte order mark and formula escaping for files people open in Excel.
import Papa from 'papaparse';
import type { CsvDelimiter } from './detectDelimiter';

export interface WriteCsvOptions {
  delimiter?: CsvDelimiter;
  /** Starts the text with U+FEFF so Excel reads it as UTF-8 and shows accents and Cyrillic correctly. */
  bom?: boolean;
  /**
   * Prefixes values starting with = + - @ (or a tab or CR) with an apostrophe, so Excel shows them as
   * text instead of running them as formulas: the values came from other people's spreadsheets.
   */
  escapeFormulae?: boolean;
}

/** Records separated by CRLF; no line break after the last one. */
export function writeCsv(rows: readonly (readonly string[])[], options: WriteCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const csv = Papa.unparse(
    rows.map((row) => [...row]),
    {
      delimiter,
      newline: '\r\n',
      quoteChar: '"',
      escapeChar: '"',
      // Papaparse quotes values holding this delimiter; the other separators are quoted too, so that a
      // reader guessing the delimiter is never misled by an unquoted comma or semicolon.
      quotes: (value: unknown) => typeof value === 'string' && /[,;\t]/.test(value),
      escapeFormulae: options.escapeFormulae ?? false,
    },
  );
  return options.bom ? `\uFEFF${csv}` : csv;
}
