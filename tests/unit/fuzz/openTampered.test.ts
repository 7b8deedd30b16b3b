// Opening a real review whose database was edited with a SQLite tool: tables dropped or renamed, columns
// removed or added, values of the wrong type, NULLs, huge strings, triggers, views and indexes added,
// sqlite_master rewritten, references broken, the embedded checklist corrupted. Whatever was done, the file
// opens and works or is refused with a contract code and a sentence, and nothing that came with the file runs.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { ReviewFileError } from '../../../shared/errors';
import { loadSqlJs } from '../helpers';
import { FUZZ_TEST_TIMEOUT_MS, fc, fuzzRun, hangGuard, openAndUse, sampleReviewBytes } from './fuzzSupport';

vi.setConfig({ testTimeout: FUZZ_TEST_TIMEOUT_MS });

type Sql = Awaited<ReturnType<typeof loadSqlJs>>;
let sql: Sql;
let review: Uint8Array;
/** Tables of the sample and their columns, read from the file so the tampering follows the schema. */
let tables: { name: string; columns: string[] }[] = [];

beforeAll(async () => {
  hangGuard.start();
  sql = await loadSqlJs();
  review = await sampleReviewBytes();
  const db = new sql.Database(review);
  try {
    const names = db.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")[0];
    tables = (names?.values ?? []).map(([name]) => ({
      name: String(name),
      columns: (db.exec(`PRAGMA table_info("${String(name)}")`)[0]?.values ?? []).map((row) => String(row[1])),
    }));
  } finally {
    db.close();
  }
});
afterAll(() => hangGuard.stop());

/** Applies SQL to a copy of the sample and returns the file it makes; undefined when SQLite refused the edit. */
function tampered(statements: readonly string[], base = review): Uint8Array | undefined {
  const db = new sql.Database(base);
  try {
    for (const statement of statements) {
      try {
        db.exec(statement);
      } catch {
        // An edit SQLite refuses (a column that cannot be dropped, say) is simply not made.
      }
    }
    // sql.js reads the schema again when exporting; a schema SQLite cannot read makes no file to open.
    try {
      return db.export();
    } catch {
      return undefined;
    }
  } finally {
    db.close();
  }
}

