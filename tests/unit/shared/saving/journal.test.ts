// The journal beside a review file: what the app records after each change redoes exactly that change on the
// last fully saved file, a torn last line is ignored, a journal of another file is never replayed, and an
// entry that does not fit the file is refused without running anything from it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReviewEngine } from '../../../../shared/engine/ReviewEngine';
import { journalEntryLine, journalHeaderLine, readJournal } from '../../../../shared/saving/journalFile';
import { sha256Hex } from '../../../../shared/engine/hash';
import { ANSWER_STATUSES } from '../../../../shared/model/status';
import { loadSqlJs, newReview } from '../../helpers';

const ITEMS = ['cepej-charter-2018/p1.1', 'cepej-charter-2018/p2.1', 'cepej-charter-2018/p4.1'];

/** Every row of every table, audit log included, in a stable order. */
async function everyRow(bytes: Uint8Array): Promise<Record<string, string[]>> {
  const db = new (await loadSqlJs()).Database(bytes);
  try {
    const tables = (db.exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")[0]?.values ?? []).map(
      ([name]) => String(name),
    );
    return Object.fromEntries(
      tables.map((table) => [
        table,
        (db.exec(`SELECT rowid, * FROM "${table}"`)[0]?.values ?? [])
          .map((row) => JSON.stringify(row.map((v) => (v instanceof Uint8Array ? sha256Hex(v) : v))))
          .sort(),
      ]),
    );
  } finally {
    db.close();
  }
}

type Step =
  | { kind: 'add'; name: string }
  | { kind: 'answer'; system: number; item: number; status: number; note: string }
  | { kind: 'evidence'; system: number; size: number }
  | { kind: 'remove'; system: number }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'export' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), name: fc.string({ minLength: 1, maxLength: 30 }) }),
  fc.record({
    kind: fc.constant('answer' as const),
    system: fc.nat(5),
    item: fc.nat(ITEMS.length - 1),
    status: fc.nat(ANSWER_STATUSES.length - 1),
    note: fc.string({ maxLength: 40 }),
  }),
  fc.record({ kind: fc.constant('evidence' as const), system: fc.nat(5), size: fc.nat(3000) }),
  fc.record({ kind: fc.constant('remove' as const), system: fc.nat(5) }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
  // Exporting reopens sql.js's connection; recording must survive it.
  fc.constant({ kind: 'export' as const }),
);

function perform(engine: ReviewEngine, s: Step): void {
  const systems = engine.systems();
  const pick = (index: number) => systems[index % Math.max(systems.length, 1)]?.id;
  try {
    switch (s.kind) {
      case 'add':
        engine.dispatch({ type: 'addSystem', attributes: { name: s.name.trim() || 'System' } }, 'Officer');
        return;
      case 'answer': {
        const systemId = pick(s.system);
        if (systemId)
          engine.dispatch(
            {
              type: 'setAnswer',
              systemId,
              itemId: ITEMS[s.item] ?? '',
              status: ANSWER_STATUSES[s.status] ?? 'compliant',
              justification: s.note,
            },
            'Officer',
          );
        return;
      }
      case 'evidence': {
        const systemId = pick(s.system);
        const content = new Uint8Array(s.size).map((_, i) => (i * 31 + s.size) & 0xff);
        if (systemId) engine.dispatch({ type: 'addEvidence', systemId, name: 'scan.bin', content }, 'Officer');
        return;
      }
      case 'remove': {
        const systemId = pick(s.system);
        if (systemId) engine.dispatch({ type: 'removeSystem', systemId }, 'Officer');
        return;
      }
      case 'undo':
        if (engine.undoState().undo) engine.undo('Officer');
        return;
      case 'redo':
        if (engine.undoState().redo) engine.redo('Officer');
        return;
      case 'export':
        engine.export();
        return;
    }
  } catch {
    // A refused command writes nothing; the journal must then hold nothing for it either.
  }
}

