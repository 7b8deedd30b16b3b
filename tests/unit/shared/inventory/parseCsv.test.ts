// Reading CSV inventories as courts send them: separators, quoting, encodings, and rows that are blank,
// short or too long, each keeping the row number Excel shows.
import { describe, expect, it } from 'vitest';
import { InventoryImportError, parseCsv } from '../../../../shared/inventory';
import { fixture, rowObject } from './fixtures';

describe('parseCsv', () => {
  it('reads the sample inventory: 12 rows under 12 columns, numbered from row 2, nothing to report', async () => {
    const { table, delimiter, encoding } = await parseCsv(fixture('inventory-sample.csv'));
    expect({ delimiter, encoding }).toEqual({ delimiter: ',', encoding: 'utf-8' });
    expect(table.headers).toEqual([
      'System name',
      'Court / Body',
      'Country',
      'Purpose',
      'Supplier',
      'Status',
      'Go-live',
      'Personal data?',
      'Users',
      'Hosting',
      'Contact',
      'Notes',
    ]);
    expect(table.rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(table.warnings).toEqual([]);
    expect(table.blankRows).toEqual([]);
    expect(rowObject(table.headers, table.rows[1]?.cells ?? [])).toMatchObject({
      'System name': 'Hearing transcription',
      Supplier: 'Vendor: SpeechCo LLC',
      Users: 'Judges, secretaries',
    });
    // Azerbaijani letters in an e-mail address survive.
    expect(table.rows[6]?.cells[10]).toBe('e.həsənov@court.example');
  });

  it('keeps commas, doubled quotes and line breaks inside quoted values', async () => {
    const { table } = await parseCsv(fixture('quoted-commas.csv'));
    expect(table.rows).toEqual([
      {
        rowNumber: 2,
        cells: [
          'Chatbot, citizen portal',
          'e-Court portal',
          'Answers questions on procedures, fees and dates',
          'Says "I am a bot" first\nEscalates to staff',
        ],
      },
      { rowNumber: 3, cells: ['Transcription', 'Baku Court of Appeal', 'Speech to text', ''] },
    ]);
  });

  it('detects the semicolon of a French export even when values hold unquoted commas', async () => {
    const { table, delimiter } = await parseCsv(fixture('semicolon-fr.csv'));
    expect(delimiter).toBe(';');
    expect(table.headers[0]).toBe('Nom du système');
    expect(table.rows).toHaveLength(3);
    expect(rowObject(table.headers, table.rows[0]?.cells ?? [])).toMatchObject({
      Finalité: 'Traduction, pour information, des pièces en langue étrangère',
      Remarques: 'Traductions non certifiées, usage interne',
    });
    expect(table.rows[2]?.cells[11]).toBe('Projet; à valider');
  });

  it('reads Windows-1252 bytes from a French Excel with their accents', async () => {
    const { table, encoding, delimiter } = await parseCsv(fixture('cp1252-fr.csv'));
    expect({ encoding, delimiter }).toEqual({ encoding: 'windows-1252', delimiter: ';' });
    expect(table.headers).toEqual([
      'Nom du système',
      'Juridiction',
      'Statut',
      'Fournisseur',
      'Données personnelles',
      'Remarques',
    ]);
    expect(table.rows[0]?.cells).toEqual([
      'Traduction automatique des pièces',
      "Cour d'appel de Strasbourg",
      'Expérimentation',
      'Éditeur: LinguaJuris',
      'Oui',
      'Coût annuel 12 000 € — œuvre collective',
    ]);
  });

  it('reads Azerbaijani letters (ə ş ğ ı ö ü ç) from UTF-8 with a byte order mark', async () => {
    const { table, encoding } = await parseCsv(fixture('azerbaijani-bom.csv'));
    expect(encoding).toBe('utf-8');
    expect(table.headers[0]).toBe('Sistemin adı');
    expect(table.rows.map((r) => r.cells[0])).toEqual([
      'Qərarların anonimləşdirilməsi',
      'Dinləmələrin transkripsiyası',
      'Məhkəmə statistikası',
    ]);
    expect(table.rows[0]?.cells[3]).toBe('Şəxs adlarının, ünvanların çıxarılması');
    expect(table.rows[0]?.cells[8]).toBe('Gündəlik yoxlama; çətin hallar');
  });

  it('reads tab-separated UTF-16 ("Unicode text" from Excel) in Russian', async () => {
    const { table, encoding, delimiter } = await parseCsv(fixture('russian-utf16.txt'));
    expect({ encoding, delimiter }).toEqual({ encoding: 'utf-16le', delimiter: '\t' });
    expect(table.headers).toEqual([
      'Название системы',
      'Суд',
      'Статус',
      'Поставщик',
      'Персональные данные',
      'Примечания',
    ]);
    expect(table.rows[1]?.cells).toEqual([
      'Поиск судебной практики',
      'Министерство юстиции',
      'Эксплуатация',
      'Собственная разработка',
      'Нет',
      '',
    ]);
  });

  it('skips blank rows but lists them, pads a short row, and rejects a long row naming its extra value', async () => {
    const { table } = await parseCsv(fixture('blank-short-long.csv'));
    expect(table.blankRows).toEqual([2, 5]);
    expect(table.rows.map((r) => r.rowNumber)).toEqual([3, 4, 6, 7]);
    expect(table.rows[1]).toEqual({ rowNumber: 4, cells: ['Chatbot', 'e-Court portal', '', ''] });
    const long = table.rows[2];
    expect(long?.rowNumber).toBe(6);
    expect(long?.problem?.column).toBe('E');
    expect(long?.problem?.message).toMatch(/5 cells but the header names only 4 columns/);
    expect(long?.problem?.message).toContain('the value "not disclosed" would have no column');
    expect(long?.problem?.message).toContain('Nothing from this row was imported');
    expect(table.warnings.map((w) => [w.code, w.rows])).toEqual([
      ['blank-rows', [2, 5]],
      ['short-rows', [4]],
    ]);
    expect(table.warnings[0]?.message).toBe('Rows 2 and 5 are blank and were skipped.');
  });

  it('tolerates trailing empty cells ("a,b,,") as Excel pads rows, without calling them extra', async () => {
    const { table } = await parseCsv('System name,Status\nChatbot,Pilot,,\n');
    expect(table.rows).toEqual([{ rowNumber: 2, cells: ['Chatbot', 'Pilot'] }]);
  });

  it('flags the row whose quote is never closed, instead of silently swallowing the rest of the file', async () => {
    const { table } = await parseCsv('System name,Notes\nChatbot,"never closed\nCase search,fine\n');
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]?.rowNumber).toBe(2);
    expect(table.rows[0]?.problem?.message).toMatch(/double quote opened in this row is never closed/);
  });

  it('passes over a title above the header row, and says so', async () => {
    const { table } = await parseCsv('AI systems in use — 2026\n\nSystem name,Status\nChatbot,Pilot\n');
    expect(table.headerRow).toBe(3);
    expect(table.rows).toEqual([{ rowNumber: 4, cells: ['Chatbot', 'Pilot'] }]);
    expect(table.warnings[0]?.code).toBe('rows-above-header');
    expect(table.warnings[0]?.message).toBe(
      'Row 1 above the column names (row 3) was taken for a title and not imported.',
    );
  });

  it('follows Excel\'s "sep=" line, which is not a row', async () => {
    const { table, delimiter } = await parseCsv('sep=;\r\nSystem name;Notes\r\nChatbot;a, b\r\n');
    expect(delimiter).toBe(';');
    expect(table.rows).toEqual([{ rowNumber: 2, cells: ['Chatbot', 'a, b'] }]);
    expect(table.warnings).toEqual([]);
  });

  it('gives columns without a heading their letter, and numbers repeated headings', async () => {
    const { table } = await parseCsv('System name,Notes,,Notes\nChatbot,a,b,c\n');
    expect(table.headers).toEqual(['System name', 'Notes', 'Column C', 'Notes (2)']);
    expect(table.warnings.map((w) => w.code)).toEqual(['renamed-columns']);
  });

  it.each([
    ['an empty file', '', 'empty'],
    ['only blank lines', '\n\n  \n', 'empty'],
    ['a header and no systems', 'System name,Status\n\n', 'empty'],
  ])('refuses %s', async (_what, text, code) => {
    const failure = parseCsv(new TextEncoder().encode(text), { fileName: 'inventory.csv' });
    await expect(failure).rejects.toBeInstanceOf(InventoryImportError);
    await expect(failure).rejects.toMatchObject({
      code,
      message: expect.stringMatching(/^inventory\.csv .*Nothing was imported/),
    });
  });

  it('reports progress in characters and stops when cancelled', async () => {
    const text = `System name,Notes\n${Array.from({ length: 20000 }, (_, i) => `System ${i},"note, ${i}"`).join('\n')}\n`;
    const seen: [number, number][] = [];
    const { table } = await parseCsv(text, { onProgress: (done, total) => seen.push([done, total]) });
    expect(table.rows).toHaveLength(20000);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every(([done, total]) => done <= total && total === text.length - 1)).toBe(true);

    const signal = { aborted: false };
    const cancelled = parseCsv(text, { signal, onProgress: () => (signal.aborted = true) });
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });
  });
});
