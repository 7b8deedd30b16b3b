// Reading JSON inventories: a plain list or { systems: [...] }, including our own `inventory --json`.
import { describe, expect, it } from 'vitest';
import { parseJson, readInventory } from '../../../../shared/inventory';
import { rowObject } from './fixtures';

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('parseJson', () => {
  it('reads a list of objects, keys becoming columns in order of appearance', async () => {
    const { table } = await parseJson(
      bytes([
        { name: 'Chatbot', stage: 'pilot', dataProcessed: ['personal', 'criminal'] },
        { name: 'Case search', organisation: 'Ministry of Justice', dataProcessed: [], launched: 2024, public: true },
      ]),
    );
    expect(table.headers).toEqual(['name', 'stage', 'dataProcessed', 'organisation', 'launched', 'public']);
    expect(table.rows.map((r) => [r.rowNumber, rowObject(table.headers, r.cells)])).toEqual([
      [
        1,
        {
          name: 'Chatbot',
          stage: 'pilot',
          dataProcessed: 'personal, criminal',
          organisation: '',
          launched: '',
          public: '',
        },
      ],
      [
        2,
        {
          name: 'Case search',
          stage: '',
          dataProcessed: 'none',
          organisation: 'Ministry of Justice',
          launched: '2024',
          public: 'true',
        },
      ],
    ]);
  });

  it('reads { "systems": [...] } and spreads customFields into columns of their own', async () => {
    const { table } = await parseJson(
      bytes({ systems: [{ id: 'x', name: 'Chatbot', customFields: { 'Asset ID': 'A-17', Budget: '12000' } }] }),
    );
    expect(table.headers).toEqual(['id', 'name', 'Asset ID', 'Budget']);
    expect(table.rows[0]?.cells).toEqual(['x', 'Chatbot', 'A-17', '12000']);
  });

  it('counts an entry with no value as a blank row, keeping the positions of the others', async () => {
    const { table } = await parseJson(bytes([{ name: 'A' }, { name: '' }, { name: 'C' }]));
    expect(table.rows.map((r) => r.rowNumber)).toEqual([1, 3]);
    expect(table.blankRows).toEqual([2]);
  });

  it.each([
    ['not JSON', '{ "systems": [', 'unreadable-inventory', /not valid JSON/],
    ['another shape', '{ "courts": [] }', 'unreadable-inventory', /expects a list of systems/],
    ['a list of strings', '["Chatbot"]', 'unreadable-inventory', /Entry 1 of systems\.json is a string/],
    ['an empty list', '[]', 'empty', /lists no systems/],
  ])('refuses %s', async (_what, text, code, message) => {
    await expect(readInventory(new TextEncoder().encode(text), { fileName: 'systems.json' })).rejects.toMatchObject({
      code,
      message: expect.stringMatching(message),
    });
  });
});
