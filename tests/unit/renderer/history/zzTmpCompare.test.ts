// TEMPORARY: the new describing against the original one, on every fixture.
import { describe, expect, it } from 'vitest';
import * as neu from '../../../../shared/engine/historyQueries';
import * as old from '/tmp/histcmp/historyQueriesOrig';
import { builtInFrameworks } from '../../../../shared/frameworks/builtIn';
import { SINGLE_ROWS, SYSTEM_NAMES, reviewWithEveryCommand } from './historyFixtures';
import { loadSqlJs } from '../../helpers';

const frameworks = new Map(builtInFrameworks().map((f) => [f.id, f]));
const strip = (d: {
  summary: string;
  changes: { field: string; before: string; after: string }[];
  moreChanges: number;
}) => ({
  summary: d.summary,
  changes: d.changes.map(({ field, before, after }) => ({ field, before, after })),
  moreChanges: d.moreChanges,
});

describe('same English', () => {
  it('single rows', () => {
    const lookup = (id: string) => SYSTEM_NAMES.get(id);
    for (const record of SINGLE_ROWS) {
      expect(strip(neu.describeAuditRecord(record, neu.historyNames(frameworks, lookup)))).toEqual(
        strip(old.describeAuditRecord(record, old.historyNames(frameworks, lookup))),
      );
    }
  });
  it('engine rows', async () => {
    const engine = await reviewWithEveryCommand();
    const db = new (await loadSqlJs()).Database(engine.export());
    const rows = db.exec('SELECT seq, command, payload, before, after FROM audit_log ORDER BY seq')[0]?.values ?? [];
    const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : null);
    const records = new Map(
      rows.map((r) => [
        Number(r[0]),
        { command: String(r[1]), payload: parse(r[2]), before: parse(r[3]), after: parse(r[4]) },
      ]),
    );
    const lookup = (id: string) =>
      id.endsWith('01') ? 'Drafting assistant' : id.endsWith('02') ? 'Case-law search' : undefined;
    let n = 0;
    for (const record of records.values()) {
      const original = records.get(Number((record.payload as { seq?: number })?.seq));
      const o = strip(old.describeAuditRecord(record, old.historyNames(frameworks, lookup), original));
      const x = strip(neu.describeAuditRecord(record, neu.historyNames(frameworks, lookup), original));
      expect(x).toEqual(o);
      n++;
    }
    console.log('compared', n, 'engine rows');
    const page = engine.history({ limit: 500 });
    console.log(page.entries.map((e) => e.summary).join('\n'));
  });
});