/** Loosens NOT NULL and CHECK in the stored schema, runs `statements`, and puts the schema back as it was. */
function behindTheSchema(table: string, statements: readonly string[]): string[] {
  const quoted = table.replace(/'/g, "''");
  return [
    'PRAGMA writable_schema = ON',
    `CREATE TEMP TABLE saved_schema AS SELECT sql FROM sqlite_master WHERE name = '${quoted}'`,
    `UPDATE sqlite_master SET sql = replace(replace(sql, 'NOT NULL', ''), 'CHECK', 'DEFAULT 0 CHECK') WHERE name = '${quoted}'`,
    // The edited schema takes effect when SQLite reads it again.
    'PRAGMA writable_schema = RESET',
    'PRAGMA ignore_check_constraints = ON',
    ...statements,
    'PRAGMA writable_schema = ON',
    `UPDATE sqlite_master SET sql = (SELECT sql FROM temp.saved_schema) WHERE name = '${quoted}'`,
    'PRAGMA writable_schema = RESET',
  ];
}

const WEIRD_VALUES = [
  'NULL',
  '42',
  '-1',
  '1e308',
  "x'00ff10'",
  "''",
  "'   '",
  "'{'",
  "'null'",
  "'[]'",
  '\'{"__proto__":{"polluted":true}}\'',
  "'\u202Eevil\u202C'",
  "char(0) || 'nul'",
  "printf('%.*c', 100000, 'x')",
  "'not_reviewed'",
  "'production'",
  "'9999-99-99'",
];

type Tamper = (pick: (n: number) => number) => string[];

/** Each edit a person with a SQLite tool (or a broken copy program) could make, aimed by `pick`. */
const TAMPERS: Record<string, Tamper> = {
  dropTable: (pick) => [`DROP TABLE "${tableAt(pick).name}"`],
  renameTable: (pick) => [`ALTER TABLE "${tableAt(pick).name}" RENAME TO "${tableAt(pick).name}_old"`],
  dropColumn: (pick) => {
    const table = tableAt(pick);
    return [`ALTER TABLE "${table.name}" DROP COLUMN "${columnAt(table, pick)}"`];
  },
  renameColumn: (pick) => {
    const table = tableAt(pick);
    return [`ALTER TABLE "${table.name}" RENAME COLUMN "${columnAt(table, pick)}" TO "renamed"`];
  },
  addColumn: (pick) => [
    `ALTER TABLE "${tableAt(pick).name}" ADD COLUMN ${
      [
        'extra TEXT',
        'extra BLOB AS (zeroblob(400000000)) VIRTUAL',
        "extra TEXT AS (printf('%.*c', 100000000, 'x')) VIRTUAL",
        'extra INTEGER CHECK (extra IS NULL OR extra > 0)',
      ][pick(4)] ?? 'extra TEXT'
    }`,
  ],
  addIndex: (pick) => {
    const table = tableAt(pick);
    return [
      pick(2) === 0
        ? `CREATE INDEX fuzz_index ON "${table.name}" ("${columnAt(table, pick)}")`
        : `CREATE INDEX fuzz_index ON "${table.name}" (lower("${columnAt(table, pick)}"))`,
    ];
  },
  addTrigger: (pick) => {
    const table = tableAt(pick);
    const event = ['INSERT', 'UPDATE', 'DELETE'][pick(3)] ?? 'INSERT';
    return [
      'CREATE TABLE IF NOT EXISTS fuzz_marker (fired TEXT)',
      `CREATE TRIGGER fuzz_trigger_${pick(1000)} ${pick(2) === 0 ? 'BEFORE' : 'AFTER'} ${event} ON "${table.name}"
       BEGIN INSERT INTO fuzz_marker VALUES ('fired'); DELETE FROM answer; END`,
    ];
  },
  addView: (pick) => [`CREATE VIEW fuzz_view_${pick(1000)} AS SELECT * FROM "${tableAt(pick).name}"`],
  replaceTableByView: (pick) => {
    const table = tableAt(pick);
    return [
      `ALTER TABLE "${table.name}" RENAME TO "${table.name}_hidden"`,
      `CREATE VIEW "${table.name}" AS SELECT * FROM "${table.name}_hidden"`,
    ];
  },
  setWeirdValue: (pick) => {
    const table = tableAt(pick);
    const column = columnAt(table, pick);
    const value = WEIRD_VALUES[pick(WEIRD_VALUES.length)] ?? 'NULL';
    return behindTheSchema(table.name, [`UPDATE "${table.name}" SET "${column}" = ${value}`]);
  },
  deleteRows: (pick) => [`PRAGMA foreign_keys = OFF`, `DELETE FROM "${tableAt(pick).name}"`],
  duplicateRows: (pick) => {
    const table = tableAt(pick);
    return behindTheSchema(table.name, [
      `DROP INDEX IF EXISTS "sqlite_autoindex_${table.name}_1"`,
      `INSERT INTO "${table.name}" SELECT * FROM "${table.name}"`,
    ]);
  },
  breakReference: (pick) => {
    const [table, column] =
      [
        ['answer', 'system_id'],
        ['answer', 'item_id'],
        ['evidence', 'system_id'],
        ['action', 'finding_id'],
        ['item', 'framework_id'],
        ['principle_assessment', 'system_id'],
        ['signoff', 'system_id'],
      ][pick(7)] ?? [];
    return ['PRAGMA foreign_keys = OFF', `UPDATE "${table}" SET "${column}" = 'ghost'`];
  },
  corruptFramework: (pick) =>
    [
      [`UPDATE framework SET content = substr(content, 1, length(content) / 2)`],
      [`UPDATE framework SET content = replace(content, '"items"', '"itemz"')`],
      [`UPDATE framework SET content = replace(content, '"principle":"', '"principle":"x')`],
      [`UPDATE framework SET content = '{"__proto__":{"polluted":true},"id":"x"}'`],
      [`UPDATE framework SET content = (SELECT content FROM framework ORDER BY rowid LIMIT 1)`],
      [`UPDATE framework SET content = replace(content, 'cepej', 'CEPEJ')`],
      [`UPDATE framework SET content = replace(content, '"appliesWhen":{', '"appliesWhen":{"all":[{"all":[]}],')`],
      [`UPDATE framework SET content = printf('%.*c', 3000000, '[')`],
    ][pick(8)] ?? [],
  setPragma: (pick) =>
    [
      [`PRAGMA application_id = ${pick(3) === 0 ? 0 : 0x43485256 + 1}`],
      [`PRAGMA user_version = ${[-1, 0, 1, 2, 3, 99, 2147483647][pick(7)] ?? 0}`],
      ['PRAGMA page_size = 512', 'VACUUM'],
      ['PRAGMA auto_vacuum = FULL', 'VACUUM'],
      ['PRAGMA journal_mode = DELETE'],
    ][pick(5)] ?? [],
  rewriteSchemaTable: (pick) => {
    const table = tableAt(pick);
    const edits = [
      `UPDATE sqlite_master SET type = upper(type) WHERE name = '${table.name}'`,
      `UPDATE sqlite_master SET name = name || '_x' WHERE name = '${table.name}'`,
      `UPDATE sqlite_master SET tbl_name = 'review' WHERE name = '${table.name}'`,
      `UPDATE sqlite_master SET rootpage = rootpage + 1 WHERE name = '${table.name}'`,
      `UPDATE sqlite_master SET sql = replace(sql, 'TEXT', 'BLOB') WHERE name = '${table.name}'`,
      `DELETE FROM sqlite_master WHERE name = '${table.name}'`,
      `INSERT INTO sqlite_master SELECT * FROM sqlite_master WHERE name = '${table.name}'`,
      `INSERT INTO sqlite_master VALUES ('TRIGGER', 'hidden_trigger', 'audit_log', 0,
        'CREATE TRIGGER hidden_trigger AFTER INSERT ON audit_log BEGIN DELETE FROM answer; END')`,
    ];
    return ['PRAGMA writable_schema = ON', edits[pick(edits.length)] ?? ''];
  },
};

function tableAt(pick: (n: number) => number): { name: string; columns: string[] } {
  return tables[pick(tables.length)] ?? { name: 'review', columns: ['id'] };
}

function columnAt(table: { columns: string[] }, pick: (n: number) => number): string {
  return table.columns[pick(table.columns.length)] ?? 'id';
}

const tamperCase = fc.array(
  fc.record({
    tamper: fc.constantFrom(...(Object.keys(TAMPERS) as (keyof typeof TAMPERS)[])),
    choices: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
  }),
  { minLength: 1, maxLength: 3 },
);

function statementsOf(edits: readonly { tamper: keyof typeof TAMPERS; choices: readonly number[] }[]): string[] {
  return edits.flatMap(({ tamper, choices }) => {
    let next = 0;
    const pick = (n: number) => (n <= 0 ? 0 : (choices[next++ % choices.length] ?? 0) % n);
    return TAMPERS[tamper]?.(pick) ?? [];
  });
}

describe('opening a review edited outside the app', () => {
  it('opens and works, or refuses with a contract code, whatever was edited', () => {
    const run = fuzzRun('tampered review', 150);
    fc.assert(
      fc.property(tamperCase, (edits) => {
        const statements = statementsOf(edits);
        const bytes = tampered(statements);
        if (!bytes) return;
        const before = bytes.slice();
        const outcome = hangGuard.run(run.label(JSON.stringify(statements)), () => openAndUse(sql, bytes));
        expect(Buffer.from(bytes).equals(Buffer.from(before))).toBe(true);
        if (outcome.opened) expect(outcome.steps).toContain('reopen');
      }),
      { numRuns: run.numRuns, seed: run.seed },
    );
  });

  // Each of these makes the review unusable or brings code with it: they must be refused when opening,
  // not discovered halfway through a person's work.
  const STRUCTURAL: Record<string, string[]> = {
    'a dropped table': ['DROP TABLE answer'],
    'a renamed table': ['ALTER TABLE system RENAME TO systems'],
    'a dropped column': ['ALTER TABLE answer DROP COLUMN justification'],
    'a renamed column': ['ALTER TABLE system RENAME COLUMN notes TO remarks'],
    'an added column': ['ALTER TABLE system ADD COLUMN risk TEXT'],
    'a generated column that would fill memory': [
      'ALTER TABLE system ADD COLUMN big BLOB AS (zeroblob(400000000)) VIRTUAL',
    ],
    'an index over an expression': ["CREATE INDEX big ON answer (printf('%.*c', 5000000, justification))"],
    'an extra table': ['CREATE TABLE notes (body TEXT)'],
    'a view in place of a table': [
      'ALTER TABLE system RENAME TO system_data',
      'CREATE VIEW system AS SELECT * FROM system_data',
    ],
    'a schema version older than its tables': ['PRAGMA user_version = 1'],
    'a schema version of zero with tables': ['PRAGMA user_version = 0'],
  };
  for (const [what, statements] of Object.entries(STRUCTURAL)) {
    it(`refuses ${what} as damaged, saying it was altered outside the app`, () => {
      const bytes = tampered(statements);
      expect(bytes).toBeDefined();
      const outcome = openAndUse(sql, bytes ?? new Uint8Array());
      expect(outcome.opened).toBe(false);
      if (!outcome.opened) {
        expect(outcome.error.code).toBe('damaged');
        expect(outcome.error.message).toMatch(/altered outside the app/);
      }
    });
  }

  it('still opens a review written by the previous schema, and migrates it in memory', async () => {
    // The guard against altered tables must not turn away the files older versions wrote.
    const bytes = new Uint8Array(await readFile('tests/fixtures/review-files/schema-1.charter'));
    const opened = ReviewEngine.open(sql, bytes);
    expect(opened.migratedFrom).toBe(1);
    expect(opened.engine.info().title).not.toBe('');
    opened.engine.close();
  });
});

describe('a review file is data, never code', () => {
  /** Trigger definitions smuggled in by a SQLite tool, each meant to fire on what the engine does after opening. */
  const SMUGGLED: Record<string, string[]> = {
    'a trigger on the audit log, which every command writes': [
      "CREATE TRIGGER wipe AFTER INSERT ON audit_log BEGIN INSERT INTO fuzz_marker VALUES ('audit'); END",
    ],
    'a trigger on answers': [
      "CREATE TRIGGER wipe BEFORE INSERT ON answer BEGIN INSERT INTO fuzz_marker VALUES ('answer'); END",
    ],
    'a trigger recorded with an upper-case type in sqlite_master': [
      'PRAGMA writable_schema = ON',
      `INSERT INTO sqlite_master VALUES ('TRIGGER', 'wipe', 'audit_log', 0,
        'CREATE TRIGGER wipe AFTER INSERT ON audit_log BEGIN INSERT INTO fuzz_marker VALUES (''upper''); END')`,
    ],
    'a trigger recorded as a table in sqlite_master': [
      'PRAGMA writable_schema = ON',
      `INSERT INTO sqlite_master VALUES ('table', 'wipe', 'audit_log', 0,
        'CREATE TRIGGER wipe AFTER INSERT ON audit_log BEGIN INSERT INTO fuzz_marker VALUES (''as-table''); END')`,
    ],
    'a trigger recorded as an index in sqlite_master': [
      'PRAGMA writable_schema = ON',
      `INSERT INTO sqlite_master VALUES ('index', 'wipe', 'answer', 0,
        'CREATE TRIGGER wipe AFTER UPDATE ON answer BEGIN INSERT INTO fuzz_marker VALUES (''as-index''); END')`,
    ],
    'a temp-named trigger stored in the main schema': [
      "CREATE TRIGGER undo_answer_insert AFTER INSERT ON answer BEGIN INSERT INTO fuzz_marker VALUES ('undo'); END",
    ],
  };

  for (const [what, statements] of Object.entries(SMUGGLED)) {
    it(`refuses ${what}, and it never runs`, () => {
      const bytes = tampered(['CREATE TABLE fuzz_marker (fired TEXT)', ...statements]);
      expect(bytes).toBeDefined();
      let engine: ReviewEngine | undefined;
      try {
        engine = ReviewEngine.open(sql, bytes ?? new Uint8Array()).engine;
      } catch (error) {
        expect(error).toBeInstanceOf(ReviewFileError);
        expect((error as ReviewFileError).code).toBe('damaged');
      }
      // Had it opened, the commands a person makes first must not have set anything off.
      if (engine) {
        const system = engine.systems()[0];
        const item = system ? engine.checklist(system.id).frameworks[0]?.principles[0]?.items[0] : undefined;
        if (system && item) {
          engine.dispatch({ type: 'setAnswer', systemId: system.id, itemId: item.id, status: 'compliant' });
        }
        engine.dispatch({ type: 'updateReview', title: 'Changed' });
        const saved = new sql.Database(engine.export());
        engine.close();
        expect(saved.exec('SELECT fired FROM fuzz_marker')).toEqual([]);
        saved.close();
      }
      expect(engine, 'the file with a trigger was opened').toBeUndefined();
    });
  }

  it('cannot load a SQLite extension, whatever the file asks for', () => {
    // sql.js is built without extension loading: a file has no way to ask for one.
    const db = new sql.Database(review);
    try {
      expect(() => db.exec("SELECT load_extension('/tmp/evil')")).toThrow();
    } finally {
      db.close();
    }
  });

  it('refuses a file that reaches the checks with its schema rewritten in place', () => {
    const bytes = tampered([
      'PRAGMA writable_schema = ON',
      "UPDATE sqlite_master SET sql = replace(sql, 'title TEXT NOT NULL', 'title TEXT NOT NULL CHECK (length(zeroblob(300000000)) > 0)') WHERE name = 'review'",
      'PRAGMA writable_schema = RESET',
    ]);
    const outcome = openAndUse(sql, bytes ?? new Uint8Array());
    expect(outcome.opened).toBe(false);
  });
});
