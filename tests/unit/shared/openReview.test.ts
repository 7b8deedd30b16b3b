import { describe, expect, it } from 'vitest';
import { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { ReviewFileError } from '../../../shared/errors';
import { loadSqlJs, newReview } from '../helpers';

async function openError(bytes: Uint8Array): Promise<ReviewFileError> {
  const sql = await loadSqlJs();
  try {
    ReviewEngine.open(sql, bytes);
  } catch (error) {
    if (error instanceof ReviewFileError) return error;
    throw error;
  }
  throw new Error('The file opened, but it should have been refused.');
}

describe('opening bytes that are not a usable review', () => {
  it('names an empty file as empty', async () => {
    expect((await openError(new Uint8Array())).code).toBe('empty');
  });

  it('names random bytes and text files as not a review', async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    expect((await openError(random)).code).toBe('not-a-review');
    expect((await openError(new TextEncoder().encode('name,court\nChatbot,Supreme Court\n'))).code).toBe(
      'not-a-review',
    );
  });

  it("names another application's SQLite database as not a review", async () => {
    const sql = await loadSqlJs();
    const other = new sql.Database();
    other.run("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello');");
    const error = await openError(other.export());
    expect(error.code).toBe('not-a-review');
    expect(error.message).toMatch(/another application/);
  });

  it('names a review cut off in transfer as damaged, saying nothing was changed', async () => {
    const bytes = (await newReview()).export();
    const error = await openError(bytes.slice(0, Math.floor(bytes.length / 2)));
    expect(error.code).toBe('damaged');
    expect(error.message).toMatch(/Nothing was changed/);
  });

  it('names a review with overwritten pages as damaged', async () => {
    const bytes = (await newReview()).export();
    const corrupt = bytes.slice();
    for (let i = 4096; i < corrupt.length; i += 1) corrupt[i] = (i * 31) % 256;
    expect((await openError(corrupt)).code).toBe('damaged');
  });

  it('refuses a review written by a newer version, naming the schema', async () => {
    const sql = await loadSqlJs();
    const db = new sql.Database((await newReview()).export());
    db.run('PRAGMA user_version = 42');
    const error = await openError(db.export());
    expect(error.code).toBe('newer-version');
    expect(error.message).toMatch(/schema 42/);
  });

  it('never changes the bytes it was given', async () => {
    const bytes = (await newReview()).export();
    const copy = bytes.slice();
    const { engine } = ReviewEngine.open(await loadSqlJs(), bytes);
    engine.dispatch({ type: 'updateReview', title: 'Changed in memory' });
    expect(bytes).toEqual(copy);
  });
});

describe('opening a review whose contents were tampered with', () => {
  it('names a file without its review record as damaged', async () => {
    const sql = await loadSqlJs();
    const db = new sql.Database((await newReview()).export());
    db.run('DELETE FROM review');
    expect((await openError(db.export())).code).toBe('damaged');
  });

  it('names a file whose embedded checklist is unreadable as damaged', async () => {
    const sql = await loadSqlJs();
    const db = new sql.Database((await newReview()).export());
    db.run('UPDATE framework SET content = \'{"not": "a framework"}\'');
    const error = await openError(db.export());
    expect(error.code).toBe('damaged');
    expect(error.message).toMatch(/checklist content/);
  });
});

describe('a review file is data, never code', () => {
  it('refuses a file into which a trigger was planted, and names it damaged', async () => {
    const sql = await loadSqlJs();
    const db = new sql.Database((await newReview()).export());
    db.run('CREATE TRIGGER wipe AFTER INSERT ON system BEGIN DELETE FROM answer; END;');
    const error = await openError(db.export());
    expect(error.code).toBe('damaged');
    expect(error.message).toMatch(/trigger/);
  });
});
