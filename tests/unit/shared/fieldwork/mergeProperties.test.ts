// Property: for random edit scripts applied to two copies of one base (the office review and an assessor
// package cut from it), the merge keeps every change made on one side only, reports exactly the records
// both sides changed differently, and merging the same file again changes nothing.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../../../shared/engine/commands';
import type { ReviewEngine } from '../../../../shared/engine/ReviewEngine';
import { type AnswerRow, type ReviewSnapshot, answerKey, assessmentKey } from '../../../../shared/fieldwork';
import { loadSqlJs } from '../../helpers';
import { CEPEJ, item, officeReview, openReview, returned, wholeState } from './fieldworkHelpers';

const ITEMS = ['p1.1', 'p1.2', 'p2.1', 'p3.1'].map(item);
const PRINCIPLES = ['p1', 'p2'];
const side = fc.constantFrom('ours' as const, 'theirs' as const);
const system = fc.integer({ min: 0, max: 1 });
const words = fc.constantFrom('', 'a', 'b');

type Op =
  | {
      kind: 'answer';
      side: 'ours' | 'theirs';
      system: number;
      item: number;
      status: AnswerRow['status'];
      justification: string;
    }
  | { kind: 'override'; side: 'ours' | 'theirs'; system: number; item: number; applies: boolean | null; reason: string }
  | {
      kind: 'integration';
      side: 'ours' | 'theirs';
      system: number;
      principle: number;
      level: string | null;
      why: string;
    }
  | {
      kind: 'editFinding';
      side: 'ours' | 'theirs';
      system: number;
      field: 'severity' | 'description' | 'recommendation';
      value: number;
    }
  | { kind: 'addFinding'; side: 'ours' | 'theirs'; system: number; value: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('answer' as const),
    side,
    system,
    item: fc.integer({ min: 0, max: ITEMS.length - 1 }),
    status: fc.constantFrom(
      'not_reviewed' as const,
      'compliant' as const,
      'partial' as const,
      'non_compliant' as const,
    ),
    justification: words,
  }),
  fc.record({
    kind: fc.constant('override' as const),
    side,
    system,
    item: fc.integer({ min: 0, max: ITEMS.length - 1 }),
    applies: fc.constantFrom(true, false, null),
    reason: fc.constantFrom('r1', 'r2'),
  }),
  fc.record({
    kind: fc.constant('integration' as const),
    side,
    system,
    principle: fc.integer({ min: 0, max: PRINCIPLES.length - 1 }),
    level: fc.constantFrom('not_integrated', 'partially_integrated', null),
    why: words,
  }),
  fc.record({
    kind: fc.constant('editFinding' as const),
    side,
    system,
    field: fc.constantFrom('severity' as const, 'description' as const, 'recommendation' as const),
    value: fc.integer({ min: 0, max: 2 }),
  }),
  fc.record({ kind: fc.constant('addFinding' as const), side, system, value: fc.integer({ min: 0, max: 2 }) }),
);

const SEVERITIES = ['low', 'medium', 'high'] as const;

interface Base {
  office: Uint8Array;
  package: Uint8Array;
  systems: string[];
  findings: string[];
}

let base: Base;

beforeAll(async () => {
  const { engine, ids } = await officeReview(['Risk score', 'Anonymiser']);
  const systems = [ids['Risk score'] ?? '', ids.Anonymiser ?? ''];
  const findings = systems.map(
    (systemId, i) =>
      engine.dispatch(
        { type: 'addFinding', systemId, severity: 'medium', description: `Finding ${i}`, recommendation: '' },
        'Officer',
      ).createdId ?? '',
  );
  for (const systemId of systems) {
    engine.dispatch(
      { type: 'setAnswer', systemId, itemId: ITEMS[0] ?? '', status: 'partial', justification: 'base' },
      'Officer',
    );
    engine.dispatch(
      {
        type: 'setPrincipleIntegration',
        systemId,
        frameworkId: CEPEJ,
        principleId: 'p1',
        level: 'fully_integrated',
        justification: 'base',
      },
      'Officer',
    );
  }
  base = {
    office: engine.export(),
    package: engine.exportPackage(await loadSqlJs(), { systemIds: systems, exportedBy: 'Officer' }),
    systems,
    findings,
  };
});

