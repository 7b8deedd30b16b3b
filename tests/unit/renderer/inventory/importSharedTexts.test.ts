// Every reason an inventory import gives in English carries a code, and the English catalogue entry for that code,
// filled with the reason's data, reads exactly the same: the window and the CLI never tell a person two things.
// In the other languages the same data lands in a translated sentence.
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../../renderer/i18n/i18n';
import english from '../../../../renderer/i18n/locales/en/inventory.json';
import { sharedText } from '../../../../renderer/i18n/sharedText';
import { previewLines } from '../../../../renderer/features/inventory/importWizardModel';
import {
  type ColumnTarget,
  type ExistingSystem,
  type ImportKey,
  planImport,
  readInventory,
} from '../../../../shared/inventory';
import type { ImportWarning, RowError, RowErrorCode } from '../../../../shared/inventory/planImport';

async function plan(
  csv: string,
  columns: Record<string, ColumnTarget>,
  options: { existing?: ExistingSystem[]; key?: ImportKey } = {},
) {
  const { table } = await readInventory(new TextEncoder().encode(csv), { fileName: 'systems.csv' });
  return planImport(
    table,
    { columns, unmappedColumns: 'custom', values: {} },
    options.existing ?? [],
    options.key ? { key: options.key } : {},
  );
}

function existing(name: string, more: Partial<ExistingSystem> = {}): ExistingSystem {
  return {
    id: `id-${name}-${more.organisation ?? ''}-${JSON.stringify(more.customFields ?? {})}`,
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

const NAME = { 'System name': 'name' } as const;

/** Every reason planning gives, from files a person could write: one or more per code. */
async function everyRowError(): Promise<RowError[]> {
  const errors: RowError[] = [];
  const collect = async (found: Promise<{ summary: { errors: RowError[] } }>) =>
    errors.push(...(await found).summary.errors);

  await collect(plan('System name,Stage\n,Pilot\n', { ...NAME, Stage: 'stage' }));
  await collect(
    plan('System name,Asset ID\nChatbot,\n', { ...NAME, 'Asset ID': 'custom' }, { key: { column: 'Asset ID' } }),
  );
  const twins = [existing('Chatbot'), existing('chatbot', { organisation: '' })];
  await collect(plan('System name\nChatbot\n', NAME, { existing: twins }));
  await collect(
    plan(
      'System name,Court\nChatbot,Appeal\n',
      { ...NAME, Court: 'organisation' },
      {
        existing: [existing('Chatbot', { organisation: 'Appeal' }), existing('CHATBOT', { organisation: 'appeal' })],
        key: 'name+organisation',
      },
    ),
  );
  await collect(
    plan(
      'System name,Asset ID\nChatbot,A-1\n',
      { ...NAME, 'Asset ID': 'custom' },
      {
        existing: [
          existing('Chatbot', { customFields: { 'Asset ID': 'A-1' } }),
          existing('Search', { customFields: { 'asset id': 'a-1' } }),
        ],
        key: { column: 'Asset ID' },
      },
    ),
  );
  await collect(
    plan(
      'System name,Stage,Category,Automation,Provider,Data,Areas\nChatbot,Live-ish,Green,Robot,Friend,Gossip,Space\n',
      {
        ...NAME,
        Stage: 'stage',
        Category: 'useCategory',
        Automation: 'automation',
        Provider: 'providerType',
        Data: 'dataProcessed',
        Areas: 'legalAreas',
      },
    ),
  );
  const tooLong: [string, ColumnTarget, number][] = [
    ['Name', 'name', 300],
    ['Court', 'organisation', 300],
    ['Country', 'country', 100],
    ['Purpose', 'purpose', 5000],
    ['Vendor', 'providerName', 300],
    ['Users', 'users', 1000],
    ['Hosting', 'hosting', 300],
    ['Contact', 'contact', 300],
    ['Go-live', 'goLive', 40],
    ['Notes', 'notes', 20000],
    ['Asset register entry', 'custom', 5000],
  ];
  for (const [header, target, max] of tooLong) {
    const columns: Record<string, ColumnTarget> =
      target === 'name' ? { [header]: 'name' } : { ...NAME, [header]: target };
    const csv =
      target === 'name'
        ? `${header}\n${'x'.repeat(max + 1)}\n`
        : `System name,${header}\nChatbot,${'x'.repeat(max + 1234)}\n`;
    await collect(plan(csv, columns));
  }
  await collect(plan(`System name,${'H'.repeat(210)}\nChatbot,x\n`, NAME));
  return errors;
}

describe('the reasons an inventory import gives', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('read the same from the English catalogue as from the import, for every code', async () => {
    const errors = await everyRowError();
    const codes: RowErrorCode[] = [
      'no-name',
      'no-key-value',
      'ambiguous-match',
      'unknown-value',
      'too-long',
      'invalid-value',
    ];
    expect(new Set(errors.map((error) => error.code))).toEqual(new Set(codes));
    // readSharedTexts.test.ts accounts for the catalogue's other entries: what reading the file says.
    for (const code of codes) expect(english.shared).toHaveProperty([code]);
    for (const error of errors) expect(sharedText('inventory', error)).toBe(error.message);
  });

  it('word every phrase inside a reason, and no phrase the import does not use', async () => {
    const errors = await everyRowError();
    const phrases = new Set(
      errors.flatMap((error) =>
        Object.values(error.values ?? {}).flatMap((value) =>
          typeof value === 'object' && value.code ? [value.code] : [],
        ),
      ),
    );
    const catalogued = ['key', 'what', 'attribute'].flatMap((group) =>
      Object.keys(english.shared[group as 'key' | 'what' | 'attribute']).map((name) => `${group}.${name}`),
    );
    expect([...phrases].sort()).toEqual(catalogued.sort());
  });

  it('read the missing-columns warning the same, for one column and for several', async () => {
    const warnings: ImportWarning[] = [];
    for (const missing of [['Budget'], ['Budget', 'Owner', 'Phase']]) {
      const columns = { ...NAME, ...Object.fromEntries(missing.map((header) => [header, 'custom' as const])) };
      warnings.push(...(await plan('System name\nChatbot\n', columns)).warnings);
    }
    expect(warnings.map((warning) => warning.code)).toEqual(['mapping-columns-missing', 'mapping-columns-missing']);
    for (const warning of warnings) expect(sharedText('inventory', warning)).toBe(warning.message);
  });

  it('shows a reason in French with its data', async () => {
    const rejected = await plan('System name,Stage\nChatbot,Live-ish\n', { ...NAME, Stage: 'stage' });
    await i18n.changeLanguage('fr');
    const [line] = previewLines(rejected.rows);
    expect(line?.details).toBe(
      '«\u00a0Live-ish\u00a0» n’est pas un stade que Charter Review reconnaît (idea, pilot, production, retired). Indiquez l’une de ces valeurs dans le fichier, ou traduisez «\u00a0Live-ish\u00a0» dans la correspondance des colonnes (values.stage). Rien de cette ligne n’a été importé.',
    );
    const ambiguous = await plan(
      'System name,Court\nChatbot,Appeal\n',
      { ...NAME, Court: 'organisation' },
      {
        existing: [existing('Chatbot', { organisation: 'Appeal' }), existing('chatbot', { organisation: 'appeal' })],
        key: 'name+organisation',
      },
    );
    const [ambiguousLine] = previewLines(ambiguous.rows);
    expect(ambiguousLine?.details).toMatch(
      /^2 systèmes de l’évaluation correspondent à cette ligne \(nom et organisme «\u00a0Chatbot, Appeal\u00a0»\)/,
    );
  });
});
