// Random reviews for the exchange tests, built only through engine commands (as a person would build them),
// so every table is filled the way the app fills it: systems, answers with revisions and overrides,
// Appendix IV assessments, findings, actions, evidence, sign-offs, framework upgrades, undo and redo.
import fc from 'fast-check';
import type { Database } from 'sql.js';
import { ReviewEngine } from '../../../../shared/engine/ReviewEngine';
import { CommandError } from '../../../../shared/errors';
import { builtInFramework, builtInFrameworks } from '../../../../shared/frameworks/builtIn';
import type { FrameworkContent } from '../../../../shared/frameworks/schema';
import { fixedClock, loadSqlJs } from '../../helpers';

const CHARTER = 'cepej-charter-2018';

/** The shipped Charter and a made-up next version that rewords one item, retires one and adds one. */
export function charterVersions(): { v1: FrameworkContent; v2: FrameworkContent } {
  const v1 = builtInFramework(CHARTER);
  if (!v1) throw new Error('The Charter content is missing');
  const v2: FrameworkContent = structuredClone(v1);
  v2.version = '9.1.0';
  v2.items = v2.items
    .filter((item) => item.id !== `${CHARTER}/p1.4`)
    .map((item) =>
      item.id === `${CHARTER}/p1.1` ? { ...item, question: { en: 'Reworded?', fr: 'Reformulée ?' } } : item,
    );
  const template = v2.items.find((item) => item.principle === 'p1');
  if (!template) throw new Error('No item under p1');
  v2.items.push({ ...template, id: `${CHARTER}/p1.99`, related: undefined });
  for (const item of v2.items) if (item.related?.length === 0) delete item.related;
  return { v1, v2 };
}

/** Text as people type it: accents, Cyrillic, emoji, quotes, line breaks and spaces at the ends. */
const TEXT_UNITS = ['a', 'Z', ' ', 'é', 'ş', 'Ж', '💡', '"', "'", '\n', '\\', '=', '<', '\u00a0', '7', '\u2028'];
const text = (maxLength = 24) => fc.string({ unit: fc.constantFrom(...TEXT_UNITS), maxLength });
const name = text(20).filter((value) => value.trim() !== '');
const pick = fc.nat(1000);

const systemAttributes = fc.record(
  {
    name,
    organisation: text(),
    purpose: text(),
    stage: fc.constantFrom('idea', 'pilot', 'production', 'retired', null),
    providerType: fc.constantFrom('in_house', 'vendor', null),
    automation: fc.constantFrom('information', 'support', 'decision', null),
    dataProcessed: fc.option(fc.subarray(['personal', 'special_categories', 'criminal', 'biometric'])),
    legalAreas: fc.option(fc.subarray(['civil', 'criminal', 'family'])),
    notes: text(),
    customFields: fc.dictionary(
      name.map((key) => key.trim() || 'field'),
      text(),
      { maxKeys: 3 },
    ),
  },
  { requiredKeys: ['name'] },
);

const status = fc.constantFrom('not_reviewed', 'compliant', 'partial', 'non_compliant', 'not_applicable');

