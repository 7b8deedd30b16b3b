// The History screen's query: each change as a sentence with before → after, filtered and paged, newest first.
import { describe, expect, it } from 'vitest';
import {
  type AuditRecord,
  type HistoryChange,
  describeAuditRecord,
  historyNames,
} from '../../../shared/engine/historyQueries';
import { builtInFrameworks } from '../../../shared/frameworks/builtIn';
import { newReview } from '../helpers';

const ITEM = 'cepej-charter-2018/p2.1';

/** Changes as the English summary reads them: field, before, after. */
const english = (changes: readonly HistoryChange[] = []) =>
  changes.map(({ field, before, after }) => ({ field, before, after }));

async function reviewWithAnswers() {
  const engine = await newReview();
  const risk = engine.dispatch({ type: 'addSystem', attributes: { name: 'Risk score' } }, 'Leyla').createdId ?? '';
  const chat = engine.dispatch({ type: 'addSystem', attributes: { name: 'Citizen chatbot' } }, 'Leyla').createdId ?? '';
  engine.dispatch(
    { type: 'setAnswer', systemId: risk, itemId: ITEM, status: 'non_compliant', justification: 'Never tested.' },
    'Leyla',
  );
  engine.dispatch({ type: 'setAnswer', systemId: chat, itemId: ITEM, status: 'compliant' }, 'Rashad');
  return { engine, risk, chat };
}

describe('history of a review', () => {
  it('describes an answer with its status and justification before and after, newest first', async () => {
    const { engine } = await reviewWithAnswers();
    const page = engine.history();
    expect(page.total).toBe(4);
    expect(page.entries.map((e) => e.summary)).toEqual([
      'Set p2.1 of Citizen chatbot to compliant',
      'Set p2.1 of Risk score to non-compliant',
      'Added system Citizen chatbot',
      'Added system Risk score',
    ]);
    expect(page.entries[1]).toMatchObject({ actor: 'Leyla', command: 'setAnswer' });
    expect(english(page.entries[1]?.changes)).toEqual([
      { field: 'Status', before: 'Not reviewed', after: 'Non-compliant' },
      { field: 'Justification', before: '—', after: 'Never tested.' },
    ]);
    expect(page.actors).toEqual(['Leyla', 'Rashad']);
    expect(page.commands).toEqual([
      { command: 'addSystem', count: 2 },
      { command: 'setAnswer', count: 2 },
    ]);
  });

  it('says so when an answer was set again without changing anything', async () => {
    const { engine, chat } = await reviewWithAnswers();
    engine.dispatch({ type: 'setAnswer', systemId: chat, itemId: ITEM, status: 'compliant' }, 'Rashad');
    expect(engine.history({ limit: 1 }).entries[0]).toMatchObject({
      summary: 'Set p2.1 of Citizen chatbot to compliant (unchanged)',
      changes: [],
    });
  });

  it('filters by person, command type and system, and pages through the rest', async () => {
    const { engine, risk } = await reviewWithAnswers();
    expect(engine.history({ actor: 'Rashad' }).entries.map((e) => e.summary)).toEqual([
      'Set p2.1 of Citizen chatbot to compliant',
    ]);
    expect(engine.history({ command: 'addSystem' }).total).toBe(2);
    expect(engine.history({ systemId: risk }).entries.map((e) => e.summary)).toEqual([
      'Set p2.1 of Risk score to non-compliant',
      'Added system Risk score',
    ]);
    const second = engine.history({ limit: 3, offset: 3 });
    expect(second).toMatchObject({ total: 4, offset: 3, limit: 3 });
    expect(second.entries.map((e) => e.summary)).toEqual(['Added system Risk score']);
  });

  it('names what an undo reverted, shows its values reversed, and keeps it under the system filter', async () => {
    const { engine, risk } = await reviewWithAnswers();
    engine.dispatch({ type: 'setAnswer', systemId: risk, itemId: ITEM, status: 'partial' }, 'Leyla');
    engine.undo('Leyla');
    engine.redo('Leyla');
    const [redo, undo] = engine.history({ systemId: risk }).entries;
    expect(undo?.summary).toBe('Undid: Set p2.1 of Risk score to partial');
    expect(english(undo?.changes)).toEqual([{ field: 'Status', before: 'Partial', after: 'Non-compliant' }]);
    expect(undo?.changes[0]?.parts).toEqual({
      field: { word: 'field', code: 'answer.status' },
      before: { word: 'status', code: 'partial' },
      after: { word: 'status', code: 'non_compliant' },
    });
    expect(undo?.message).toMatchObject({ key: 'undo.of', values: { change: { key: 'setAnswer.set' } } });
    expect(redo?.summary).toBe('Redid: Set p2.1 of Risk score to partial');
    expect(english(redo?.changes)).toEqual([{ field: 'Status', before: 'Non-compliant', after: 'Partial' }]);
  });

  it('shows system fields before and after, and keeps the name of a removed system', async () => {
    const { engine, risk } = await reviewWithAnswers();
    engine.dispatch({
      type: 'updateSystem',
      systemId: risk,
      changes: { stage: 'pilot', dataProcessed: ['personal', 'criminal'], organisation: 'Baku Court' },
    });
    engine.dispatch({ type: 'removeSystem', systemId: risk });
    const [removed, updated] = engine.history().entries;
    expect(removed?.summary).toBe('Removed system Risk score and its 1 answer');
    expect(updated?.summary).toBe('Changed court or organisation, stage, data processed of Risk score');
    expect(english(updated?.changes)).toEqual([
      { field: 'Court or organisation', before: '—', after: 'Baku Court' },
      { field: 'Stage', before: 'Not stated', after: 'Pilot' },
      { field: 'Data processed', before: 'Not stated', after: 'Personal, Criminal' },
    ]);
    const page = engine.history({ systemId: risk });
    expect(page.systems).toContainEqual({ id: risk, name: 'Risk score', removed: true });
    expect(page.entries.map((e) => e.summary)).toContain('Set p2.1 of Risk score to non-compliant');
  });

  it('describes findings, actions and a change of state in words', async () => {
    const { engine, risk } = await reviewWithAnswers();
    const findingId =
      engine.dispatch({ type: 'addFinding', systemId: risk, itemId: ITEM, severity: 'high', description: 'No audit.' })
        .createdId ?? '';
    const actionId =
      engine.dispatch({
        type: 'addAction',
        systemId: risk,
        findingId,
        description: 'Commission a bias audit',
        owner: 'Court IT',
        dueDate: '2026-06-30',
      }).createdId ?? '';
    engine.dispatch({ type: 'updateAction', actionId, changes: { state: 'in_progress' } });
    const [state, action, finding] = engine.history().entries;
    expect(finding?.summary).toBe('Recorded a high-severity finding on p2.1 of Risk score: “No audit.”');
    expect(action?.summary).toBe(
      'Added the action “Commission a bias audit” for Risk score (owner Court IT, due 2026-06-30)',
    );
    expect(state?.summary).toBe('Marked the action “Commission a bias audit” of Risk score as in progress');
    expect(english(state?.changes)).toEqual([{ field: 'State', before: 'Open', after: 'In progress' }]);
    // The interface gets codes for the words of the app, and the texts people typed as they are.
    expect(state?.message).toEqual({
      key: 'updateAction.marked',
      values: {
        description: 'Commission a bias audit',
        system: 'Risk score',
        state: { word: 'actionStateInSentence', code: 'in_progress' },
      },
    });
    expect(finding?.message.values).toMatchObject({ severity: { word: 'severityInSentence', code: 'high' } });
  });
});

