// Histories to describe: a review where every command runs (with undo and redo), and single audit rows for the
// variants a real session rarely writes (a bulk change over several systems, a merge with conflicts, a command
// of a newer version…). Together they reach every sentence of the history catalogue.
import type { AuditRecord } from '../../../../shared/engine/historyQueries';
import type { Command } from '../../../../shared/engine/commands';
import { ReviewEngine } from '../../../../shared/engine/ReviewEngine';
import { builtInFramework } from '../../../../shared/frameworks/builtIn';
import type { FrameworkContent } from '../../../../shared/frameworks/schema';
import { fixedClock, loadSqlJs } from '../../helpers';

export const CEPEJ = 'cepej-charter-2018';
const A = '0b1f7a52-0d0f-4c8e-9a57-3c1d2a6b7e01';
const B = '0b1f7a52-0d0f-4c8e-9a57-3c1d2a6b7e02';
const C = '0b1f7a52-0d0f-4c8e-9a57-3c1d2a6b7e03';
const FINDING = '0b1f7a52-0d0f-4c8e-9a57-3c1d2a6b7e04';
const ACTION = '0b1f7a52-0d0f-4c8e-9a57-3c1d2a6b7e05';
const EVIDENCE = '0b1f7a52-0d0f-4c8e-9a57-3c1d2a6b7e06';
const MERGED = '0b1f7a52-0d0f-4c8e-9a57-3c1d2a6b7e08';

function content(id: string): FrameworkContent {
  const framework = builtInFramework(id);
  if (!framework) throw new Error(`no built-in framework ${id}`);
  return framework;
}

/** A next version of the Charter content, for an upgrade. */
function nextCharter(): FrameworkContent {
  return { ...structuredClone(content(CEPEJ)), version: '9.1.0' };
}

