// Finds the separator of a CSV file among comma, semicolon and tab: Excel writes ";" where the decimal
// mark is a comma (French, Azerbaijani, Russian settings), "," elsewhere, and tab for "Unicode text".

export type CsvDelimiter = ',' | ';' | '\t';
export const CSV_DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

/** How much of the file is looked at: enough for dozens of rows, and the choice stays instant. */
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 50;

/**
 * Counts each candidate outside quoted values, record by record (a quoted value may span lines), and
 * chooses the one that splits the most records into the same number of cells. Ties go to the one that
 * splits the header row that way too (values may contain commas, column names rarely do), then to
 * more columns, then to the order above. A title line above the header counts against all alike.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const records = countPerRecord(text.slice(0, SAMPLE_CHARS));
  const header = records.find((record) => record.some((count) => count > 0));
  if (!header) return ',';
  let best: { delimiter: CsvDelimiter; score: number; inHeader: boolean; separators: number } | undefined;
  for (const [index, delimiter] of CSV_DELIMITERS.entries()) {
    const counts = records.map((record) => record[index] ?? 0);
    const separators = mostCommonNonZero(counts);
    if (separators === 0) continue;
    const score = counts.filter((count) => count === separators).length / counts.length;
    const inHeader = header[index] === separators;
    const better =
      !best ||
      score > best.score ||
      (score === best.score && inHeader && !best.inHeader) ||
      (score === best.score && inHeader === best.inHeader && separators > best.separators);
    if (better) best = { delimiter, score, inHeader, separators };
  }
  return best?.delimiter ?? ',';
}

function mostCommonNonZero(counts: readonly number[]): number {
  const tally = new Map<number, number>();
  for (const count of counts) if (count > 0) tally.set(count, (tally.get(count) ?? 0) + 1);
  let mode = 0;
  let modeTally = 0;
  for (const [count, times] of tally) {
    if (times > modeTally || (times === modeTally && count > mode)) {
      mode = count;
      modeTally = times;
    }
  }
  return mode;
}

/** Per non-blank record of the sample, how often each candidate occurs outside quotes. */
function countPerRecord(sample: string): number[][] {
  const records: number[][] = [];
  let counts = CSV_DELIMITERS.map(() => 0);
  let inQuotes = false;
  let hasText = false;
  for (const char of sample) {
    if (char === '"') {
      inQuotes = !inQuotes;
      hasText = true;
      continue;
    }
    if (inQuotes) continue;
    if (char === '\n' || char === '\r') {
      if (hasText) records.push(counts);
      if (records.length >= SAMPLE_RECORDS) break;
      counts = CSV_DELIMITERS.map(() => 0);
      hasText = false;
      continue;
    }
    const index = CSV_DELIMITERS.indexOf(char as CsvDelimiter);
    if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
    else if (char.trim() !== '') hasText = true;
  }
  // The sample may end inside the last record; it still counts unless it is cut short by the sample size.
  if (hasText && records.length < SAMPLE_RECORDS && sample.length < SAMPLE_CHARS) records.push(counts);
  return records;
}