describe('describing one audit entry', () => {
  const frameworks = new Map(builtInFrameworks().map((f) => [f.id, f]));
  const names = historyNames(frameworks, (id) => (id === 's1' ? 'Risk score' : undefined));

  it('reads a bulk answer import and lists only the answers it changed', () => {
    const record: AuditRecord = {
      command: 'setAnswers',
      payload: {
        type: 'setAnswers',
        source: 'answers.csv',
        answers: [
          { systemId: 's1', itemId: 'cepej-charter-2018/p1.1', status: 'compliant' },
          { systemId: 's1', itemId: 'cepej-charter-2018/p1.2', status: 'partial' },
        ],
      },
      before: { source: 'answers.csv', answers: [null, { status: 'partial' }] },
      after: { source: 'answers.csv', count: 2 },
    };
    const described = describeAuditRecord(record, names);
    expect(described).toMatchObject({ summary: 'Set 2 answers of Risk score from answers.csv', moreChanges: 0 });
    expect(english(described.changes)).toEqual([{ field: 'p1.1', before: 'Not reviewed', after: 'Compliant' }]);
    expect(described.message).toEqual({
      key: 'setAnswers.ofSystemFromSource',
      values: { count: 2, system: 'Risk score', source: 'answers.csv' },
    });
  });

  it('names a confirmed Appendix IV level and an unknown system plainly', () => {
    const record: AuditRecord = {
      command: 'setPrincipleIntegration',
      payload: { systemId: 'gone', frameworkId: 'cepej-charter-2018', principleId: 'p3', level: 'fully_integrated' },
      before: null,
      after: { level: 'fully_integrated' },
    };
    const described = describeAuditRecord(record, names);
    expect(described.summary).toMatch(/^Confirmed P3 of a system no longer in the review as “.+”$/);
    expect(described.changes[0]).toMatchObject({ field: 'Integration', before: 'Not confirmed' });
    // The level comes with the checklist's own languages; the missing system as words to translate.
    expect(described.message.values).toMatchObject({
      system: { word: 'value', code: 'unknownSystem' },
      level: { content: { en: expect.any(String), fr: expect.any(String) } },
    });
  });

  it('says "an earlier change" for an undo whose entry is missing, rather than failing', () => {
    const record: AuditRecord = { command: 'undo', payload: { type: 'undo', seq: 9 }, before: null, after: null };
    expect(describeAuditRecord(record, names).summary).toBe('Undid an earlier change (#9)');
  });
});