/** Commands in the order they run on a review holding "Drafting assistant" (A) and "Case-law search" (B). */
const COMMANDS: Command[] = [
  { type: 'updateReview', title: 'Renamed review', organisation: 'Court of Cassation' },
  { type: 'addSystem', id: C, attributes: { name: 'Hearing transcription' } },
  {
    type: 'updateSystem',
    systemId: A,
    changes: { organisation: 'Civil court', dataProcessed: ['personal', 'criminal'], customFields: { Budget: '10k' } },
  },
  { type: 'updateSystem', systemId: A, changes: { organisation: 'Civil court' } },
  {
    type: 'updateSystems',
    changes: [
      { systemId: A, changes: { stage: 'pilot', providerType: 'in_house' } },
      { systemId: B, changes: { stage: 'production', automation: 'support', legalAreas: [] } },
    ],
  },
  { type: 'updateSystems', changes: [{ systemId: B, changes: { notes: 'Checked.' } }] },
  { type: 'classifyUse', systemId: A, useCategory: 'precautions', reason: 'Drafts.', source: 'reviewer' },
  { type: 'classifyUse', systemId: A, useCategory: null, reason: '', source: 'reviewer' },
  { type: 'setAnswer', systemId: A, itemId: `${CEPEJ}/p1.1`, status: 'partial', justification: 'Half.' },
  { type: 'setAnswer', systemId: A, itemId: `${CEPEJ}/p1.1`, status: 'partial', justification: 'Half done.' },
  { type: 'setAnswer', systemId: A, itemId: `${CEPEJ}/p1.1`, status: 'partial', justification: 'Half done.' },
  {
    type: 'setAnswers',
    source: 'answers.csv',
    answers: [
      { systemId: B, itemId: `${CEPEJ}/p1.1`, status: 'compliant' },
      { systemId: B, itemId: `${CEPEJ}/p2.1`, status: 'non_compliant', justification: 'No bias tests.' },
    ],
  },
  {
    type: 'setAnswers',
    answers: [
      { systemId: A, itemId: `${CEPEJ}/p2.1`, status: 'not_applicable', justification: 'No personal data.' },
      { systemId: C, itemId: `${CEPEJ}/p2.1`, status: 'partial', justification: 'Some tests.' },
    ],
  },
  { type: 'setAnswers', answers: [{ systemId: C, itemId: `${CEPEJ}/p1.1`, status: 'compliant' }] },
  { type: 'copyAnswers', fromSystemId: B, toSystemIds: [A, C], overwrite: false },
  {
    type: 'setApplicability',
    systemId: A,
    itemId: `${CEPEJ}/p1.2`,
    applies: true,
    justification: 'Free text may name parties.',
  },
  { type: 'setApplicability', systemId: A, itemId: `${CEPEJ}/p1.3`, applies: false, justification: 'No data.' },
  { type: 'setApplicability', systemId: A, itemId: `${CEPEJ}/p1.2`, applies: null },
  {
    type: 'setPrincipleIntegration',
    systemId: A,
    frameworkId: CEPEJ,
    principleId: 'p1',
    level: 'not_integrated',
    justification: 'Nothing in place yet.',
  },
  { type: 'setPrincipleIntegration', systemId: A, frameworkId: CEPEJ, principleId: 'p1', level: null },
  {
    type: 'addFinding',
    id: FINDING,
    systemId: A,
    itemId: `${CEPEJ}/p2.1`,
    severity: 'high',
    description: 'No bias tests.\nNone   planned.',
    recommendation: 'Test on a sample.',
  },
  { type: 'addFinding', systemId: B, severity: 'low', description: 'Manual not translated.' },
  { type: 'updateFinding', findingId: FINDING, changes: { severity: 'medium', recommendation: 'Test twice.' } },
  {
    type: 'addAction',
    id: ACTION,
    systemId: A,
    findingId: FINDING,
    description: 'Run bias tests',
    owner: 'IT unit',
    dueDate: '2026-06-30',
  },
  { type: 'addAction', systemId: A, description: 'Ask the vendor', owner: 'Registry' },
  { type: 'addAction', systemId: B, description: 'Translate the manual', dueDate: '2026-09-01' },
  { type: 'addAction', systemId: B, description: 'Review the contract' },
  { type: 'updateAction', actionId: ACTION, changes: { state: 'in_progress' } },
  { type: 'updateAction', actionId: ACTION, changes: { owner: 'Court IT', dueDate: null } },
  {
    type: 'addEvidence',
    id: EVIDENCE,
    systemId: A,
    itemId: `${CEPEJ}/p2.1`,
    name: 'tests.txt',
    mediaType: 'text/plain',
    content: new TextEncoder().encode('No tests were run.'),
  },
  { type: 'addEvidence', systemId: B, name: 'contract.pdf', content: new TextEncoder().encode('%PDF') },
  { type: 'signOff', systemId: A, person: 'A. Assessor', role: 'assessor', statement: 'Seen.' },
  { type: 'signOff', systemId: B, person: 'R. Reviewer', role: 'reviewer', statement: 'Seen.' },
  { type: 'removeEvidence', evidenceId: EVIDENCE },
  { type: 'removeAction', actionId: ACTION },
  { type: 'removeFinding', findingId: FINDING },
  {
    type: 'importInventory',
    source: { fileName: 'register.csv', format: 'csv' },
    adds: [{ row: 2, attributes: { name: 'Imported chatbot' } }],
    updates: [{ row: 3, systemId: B, changes: { organisation: 'Appeal court', useCategory: 'encouraged' } }],
    summary: {
      rowsRead: 2,
      added: 1,
      updated: 1,
      unchanged: 0,
      duplicates: 0,
      rejected: 0,
      blankRows: 0,
      errors: [],
    },
  },
  { type: 'addFramework', frameworkId: 'huderia-2024' },
  { type: 'upgradeFramework', frameworkId: CEPEJ, toVersion: '9.1.0' },
  {
    type: 'mergeReturnedFiles',
    asNewRound: true,
    sources: [
      {
        fileName: 'last-round.charter',
        snapshot: {
          review: {
            id: 'another-review',
            title: 'Last round',
            organisation: '',
            createdAt: '2025-03-01T09:00:00.000Z',
          },
          frameworks: [],
          package: null,
          base: null,
          systems: [
            {
              id: MERGED,
              systemId: MERGED,
              fields: { name: 'Returned system' },
              fixed: { position: 1, created_at: '2025-03-01T09:00:00.000Z', updated_at: '2025-03-01T09:00:00.000Z' },
              merged: [],
            },
          ],
          answers: [
            {
              systemId: MERGED,
              itemId: `${CEPEJ}/p1.1`,
              status: 'compliant',
              justification: '',
              appliesOverride: null,
              appliesOverrideReason: '',
              revision: 'r-last-round',
              baseRevision: null,
              updatedAt: '2025-03-01T09:00:00.000Z',
              updatedBy: 'Assessor',
              recheck: false,
              merged: [],
            },
          ],
          assessments: [],
          findings: [],
          actions: [],
          evidence: [],
          signOffs: [],
        },
      },
    ],
  },
  { type: 'removeSystem', systemId: A },
  { type: 'removeSystem', systemId: C },
];

/** A review where every command has run, the last changes undone and one of them redone. */
export async function reviewWithEveryCommand(): Promise<ReviewEngine> {
  const engine = await ReviewEngine.create(
    await loadSqlJs(),
    { title: 'Every command', organisation: 'Supreme Court', frameworks: [content(CEPEJ)] },
    {
      now: fixedClock(),
      catalogue: [content(CEPEJ), nextCharter(), content('huderia-2024')],
    },
  );
  engine.dispatch({ type: 'addSystem', id: A, attributes: { name: 'Drafting assistant' } }, 'Setup');
  engine.dispatch({ type: 'addSystem', id: B, attributes: { name: 'Case-law search' } }, 'Setup');
  for (const command of COMMANDS) engine.dispatch(command, 'Officer');
  engine.undo('Officer');
  engine.undo('Officer');
  engine.redo('Officer');
  return engine;
}

