import { describe, expect, it } from 'vitest';
import { ReviewFileError } from '../../../../shared/errors';
import { FieldworkError, type MergeSource } from '../../../../shared/fieldwork';
import { CURRENT_SCHEMA_VERSION } from '../../../../shared/db/schema';
import { loadSqlJs } from '../../helpers';
import { answerOf, exportPackage, item, officeReview, openReview, returned, wholeState } from './fieldworkHelpers';

const bytesOf = (text: string) => new TextEncoder().encode(text);

async function fieldWork() {
  const { engine: office, ids } = await officeReview(['Risk score', 'Anonymiser', 'Chatbot', 'Transcription']);
  const risk = ids['Risk score'] ?? '';
  const anonymiser = ids.Anonymiser ?? '';
  const chatbot = ids.Chatbot ?? '';
  office.dispatch(
    { type: 'setAnswer', systemId: risk, itemId: item('p1.1'), status: 'partial', justification: 'Civil only.' },
    'Officer',
  );
  const assessor = await exportPackage(office, [risk, anonymiser]);
  return { office, assessor, risk, anonymiser, chatbot, transcription: ids.Transcription ?? '' };
}

describe('merging an assessor package back', () => {
  it('keeps the evidence and finding the assessor added and the officer’s edits to other systems', async () => {
    const { office, assessor, risk, chatbot } = await fieldWork();
    assessor.dispatch(
      {
        type: 'setAnswer',
        systemId: risk,
        itemId: item('p2.1'),
        status: 'non_compliant',
        justification: 'No bias tests.',
      },
      'A. Assessor',
    );
    const finding = assessor.dispatch(
      {
        type: 'addFinding',
        systemId: risk,
        itemId: item('p2.1'),
        severity: 'high',
        description: 'The model was never tested for bias.',
      },
      'A. Assessor',
    ).createdId;
    assessor.dispatch(
      {
        type: 'addEvidence',
        systemId: risk,
        itemId: item('p2.1'),
        name: 'interview.txt',
        mediaType: 'text/plain',
        content: bytesOf('Interview notes'),
      },
      'A. Assessor',
    );
    assessor.dispatch(
      { type: 'signOff', systemId: risk, person: 'A. Assessor', role: 'assessor', statement: 'Visited on site.' },
      'A. Assessor',
    );
    office.dispatch({ type: 'setAnswer', systemId: chatbot, itemId: item('p1.1'), status: 'compliant' }, 'Officer');
    office.dispatch({ type: 'updateSystem', systemId: chatbot, changes: { hosting: 'Court data centre' } }, 'Officer');

    const preview = office.previewMerge([returned(assessor, 'assessor-a.charter')]);
    expect(preview.conflicts).toEqual([]);
    expect(preview.sources[0]).toMatchObject({
      mode: 'package',
      taken: { answers: 1, findingsAdded: 1, evidenceAdded: 1, signOffsAdded: 1 },
    });
    office.dispatch({ type: 'mergeReturnedFiles', sources: [returned(assessor, 'assessor-a.charter')] }, 'Officer');

    expect(answerOf(office, risk, item('p2.1'))).toMatchObject({ status: 'non_compliant', updatedBy: 'A. Assessor' });
    expect(answerOf(office, risk, item('p1.1'))).toMatchObject({ status: 'partial' });
    expect(answerOf(office, chatbot, item('p1.1'))).toMatchObject({ status: 'compliant' });
    expect(office.system(chatbot)?.hosting).toBe('Court data centre');
    expect(office.findings(risk).map((f) => f.id)).toEqual([finding]);
    const evidence = office.evidence(risk)[0];
    expect(evidence?.name).toBe('interview.txt');
    expect(new TextDecoder().decode(office.evidenceContent(evidence?.id ?? '')?.content)).toBe('Interview notes');
    expect(office.signOffs(risk).map((s) => s.person)).toEqual(['A. Assessor']);
  });

  it('records one audit row naming the returned files, and one undo restores the exact state before', async () => {
    const { office, assessor, risk } = await fieldWork();
    assessor.dispatch({ type: 'setAnswer', systemId: risk, itemId: item('p2.1'), status: 'compliant' }, 'A. Assessor');
    assessor.dispatch(
      { type: 'addEvidence', systemId: risk, name: 'a.txt', content: bytesOf('evidence') },
      'A. Assessor',
    );
    const before = await wholeState(office);
    const audited = office.info().auditEntries;
    office.dispatch({ type: 'mergeReturnedFiles', sources: [returned(assessor, 'assessor-a.charter')] }, 'Officer');
    expect(office.info().auditEntries).toBe(audited + 1);
    const [row] = office.auditLog(1);
    expect(row?.command).toBe('mergeReturnedFiles');
    expect(JSON.parse(row?.payload ?? '{}')).toMatchObject({ sources: [{ fileName: 'assessor-a.charter' }] });
    expect(row?.payload).not.toContain('evidence"'); // the files' content stays out of the audit trail
    const after = await wholeState(office);
    expect(after).not.toEqual(before);
    office.undo('Officer');
    expect(await wholeState(office)).toEqual(before);
    office.redo('Officer');
    expect(await wholeState(office)).toEqual(after);
  });

  it('merging the same file twice changes nothing, even after later edits of what it brought', async () => {
    const { office, assessor, risk } = await fieldWork();
    assessor.dispatch({ type: 'setAnswer', systemId: risk, itemId: item('p2.1'), status: 'compliant' }, 'A. Assessor');
    const finding =
      assessor.dispatch(
        { type: 'addFinding', systemId: risk, severity: 'low', description: 'Logs kept 30 days.' },
        'A. Assessor',
      ).createdId ?? '';
    const source = returned(assessor);
    office.dispatch({ type: 'mergeReturnedFiles', sources: [source] }, 'Officer');
    const merged = await wholeState(office);
    expect(office.previewMerge([source]).changes).toBe(0);
    office.dispatch({ type: 'mergeReturnedFiles', sources: [source] }, 'Officer');
    expect(await wholeState(office)).toEqual(merged);

    office.dispatch(
      { type: 'setAnswer', systemId: risk, itemId: item('p2.1'), status: 'partial', justification: 'Re-checked.' },
      'Officer',
    );
    office.dispatch(
      {
        type: 'setAnswer',
        systemId: risk,
        itemId: item('p2.1'),
        status: 'partial',
        justification: 'Re-checked twice.',
      },
      'Officer',
    );
    office.dispatch({ type: 'updateFinding', findingId: finding, changes: { severity: 'medium' } }, 'Officer');
    const edited = await wholeState(office);
    const again = office.previewMerge([source]);
    expect(again.conflicts).toEqual([]);
    expect(again.changes).toBe(0);
    office.dispatch({ type: 'mergeReturnedFiles', sources: [source] }, 'Officer');
    expect(await wholeState(office)).toEqual(edited);
  });

  it('shows an answer both sides changed differently as a conflict with status, justification, who and when', async () => {
    const { office, assessor, risk } = await fieldWork();
    office.dispatch(
      {
        type: 'setAnswer',
        systemId: risk,
        itemId: item('p1.1'),
        status: 'compliant',
        justification: 'Extended to criminal.',
      },
      'Officer',
    );
    assessor.dispatch(
      {
        type: 'setAnswer',
        systemId: risk,
        itemId: item('p1.1'),
        status: 'non_compliant',
        justification: 'Criminal cases not covered.',
      },
      'A. Assessor',
    );
    const preview = office.previewMerge([returned(assessor, 'assessor-a.charter')]);
    expect(preview.conflicts).toEqual([
      expect.objectContaining({
        kind: 'answer',
        systemId: risk,
        systemName: 'Risk score',
        item: item('p1.1'),
        fileName: 'assessor-a.charter',
        choice: null,
        ours: expect.objectContaining({ status: 'compliant', justification: 'Extended to criminal.', by: 'Officer' }),
        theirs: expect.objectContaining({
          status: 'non_compliant',
          justification: 'Criminal cases not covered.',
          by: 'A. Assessor',
        }),
      }),
    ]);
    expect(preview.conflicts[0]?.ours?.at).toMatch(/^2026-03-01T/);
    expect(preview.conflicts[0]?.theirs?.at).toMatch(/^2026-04-01T/);
  });

  it('applies the chosen side of each conflict; without a choice ours stays and the conflict is reported again', async () => {
    const { office, assessor, risk, anonymiser } = await fieldWork();
    for (const systemId of [risk, anonymiser]) {
      office.dispatch({ type: 'setAnswer', systemId, itemId: item('p1.2'), status: 'compliant' }, 'Officer');
      assessor.dispatch(
        { type: 'setAnswer', systemId, itemId: item('p1.2'), status: 'partial', justification: 'Seen on site.' },
        'A. Assessor',
      );
    }
    const source = returned(assessor);
    const [first, second] = office.previewMerge([source]).conflicts;
    office.dispatch(
      { type: 'mergeReturnedFiles', sources: [source], resolutions: [{ conflict: first?.id ?? '', choice: 'theirs' }] },
      'Officer',
    );
    expect(answerOf(office, first?.systemId ?? '', item('p1.2'))?.status).toBe('partial');
    expect(answerOf(office, second?.systemId ?? '', item('p1.2'))?.status).toBe('compliant');
    const again = office.previewMerge([source]);
    expect(again.conflicts.map((c) => c.systemId)).toEqual([second?.systemId]);
    office.dispatch(
      {
        type: 'mergeReturnedFiles',
        sources: [source],
        resolutions: [{ conflict: again.conflicts[0]?.id ?? '', choice: 'ours' }],
      },
      'Officer',
    );
    expect(answerOf(office, second?.systemId ?? '', item('p1.2'))?.status).toBe('compliant');
    // Decided once: not asked again.
    expect(office.previewMerge([source]).conflicts).toEqual([]);
  });

  it('treats the applicability override as part of the answer', async () => {
    const { office, assessor, risk } = await fieldWork();
    assessor.dispatch(
      {
        type: 'setApplicability',
        systemId: risk,
        itemId: item('p3.1'),
        applies: false,
        justification: 'No personal data at all.',
      },
      'A. Assessor',
    );
    office.dispatch({ type: 'mergeReturnedFiles', sources: [returned(assessor)] }, 'Officer');
    expect(answerOf(office, risk, item('p3.1'))).toMatchObject({
      appliesOverride: false,
      appliesOverrideReason: 'No personal data at all.',
    });

    const second = await exportPackage(office, [risk]);
    office.dispatch({ type: 'setApplicability', systemId: risk, itemId: item('p3.1'), applies: null }, 'Officer');
    second.dispatch(
      { type: 'setApplicability', systemId: risk, itemId: item('p3.1'), applies: false, justification: 'Still none.' },
      'B. Assessor',
    );
    const [conflict] = office.previewMerge([returned(second)]).conflicts;
    expect(conflict?.fields).toEqual(['applies_override', 'applies_override_reason']);
    expect(conflict?.theirs?.values).toMatchObject({
      applies_override: 'does not apply',
      applies_override_reason: 'Still none.',
    });
  });

  it('merges principle assessments by revision, withdrawals included', async () => {
    const { office, assessor, risk, anonymiser } = await fieldWork();
    office.dispatch(
      {
        type: 'setPrincipleIntegration',
        systemId: anonymiser,
        frameworkId: 'cepej-charter-2018',
        principleId: 'p1',
        level: 'partially_integrated',
        justification: 'Some.',
      },
      'Officer',
    );
    const pkg = await exportPackage(office, [risk, anonymiser]);
    pkg.dispatch(
      {
        type: 'setPrincipleIntegration',
        systemId: risk,
        frameworkId: 'cepej-charter-2018',
        principleId: 'p2',
        level: 'fully_integrated',
        justification: 'All in place.',
      },
      'A. Assessor',
    );
    pkg.dispatch(
      {
        type: 'setPrincipleIntegration',
        systemId: anonymiser,
        frameworkId: 'cepej-charter-2018',
        principleId: 'p1',
        level: null,
      },
      'A. Assessor',
    );
    office.dispatch({ type: 'mergeReturnedFiles', sources: [returned(pkg)] }, 'Officer');
    void assessor;
    const levels = office
      .fieldworkSnapshot()
      .assessments.map((a) => `${a.systemId === risk ? 'risk' : 'anon'} ${a.principleId} ${a.level}`);
    expect(levels).toEqual(['risk p2 fully_integrated']);
  });

  it('merges findings and actions field by field: different fields both win, the same field is a conflict', async () => {
    const { office, risk } = await fieldWork();
    const finding =
      office.dispatch(
        {
          type: 'addFinding',
          systemId: risk,
          severity: 'medium',
          description: 'Logs kept too long.',
          recommendation: 'Shorten.',
        },
        'Officer',
      ).createdId ?? '';
    const action =
      office.dispatch(
        { type: 'addAction', systemId: risk, findingId: finding, description: 'Set retention', owner: 'IT' },
        'Officer',
      ).createdId ?? '';
    const pkg = await exportPackage(office, [risk]);
    pkg.dispatch({ type: 'updateFinding', findingId: finding, changes: { severity: 'high' } }, 'A. Assessor');
    office.dispatch(
      { type: 'updateFinding', findingId: finding, changes: { recommendation: 'Keep 30 days.' } },
      'Officer',
    );
    pkg.dispatch({ type: 'updateAction', actionId: action, changes: { owner: 'Registry' } }, 'A. Assessor');
    office.dispatch({ type: 'updateAction', actionId: action, changes: { owner: 'Court IT' } }, 'Officer');
    const preview = office.previewMerge([returned(pkg)]);
    expect(preview.conflicts.map((c) => [c.kind, c.fields])).toEqual([['action', ['owner']]]);
    expect(preview.conflicts[0]?.ours?.values).toEqual({ owner: 'Court IT' });
    expect(preview.conflicts[0]?.theirs?.values).toEqual({ owner: 'Registry' });
    office.dispatch(
      {
        type: 'mergeReturnedFiles',
        sources: [returned(pkg)],
        resolutions: [{ conflict: preview.conflicts[0]?.id ?? '', choice: 'theirs' }],
      },
      'Officer',
    );
    expect(office.findings(risk)[0]).toMatchObject({ severity: 'high', recommendation: 'Keep 30 days.' });
    expect(office.actions(risk)[0]).toMatchObject({ owner: 'Registry' });
  });

  it('applies a removal made there to a record unchanged here, and asks when it was changed here', async () => {
    const { office, risk } = await fieldWork();
    const keep =
      office.dispatch({ type: 'addFinding', systemId: risk, severity: 'low', description: 'Edited here.' }, 'Officer')
        .createdId ?? '';
    const drop =
      office.dispatch({ type: 'addFinding', systemId: risk, severity: 'low', description: 'Wrong finding.' }, 'Officer')
        .createdId ?? '';
    const pkg = await exportPackage(office, [risk]);
    pkg.dispatch({ type: 'removeFinding', findingId: keep }, 'A. Assessor');
    pkg.dispatch({ type: 'removeFinding', findingId: drop }, 'A. Assessor');
    office.dispatch({ type: 'updateFinding', findingId: keep, changes: { severity: 'high' } }, 'Officer');
    const preview = office.previewMerge([returned(pkg)]);
    expect(preview.sources[0]?.taken.findingsRemoved).toBe(1);
    expect(preview.conflicts).toEqual([expect.objectContaining({ kind: 'finding', recordId: keep, theirs: null })]);
    office.dispatch({ type: 'mergeReturnedFiles', sources: [returned(pkg)] }, 'Officer');
    expect(office.findings(risk).map((f) => f.id)).toEqual([keep]);
  });

  it('never removes a system removed in the returned file, and says so', async () => {
    const { office, assessor, anonymiser } = await fieldWork();
    assessor.dispatch({ type: 'removeSystem', systemId: anonymiser }, 'A. Assessor');
    const preview = office.previewMerge([returned(assessor)]);
    expect(preview.changes).toBe(0);
    expect(preview.sources[0]?.notes).toEqual(['Anonymiser was removed in the returned file; it is kept here.']);
  });

  it('adds a system the assessor found in the court, with its answers', async () => {
    const { office, assessor } = await fieldWork();
    const found =
      assessor.dispatch({ type: 'addSystem', attributes: { name: 'Case triage' } }, 'A. Assessor').createdId ?? '';
    assessor.dispatch(
      { type: 'setAnswer', systemId: found, itemId: item('p1.1'), status: 'partial', justification: 'Pilot.' },
      'A. Assessor',
    );
    office.dispatch({ type: 'mergeReturnedFiles', sources: [returned(assessor)] }, 'Officer');
    expect(office.systems().map((s) => s.name)).toEqual([
      'Risk score',
      'Anonymiser',
      'Chatbot',
      'Transcription',
      'Case triage',
    ]);
    expect(answerOf(office, found, item('p1.1'))?.status).toBe('partial');
  });

  it('asks before bringing back a system removed here that was worked on there', async () => {
    const { office, assessor, anonymiser } = await fieldWork();
    office.dispatch({ type: 'removeSystem', systemId: anonymiser }, 'Officer');
    assessor.dispatch(
      { type: 'setAnswer', systemId: anonymiser, itemId: item('p1.1'), status: 'compliant' },
      'A. Assessor',
    );
    const preview = office.previewMerge([returned(assessor)]);
    expect(preview.conflicts).toEqual([expect.objectContaining({ kind: 'system', recordId: anonymiser, ours: null })]);
    office.dispatch(
      {
        type: 'mergeReturnedFiles',
        sources: [returned(assessor)],
        resolutions: [{ conflict: preview.conflicts[0]?.id ?? '', choice: 'theirs' }],
      },
      'Officer',
    );
    expect(answerOf(office, anonymiser, item('p1.1'))?.status).toBe('compliant');
  });

  it('brings three people’s work together: two packages and the officer’s own edits', async () => {
    const { engine: office, ids } = await officeReview(['One', 'Two', 'Three']);
    const a = await exportPackage(office, [ids.One ?? '']);
    const b = await exportPackage(office, [ids.Two ?? '', ids.Three ?? '']);
    a.dispatch({ type: 'setAnswer', systemId: ids.One ?? '', itemId: item('p1.1'), status: 'compliant' }, 'A');
    b.dispatch(
      { type: 'setAnswer', systemId: ids.Two ?? '', itemId: item('p1.1'), status: 'partial', justification: 'b' },
      'B',
    );
    b.dispatch(
      {
        type: 'setAnswer',
        systemId: ids.Three ?? '',
        itemId: item('p1.1'),
        status: 'non_compliant',
        justification: 'b',
      },
      'B',
    );
    office.dispatch(
      { type: 'setAnswer', systemId: ids.Three ?? '', itemId: item('p1.2'), status: 'compliant' },
      'Officer',
    );
    office.dispatch(
      { type: 'mergeReturnedFiles', sources: [returned(a, 'a.charter'), returned(b, 'b.charter')] },
      'Officer',
    );
    expect([
      answerOf(office, ids.One ?? '', item('p1.1'))?.status,
      answerOf(office, ids.Two ?? '', item('p1.1'))?.status,
      answerOf(office, ids.Three ?? '', item('p1.1'))?.status,
      answerOf(office, ids.Three ?? '', item('p1.2'))?.status,
    ]).toEqual(['compliant', 'partial', 'non_compliant', 'compliant']);
    expect(office.auditLog(1)[0]?.payload).toMatch(/"a\.charter".*"b\.charter"/);
  });

  it('shows the same answer changed in two returned files as a conflict between them', async () => {
    const { engine: office, ids } = await officeReview(['Shared']);
    const shared = ids.Shared ?? '';
    const a = await exportPackage(office, [shared]);
    const b = await exportPackage(office, [shared]);
    a.dispatch({ type: 'setAnswer', systemId: shared, itemId: item('p1.1'), status: 'compliant' }, 'A');
    b.dispatch(
      { type: 'setAnswer', systemId: shared, itemId: item('p1.1'), status: 'partial', justification: 'b' },
      'B',
    );
    const preview = office.previewMerge([returned(a, 'a.charter'), returned(b, 'b.charter')]);
    expect(preview.conflicts).toEqual([
      expect.objectContaining({
        fileName: 'b.charter',
        ours: expect.objectContaining({ by: 'A' }),
        theirs: expect.objectContaining({ by: 'B' }),
      }),
    ]);
  });

  it('merges a plain copy of the review: additions are kept, a later change of one side is taken', async () => {
    const { office, risk } = await fieldWork();
    const copy = await openReview(office.export());
    copy.dispatch(
      { type: 'setAnswer', systemId: risk, itemId: item('p1.1'), status: 'compliant', justification: 'Now all cases.' },
      'Colleague',
    );
    copy.dispatch(
      { type: 'setAnswer', systemId: risk, itemId: item('p4.1'), status: 'partial', justification: 'x' },
      'Colleague',
    );
    const preview = office.previewMerge([returned(copy)]);
    expect(preview.sources[0]?.mode).toBe('copy');
    expect(preview.conflicts).toEqual([]);
    office.dispatch({ type: 'mergeReturnedFiles', sources: [returned(copy)] }, 'Officer');
    expect(answerOf(office, risk, item('p1.1'))?.status).toBe('compliant');
    expect(answerOf(office, risk, item('p4.1'))?.status).toBe('partial');
  });
});

