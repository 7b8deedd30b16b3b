// What an import will do with every row, decided before anything is written: the preview a person
// checks, and the plan the engine applies.
import { describe, expect, it } from 'vitest';
import {
  type ExistingSystem,
  type ImportPlan,
  InventoryImportError,
  type InventoryMapping,
  guessMapping,
  parseCsv,
  planImport,
  readInventory,
} from '../../../../shared/inventory';
import { fixture } from './fixtures';

async function planCsv(
  text: string,
  existing: ExistingSystem[] = [],
  mapping?: Partial<InventoryMapping>,
  key?: ImportPlan['key'],
) {
  const { table } = await parseCsv(text);
  const guessed = guessMapping(table.headers);
  return planImport(table, { ...guessed, ...mapping }, existing, key ? { key } : {});
}

function existing(name: string, more: Partial<ExistingSystem> = {}): ExistingSystem {
  return {
    id: `id-${name}`,
    name,
    organisation: '',
    country: '',
    purpose: '',
    stage: null,
    providerType: null,
    providerName: '',
    useCategory: null,
    automation: null,
    dataProcessed: null,
    legalAreas: null,
    users: '',
    hosting: '',
    contact: '',
    goLive: '',
    notes: '',
    customFields: {},
    ...more,
  };
}

describe('planImport', () => {
  it('plans the sample inventory as 12 new systems with their stages, providers and kinds of data', async () => {
    const source = await readInventory(fixture('inventory-sample.csv'), { fileName: 'inventory-sample.csv' });
    const plan = await planImport(source.table, guessMapping(source.table.headers), []);
    expect(plan.summary).toEqual({
      rowsRead: 12,
      added: 12,
      updated: 0,
      unchanged: 0,
      duplicates: 0,
      rejected: 0,
      blankRows: 0,
      errors: [],
    });
    expect(
      plan.adds.map(({ row, attributes: a }) => [
        row,
        a.name,
        a.stage,
        a.providerType,
        a.providerName,
        a.dataProcessed,
      ]),
    ).toEqual([
      [2, 'Anonymiser for published judgments', 'production', 'in_house', '', ['personal']],
      [3, 'Hearing transcription', 'pilot', 'vendor', 'SpeechCo LLC', ['personal']],
      [4, 'Case-law search assistant', 'production', 'in_house', '', []],
      [5, 'Citizen information chatbot', 'production', 'vendor', 'Digital Gov Services', ['personal']],
      [6, 'Case allocation optimiser', 'idea', 'in_house', '', []],
      [7, 'Recidivism risk score', 'pilot', 'vendor', 'RiskLabs', ['personal', 'criminal']],
      [8, 'Document classifier for incoming filings', 'production', 'in_house', '', ['personal']],
      [9, 'Traduction automatique des pièces', 'pilot', 'vendor', 'LinguaJuris', ['personal']],
      [10, 'Judicial statistics dashboard', 'production', 'in_house', '', []],
      [11, 'Online dispute resolution triage', 'pilot', 'vendor', 'ODR Partners', ['personal']],
      [12, 'Face matching at court entrance', 'idea', 'vendor', 'SecureVision', ['personal', 'biometric']],
      [13, 'Sentencing statistics explorer', 'pilot', 'in_house', '', ['personal', 'criminal']],
    ]);
    expect(plan.adds[1]?.attributes).toEqual({
      name: 'Hearing transcription',
      organisation: 'Baku Court of Appeal',
      country: 'AZ',
      purpose: 'Speech-to-text of audio recordings of hearings in Azerbaijani and Russian',
      providerType: 'vendor',
      providerName: 'SpeechCo LLC',
      stage: 'pilot',
      goLive: '2025-09',
      dataProcessed: ['personal'],
      users: 'Judges, secretaries',
      hosting: 'Vendor cloud (EU region)',
      contact: 'r.mammadova@court.example',
      notes: 'Accuracy on Azerbaijani dialects not measured yet',
    });
    // The case allocation optimiser has no go-live date: not stated, so not set at all.
    expect(plan.adds[4]?.attributes).not.toHaveProperty('goLive');
  });

  it('imports the French, Azerbaijani and Russian fixtures with their words translated', async () => {
    const stages = async (name: string) => {
      const source = await readInventory(fixture(name), { fileName: name });
      const plan = await planImport(source.table, guessMapping(source.table.headers), []);
      expect(plan.summary.rejected).toBe(0);
      return plan.adds.map((a) => [a.attributes.stage, a.attributes.providerType, a.attributes.dataProcessed]);
    };
    expect(await stages('semicolon-fr.csv')).toEqual([
      ['pilot', 'vendor', ['personal']],
      ['production', 'in_house', ['personal', 'criminal']],
      ['idea', 'vendor', []],
    ]);
    expect(await stages('cp1252-fr.csv')).toEqual([
      ['pilot', 'vendor', ['personal']],
      ['idea', 'in_house', []],
    ]);
    expect(await stages('azerbaijani-bom.csv')).toEqual([
      ['production', 'in_house', ['personal']],
      ['pilot', 'vendor', ['personal', 'biometric']],
      ['idea', 'in_house', []],
    ]);
    expect(await stages('russian-utf16.txt')).toEqual([
      ['pilot', 'vendor', ['personal']],
      ['production', 'in_house', []],
    ]);
  });

  it('skips later rows with the same name as an earlier one: the first wins', async () => {
    const text = new TextDecoder().decode(fixture('duplicates.csv'));
    const byName = await planCsv(text);
    expect(byName.rows.map((r) => [r.row, r.outcome, r.outcome === 'duplicate' ? r.firstRow : null])).toEqual([
      [2, 'added', null],
      [3, 'added', null],
      [4, 'duplicate', 2],
      [5, 'duplicate', 2],
    ]);
    expect(byName.adds[0]?.attributes.stage).toBe('pilot');

    const byNameAndCourt = await planCsv(text, [], undefined, 'name+organisation');
    expect(byNameAndCourt.rows.map((r) => r.outcome)).toEqual(['added', 'added', 'duplicate', 'added']);
  });

  it('updates the systems a re-imported file already describes, with the fields that change', async () => {
    const plan = await planCsv('System name,Status,Notes,Asset\nChatbot,Production,,A-1\nCase search,Pilot,Weekly,\n', [
      existing('chatbot', { stage: 'pilot', notes: 'Kept: the file has no note', customFields: { asset: 'A-0' } }),
      existing('Case search', { stage: 'pilot', notes: 'Weekly' }),
    ]);
    expect(plan.rows).toEqual([
      {
        row: 2,
        outcome: 'updated',
        name: 'chatbot',
        systemId: 'id-chatbot',
        fields: [
          { field: 'name', before: 'chatbot', after: 'Chatbot' },
          { field: 'stage', before: 'pilot', after: 'production' },
          { field: 'customFields.asset', before: 'A-0', after: 'A-1' },
        ],
      },
      { row: 3, outcome: 'unchanged', name: 'Case search', systemId: 'id-Case search' },
    ]);
    // An empty cell never erases: the existing note stays; custom fields are merged under the existing spelling.
    expect(plan.updates).toEqual([
      {
        row: 2,
        systemId: 'id-chatbot',
        changes: { name: 'Chatbot', stage: 'production', customFields: { asset: 'A-1' } },
      },
    ]);
  });

  it('rejects a row whose value it does not know, naming row, column and value, and collects the value once', async () => {
    const plan = await planCsv('System name,Status\nChatbot,Rolling out\nSearch,Pilot\nScore,ROLLING OUT\n');
    expect(plan.summary).toMatchObject({ rowsRead: 3, added: 1, rejected: 2 });
    expect(plan.summary.errors[0]).toEqual({
      row: 2,
      column: 'Status',
      message:
        '"Rolling out" is not a stage Charter Review recognises (idea, pilot, production, retired). Write one of these in the file, or translate "Rolling out" in the mapping (values.stage). Nothing from this row was imported.',
      code: 'unknown-value',
      values: {
        value: 'Rolling out',
        what: { code: 'what.stage', message: 'a stage' },
        known: 'idea, pilot, production, retired',
        mappingKey: 'stage',
      },
    });
    expect(plan.unknownValues).toEqual([{ attribute: 'stage', column: 'Status', value: 'Rolling out', rows: [2, 4] }]);

    const translated = await planCsv('System name,Status\nChatbot,Rolling out\n', [], {
      values: { stage: { 'rolling-out': 'production' } },
    });
    expect(translated.adds[0]?.attributes.stage).toBe('production');
  });

  it('rejects a 1 MB purpose instead of cutting it, and says by how much it is too long', async () => {
    const huge = 'x'.repeat(1024 * 1024);
    const plan = await planCsv(`System name,Purpose\nChatbot,${huge}\nSearch,Finds judgments\n`);
    expect(plan.summary).toMatchObject({ added: 1, rejected: 1 });
    expect(plan.summary.errors).toEqual([
      {
        row: 2,
        column: 'Purpose',
        message:
          '"Purpose" holds 1,048,576 characters, but a purpose may have at most 5,000. Nothing from this row was imported, and nothing was cut: shorten the text in the file and import again.',
        code: 'too-long',
        values: {
          column: 'Purpose',
          length: 1048576,
          what: { code: 'attribute.purpose', message: 'a purpose' },
          maximum: 5000,
        },
      },
    ]);
  });

  it('rejects a row without a name, and a row that matches two systems of the review', async () => {
    const plan = await planCsv('System name,Status\n,Pilot\nChatbot,Pilot\n', [
      existing('Chatbot'),
      { ...existing('chatbot'), id: 'other' },
    ]);
    expect(plan.summary.errors.map((e) => [e.row, e.column, e.message.split('.')[0]])).toEqual([
      [2, 'System name', 'This row has no system name, so it cannot become a system'],
      [
        3,
        'System name',
        '2 systems in the review match this row (name "Chatbot"), so it is not clear which one to update',
      ],
    ]);
  });

  it('matches rows by an identifier column kept as a custom field', async () => {
    const plan = await planCsv(
      'Asset ID,System name,Status\nA-17,Transcription (new name),Production\nA-18,Chatbot,Pilot\n',
      [existing('Transcription', { customFields: { 'Asset ID': 'A-17' } })],
      undefined,
      { column: 'asset id' },
    );
    expect(plan.rows.map((r) => [r.row, r.outcome])).toEqual([
      [2, 'updated'],
      [3, 'added'],
    ]);
    expect(plan.updates[0]?.changes).toEqual({ name: 'Transcription (new name)', stage: 'production' });
    expect(plan.adds[0]?.attributes.customFields).toEqual({ 'Asset ID': 'A-18' });
  });

  it('keeps unmapped columns as custom fields, or leaves them out when the person says so', async () => {
    const kept = await planCsv('System name,Budget\nChatbot,12000\n');
    expect(kept.adds[0]?.attributes.customFields).toEqual({ Budget: '12000' });
    const left = await planCsv('System name,Budget\nChatbot,12000\n', [], {
      columns: { 'System name': 'name' },
      unmappedColumns: 'ignore',
    });
    expect(left.adds[0]?.attributes).toEqual({ name: 'Chatbot' });
  });

  it('refuses a file without a name column, and a mapping that feeds one attribute twice', async () => {
    const { table } = await parseCsv('Label,Status\nChatbot,Pilot\n');
    await expect(planImport(table, guessMapping(table.headers), [])).rejects.toMatchObject({
      code: 'no-header',
      message: expect.stringMatching(
        /^No column is recognised as the system name \(the columns are "Label", "Status"\)/,
      ),
    });
    const mapping = { columns: { Label: 'name', Status: 'notes', Other: 'notes' } } as const;
    const { table: two } = await parseCsv('Label,Status,Other\nChatbot,Pilot,x\n');
    const failure = planImport(two, { ...mapping, unmappedColumns: 'custom', values: {} }, []);
    await expect(failure).rejects.toBeInstanceOf(InventoryImportError);
    await expect(failure).rejects.toMatchObject({
      code: 'invalid-mapping',
      message: expect.stringContaining('Both "Status" and "Other"'),
    });
  });

  it('stops when cancelled, with nothing planned', async () => {
    const rows = Array.from({ length: 10000 }, (_, i) => `System ${i},Pilot`).join('\n');
    const { table } = await parseCsv(`System name,Status\n${rows}\n`);
    const signal = { aborted: false };
    const failure = planImport(table, guessMapping(table.headers), [], {
      signal,
      onProgress: () => (signal.aborted = true),
    });
    await expect(failure).rejects.toMatchObject({
      code: 'cancelled',
      message: 'The import was cancelled. Nothing was changed in the review.',
    });
  });

  it('reads and plans a 100,000-row file, every row accounted for', async () => {
    const lines = ['System name,Court / Body,Status,Personal data?,Notes'];
    for (let i = 0; i < 100_000; i += 1) {
      lines.push(
        `System ${i},"Court ${i % 50}, Baku",${i % 3 === 0 ? 'Pilot' : 'Production'},${i % 2 ? 'Yes' : 'No'},"Note ${i}"`,
      );
    }
    const progress: number[] = [];
    const source = await readInventory(new TextEncoder().encode(lines.join('\r\n')), { fileName: 'big.csv' });
    expect(source.table.rows).toHaveLength(100_000);
    const plan = await planImport(source.table, guessMapping(source.table.headers), [existing('System 5')], {
      onProgress: (done) => progress.push(done),
    });
    expect(plan.summary).toMatchObject({ rowsRead: 100_000, added: 99_999, updated: 1, rejected: 0, duplicates: 0 });
    expect(plan.rows).toHaveLength(100_000);
    expect(progress.at(-1)).toBe(100_000);
  });
});
