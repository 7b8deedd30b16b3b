// CSV inventories as they arrive from courts, and worse: any separator, stray and unbalanced quotes, byte
// order marks, UTF-16 and Latin-1 bytes, NULs, very long lines and fields, thousands of columns, cells that
// look like formulas, names with path tricks. Reading and planning end in a plan or a classified error.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FUZZ_TEST_TIMEOUT_MS, fc, fuzzRun, hangGuard } from './fuzzSupport';
import { readAndPlan } from './inventorySupport';

vi.setConfig({ testTimeout: FUZZ_TEST_TIMEOUT_MS });

beforeAll(() => hangGuard.start());
afterAll(() => hangGuard.stop());

/** Characters that break naive CSV handling, the languages courts write in, and worse. */
const TRICKY = [
  ',',
  ';',
  '\t',
  '|',
  '"',
  "'",
  '\n',
  '\r',
  ' ',
  '=',
  '+',
  '@',
  '-',
  '\\',
  '/',
  '.',
  'a',
  'Z',
  '7',
  'é',
  'ə',
  'Ж',
  '€',
  '💡',
  '\u0000',
  '\u001b',
  '\u202e',
  '\ufeff',
  '\ud800',
];
const cell = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 12 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'System name',
      'Nom du système',
      'Stage',
      'Provider',
      'Data processed',
      'Pilot',
      'Production',
      'Vendor: SpeechCo',
      'Yes (criminal)',
      "=cmd|' /C calc'!A0",
      '=HYPERLINK("http://example.org","x")',
      '@SUM(1+1)',
      '+1-1',
      '../../etc/passwd',
      '..\\..\\windows\\system32',
      'C:\\Users\\x',
      '__proto__',
      'constructor',
      'sep=;',
    ),
  },
  // Longer than any attribute allows (the longest, notes, takes 20,000 characters); megabytes are tested apart.
  { weight: 1, arbitrary: fc.integer({ min: 250, max: 25_000 }).map((n) => 'x'.repeat(n)) },
);

type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16be-bom' | 'utf-16le' | 'latin-1';

function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode(`\ufeff${text}`);
    case 'utf-16le':
    case 'utf-16le-bom':
    case 'utf-16be-bom': {
      const units = (encoding === 'utf-16le' ? '' : '\ufeff') + text;
      const bytes = new Uint8Array(units.length * 2);
      for (let i = 0; i < units.length; i += 1) {
        const unit = units.charCodeAt(i);
        const [first, second] = encoding === 'utf-16be-bom' ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8];
        bytes[i * 2] = first;
        bytes[i * 2 + 1] = second;
      }
      return bytes;
    }
    case 'latin-1':
      return Uint8Array.from(text, (char) => {
        const code = char.charCodeAt(0);
        return code <= 0xff ? code : 0x3f;
      });
  }
}

const csvFile = fc.record({
  header: fc.array(cell, { minLength: 0, maxLength: 8 }),
  rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 12 }),
  delimiter: fc.constantFrom(',', ';', '\t', '|', ' ', '"', 'x'),
  newline: fc.constantFrom('\n', '\r\n', '\r', '\n\n'),
  quoting: fc.constantFrom<'none' | 'all' | 'broken'>('none', 'all', 'broken'),
  encoding: fc.constantFrom<Encoding>('utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'utf-16le', 'latin-1'),
  fileName: fc.constantFrom('inventory.csv', 'inventaire.txt', 'Реестр.tsv', '../../x.csv', 'noextension'),
});

type CsvFile = typeof csvFile extends fc.Arbitrary<infer T> ? T : never;

function writeLoosely(file: CsvFile): string {
  const quote = (text: string, index: number) => {
    if (file.quoting === 'all') return `"${text.replace(/"/g, '""')}"`;
    if (file.quoting === 'broken' && index % 3 === 0) return `"${text}`;
    return text;
  };
  return [file.header, ...file.rows].map((cells) => cells.map(quote).join(file.delimiter)).join(file.newline);
}

