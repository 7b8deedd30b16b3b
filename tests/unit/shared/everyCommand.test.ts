// Every command the engine accepts, run in turn on one review: each writes exactly one audit row naming it,
// undo brings back exactly the state before it (every table, every column), and redo exactly the state after.
// The table of commands is typed by the command union, so a new command cannot be added without a case here.
import { describe, expect, it } from 'vitest';
import type { Command, CommandType } from '../../../shared/engine/commands';
import { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { builtInFramework } from '../../../shared/frameworks/builtIn';
import type { FrameworkContent } from '../../../shared/frameworks/schema';
import { fixedClock, loadSqlJs } from '../helpers';

const CEPEJ = 'cepej-charter-2018';
const A = '0b1f7a52-0d0f-4c8e-9a57-3c1d2a6b7e01';
const B = '0b1f7a52-0d0f-4c8e-9a57-3c1d2a6b7e02';
const C = '0b1f7a52-0d0f-4c8e-9a57-3c1d2a6b7e03';
const FINDING = '0b1f7a52-0d0f-4c8e-9a57-3c1d2a6b7e04';
const ACTION = '0b1f7a52-0d0f-4c8e-9a57-3c1d2a6b7e05';
const EVIDENCE = '0b1f7a52-0d0f-4c8e-9a57-3c1d2a6b7e06';
const SIGN_OFF = '0b1f7a52-0d0f-4c8e-9a57-3c1d2a6b7e07';
const MERGED = '0b1f7a52-0d0f-4c8e-9a57-3c1d2a6b7e08';

function content(id: string): FrameworkContent {
  const framework = builtInFramework(id);
  if (!framework) throw new Error(`no built-in framework ${id}`);
  return framework;
}

/** A next version of the Charter content: one question reworded. */
function nextCharter(): FrameworkContent {
  const next = structuredClone(content(CEPEJ));
  next.version = '9.1.0';
  next.items = next.items.map((item) =>
    item.id === `${CEPEJ}/p1.3` ? { ...item, question: { en: 'Reworded?', fr: 'Reformulée ?' } } : item,
  );
  return next;
}

/** In the order they run; each case may rely on the ones before it. */
const CASES: { [T in CommandType]: Extract<Command, { type: T }> } = {
  updateReview: { type: 'updateReview', title: 'Renamed review', organisation: 'Court of Cassation' },
  addSystem: { type: 'addSystem', id: C, attributes: { name: 'Hearing transcription' } },
  updateSystem: { type: 'updateSystem', systemId: A, changes: { organisation: 'Civil court', dataProcessed: [] } },
  updateSystems: {
    type: 'updateSystems',
    changes: [
      { systemId: A, changes: { stage: 'pilot' } },
      { systemId: B, changes: { stage: 'production' } },
    ],
  },
  classifyUse: { type: 'classifyUse', systemId: A, useCategory: 'precautions', reason: 'Drafts.', source: 'reviewer' },
  setAnswer: { type: 'setAnswer', systemId: A, itemId: `${CEPEJ}/p1.1`, status: 'partial', justification: 'Half.' },
  setAnswers: {
    type: 'setAnswers',
    source: 'answers.csv',
    answers: [
      { systemId: B, itemId: `${CEPEJ}/p1.1`, status: 'compliant' },
      { systemId: B, itemId: `${CEPEJ}/p2.1`, status: 'non_compliant', justification: 'No bias tests.' },
    ],
  },
  copyAnswers: { type: 'copyAnswers', fromSystemId: B, toSystemIds: [A], overwrite: true },
  setApplicability: {
    type: 'setApplicability',
    systemId: A,
    itemId: `${CEPEJ}/p1.2`,
    applies: true,
    justification: 'Free text may name parties.',
  },
  setPrincipleIntegration: {
    type: 'setPrincipleIntegration',
    systemId: A,
    frameworkId: CEPEJ,
    principleId: 'p1',
    level: 'not_integrated',
    justification: 'Nothing in place yet.',
  },
  addFinding: {
    type: 'addFinding',
    id: FINDING,
    systemId: A,
    itemId: `${CEPEJ}/p2.1`,
    severity: 'high',
    description: 'No bias tests.',
    recommendation: 'Test on a sample.',
  },
  updateFinding: { type: 'updateFinding', findingId: FINDING, changes: { severity: 'medium' } },
  addAction: {
    type: 'addAction',
    id: ACTION,
    systemId: A,
    findingId: FINDING,
    description: 'Run bias tests',
    owner: 'IT unit',
    dueDate: '2026-06-30',
  },
  updateAction: { type: 'updateAction', actionId: ACTION, changes: { state: 'in_progress' } },
  addEvidence: {
    type: 'addEvidence',
    id: EVIDENCE,
    systemId: A,
    itemId: `${CEPEJ}/p2.1`,
    name: 'tests.txt',
    mediaType: 'text/plain',
    content: new TextEncoder().encode('No tests were run.'),
  },
  signOff: { type: 'signOff', id: SIGN_OFF, systemId: A, person: 'A. Assessor', role: 'assessor', statement: 'Seen.' },
  removeEvidence: { type: 'removeEvidence', evidenceId: EVIDENCE },
  removeAction: { type: 'removeAction', actionId: ACTION },
  removeFinding: { type: 'removeFinding', findingId: FINDING },
  importInventory: {
    type: 'importInventory',
    source: { fileName: 'register.csv', format: 'csv' },
    adds: [{ row: 2, attributes: { name: 'Imported chatbot' } }],
    updates: [{ row: 3, systemId: B, changes: { organisation: 'Appeal court' } }],
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
  addFramework: { type: 'addFramework', frameworkId: 'huderia-2024' },
  upgradeFramework: { type: 'upgradeFramework', frameworkId: CEPEJ, toVersion: '9.1.0' },
  mergeReturnedFiles: {
    type: 'mergeReturnedFiles',
    // Another review's file, merged explicitly as a new round: its system comes in with its answer.
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
  removeSystem: { type: 'removeSystem', systemId: C },
};

/** Every row of every table but the audit log (which undo adds to on purpose), in a stable order. */
async function wholeState(engine: ReviewEngine): Promise<Record<string, string[]>> {
  const db = new (await loadSqlJs()).Database(engine.export());
  try {
    const tables = (db.exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")[0]?.values ?? [])
      .map(([name]) => String(name))
      .filter((name) => name !== 'audit_log' && !name.startsWith('sqlite_'));
    return Object.fromEntries(
      tables.map((table) => {
        const result = db.exec(`SELECT * FROM "${table}"`)[0];
        const rows = (result?.values ?? []).map((row) =>
          JSON.stringify(row.map((value) => (value instanceof Uint8Array ? [...value] : value))),
        );
        return [table, rows.sort()];
      }),
    );
  } finally {
    db.close();
  }
}

describe('every command', () => {
  it('writes one audit row naming it; undo restores the exact state before, redo the exact state after', async () => {
    const engine = await ReviewEngine.create(
      await loadSqlJs(),
      {
        title: 'Every command',
        organisation: 'Supreme Court',
        frameworks: [content(CEPEJ), content('eu-ai-act-deployer')],
      },
      {
        now: fixedClock(),
        catalogue: [content(CEPEJ), nextCharter(), content('huderia-2024'), content('eu-ai-act-deployer')],
      },
    );
    engine.dispatch({ type: 'addSystem', id: A, attributes: { name: 'Drafting assistant' } }, 'Setup');
    engine.dispatch({ type: 'addSystem', id: B, attributes: { name: 'Case-law search' } }, 'Setup');

    for (const command of Object.values(CASES)) {
      const before = await wholeState(engine);
      const audited = engine.info().auditEntries;
      engine.dispatch(command, 'Officer');
      const after = await wholeState(engine);
      expect(after, `${command.type} changed nothing`).not.toEqual(before);
      expect(engine.info().auditEntries, command.type).toBe(audited + 1);
      expect(engine.auditLog(1)[0], command.type).toMatchObject({ command: command.type, actor: 'Officer' });

      engine.undo('Officer');
      expect(await wholeState(engine), `undo of ${command.type}`).toEqual(before);
      engine.redo('Officer');
      expect(await wholeState(engine), `redo of ${command.type}`).toEqual(after);
    }
  });
});
