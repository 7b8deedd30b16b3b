// The import wizard's choices: reassigning a column never leaves two writing one attribute, a translated
// value lets its rows in, the preview reads row by row, and a confirmed mapping is remembered per headings.
import { describe, expect, it } from 'vitest';
import {
  assignColumn,
  currentTranslation,
  mergeUnknownValues,
  previewLines,
  previewReportCsv,
  setTranslation,
  targetOf,
} from '../../../../renderer/features/inventory/importWizardModel';
import { headerSetKey, recallMapping, rememberMapping } from '../../../../renderer/features/inventory/mappingMemory';
import { guessMapping, planImport, readInventory } from '../../../../shared/inventory';

const CSV = 'System name,Status,Phase,Court\nChatbot,Live-ish,Pilot,Supreme Court\nSearch,Production,,Appeal Court\n';

async function table() {
  return (await readInventory(new TextEncoder().encode(CSV), { fileName: 'systems.csv' })).table;
}

describe('choosing a column target', () => {
  it('keeps a column that fed the same attribute as a custom field, so no data is dropped', async () => {
    const { headers } = await table();
    const guessed = guessMapping(headers);
    expect(targetOf(guessed, 'Status')).toBe('stage');
    expect(targetOf(guessed, 'Phase')).toBe('custom');

    const mapping = assignColumn(guessed, headers, 'Phase', 'stage');

    expect(targetOf(mapping, 'Phase')).toBe('stage');
    expect(targetOf(mapping, 'Status')).toBe('custom');
    expect(targetOf(mapping, 'System name')).toBe('name');
  });

  it('falls back to matching by name when the key column stops being a custom field', async () => {
    const { headers } = await table();
    const keyed = { ...guessMapping(headers), key: { column: 'Phase' } };

    expect(assignColumn(keyed, headers, 'Phase', 'ignore').key).toBe('name');
    expect(assignColumn(keyed, headers, 'Status', 'notes').key).toEqual({ column: 'Phase' });
  });
});

describe('translating values', () => {
  it('a value the importer did not know rejects its row until it is translated, then the row is added', async () => {
    const rows = await table();
    const mapping = guessMapping(rows.headers);
    const before = await planImport(rows, mapping, []);
    expect(before.summary).toMatchObject({ added: 1, rejected: 1 });
    const [unknown] = before.unknownValues;
    if (!unknown) throw new Error('"Live-ish" should be unknown');
    expect(unknown).toMatchObject({ attribute: 'stage', column: 'Status', value: 'Live-ish', rows: [2] });

    const translated = setTranslation(mapping, unknown, JSON.stringify('production'));
    expect(currentTranslation(translated, unknown)).toBe('"production"');
    const after = await planImport(rows, translated, []);

    expect(after.summary).toMatchObject({ added: 2, rejected: 0 });
    expect(after.unknownValues).toEqual([]);
    expect(currentTranslation(setTranslation(translated, unknown, ''), unknown)).toBe('');
  });

  it('keeps a translated value listed with its choice after it stops being unknown', () => {
    const live = { attribute: 'stage' as const, column: 'Status', value: 'Live-ish', rows: [2] };
    const other = { attribute: 'automation' as const, column: 'Role', value: 'Helps', rows: [3] };
    expect(mergeUnknownValues([live], [other])).toEqual([live, other]);
    expect(mergeUnknownValues([live, other], [{ ...live, value: 'LIVE-ISH', rows: [2, 9] }])).toHaveLength(2);
  });
});

describe('the preview table and its report', () => {
  it('shows one line per row, and one per reason for a rejected row, with row number and column', async () => {
    const rows = await table();
    const plan = await planImport(rows, guessMapping(rows.headers), []);
    const lines = previewLines(plan.rows);

    expect(lines).toEqual([
      expect.objectContaining({
        row: 2,
        outcome: 'rejected',
        column: 'Status',
        details: expect.stringMatching(/Live-ish/),
      }),
      expect.objectContaining({ row: 3, outcome: 'added', system: 'Search' }),
    ]);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(previewReportCsv(lines));
    expect(csv.startsWith('\uFEFFRow,Outcome,System,Column,Details\r\n2,Rejected,,Status,')).toBe(true);
  });

  it('describes an update field by field', () => {
    const [line] = previewLines([
      {
        row: 4,
        outcome: 'updated',
        name: 'Chatbot',
        systemId: 's1',
        fields: [
          { field: 'stage', before: 'pilot', after: 'production' },
          { field: 'customFields.Asset ID', before: null, after: 'A-7' },
        ],
      },
    ]);
    expect(line?.details).toBe('Stage: pilot → production; Asset ID: not stated → A-7');
  });
});

describe('remembering the mapping', () => {
  function memoryStorage() {
    const items = new Map<string, string>();
    return {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      items,
    };
  }

  it('recalls a confirmed mapping for the same headings in any order, case or accents', async () => {
    const storage = memoryStorage();
    const { headers } = await table();
    const mapping = {
      ...assignColumn(guessMapping(headers), headers, 'Phase', 'ignore'),
      key: 'name+organisation' as const,
    };

    rememberMapping(headers, mapping, storage);

    expect(headerSetKey(['court', 'PHASE', 'status', 'System Name'])).toBe(headerSetKey(headers));
    expect(recallMapping(['court', 'PHASE', 'status', 'System Name'], storage)).toEqual(mapping);
    expect(recallMapping(['System name', 'Status'], storage)).toBeNull();
  });

  it('ignores a stored mapping it cannot read, rather than failing the import', () => {
    const storage = memoryStorage();
    storage.setItem(headerSetKey(['A']), '{"columns":{"A":"teleport"}}');
    expect(recallMapping(['A'], storage)).toBeNull();
    storage.setItem(headerSetKey(['B']), 'not json');
    expect(recallMapping(['B'], storage)).toBeNull();
  });
});
