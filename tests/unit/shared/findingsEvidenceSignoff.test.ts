import { describe, expect, it } from 'vitest';
import { MAX_EVIDENCE_BYTES } from '../../../shared/engine/commands';
import { sha256Hex } from '../../../shared/engine/hash';
import { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { loadSqlJs, newReview } from '../helpers';

const ITEM = 'cepej-charter-2018/p2.1';

async function reviewWithSystem() {
  const engine = await newReview();
  const systemId = engine.dispatch({ type: 'addSystem', attributes: { name: 'Risk score' } }).createdId ?? '';
  return { engine, systemId };
}

describe('findings and actions', () => {
  it('a non-compliance produces a finding with actions, listed soonest due first, with overdue ones marked', async () => {
    const { engine, systemId } = await reviewWithSystem(); // the test clock starts on 2026-03-01
    engine.dispatch({
      type: 'setAnswer',
      systemId,
      itemId: ITEM,
      status: 'non_compliant',
      justification: 'Never tested.',
    });
    const findingId =
      engine.dispatch({
        type: 'addFinding',
        systemId,
        itemId: ITEM,
        severity: 'high',
        description: 'No test of outcomes across groups.',
        recommendation: 'Test before each release.',
      }).createdId ?? '';
    engine.dispatch({
      type: 'addAction',
      systemId,
      findingId,
      description: 'Commission a bias audit',
      owner: 'IT',
      dueDate: '2026-06-30',
    });
    engine.dispatch({
      type: 'addAction',
      systemId,
      findingId,
      description: 'Ask vendor for data',
      owner: 'Legal',
      dueDate: '2026-02-01',
    });

    expect(engine.findings(systemId)).toEqual([
      expect.objectContaining({ id: findingId, itemId: ITEM, severity: 'high', systemName: 'Risk score' }),
    ]);
    const actions = engine.actions();
    expect(actions.map((a) => [a.description, a.overdue])).toEqual([
      ['Ask vendor for data', true],
      ['Commission a bias audit', false],
    ]);
    const [first] = actions;
    engine.dispatch({ type: 'updateAction', actionId: first?.id ?? '', changes: { state: 'done' } });
    expect(engine.actions()[0]).toMatchObject({ state: 'done', overdue: false });
  });

  it('refuses an action whose finding belongs to another system', async () => {
    const { engine, systemId } = await reviewWithSystem();
    const other = engine.dispatch({ type: 'addSystem', attributes: { name: 'Other' } }).createdId ?? '';
    const findingId =
      engine.dispatch({ type: 'addFinding', systemId, severity: 'low', description: 'x' }).createdId ?? '';
    expect(() => engine.dispatch({ type: 'addAction', systemId: other, findingId, description: 'y' })).toThrow(
      /same system/,
    );
  });
});

describe('evidence', () => {
  it('is kept inside the review with its name, type, size and SHA-256, and survives reopening', async () => {
    const { engine, systemId } = await reviewWithSystem();
    const content = new TextEncoder().encode('%PDF-1.7 audit report');
    const id =
      engine.dispatch({
        type: 'addEvidence',
        systemId,
        itemId: ITEM,
        name: '../../etc/Audit 2026.pdf',
        mediaType: 'application/pdf',
        content,
      }).createdId ?? '';
    const reopened = ReviewEngine.open(await loadSqlJs(), engine.export()).engine;
    expect(reopened.evidence(systemId)).toEqual([
      expect.objectContaining({
        id,
        name: 'Audit 2026.pdf',
        mediaType: 'application/pdf',
        size: content.length,
        sha256: sha256Hex(content),
      }),
    ]);
    expect(reopened.evidenceContent(id)?.content).toEqual(content);
    // The audit log records the file's hash, not its bytes.
    expect(reopened.auditLog()[0]?.payload).toContain(sha256Hex(content));
    expect(reopened.auditLog()[0]?.payload.length).toBeLessThan(1000);
  });

  it('refuses a file over the size limit with a message saying what to do', async () => {
    const { engine, systemId } = await reviewWithSystem();
    const content = new Uint8Array(MAX_EVIDENCE_BYTES + 1);
    expect(() => engine.dispatch({ type: 'addEvidence', systemId, name: 'huge.bin', content })).toThrow(
      /larger than 25 MB.*Nothing was added/,
    );
    expect(engine.evidence()).toEqual([]);
  });
});

describe('sign-off', () => {
  it('records a hash of the answers and shows "changed since sign-off" after any later change', async () => {
    const { engine, systemId } = await reviewWithSystem();
    engine.dispatch({ type: 'setAnswer', systemId, itemId: ITEM, status: 'compliant' });
    engine.dispatch({
      type: 'signOff',
      systemId,
      person: 'Leyla Aliyeva',
      role: 'assessor',
      statement: 'Reviewed on site.',
    });
    expect(engine.signOffs(systemId)).toEqual([
      expect.objectContaining({ person: 'Leyla Aliyeva', changedSinceSignOff: false }),
    ]);

    engine.dispatch({
      type: 'setAnswer',
      systemId,
      itemId: ITEM,
      status: 'compliant',
      justification: 'Test report 2026.',
    });
    expect(engine.signOffs(systemId)[0]?.changedSinceSignOff).toBe(true);

    engine.dispatch({ type: 'setAnswer', systemId, itemId: ITEM, status: 'compliant', justification: '' });
    expect(engine.signOffs(systemId)[0]?.changedSinceSignOff).toBe(false);
  });
});