function toCommand(o: Op, engine: ReviewEngine): Command | null {
  const systemId = base.systems[o.system] ?? '';
  switch (o.kind) {
    case 'answer':
      return {
        type: 'setAnswer',
        systemId,
        itemId: ITEMS[o.item] ?? '',
        status: o.status,
        justification: o.justification,
      };
    case 'override':
      return o.applies === null
        ? { type: 'setApplicability', systemId, itemId: ITEMS[o.item] ?? '', applies: null }
        : {
            type: 'setApplicability',
            systemId,
            itemId: ITEMS[o.item] ?? '',
            applies: o.applies,
            justification: o.reason,
          };
    case 'integration':
      return {
        type: 'setPrincipleIntegration',
        systemId,
        frameworkId: CEPEJ,
        principleId: PRINCIPLES[o.principle] ?? '',
        level: o.level,
        justification: o.why,
      };
    case 'editFinding': {
      const findingId = base.findings[o.system] ?? '';
      if (!engine.findings().some((f) => f.id === findingId)) return null;
      const value =
        o.field === 'severity'
          ? (SEVERITIES[o.value] ?? 'low')
          : o.field === 'description'
            ? `Described ${o.value}`
            : `Do ${o.value}`;
      return { type: 'updateFinding', findingId, changes: { [o.field]: value } };
    }
    case 'addFinding':
      return {
        type: 'addFinding',
        systemId,
        severity: SEVERITIES[o.value] ?? 'low',
        description: `Added on ${o.side} ${o.value}`,
      };
  }
}

const answerValue = (a: AnswerRow | undefined) =>
  a
    ? { status: a.status, justification: a.justification, override: a.appliesOverride, reason: a.appliesOverrideReason }
    : null;

function byKey(snapshot: ReviewSnapshot) {
  return {
    answers: new Map(snapshot.answers.map((a) => [answerKey(a.systemId, a.itemId), a])),
    assessments: new Map(snapshot.assessments.map((a) => [assessmentKey(a.systemId, a.frameworkId, a.principleId), a])),
    findings: new Map(snapshot.findings.map((f) => [f.id, f])),
  };
}

/** What the merge must do, derived from the two sides and their common base by the rules of the issue. */
function expectedMerge(baseSnap: ReviewSnapshot, ours: ReviewSnapshot, theirs: ReviewSnapshot, takeTheirs: boolean) {
  const b = byKey(baseSnap);
  const o = byKey(ours);
  const t = byKey(theirs);
  const conflicts = new Set<string>();
  const answers = new Map<string, unknown>();
  for (const key of new Set([...o.answers.keys(), ...t.answers.keys()])) {
    const baseRevision = b.answers.get(key)?.revision ?? null;
    const ourChange = (o.answers.get(key)?.revision ?? null) !== baseRevision;
    const theirChange = (t.answers.get(key)?.revision ?? null) !== baseRevision;
    const ov = answerValue(o.answers.get(key));
    const tv = answerValue(t.answers.get(key));
    if (!theirChange) answers.set(key, ov);
    else if (!ourChange) answers.set(key, tv);
    else if (JSON.stringify(ov) === JSON.stringify(tv)) answers.set(key, ov);
    else {
      conflicts.add(`answer:${key}`);
      answers.set(key, takeTheirs ? tv : ov);
    }
  }
  const assessments = new Map<string, unknown>();
  const level = (a: { level: string; justification: string } | undefined) =>
    a ? `${a.level}|${a.justification}` : null;
  for (const key of new Set([...o.assessments.keys(), ...t.assessments.keys(), ...b.assessments.keys()])) {
    const baseRevision = b.assessments.get(key)?.revision ?? null;
    const ourChange = (o.assessments.get(key)?.revision ?? null) !== baseRevision;
    const theirChange = (t.assessments.get(key)?.revision ?? null) !== baseRevision;
    const ov = level(o.assessments.get(key));
    const tv = level(t.assessments.get(key));
    if (!theirChange) assessments.set(key, ov);
    else if (!ourChange || ov === tv) assessments.set(key, tv);
    else {
      conflicts.add(`principle:${key}`);
      assessments.set(key, takeTheirs ? tv : ov);
    }
  }
  const findings = new Map<string, unknown>();
  for (const id of new Set([...o.findings.keys(), ...t.findings.keys()])) {
    const baseFields = b.findings.get(id)?.fields;
    const ours = o.findings.get(id)?.fields;
    const theirs = t.findings.get(id)?.fields;
    if (!baseFields) {
      findings.set(id, ours ?? theirs);
      continue;
    }
    const merged: Record<string, string | null> = { ...ours };
    let conflict = false;
    for (const field of ['item_id', 'severity', 'description', 'recommendation']) {
      const bv = baseFields[field] ?? null;
      const ov = ours?.[field] ?? null;
      const tv = theirs?.[field] ?? null;
      if (tv === bv || ov === tv) merged[field] = ov;
      else if (ov === bv) merged[field] = tv;
      else {
        conflict = true;
        merged[field] = takeTheirs ? tv : ov;
      }
    }
    if (conflict) conflicts.add(`finding:${id}`);
    findings.set(id, merged);
  }
  return { conflicts, answers, assessments, findings };
}