export const stepArbitrary = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('addSystem' as const), attributes: systemAttributes }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('updateSystem' as const), system: pick, notes: text() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeSystem' as const), system: pick }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('setAnswer' as const),
      system: pick,
      item: pick,
      status,
      justification: fc.option(text(), { nil: undefined }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('setApplicability' as const),
      system: pick,
      item: pick,
      applies: fc.constantFrom(true, false, null),
      justification: name,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('classifyUse' as const),
      system: pick,
      category: fc.constantFrom('encouraged', 'precautions', 'further_study', 'extreme_reservations', null),
      reason: name,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('integration' as const),
      system: pick,
      principle: pick,
      level: fc.constantFrom('not_integrated', 'partially_integrated', 'fully_integrated', null),
      justification: text(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('addFinding' as const),
      system: pick,
      item: fc.option(pick),
      severity: fc.constantFrom('low', 'medium', 'high'),
      description: name,
      recommendation: text(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('addAction' as const),
      system: pick,
      finding: fc.option(pick),
      description: name,
      owner: text(10),
      due: fc.option(fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })),
      state: fc.constantFrom('open', 'in_progress', 'done', 'cancelled'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('updateAction' as const),
      action: pick,
      state: fc.constantFrom('open', 'in_progress', 'done', 'cancelled'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeFinding' as const), finding: pick }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('addEvidence' as const),
      system: pick,
      item: fc.option(pick),
      name,
      content: fc.uint8Array({ maxLength: 200 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('signOff' as const),
      system: pick,
      person: name,
      role: fc.constantFrom('assessor', 'reviewer'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('addFramework' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('upgradeFramework' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('redo' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('updateReview' as const), title: name }) },
);
export type Step = typeof stepArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Steps of the kinds a short random list easily lacks, so that every run fills every table at least once. */
const stepsOfEveryKind = fc
  .tuple(
    ...(
      ['addSystem', 'integration', 'addFinding', 'addAction', 'addEvidence', 'signOff', 'setApplicability'] as const
    ).map((kind) => stepArbitrary.filter((step) => step.kind === kind)),
  )
  .map((steps) => [...steps]);

export const reviewArbitrary = fc.record({
  title: name,
  start: fc.date({ min: new Date('2024-01-01'), max: new Date('2027-01-01'), noInvalidDate: true }),
  // Random steps (undo, redo, removals and upgrades among them) around steps that fill every table.
  steps: fc
    .tuple(fc.array(stepArbitrary, { maxLength: 30 }), stepsOfEveryKind, fc.array(stepArbitrary, { maxLength: 10 }))
    .map(([before, every, after]) => [...before, ...every, ...after]),
});
export type ReviewRecipe = typeof reviewArbitrary extends fc.Arbitrary<infer T> ? T : never;

const at = <T>(list: readonly T[], index: number): T | undefined =>
  list.length === 0 ? undefined : list[index % list.length];

/** Builds a review by applying the steps; a step the engine refuses (as a person might try) is skipped. */
export async function buildReview(recipe: ReviewRecipe): Promise<ReviewEngine> {
  const { v1, v2 } = charterVersions();
  const others = builtInFrameworks().filter((f) => f.id !== CHARTER);
  const engine = await ReviewEngine.create(
    await loadSqlJs(),
    { title: recipe.title, organisation: 'Court', createdBy: 'Creator', frameworks: [v1] },
    { now: fixedClock(recipe.start.toISOString(), 1500), catalogue: [v1, v2, ...others] },
  );
  for (const step of recipe.steps) {
    try {
      applyStep(engine, step, others);
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
    }
  }
  return engine;
}

function applyStep(engine: ReviewEngine, step: Step, others: readonly FrameworkContent[]): void {
  const systems = engine.systems();
  const items = engine.embeddedFrameworks().flatMap((f) => f.items);
  const system = 'system' in step ? at(systems, step.system) : undefined;
  const actor = 'Officer Ö';
  switch (step.kind) {
    case 'addSystem':
      engine.dispatch({ type: 'addSystem', attributes: step.attributes }, actor);
      return;
    case 'updateSystem':
      if (system) engine.dispatch({ type: 'updateSystem', systemId: system.id, changes: { notes: step.notes } }, actor);
      return;
    case 'removeSystem':
      if (system) engine.dispatch({ type: 'removeSystem', systemId: system.id }, actor);
      return;
    case 'setAnswer': {
      const item = at(items, step.item);
      if (!system || !item) return;
      engine.dispatch(
        step.justification === undefined
          ? { type: 'setAnswer', systemId: system.id, itemId: item.id, status: step.status }
          : {
              type: 'setAnswer',
              systemId: system.id,
              itemId: item.id,
              status: step.status,
              justification: step.justification,
            },
        actor,
      );
      return;
    }
    case 'setApplicability': {
      const item = at(items, step.item);
      if (!system || !item) return;
      engine.dispatch(
        {
          type: 'setApplicability',
          systemId: system.id,
          itemId: item.id,
          applies: step.applies,
          justification: step.justification,
        },
        actor,
      );
      return;
    }
    case 'classifyUse':
      if (system) {
        engine.dispatch(
          {
            type: 'classifyUse',
            systemId: system.id,
            useCategory: step.category,
            reason: step.reason,
            source: 'reviewer',
          },
          actor,
        );
      }
      return;
    case 'integration': {
      const charter = engine.embeddedFrameworks().find((f) => f.id === CHARTER);
      const principle = charter && at(charter.principles, step.principle);
      if (!system || !principle) return;
      engine.dispatch(
        {
          type: 'setPrincipleIntegration',
          systemId: system.id,
          frameworkId: CHARTER,
          principleId: principle.id,
          level: step.level,
          justification: step.justification,
        },
        actor,
      );
      return;
    }
    case 'addFinding': {
      if (!system) return;
      const item = step.item === null ? null : (at(items, step.item)?.id ?? null);
      engine.dispatch(
        {
          type: 'addFinding',
          systemId: system.id,
          itemId: item,
          severity: step.severity,
          description: step.description,
          recommendation: step.recommendation,
        },
        actor,
      );
      return;
    }
    case 'addAction': {
      if (!system) return;
      const finding = step.finding === null ? null : (at(engine.findings(), step.finding)?.id ?? null);
      engine.dispatch(
        {
          type: 'addAction',
          systemId: system.id,
          findingId: finding,
          description: step.description,
          owner: step.owner,
          dueDate: step.due ? step.due.toISOString().slice(0, 10) : null,
          state: step.state,
        },
        actor,
      );
      return;
    }
    case 'updateAction': {
      const action = at(engine.actions(), step.action);
      if (action) engine.dispatch({ type: 'updateAction', actionId: action.id, changes: { state: step.state } }, actor);
      return;
    }
    case 'removeFinding': {
      const finding = at(engine.findings(), step.finding);
      if (finding) engine.dispatch({ type: 'removeFinding', findingId: finding.id }, actor);
      return;
    }
    case 'addEvidence': {
      if (!system) return;
      const item = step.item === null ? null : (at(items, step.item)?.id ?? null);
      engine.dispatch(
        {
          type: 'addEvidence',
          systemId: system.id,
          itemId: item,
          name: step.name,
          mediaType: 'application/octet-stream',
          content: step.content,
        },
        actor,
      );
      return;
    }
    case 'signOff':
      if (system) {
        engine.dispatch(
          { type: 'signOff', systemId: system.id, person: step.person, role: step.role, statement: 'Checked.' },
          actor,
        );
      }
      return;
    case 'addFramework': {
      const next = others.find((f) => !engine.embeddedFrameworks().some((e) => e.id === f.id));
      if (next) engine.dispatch({ type: 'addFramework', frameworkId: next.id }, actor);
      return;
    }
    case 'upgradeFramework':
      engine.dispatch({ type: 'upgradeFramework', frameworkId: CHARTER, toVersion: '9.1.0' }, actor);
      return;
    case 'undo':
      engine.undo(actor);
      return;
    case 'redo':
      engine.redo(actor);
      return;
    case 'updateReview':
      engine.dispatch({ type: 'updateReview', title: step.title }, actor);
      return;
  }
}

/** Every table of a database (SQLite's own included), each row in stored order. */
export function allTables(db: Database): Record<string, unknown[]> {
  const result: Record<string, unknown[]> = {};
  const names = db.exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")[0]?.values ?? [];
  for (const [tableName] of names) {
    const table = String(tableName);
    const order = table.startsWith('sqlite_') ? '' : ' ORDER BY rowid';
    const statement = db.prepare(`SELECT * FROM "${table}"${order}`);
    const rows: unknown[] = [];
    while (statement.step()) rows.push(statement.getAsObject());
    statement.free();
    result[table] = rows;
  }
  return result;
}