describe('files that are not merged', () => {
  it('refuses a file of another review with a clear message, and changes nothing', async () => {
    const { office } = await fieldWork();
    const { engine: other } = await officeReview(['Risk score']);
    const before = await wholeState(office);
    const attempt = () =>
      office.dispatch({ type: 'mergeReturnedFiles', sources: [returned(other, 'last-year.charter')] }, 'Officer');
    expect(attempt).toThrow(FieldworkError);
    expect(attempt).toThrow(/"last-year\.charter" belongs to another review .* Nothing was merged/);
    expect(() => office.previewMerge([returned(other)])).toThrow(expect.objectContaining({ code: 'different-review' }));
    expect(await wholeState(office)).toEqual(before);
  });

  it('merges another review only when asked to import it as a new round', async () => {
    const { office } = await fieldWork();
    const { engine: other, ids } = await officeReview(['Court portal']);
    other.dispatch(
      { type: 'setAnswer', systemId: ids['Court portal'] ?? '', itemId: item('p1.1'), status: 'compliant' },
      'X',
    );
    const preview = office.previewMerge([returned(other)], { asNewRound: true });
    expect(preview.sources[0]).toMatchObject({ mode: 'new-round', taken: { systemsAdded: 1, answers: 1 } });
    office.dispatch({ type: 'mergeReturnedFiles', sources: [returned(other)], asNewRound: true }, 'Officer');
    expect(office.systems().map((s) => s.name)).toContain('Court portal');
  });

  it('refuses a file answered against another version of a checklist', async () => {
    const { office, assessor } = await fieldWork();
    const source: MergeSource = returned(assessor);
    source.snapshot.frameworks = [{ id: 'cepej-charter-2018', version: '9.0.0' }];
    expect(() => office.previewMerge([source])).toThrow(
      /cepej-charter-2018 9\.0\.0.*cepej-charter-2018 1\.0\.0.*Nothing was merged/,
    );
  });

  it('refuses a package returned from a newer version of the app like any newer file', async () => {
    const { office, risk } = await fieldWork();
    const sql = await loadSqlJs();
    const db = new sql.Database(office.exportPackage(sql, { systemIds: [risk], exportedBy: '' }));
    db.run(`PRAGMA user_version = ${CURRENT_SCHEMA_VERSION + 1}`);
    const newer = db.export();
    db.close();
    await expect(openReview(newer)).rejects.toThrow(ReviewFileError);
    await expect(openReview(newer)).rejects.toMatchObject({ code: 'newer-version' });
  });
});