function actual(snapshot: ReviewSnapshot) {
  const s = byKey(snapshot);
  return {
    answers: new Map([...s.answers].map(([key, a]) => [key, answerValue(a)])),
    assessments: new Map([...s.assessments].map(([key, a]) => [key, `${a.level}|${a.justification}`])),
    findings: new Map([...s.findings].map(([id, f]) => [id, f.fields])),
  };
}

async function runScript(ops: readonly Op[]) {
  const ours = await openReview(base.office, '2026-03-10T09:00:00.000Z');
  const theirs = await openReview(base.package, '2026-03-20T09:00:00.000Z');
  for (const o of ops) {
    const engine = o.side === 'ours' ? ours : theirs;
    const command = toCommand(o, engine);
    if (command) engine.dispatch(command, o.side === 'ours' ? 'Officer' : 'Assessor');
  }
  return { ours, theirs };
}

const stripSource = (id: string) => id.slice(id.indexOf(':') + 1);

describe('merge properties', () => {
  it('keeps one-sided changes, reports exactly the real conflicts, and is idempotent', async () => {
    const baseSnapshot = (await openReview(base.office)).fieldworkSnapshot();
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 14 }), fc.boolean(), async (ops, takeTheirs) => {
        const { ours, theirs } = await runScript(ops);
        const source = returned(theirs);
        const expected = expectedMerge(baseSnapshot, ours.fieldworkSnapshot(), source.snapshot, takeTheirs);
        const preview = ours.previewMerge([source]);
        expect(new Set(preview.conflicts.map((c) => stripSource(c.id)))).toEqual(expected.conflicts);

        const resolutions = takeTheirs
          ? preview.conflicts.map((c) => ({ conflict: c.id, choice: 'theirs' as const }))
          : [];
        ours.dispatch({ type: 'mergeReturnedFiles', sources: [source], resolutions }, 'Officer');
        const merged = actual(ours.fieldworkSnapshot());
        for (const [key, value] of expected.answers) expect(merged.answers.get(key) ?? null, key).toEqual(value);
        for (const [key, value] of expected.assessments)
          expect(merged.assessments.get(key) ?? null, key).toEqual(value);
        for (const [id, fields] of expected.findings) expect(merged.findings.get(id), id).toEqual(fields);
        expect(merged.findings.size).toBe(expected.findings.size);

        const state = await wholeState(ours);
        const again = ours.previewMerge([source]);
        expect(again.changes).toBe(0);
        expect(again.conflicts.map((c) => c.id).sort()).toEqual(
          takeTheirs ? [] : preview.conflicts.map((c) => c.id).sort(),
        );
        ours.dispatch({ type: 'mergeReturnedFiles', sources: [source] }, 'Officer');
        expect(await wholeState(ours)).toEqual(state);
        ours.close();
        theirs.close();
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('a merge undoes to exactly the state before it, whatever the scripts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 14 }), async (ops) => {
        const { ours, theirs } = await runScript(ops);
        const before = await wholeState(ours);
        ours.dispatch({ type: 'mergeReturnedFiles', sources: [returned(theirs)] }, 'Officer');
        // A merge that wrote nothing leaves nothing to undo.
        if (ours.undoState().undo?.command === 'mergeReturnedFiles') ours.undo('Officer');
        expect(await wholeState(ours)).toEqual(before);
        ours.close();
        theirs.close();
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
