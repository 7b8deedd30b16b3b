// Two copies of a 1,000-system review (80,000 answers each) with thousands of changes on each side merge in
// one step that undoes exactly. Prints the times so a slowdown shows in the test log; the bound only catches
// a gross regression.
import { describe, expect, it } from 'vitest';
import { ReviewEngine } from '../../../../shared/engine/ReviewEngine';
import type { ReviewSnapshot } from '../../../../shared/fieldwork';
import { builtInFrameworks } from '../../../../shared/frameworks/builtIn';
import { fixedClock, loadSqlJs } from '../../helpers';
import { returned, wholeState } from './fieldworkHelpers';

const SYSTEMS = 1000;
const ANSWERED = 80;
const EDITED = 10;

/** Last year's portfolio, 1,000 systems with 80 answers each, brought in as a new round (quicker than 80,000 setAnswer). */
function lastRound(items: string[]): ReviewSnapshot {
  const ids = Array.from({ length: SYSTEMS }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  const at = '2025-03-01T09:00:00.000Z';
  return {
    review: { id: 'last-round', title: 'Portfolio 2025', organisation: '', createdAt: at },
    frameworks: [],
    package: null,
    base: null,
    systems: ids.map((id, i) => ({
      id,
      systemId: id,
      fields: { name: `System ${i}` },
      fixed: { position: i + 1, created_at: at, updated_at: at },
      merged: [],
    })),
    answers: ids.flatMap((systemId) =>
      items.slice(0, ANSWERED).map((itemId, k) => ({
        systemId,
        itemId,
        status: 'compliant' as const,
        justification: 'Seen last year.',
        appliesOverride: null,
        appliesOverrideReason: '',
        revision: `${systemId}-${k}`,
        baseRevision: null,
        updatedAt: at,
        updatedBy: 'Officer',
        recheck: false,
        merged: [],
      })),
    ),
    assessments: [],
    findings: [],
    actions: [],
    evidence: [],
    signOffs: [],
  };
}

describe('merging at portfolio scale', () => {
  it('merges two 1,000-system copies and undoes the merge exactly', async () => {
    const sql = await loadSqlJs();
    const frameworks = builtInFrameworks();
    const items = frameworks.flatMap((f) => f.items.map((i) => i.id));
    const office = await ReviewEngine.create(sql, { title: 'Portfolio 2026', frameworks }, { now: fixedClock() });
    office.dispatch(
      {
        type: 'mergeReturnedFiles',
        sources: [{ fileName: 'portfolio-2025.charter', snapshot: lastRound(items) }],
        asNewRound: true,
      },
      'Officer',
    );
    const ids = office.systems().map((s) => s.id);
    expect(ids).toHaveLength(SYSTEMS);

    let started = performance.now();
    const packageBytes = office.exportPackage(sql, { systemIds: ids, exportedBy: 'Officer' });
    const packageMs = performance.now() - started;
    const assessor = ReviewEngine.open(sql, packageBytes, { now: fixedClock('2026-04-01T09:00:00.000Z') }).engine;

    const edit = (systemIds: string[], justification: string) =>
      systemIds.flatMap((systemId) =>
        items.slice(0, EDITED).map((itemId) => ({ systemId, itemId, status: 'partial' as const, justification })),
      );
    // The assessor re-answers the first half, the officer the second half; both touch system 499.
    assessor.dispatch({ type: 'setAnswers', answers: edit(ids.slice(0, 500), 'Seen in the field.') }, 'Assessor');
    office.dispatch({ type: 'setAnswers', answers: edit(ids.slice(499), 'Checked at the office.') }, 'Officer');
    const before = await wholeState(office);

    started = performance.now();
    const source = returned(assessor);
    const preview = office.previewMerge([source]);
    const previewMs = performance.now() - started;
    started = performance.now();
    office.dispatch({ type: 'mergeReturnedFiles', sources: [source] }, 'Officer');
    const mergeMs = performance.now() - started;
    started = performance.now();
    office.undo('Officer');
    const undoMs = performance.now() - started;

    console.log(
      `${SYSTEMS} systems, ${SYSTEMS * ANSWERED} answers a side: package ${packageMs.toFixed(0)} ms, ` +
        `read + preview ${previewMs.toFixed(0)} ms, merge command ${mergeMs.toFixed(0)} ms (${preview.changes} rows), undo ${undoMs.toFixed(0)} ms`,
    );
    expect(preview.sources[0]?.taken.answers).toBe(499 * EDITED);
    expect(preview.conflicts).toHaveLength(EDITED);
    expect(preview.sources[0]?.keptOurs).toBe(500 * EDITED);
    expect(await wholeState(office)).toEqual(before);
    expect(previewMs + mergeMs).toBeLessThan(60_000);
  }, 300_000);
});
