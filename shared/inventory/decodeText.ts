// Turns the bytes of a CSV or JSON inventory into text: UTF-8 (with or without BOM), UTF-16 (BOM), else
// the Windows code page Excel used to save it. Refuses binary files with a sentence saying what they are.
import { InventoryImportError } from './InventoryImportError';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'windows-1251';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether the file began with a byte order mark (removed from `text`). */
  bom: boolean;
}

export interface DecodeOptions {
  /** Named in error messages, as the person knows the file. */
  fileName?: string;
}

/** How much of the start of a file is inspected for signs of binary content. */
const SNIFF_BYTES = 1024;

/**
 * Recognises what a binary file is from its first bytes. Exported so readInventory can say the same
 * thing when it is asked to read such a file as a spreadsheet.
 */
export function describeBinaryFile(bytes: Uint8Array): 'zip' | 'pdf' | 'ole' | 'sqlite' | undefined {
  const startsWith = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (startsWith(0x50, 0x4b, 0x03, 0x04) || startsWith(0x50, 0x4b, 0x05, 0x06)) return 'zip';
  if (startsWith(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf';
  if (startsWith(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  // "SQLite format 3": most likely a review file picked by mistake.
  if (startsWith(0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74, 0x20, 0x33, 0x00)) {
    return 'sqlite';
  }
  return undefined;
}

export function binaryFileError(
  kind: ReturnType<typeof describeBinaryFile> | 'nul',
  fileName: string,
): InventoryImportError {
  const sentences: Record<NonNullable<typeof kind>, string> = {
    zip: `${fileName} is a zip file (an Excel .xlsx workbook, or a Word or OpenDocument file), not CSV text. Nothing was imported. If it is an Excel workbook, give it the .xlsx extension; otherwise save the inventory from Excel as "CSV UTF-8".`,
    pdf: `${fileName} is a PDF document, not a spreadsheet. Nothing was imported. Export the inventory from where it is kept as CSV or as an Excel .xlsx workbook.`,
    ole: `${fileName} is in the old Excel 97–2003 (.xls) or Word format, which Charter Review cannot read. Nothing was imported. Open it in Excel or LibreOffice and save it as .xlsx or as "CSV UTF-8".`,
    sqlite: `${fileName} is a database file (perhaps a review file), not an inventory. Nothing was imported. Choose the CSV, .xlsx or JSON file that lists the systems.`,
    nul: `${fileName} contains binary data, so it is not a CSV or JSON text file. Nothing was imported. Check that you chose the right file, or save the inventory as "CSV UTF-8" or .xlsx.`,
  };
  return new InventoryImportError('unreadable-inventory', sentences[kind ?? 'nul']);
}

export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const fileName = options.fileName ?? 'This file';
  if (bytes.length === 0) {
    throw new InventoryImportError(
      'empty',
      `${fileName} is empty. Nothing was imported. Choose the file that lists the systems, or save it again from its source.`,
    );
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8AfterBom(bytes.subarray(3), fileName), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeUtf16(bytes.subarray(2), 'le'), encoding: 'utf-16le', bom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeUtf16(bytes.subarray(2), 'be'), encoding: 'utf-16be', bom: true };
  }

  const kind = describeBinaryFile(bytes);
  if (kind) throw binaryFileError(kind, fileName);
  const head = bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES));
  if (head.includes(0)) {
    const order = utf16WithoutBom(head);
    if (order)
      return { text: decodeUtf16(bytes, order), encoding: order === 'le' ? 'utf-16le' : 'utf-16be', bom: false };
    throw binaryFileError('nul', fileName);
  }

  const utf8 = tryUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', bom: false };
  // Not UTF-8: a file saved by Excel as plain "CSV" on Windows, in the machine's code page.
  return mostlyCyrillic(bytes)
    ? { text: decodeSingleByte(bytes, WINDOWS_1251_HIGH), encoding: 'windows-1251', bom: false }
    : { text: decodeSingleByte(bytes, WINDOWS_1252_HIGH), encoding: 'windows-1252', bom: false };
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    // ignoreBOM is not needed: a BOM was handled above, and a stray U+FEFF inside is kept as data.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** After a UTF-8 byte order mark the rest must be UTF-8: anything else means the file was damaged. */
function decodeUtf8AfterBom(bytes: Uint8Array, fileName: string): string {
  const text = tryUtf8(bytes);
  if (text !== undefined) return text;
  throw new InventoryImportError(
    'unreadable-inventory',
    `${fileName} says it is UTF-8 text but contains bytes that are not valid UTF-8, so part of it is damaged. Nothing was imported. Save the inventory again from its source as "CSV UTF-8".`,
  );
}

/** UTF-16 without a byte order mark: every second byte of ASCII-range text is NUL. */
function utf16WithoutBom(head: Uint8Array): 'le' | 'be' | undefined {
  const pairs = Math.floor(head.length / 2);
  if (pairs === 0) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) evenNul += 1;
    if (head[i + 1] === 0) oddNul += 1;
  }
  if (evenNul === 0 && oddNul * 2 >= pairs) return 'le';
  if (oddNul === 0 && evenNul * 2 >= pairs) return 'be';
  return undefined;
}

