// Every row problem and warning found while reading an inventory file carries a code, and the English catalogue
// entry for that code, filled with its data, reads exactly as the English sentence: the window and the CLI never
// tell a person two things. In the other languages the same data lands in a translated sentence.
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../../renderer/i18n/i18n';
import english from '../../../../renderer/i18n/locales/en/inventory.json';
import { type SharedText, sharedText } from '../../../../renderer/i18n/sharedText';
import { parseCsv, parseXlsx } from '../../../../shared/inventory';
import type { RowProblem, TableWarning } from '../../../../shared/inventory/Table';

const csv = (text: string) => parseCsv(text, { fileName: 'systems.csv' });

async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const numbered = (from: number, count: number) => Array.from({ length: count }, (_, i) => `System ${from + i}`);

/** Every warning and row problem reading gives, from files a person could write, in their variants. */
async function everythingRead(): Promise<{ warnings: TableWarning[]; problems: RowProblem[] }> {
  const tables = [
    (await csv('Inventory 2026\nSystem name,Stage\nChatbot,pilot\n\nSearch\n')).table,
    (await csv('Our systems\nNotes\nSystem name,Stage\n\n\nChatbot\nSearch\nTriage,pilot\n')).table,
    (await csv(`System name,Stage\n${numbered(1, 3).join('\n')}\n${'\n'.repeat(13)}Last,idea\n`)).table,
    (await csv('System name,Stage\nChatbot,pilot,extra\nSearch,idea,a,b,c,d\n')).table,
    (await csv('System name,Stage\nChatbot,"pilot" stage\n')).table,
    (await csv('System name,Notes\nChatbot,"never closed\nSearch,fine\n')).table,
    (await csv('System name,Stage,Stage\nChatbot,pilot,idea\n')).table,
    (await csv(`System name,${Array.from({ length: 7 }, () => 'Notes').join(',')}\nChatbot\n`)).table,
  ];
  const fewMerges = await workbook((book) => {
    const sheet = book.addWorksheet('Inventory');
    sheet.addRow(['AI systems 2026']);
    sheet.mergeCells('A1:D1');
    sheet.addRow(['System name', 'Court', 'Cost', 'Users']);
    sheet.addRow(['Chatbot', 'Appeal', { formula: 'B1*2' }, { formula: 'B1*3' }]);
    sheet.addRow(['Search', 'Appeal', { formula: '1/0', result: { error: '#DIV/0!' } }]);
    book.addWorksheet('Read me').addRow(['Notes']);
  });
  const manyMerges = await workbook((book) => {
    const sheet = book.addWorksheet('Inventory');
    sheet.addRow(['System name', 'Court', 'Cost', 'Users', 'Notes', 'Hosting', 'Contact']);
    for (const name of numbered(1, 3))
      sheet.addRow([name, 'Appeal', { formula: 'Z1' }, { formula: 'Z2' }, 'x', 'y', 'z']);
    for (const column of ['B', 'E', 'F', 'G']) sheet.mergeCells(`${column}2:${column}4`);
    sheet.mergeCells('C2:C3');
    sheet.mergeCells('D3:D4');
    for (const name of ['Read me', 'Archive']) book.addWorksheet(name).addRow(['Notes']);
  });
  for (const bytes of [fewMerges, manyMerges]) tables.push((await parseXlsx(bytes)).table);
  return {
    warnings: tables.flatMap((table) => table.warnings),
    problems: tables.flatMap((table) => table.rows.flatMap((row) => (row.problem ? [row.problem] : []))),
  };
}

/** The codes of the phrases nested in a sentence's data, at any depth. */
function phraseCodes(text: SharedText): string[] {
  return Object.values(text.values ?? {}).flatMap((value) =>
    typeof value === 'object' ? [...(value.code ? [value.code] : []), ...phraseCodes(value)] : [],
  );
}

/** A catalogue key without its plural or context suffixes. */
const base = (key: string) => key.replace(/_.*$/, '');

describe('what reading an inventory file says', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('reads the same from the English catalogue as from the reader, for every code and variant', async () => {
    const { warnings, problems } = await everythingRead();
    expect(new Set(warnings.map((warning) => warning.code))).toEqual(
      new Set([
        'rows-above-header',
        'blank-rows',
        'short-rows',
        'renamed-columns',
        'merged-cells',
        'formula-without-value',
        'error-values',
        'other-sheets',
      ]),
    );
    expect(new Set(problems.map((problem) => problem.code))).toEqual(
      new Set(['extra-cells', 'unclosed-quote', 'text-after-quote']),
    );
    for (const text of [...warnings, ...problems]) expect(sharedText('inventory', text)).toBe(text.message);
    // The variants worth reading: two formulas in one row, more than ten rows, more than five merges.
    const messages = warnings.map((warning) => warning.message);
    expect(messages).toContain(
      'Row 3 have formulas whose result was never saved in the file, so the cell was read as empty. Open the workbook in Excel, let it recalculate, save it and import again.',
    );
    expect(messages.some((message) => /^Rows (\d+, ){9}\d+ and \d+ more are blank/.test(message))).toBe(true);
    expect(messages.some((message) => message.includes('; …). Each value'))).toBe(true);
  });

  it('words every phrase inside a sentence, and no phrase reading does not use', async () => {
    const { warnings, problems } = await everythingRead();
    const used = new Set([...warnings, ...problems].flatMap(phraseCodes));
    const catalogued = new Set(Object.keys(english.shared.read).map((key) => `read.${base(key)}`));
    expect([...used].sort()).toEqual([...catalogued].sort());
  });

  it('has a catalogue entry for every code, and none that nothing gives', async () => {
    const { warnings, problems } = await everythingRead();
    const reading = new Set([...warnings, ...problems].map((text) => text.code));
    const planning = ['no-name', 'no-key-value', 'ambiguous-match', 'unknown-value', 'too-long', 'invalid-value'];
    const groups = ['key', 'what', 'attribute', 'read'];
    const entries = new Set(Object.keys(english.shared).map(base));
    expect([...entries].sort()).toEqual(
      [...new Set([...reading, ...planning, 'mapping-columns-missing', ...groups])].sort(),
    );
  });

  it('shows what reading said in French, with its data', async () => {
    const { table } = await csv('System name,Stage,Stage\nChatbot,"pilot" stage,idea\n');
    await i18n.changeLanguage('fr');
    expect(table.warnings.map((warning) => sharedText('inventory', warning))).toEqual([
      'Certaines colonnes portent le même nom\u00a0; les suivantes sont appelées ici «\u00a0Stage\u00a0» → «\u00a0Stage (2)\u00a0», afin que chacune puisse être associée séparément.',
    ]);
    const problem = table.rows[0]?.problem;
    expect(problem && sharedText('inventory', problem)).toMatch(
      /^Une valeur de cette ligne commence par un guillemet double, mais du texte suit son guillemet fermant\u00a0;/,
    );
  });

  it('shows a sentence with plural forms in French (extra cells), with its data', async () => {
    const { table } = await csv('System name,Stage\nChatbot,pilot,extra,more\n');
    await i18n.changeLanguage('fr');
    const problem = table.rows[0]?.problem;
    expect(problem && sharedText('inventory', problem)).toMatch(
      /^Cette ligne compte 4 cellules, mais l’en-tête ne nomme que 2 colonnes/,
    );
  });
});
