import { describe, expect, it } from 'vitest';
import { FieldworkError } from '../../../../shared/fieldwork';
import { loadSqlJs } from '../../helpers';
import { exportPackage, item, officeReview, wholeState } from './fieldworkHelpers';

async function reviewWithWork() {
  const { engine, ids } = await officeReview(['Risk score', 'Anonymiser', 'Chatbot']);
  const risk = ids['Risk score'] ?? '';
  const chatbot = ids.Chatbot ?? '';
  engine.dispatch(
    { type: 'setAnswer', systemId: risk, itemId: item('p1.1'), status: 'partial', justification: 'Only civil cases.' },
    'Officer',
  );
  engine.dispatch(
    { type: 'addFinding', systemId: risk, severity: 'high', description: 'No bias tests on the risk model.' },
    'Officer',
  );
  engine.dispatch(
    {
      type: 'addEvidence',
      systemId: risk,
      name: 'tests.txt',
      mediaType: 'text/plain',
      content: new TextEncoder().encode('risk tests'),
    },
    'Officer',
  );
  engine.dispatch(
    {
      type: 'setAnswer',
      systemId: chatbot,
      itemId: item('p1.1'),
      status: 'non_compliant',
      justification: 'CONFIDENTIAL-CHATBOT-NOTE',
    },
    'Officer',
  );
  engine.dispatch(
    {
      type: 'addEvidence',
      systemId: chatbot,
      name: 'chatbot.txt',
      content: new TextEncoder().encode('SECRET-CHATBOT-EVIDENCE'),
    },
    'Officer',
  );
  return { engine, risk, chatbot, anonymiser: ids.Anonymiser ?? '' };
}

describe('assessor package', () => {
  it('holds the chosen systems with their answers, findings and evidence, under the same review id', async () => {
    const { engine, risk, anonymiser } = await reviewWithWork();
    const pkg = await exportPackage(engine, [risk, anonymiser], 'M. Officer');
    const snapshot = pkg.fieldworkSnapshot();
    expect(snapshot.review.id).toBe(engine.info().id);
    expect(snapshot.systems.map((s) => s.fields.name).sort()).toEqual(['Anonymiser', 'Risk score']);
    expect(pkg.findings().map((f) => f.description)).toEqual(['No bias tests on the risk model.']);
    expect(pkg.evidence().map((e) => e.name)).toEqual(['tests.txt']);
    expect(pkg.checklist(risk).frameworks[0]?.principles[0]?.items[0]).toMatchObject({ status: 'partial' });
    expect(pkg.info().frameworks).toEqual(engine.info().frameworks);
    expect(snapshot.package).toMatchObject({
      parentReviewId: engine.info().id,
      exportedBy: 'M. Officer',
      systemIds: [risk, anonymiser],
    });
    expect(snapshot.package?.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('records the revision of every answer at export as the base of the later merge', async () => {
    const { engine, risk } = await reviewWithWork();
    const revision = engine.fieldworkSnapshot().answers.find((a) => a.systemId === risk)?.revision;
    const pkg = await exportPackage(engine, [risk]);
    expect(pkg.fieldworkSnapshot().base?.answers).toEqual([{ systemId: risk, itemId: item('p1.1'), revision }]);
    expect(pkg.fieldworkSnapshot().base?.records.filter((r) => r.kind === 'finding')).toHaveLength(1);
    expect(pkg.fieldworkSnapshot().base?.evidence).toHaveLength(1);
  });

  it('keeps nothing of the other systems, not even in free pages of the file', async () => {
    const { engine, risk } = await reviewWithWork();
    const bytes = engine.exportPackage(await loadSqlJs(), { systemIds: [risk], exportedBy: 'Officer' });
    const text = new TextDecoder('latin1').decode(bytes);
    expect(text).not.toContain('CONFIDENTIAL-CHATBOT-NOTE');
    expect(text).not.toContain('SECRET-CHATBOT-EVIDENCE');
    // The same markers are in the review itself, so the search above could find them.
    expect(new TextDecoder('latin1').decode(engine.export())).toContain('SECRET-CHATBOT-EVIDENCE');
  });

  it('replaces the audit trail with one entry saying what the package is', async () => {
    const { engine, risk } = await reviewWithWork();
    const pkg = await exportPackage(engine, [risk], 'M. Officer');
    expect(pkg.auditLog()).toEqual([expect.objectContaining({ command: 'exportPackage', actor: 'M. Officer' })]);
  });

  it('leaves the review it was made from unchanged', async () => {
    const { engine, risk } = await reviewWithWork();
    const before = await wholeState(engine);
    const audited = engine.info().auditEntries;
    await exportPackage(engine, [risk]);
    expect(await wholeState(engine)).toEqual(before);
    expect(engine.info().auditEntries).toBe(audited);
  });

  it('refuses no systems or unknown ones, saying what to do', async () => {
    const { engine } = await reviewWithWork();
    const sql = await loadSqlJs();
    expect(() => engine.exportPackage(sql, { systemIds: [], exportedBy: '' })).toThrow(FieldworkError);
    expect(() => engine.exportPackage(sql, { systemIds: ['no-such-system'], exportedBy: '' })).toThrow(
      /no system "no-such-system"/,
    );
  });
});