function decodeUtf16(bytes: Uint8Array, order: 'le' | 'be'): string {
  let littleEndian = bytes.subarray(0, bytes.length - (bytes.length % 2));
  if (order === 'be') {
    // TextDecoder('utf-16be') is missing from Node builds without full ICU; swapping is cheap.
    const swapped = new Uint8Array(littleEndian.length);
    for (let i = 0; i < swapped.length; i += 2) {
      swapped[i] = littleEndian[i + 1] ?? 0;
      swapped[i + 1] = littleEndian[i] ?? 0;
    }
    littleEndian = swapped;
  }
  // Not fatal: a damaged pair becomes U+FFFD, which the person then sees in the preview.
  return new TextDecoder('utf-16le').decode(littleEndian);
}

/**
 * Windows-1251 (Cyrillic) and Windows-1252 (Western) both put letters in 0xC0–0xFF. In Russian text
 * nearly every letter is there; in French or German text only the accented few are.
 */
function mostlyCyrillic(bytes: Uint8Array): boolean {
  let ascii = 0;
  let high = 0;
  for (const byte of bytes) {
    if ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)) ascii += 1;
    else if (byte >= 0xc0) high += 1;
  }
  return high > 0 && high >= 0.4 * (ascii + high);
}

/**
 * Single-byte code pages decoded from their WHATWG tables. Not TextDecoder: Node 20 decodes
 * 'windows-1252' as Latin-1, turning € (0x80) and œ (0x9C) into control characters.
 */
function decodeSingleByte(bytes: Uint8Array, high: readonly number[]): string {
  const firstMapped = 0x100 - high.length;
  const parts: string[] = [];
  const slice = 8192;
  for (let start = 0; start < bytes.length; start += slice) {
    const chunk = bytes.subarray(start, Math.min(bytes.length, start + slice));
    const codes = new Array<number>(chunk.length);
    for (let i = 0; i < chunk.length; i += 1) {
      const byte = chunk[i] ?? 0;
      codes[i] = byte < firstMapped ? byte : (high[byte - firstMapped] ?? 0xfffd);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Windows-1252 bytes 0x80–0x9F; 0xA0–0xFF are the same as Latin-1. */
const WINDOWS_1252_HIGH: readonly number[] = [
  0x20ac,
  0x0081,
  0x201a,
  0x0192,
  0x201e,
  0x2026,
  0x2020,
  0x2021,
  0x02c6,
  0x2030,
  0x0160,
  0x2039,
  0x0152,
  0x008d,
  0x017d,
  0x008f,
  0x0090,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2013,
  0x2014,
  0x02dc,
  0x2122,
  0x0161,
  0x203a,
  0x0153,
  0x009d,
  0x017e,
  0x0178,
  ...Array.from({ length: 0x60 }, (_, i) => 0xa0 + i),
];

/** Windows-1251 bytes 0x80–0xFF; 0xC0–0xFF are А–я in order. */
const WINDOWS_1251_HIGH: readonly number[] = [
  0x0402,
  0x0403,
  0x201a,
  0x0453,
  0x201e,
  0x2026,
  0x2020,
  0x2021,
  0x20ac,
  0x2030,
  0x0409,
  0x2039,
  0x040a,
  0x040c,
  0x040b,
  0x040f,
  0x0452,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2013,
  0x2014,
  0x0098,
  0x2122,
  0x0459,
  0x203a,
  0x045a,
  0x045c,
  0x045b,
  0x045f,
  0x00a0,
  0x040e,
  0x045e,
  0x0408,
  0x00a4,
  0x0490,
  0x00a6,
  0x00a7,
  0x0401,
  0x00a9,
  0x0404,
  0x00ab,
  0x00ac,
  0x00ad,
  0x00ae,
  0x0407,
  0x00b0,
  0x00b1,
  0x0406,
  0x0456,
  0x0491,
  0x00b5,
  0x00b6,
  0x00b7,
  0x0451,
  0x2116,
  0x0454,
  0x00bb,
  0x0458,
  0x0405,
  0x0455,
  0x0457,
  ...Array.from({ length: 0x40 }, (_, i) => 0x0410 + i),
];