/** Names of the systems the single rows below refer to; any other id is a system no longer in the review. */
export const SYSTEM_NAMES: ReadonlyMap<string, string> = new Map([
  ['s1', 'Risk score'],
  ['s2', 'Citizen chatbot'],
]);

const row = (command: string, payload: unknown, before: unknown = null, after: unknown = null): AuditRecord => ({
  command,
  payload,
  before,
  after,
});

/** Single audit rows, as a review file may hold them, for the variants the review above does not write. */
export const SINGLE_ROWS: readonly AuditRecord[] = [
  row('undo', { type: 'undo', seq: 9 }),
  row('redo', { type: 'redo', seq: 12 }),
  row('undo', { type: 'undo' }),
  row(
    'setAnswers',
    {
      type: 'setAnswers',
      source: 'answers.xlsx',
      answers: [
        { systemId: 's1', itemId: `${CEPEJ}/p1.1`, status: 'compliant' },
        { systemId: 's2', itemId: `${CEPEJ}/p1.1`, status: 'partial' },
        { systemId: 'gone', itemId: `${CEPEJ}/p1.2`, status: 'non_compliant' },
      ],
    },
    { answers: [null, { status: 'partial' }, { status: 'compliant' }] },
  ),
  row(
    'setAnswers',
    { type: 'setAnswers', answers: [{ systemId: 's1', itemId: `${CEPEJ}/p3.1`, status: 'not_reviewed' }] },
    { answers: [{ status: 'compliant' }] },
  ),
  row(
    'setAnswers',
    {
      type: 'setAnswers',
      source: 'one.csv',
      answers: [{ systemId: 's1', itemId: `${CEPEJ}/p3.1`, status: 'partial' }],
    },
    { answers: [null] },
  ),
  row(
    'mergeReturnedFiles',
    { type: 'mergeReturnedFiles', sources: [{ fileName: 'Ganja visit.charter' }, { fileName: 'Sumqayit.charter' }] },
    null,
    { changes: 1, unresolvedConflicts: [{}, {}] },
  ),
  row('mergeReturnedFiles', { type: 'mergeReturnedFiles', sources: [{}] }, null, { changes: 0 }),
  row(
    'mergeReturnedFiles',
    { type: 'mergeReturnedFiles', asNewRound: true, sources: [{ fileName: 'b.charter' }] },
    null,
    { changes: 3, unresolvedConflicts: [{}] },
  ),
  row('removeSystem', { type: 'removeSystem', systemId: 's1' }, { system: { name: 'Risk score' }, answers: [{}, {}] }),
  row('removeSystem', { type: 'removeSystem', systemId: 's2' }, { system: { name: 'Citizen chatbot' }, answers: [{}] }),
  row('removeSystem', { type: 'removeSystem', systemId: 'gone' }, { system: { name: 'Pilot bot' }, answers: [] }),
  row('updateSystems', { type: 'updateSystems', changes: [{}] }, [{ name: 'Old' }], [{}]),
  row('updateSystems', { type: 'updateSystems', changes: [{}, {}, {}] }, [], []),
  row('classifyUse', { type: 'classifyUse', systemId: 's1', useCategory: 'extreme_reservations' }, null, {}),
  row(
    'importInventory',
    {
      type: 'importInventory',
      source: { fileName: 'court-register.xlsx' },
      summary: { added: 10, updated: 2, rejected: 1 },
      updates: [],
    },
    { updatedSystems: [] },
  ),
  row(
    'importInventory',
    { type: 'importInventory', source: { fileName: 'f.csv' }, summary: { added: 1, updated: 0, rejected: 3 } },
    { updatedSystems: [] },
  ),
  row('addFramework', { type: 'addFramework', frameworkId: 'unknown-framework' }, null, {}),
  row(
    'setPrincipleIntegration',
    { systemId: 'gone', frameworkId: CEPEJ, principleId: 'p3', level: 'fully_integrated' },
    null,
    { level: 'fully_integrated' },
  ),
  row(
    'updateAction',
    { type: 'updateAction', actionId: 'x' },
    { description: 'Train the clerks', system_id: 's2', state: 'open', owner: '' },
    { description: 'Train the clerks', system_id: 's2', state: 'done', owner: 'HR' },
  ),
  row(
    'updateAction',
    { type: 'updateAction', actionId: 'x' },
    { description: 'Train the clerks', system_id: 's2', state: 'open' },
    { description: 'Train the clerks', system_id: 's2', state: 'cancelled' },
  ),
  row('addFinding', { type: 'addFinding', systemId: 's1', severity: 'medium', description: 'x'.repeat(120) }, null, {}),
  row('signOff', { type: 'signOff', systemId: 'gone', person: 'Leyla', role: 'reviewer' }),
  row('mergeAssessorFile', { type: 'mergeAssessorFile' }),
];