describe('reading CSV inventories that are not what they should be', () => {
  it('generated CSV in any separator, quoting and encoding is planned or refused with a reason', async () => {
    const run = fuzzRun('generated CSV', 250);
    await fc.assert(
      fc.asyncProperty(csvFile, async (file) => {
        const text = writeLoosely(file);
        const bytes = encode(text, file.encoding);
        await readAndPlan(
          bytes,
          file.fileName,
          run.label(`${file.fileName} ${file.encoding} ${JSON.stringify(text.slice(0, 300))}`),
        );
      }),
      { numRuns: run.numRuns, seed: run.seed },
    );
  });

  it('random bytes named .csv are planned or refused with a reason', async () => {
    const run = fuzzRun('random bytes as CSV', 300);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        await readAndPlan(bytes, 'inventory.csv', run.label(`${bytes.length} random bytes`));
      }),
      { numRuns: run.numRuns, seed: run.seed },
    );
  });

  it('a good inventory with bytes flipped, cut or NULs put in is planned or refused with a reason', async () => {
    const good = new TextEncoder().encode(
      '\ufeffSystem name;Court;Stage;Provider;Data processed\r\n' +
        'Registry chatbot;Court of Appeal;Pilot;Vendor: Acme;Yes (personal)\r\n' +
        '"Anonymisation; judgments";Supreme Court;Production;In-house;No\r\n' +
        'Транскрипция;Верховный суд;Пилот;Vendor: SpeechCo;Yes (criminal)\r\n',
    );
    const run = fuzzRun('mutated CSV', 300);
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.nat(255) }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('nul' as const), at: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), async (mutations) => {
        let bytes = good.slice();
        for (const m of mutations) {
          if (bytes.length === 0) break;
          if (m.kind === 'flip') bytes[m.at % bytes.length] = m.value;
          else if (m.kind === 'nul') bytes[m.at % bytes.length] = 0;
          else bytes = bytes.slice(0, m.at % bytes.length);
        }
        await readAndPlan(bytes, 'inventory.csv', run.label(JSON.stringify(mutations)));
      }),
      { numRuns: run.numRuns, seed: run.seed },
    );
  });
});

describe('absurd CSV inventories', () => {
  const big = (text: string) => new TextEncoder().encode(text);

  it('10,000 columns are planned or refused with a reason, not a frozen import', async () => {
    const header = ['System name', ...Array.from({ length: 9999 }, (_, i) => `Field ${i}`)].join(',');
    const row = ['Chatbot', ...Array.from({ length: 9999 }, (_, i) => String(i))].join(',');
    await readAndPlan(big(`${header}\n${row}\n`), 'wide.csv', '10,000 distinct columns');
  });

  it('10,000 columns with the same name are planned or refused with a reason', async () => {
    const header = ['System name', ...Array.from({ length: 9999 }, () => 'Notes')].join(',');
    await readAndPlan(big(`${header}\nChatbot\n`), 'same.csv', '10,000 columns called Notes');
  });

  it('a single line of 5 MB is planned or refused with a reason', async () => {
    await readAndPlan(big(`System name,Notes\nChatbot,${'x'.repeat(5_000_000)}\n`), 'long.csv', 'one 5 MB field');
  });

  it('an unclosed quote at the top swallowing the whole file is reported, not silently imported', async () => {
    const outcome = await readAndPlan(
      big(`System name,Notes\n"Chatbot,${'a,b\n'.repeat(50_000)}`),
      'quote.csv',
      'unclosed quote over 50,000 lines',
    );
    if (outcome.read) expect(outcome.plan.summary.rejected).toBeGreaterThan(0);
  });

  it('formula-looking cells and path tricks are kept as plain text, never interpreted', async () => {
    const outcome = await readAndPlan(
      big(`System name,Notes\n"=cmd|' /C calc'!A0",../../etc/passwd\n@SUM(1),"=HYPERLINK(""x"")"\n`),
      'formulas.csv',
      'formulas',
    );
    expect(outcome.read).toBe(true);
    if (outcome.read) {
      expect(outcome.plan.adds.map((add) => [add.attributes.name, add.attributes.notes])).toEqual([
        ["=cmd|' /C calc'!A0", '../../etc/passwd'],
        ['@SUM(1)', '=HYPERLINK("x")'],
      ]);
    }
  });
});