describe('journal', () => {
  it('replaying what was recorded on the last saved file gives exactly the review in memory', async () => {
    const sql = await loadSqlJs();
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const engine = await newReview();
        engine.dispatch({ type: 'addSystem', attributes: { name: 'Anonymiser' } }, 'Officer');
        const saved = engine.export();
        engine.startJournal();
        const entries: string[] = [];
        for (const s of steps) {
          perform(engine, s);
          const entry = engine.takeJournalEntry();
          if (entry !== null) entries.push(entry);
        }
        const text = journalHeaderLine(sha256Hex(saved)) + entries.map(journalEntryLine).join('');
        const reading = readJournal(text, sha256Hex(saved));
        expect(reading).toMatchObject({ kind: 'matching', tornTail: false });
        if (reading.kind !== 'matching') return;

        const { engine: recovered } = ReviewEngine.open(sql, saved);
        const replay = recovered.replayJournal(reading.entries);
        expect(replay).toEqual({ applied: entries.length, total: entries.length });
        expect(await everyRow(recovered.export())).toEqual(await everyRow(engine.export()));
        engine.close();
        recovered.close();
      }),
      { numRuns: 40 },
    );
  });

  it('ignores a torn last line, and never replays a journal that belongs to another version of the file', async () => {
    const engine = await newReview();
    const saved = engine.export();
    engine.startJournal();
    engine.dispatch({ type: 'addSystem', attributes: { name: 'First' } });
    const first = engine.takeJournalEntry() ?? '';
    engine.dispatch({ type: 'addSystem', attributes: { name: 'Second' } });
    const second = engine.takeJournalEntry() ?? '';
    const base = sha256Hex(saved);
    const whole = journalHeaderLine(base) + journalEntryLine(first) + journalEntryLine(second);

    const torn = whole.slice(0, whole.length - 20);
    expect(readJournal(torn, base)).toEqual({ kind: 'matching', entries: [first], covered: 0, tornTail: true });
    expect(readJournal(whole, sha256Hex(engine.export()))).toEqual({ kind: 'stale' });
    expect(readJournal('garbage\n', base)).toMatchObject({ kind: 'unreadable' });
    expect(readJournal(whole.replace('"base"', '"bass"'), base)).toMatchObject({ kind: 'unreadable' });
  });

  it('refuses an entry that names a table or column the file does not have, running nothing from it', async () => {
    const sql = await loadSqlJs();
    const engine = await newReview();
    const saved = engine.export();
    const hostile = [
      JSON.stringify([{ t: 'system; DROP TABLE answer', o: 'd', r: 1 }]),
      JSON.stringify([{ t: 'system', o: 'i', r: 99, c: ['name" ) ; DROP TABLE answer; --'], v: ['x'] }]),
      JSON.stringify([{ t: 'sqlite_master', o: 'd', r: 1 }]),
      JSON.stringify([{ t: 'system', o: 'u', r: 12345, c: ['name'], v: ['nobody'] }]),
      JSON.stringify([{ t: 'system', o: 'i', r: 5, c: ['name'], v: [{ hex: 'zz' }] }]),
      '{"not":"a list"}',
    ];
    for (const entry of hostile) {
      const { engine: opened } = ReviewEngine.open(sql, saved);
      const before = await everyRow(opened.export());
      const replay = opened.replayJournal([entry]);
      expect(replay.applied, entry).toBe(0);
      expect(replay.problem, entry).toMatch(/entry 1 could not be applied/);
      expect(await everyRow(opened.export()), entry).toEqual(before);
      opened.close();
    }
  });

  it('keeps the entries before one that does not fit, and does not record the replayed changes again', async () => {
    const sql = await loadSqlJs();
    const engine = await newReview();
    const saved = engine.export();
    engine.startJournal();
    engine.dispatch({ type: 'addSystem', attributes: { name: 'Kept' } });
    const good = engine.takeJournalEntry() ?? '';
    const { engine: opened } = ReviewEngine.open(sql, saved);
    opened.startJournal();
    const replay = opened.replayJournal([good, '[{"t":"nope","o":"d","r":1}]', good]);
    expect(replay).toMatchObject({ applied: 1, total: 3 });
    expect(opened.systems().map((s) => s.name)).toEqual(['Kept']);
    expect(opened.takeJournalEntry()).toBeNull();
    expect(opened.revision).toBe(1);
  });
});
