// The engine keeps its frequent statements prepared (shared/engine/statementCache.ts) and takes an import's updates
// as JSON lists: changes still land, are journaled, undone and audited the same, also across full saves (export).
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/engine/hash';
import { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { CommandError } from '../../../shared/errors';
import { loadSqlJs, newReview } from '../helpers';

const summary = (added: number, updated: number) => ({
  rowsRead: added + updated,
  added,
  updated,
  unchanged: 0,
  duplicates: 0,
  rejected: 0,
  blankRows: 0,
  errors: [],
});

async function reviewWithSystems(names: string[]): Promise<ReviewEngine> {
  const engine = await newReview();
  engine.dispatch({
    type: 'importInventory',
    source: { fileName: 'first.csv', format: 'csv' },
    adds: names.map((name, index) => ({ row: index + 2, attributes: { name } })),
    updates: [],
    summary: summary(names.length, 0),
  });
  return engine;
}

describe('kept statements', () => {
  it('keeps applying and journaling answers after each full save reopens the connection', async () => {
    const engine = await reviewWithSystems(['Transcription']);
    const [system] = engine.systems();
    const itemId = engine.embeddedFrameworks()[0]?.items[0]?.id ?? '';
    engine.startJournal();
    const before = engine.export();
    const entries: string[] = [];
    for (const status of ['compliant', 'partial', 'non_compliant'] as const) {
      engine.dispatch({ type: 'setAnswer', systemId: system?.id ?? '', itemId, status, justification: status });
      entries.push(engine.takeJournalEntry() ?? '');
      // A full save: sql.js frees every prepared statement and reopens the database.
      engine.export();
    }
    expect(engine.checklist(system?.id ?? '').frameworks[0]?.principles[0]?.items[0]?.status).toBe('non_compliant');
    expect(entries.every((entry) => entry.startsWith('[{') && entry.includes('"answer"'))).toBe(true);

    // The entries are valid journal entries: replayed on the file as it was before them, they give the same answers.
    const replayed = ReviewEngine.open(await loadSqlJs(), before).engine;
    expect(replayed.replayJournal(entries)).toEqual({ applied: 3, total: 3 });
    expect(replayed.checklist(system?.id ?? '').frameworks[0]?.principles[0]?.items[0]).toMatchObject({
      status: 'non_compliant',
      justification: 'non_compliant',
    });
    engine.undo();
    expect(engine.checklist(system?.id ?? '').frameworks[0]?.principles[0]?.items[0]?.status).toBe('partial');
  });

  it('updates each system with its own columns, keeping quotes, accents and cleared values exactly', async () => {
    const engine = await reviewWithSystems(['Anonymiser', 'Chatbot', 'Statistics']);
    const [anonymiser, chatbot, statistics] = engine.systems();
    engine.dispatch({ type: 'updateSystem', systemId: chatbot?.id ?? '', changes: { stage: 'pilot' } });
    engine.dispatch({
      type: 'importInventory',
      source: { fileName: 'second.csv', format: 'csv' },
      adds: [],
      updates: [
        { row: 2, systemId: anonymiser?.id ?? '', changes: { notes: `O'Brien said "ça marche" — 100%\nnext line` } },
        { row: 3, systemId: chatbot?.id ?? '', changes: { stage: null, organisation: 'Cour d’appel' } },
        { row: 4, systemId: statistics?.id ?? '', changes: { useCategory: 'encouraged' } },
      ],
      summary: summary(0, 3),
    });
    const after = new Map(engine.systems().map((system) => [system.name, system]));
    expect(after.get('Anonymiser')).toMatchObject({
      notes: `O'Brien said "ça marche" — 100%\nnext line`,
      organisation: '',
    });
    expect(after.get('Chatbot')).toMatchObject({ stage: null, organisation: 'Cour d’appel', notes: '' });
    expect(after.get('Statistics')).toMatchObject({
      useCategory: 'encouraged',
      useCategorySource: 'import',
      useCategoryReason: 'Stated in the imported inventory (second.csv, row 4).',
    });
    // The audit row keeps the rows replaced, in the order of the command, and is stored as text.
    const [entry] = engine.auditLog(1);
    expect(JSON.parse(entry?.payload ?? '{}')).toMatchObject({ source: { fileName: 'second.csv' } });
    expect(engine.history({}).entries[0]).toMatchObject({ command: 'importInventory', actor: '' });

    engine.undo();
    expect(engine.systems().map((system) => [system.name, system.notes, system.stage])).toEqual([
      ['Anonymiser', '', null],
      ['Chatbot', '', 'pilot'],
      ['Statistics', '', null],
    ]);
  });

  it('refuses an import that adds a system id the review already has, or the same id twice, changing nothing', async () => {
    const engine = await reviewWithSystems(['Transcription']);
    const [existing] = engine.systems();
    const fingerprint = sha256Hex(engine.export());
    const id = '5b0a37a0-8a51-4b4e-9d7c-2f3c4d5e6f70';
    for (const adds of [
      [{ row: 2, id: existing?.id ?? '', attributes: { name: 'Again' } }],
      [
        { row: 2, id, attributes: { name: 'One' } },
        { row: 3, id, attributes: { name: 'Two' } },
      ],
    ]) {
      let error: unknown;
      try {
        engine.dispatch({
          type: 'importInventory',
          source: { fileName: 'x.csv', format: 'csv' },
          adds,
          updates: [],
          summary: summary(adds.length, 0),
        });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(CommandError);
      expect(error).toMatchObject({ code: 'conflict' });
      expect(sha256Hex(engine.export())).toBe(fingerprint);
    }
  });
});
