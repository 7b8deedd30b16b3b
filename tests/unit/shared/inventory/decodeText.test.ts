// How the bytes of a text inventory become text: the encodings Excel and other tools write, and the
// binary files people pick by mistake.
import { describe, expect, it } from 'vitest';
import { InventoryImportError, decodeText } from '../../../../shared/inventory';
import { fixture } from './fixtures';

const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(bytes: Uint8Array): InventoryImportError {
  try {
    decodeText(bytes, { fileName: 'inventory.csv' });
  } catch (error) {
    if (error instanceof InventoryImportError) return error;
    throw error;
  }
  throw new Error('decodeText accepted the bytes');
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte order mark, and removes the mark', () => {
    expect(decodeText(utf8('Nom du système'))).toEqual({ text: 'Nom du système', encoding: 'utf-8', bom: false });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Məhkəmə')]))).toEqual({
      text: 'Məhkəmə',
      encoding: 'utf-8',
      bom: true,
    });
  });

  it('reads UTF-16 little- and big-endian from their byte order marks', () => {
    const le = decodeText(fixture('russian-utf16.txt'));
    expect(le.encoding).toBe('utf-16le');
    expect(le.text.startsWith('Название системы\tСуд')).toBe(true);
    const be = new Uint8Array([0xfe, 0xff, 0x04, 0x21, 0x00, 0x75, 0x04, 0x34]); // "Суд" with Latin u
    expect(decodeText(be)).toEqual({ text: 'Сuд', encoding: 'utf-16be', bom: true });
  });

  it('reads UTF-16 without a byte order mark when every second byte is NUL', () => {
    const bytes = new Uint8Array([...'Name,Court'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(decodeText(bytes)).toEqual({ text: 'Name,Court', encoding: 'utf-16le', bom: false });
  });

  it('reads a file Excel saved as plain CSV on a French Windows as Windows-1252, € and œ included', () => {
    const decoded = decodeText(fixture('cp1252-fr.csv'));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('Nom du système;Juridiction;Statut');
    expect(decoded.text).toContain('Expérimentation;Éditeur: LinguaJuris');
    expect(decoded.text).toContain('12 000 € — œuvre collective');
    expect(decoded.text).toContain("Conseil d'État");
  });

  it('reads mostly-Cyrillic text that is not UTF-8 as Windows-1251', () => {
    // "Название;Суд" in Windows-1251, as a Russian Excel saves plain CSV.
    const bytes = new Uint8Array([0xcd, 0xe0, 0xe7, 0xe2, 0xe0, 0xed, 0xe8, 0xe5, 0x3b, 0xd1, 0xf3, 0xe4, 0xb8]);
    expect(decodeText(bytes)).toEqual({ text: 'Название;Судё', encoding: 'windows-1251', bom: false });
  });

  it.each([
    ['an Excel workbook (zip)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], /zip file.*\.xlsx/],
    ['a PDF', [...utf8('%PDF-1.7\n')], /PDF document/],
    ['an old .xls workbook', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], /Excel 97–2003/],
    ['a review file', [...utf8('SQLite format 3\0')], /database file/],
    ['other binary data', [0x01, 0x02, 0x00, 0x00, 0x00, 0x07, 0x00, 0x41, 0x00, 0x00], /binary data/],
  ])('refuses %s with a sentence saying what it is and that nothing was imported', (_kind, bytes, what) => {
    const error = refusal(new Uint8Array(bytes));
    expect(error.code).toBe('unreadable-inventory');
    expect(error.message).toMatch(what);
    expect(error.message).toMatch(/^inventory\.csv /);
    expect(error.message).toContain('Nothing was imported.');
  });

  it('refuses an empty file with the code "empty"', () => {
    expect(refusal(new Uint8Array(0)).code).toBe('empty');
  });

  it('refuses bytes after a UTF-8 byte order mark that are not UTF-8', () => {
    const error = refusal(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xe9, 0x42]));
    expect(error.code).toBe('unreadable-inventory');
    expect(error.message).toMatch(/not valid UTF-8/);
  });
});
