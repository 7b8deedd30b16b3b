import { describe, expect, it } from 'vitest';
import { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { loadSqlJs, newReview } from '../helpers';

const ITEM = 'cepej-charter-2018/p1.1';

/** Everything a user could see, without the audit log (undo adds to it on purpose). */
async function visibleState(engine: ReviewEngine) {
  const sql = await loadSqlJs();
  const db = new sql.Database(engine.export());
  const tables = ['review', 'system', 'answer', 'principle_assessment', 'framework', 'item'];
  return Object.fromEntries(tables.map((t) => [t, db.exec(`SELECT * FROM ${t} ORDER BY rowid`)[0]?.values ?? []]));
}

describe('undo and redo', () => {
  it('undo restores exactly the state before each command, and redo reapplies it', async () => {
    const engine = await newReview();
    const states = [await visibleState(engine)];
    const systemId = engine.dispatch({ type: 'addSystem', attributes: { name: 'Chatbot' } }).createdId ?? '';
    states.push(await visibleState(engine));
    engine.dispatch({ type: 'setAnswer', systemId, itemId: ITEM, status: 'partial', justification: 'Some.' });
    states.push(await visibleState(engine));
    engine.dispatch({ type: 'setAnswer', systemId, itemId: ITEM, status: 'compliant' });
    states.push(await visibleState(engine));
    engine.dispatch({ type: 'updateSystem', systemId, changes: { organisation: 'e-Court portal', dataProcessed: [] } });
    states.push(await visibleState(engine));

    for (let i = states.length - 2; i >= 0; i -= 1) {
      engine.undo('Officer');
      expect(await visibleState(engine)).toEqual(states[i]);
    }
    for (let i = 1; i < states.length; i += 1) {
      engine.redo('Officer');
      expect(await visibleState(engine)).toEqual(states[i]);
    }
  });

  it('undoing the removal of a system brings back its answers too', async () => {
    const engine = await newReview();
    const systemId = engine.dispatch({ type: 'addSystem', attributes: { name: 'Transcription' } }).createdId ?? '';
    engine.dispatch({ type: 'setAnswer', systemId, itemId: ITEM, status: 'non_compliant', justification: 'No tests.' });
    const before = await visibleState(engine);
    engine.dispatch({ type: 'removeSystem', systemId });
    expect(engine.systems()).toEqual([]);
    engine.undo();
    expect(await visibleState(engine)).toEqual(before);
    expect(engine.checklist(systemId).frameworks[0]?.principles[0]?.items[0]).toMatchObject({
      status: 'non_compliant',
      justification: 'No tests.',
    });
  });

  it('records undo and redo in the audit log and survives saving in between', async () => {
    const engine = await newReview();
    engine.dispatch({ type: 'addSystem', attributes: { name: 'Chatbot' } });
    engine.export(); // saving reopens the connection; undo must still work
    engine.undo('Officer');
    expect(engine.systems()).toEqual([]);
    engine.export();
    engine.redo('Officer');
    expect(engine.systems().map((s) => s.name)).toEqual(['Chatbot']);
    expect(engine.auditLog().map((e) => e.command)).toEqual(['redo', 'undo', 'addSystem']);
  });

  it('a new command clears what could be redone, and there is nothing to undo after opening a file', async () => {
    const engine = await newReview();
    engine.dispatch({ type: 'addSystem', attributes: { name: 'A' } });
    engine.undo();
    expect(engine.undoState().redo?.command).toBe('addSystem');
    engine.dispatch({ type: 'addSystem', attributes: { name: 'B' } });
    expect(engine.undoState().redo).toBeNull();
    const reopened = ReviewEngine.open(await loadSqlJs(), engine.export()).engine;
    expect(reopened.undoState()).toEqual({ undo: null, redo: null });
    expect(() => reopened.undo()).toThrow(/nothing to undo/);
  });

  it('the undo triggers are never written into the review file', async () => {
    const engine = await newReview();
    engine.dispatch({ type: 'addSystem', attributes: { name: 'A' } });
    const sql = await loadSqlJs();
    const db = new sql.Database(engine.export());
    expect(db.exec("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'view') OR name = 'undo_log'")).toEqual(
      [],
    );
  });
});
