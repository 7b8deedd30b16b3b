// Review files written before field work (schema 1) open, migrate in memory, and start with no package and
// nothing merged; they can then be packaged and merged like any other.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../../shared/db/schema';
import { ReviewEngine } from '../../../../shared/engine/ReviewEngine';
import { loadSqlJs } from '../../helpers';
import { returned } from './fieldworkHelpers';

const FIXTURE = path.resolve(__dirname, '../../../fixtures/review-files/schema-1.charter');

describe('a schema 1 review file', () => {
  it('opens, migrates to the current schema and has no package and nothing merged', async () => {
    const sql = await loadSqlJs();
    const original = new Uint8Array(await readFile(FIXTURE));
    const opened = ReviewEngine.open(sql, original);
    expect(opened.migratedFrom).toBe(1);
    expect(opened.engine.info().schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const snapshot = opened.engine.fieldworkSnapshot();
    expect(snapshot.package).toBeNull();
    expect(snapshot.base).toBeNull();
    expect(snapshot.systems.length).toBeGreaterThan(0);
    expect([...snapshot.answers, ...snapshot.systems, ...snapshot.findings].every((r) => r.merged.length === 0)).toBe(
      true,
    );
    const db = new sql.Database(opened.engine.export());
    expect(db.exec('SELECT COUNT(*) FROM package_info')[0]?.values).toEqual([[0]]);
    expect(db.exec('SELECT COUNT(*) FROM package_base')[0]?.values).toEqual([[0]]);
    expect(db.exec("SELECT COUNT(*) FROM answer WHERE merged_revisions != ''")[0]?.values).toEqual([[0]]);
    db.close();
    // The bytes read are never changed by opening.
    expect(new Uint8Array(await readFile(FIXTURE))).toEqual(original);
  });

  it('can be cut into a package and merged back', async () => {
    const sql = await loadSqlJs();
    const office = ReviewEngine.open(sql, new Uint8Array(await readFile(FIXTURE))).engine;
    const [system] = office.systems();
    const pkg = ReviewEngine.open(
      sql,
      office.exportPackage(sql, { systemIds: [system?.id ?? ''], exportedBy: 'Officer' }),
    ).engine;
    const itemId = office.checklist(system?.id ?? '').frameworks[0]?.principles[0]?.items[2]?.id ?? '';
    pkg.dispatch(
      { type: 'setAnswer', systemId: system?.id ?? '', itemId, status: 'partial', justification: 'Field visit.' },
      'Assessor',
    );
    office.dispatch({ type: 'mergeReturnedFiles', sources: [returned(pkg)] }, 'Officer');
    expect(office.checklist(system?.id ?? '').frameworks[0]?.principles[0]?.items[2]).toMatchObject({
      status: 'partial',
    });
  });
});
