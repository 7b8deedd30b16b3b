// The SQL of field work: reading a review as a snapshot (shared/fieldwork/snapshot), writing what a merge
// decided, and cutting an assessor package out of a copy of a review.
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';
import type { Statement } from 'sql.js';
import { type Database, type Row, type SqlValue, run, selectAll, selectOne, selectValue } from '../../db/sqljs';
import { FieldworkError } from '../../fieldwork/FieldworkError';
import type { MergeWrites } from '../../fieldwork/mergeTypes';
import {
  type AnswerRow,
  type AssessmentRow,
  type EvidenceRow,
  type PackageBase,
  type PackageInfo,
  RECORD_COLUMNS,
  type RecordKind,
  type RecordRow,
  type ReviewSnapshot,
  type SignOffRow,
} from '../../fieldwork/snapshot';
import type { AnswerStatus } from '../../model/status';
import { newId } from '../../model/ids';
import { forgetStatements } from '../statementCache';
import { reviewRow } from './rows';

const TABLES: Record<RecordKind, string> = { system: 'system', finding: 'finding', action: 'action' };

const str = (value: SqlValue | undefined): string => (value === null || value === undefined ? '' : String(value));
const nullableStr = (value: SqlValue | undefined): string | null =>
  value === null || value === undefined ? null : String(value);
const mergedList = (value: SqlValue | undefined): string[] => str(value).split(' ').filter(Boolean);

function recordFromRow(kind: RecordKind, row: Row): RecordRow {
  const { fields, fixed } = RECORD_COLUMNS[kind];
  return {
    id: str(row.id),
    systemId: kind === 'system' ? str(row.id) : str(row.system_id),
    fields: Object.fromEntries(fields.map((column) => [column, nullableStr(row[column])])),
    fixed: Object.fromEntries(
      fixed.map((column) => {
        const value = row[column];
        return [column, typeof value === 'number' ? value : nullableStr(value)];
      }),
    ),
    merged: mergedList(row.merged_revisions),
  };
}

function answerFromRow(row: Row): AnswerRow {
  return {
    systemId: str(row.system_id),
    itemId: str(row.item_id),
    status: str(row.status) as AnswerStatus,
    justification: str(row.justification),
    appliesOverride:
      row.applies_override === null || row.applies_override === undefined ? null : Number(row.applies_override) === 1,
    appliesOverrideReason: str(row.applies_override_reason),
    revision: str(row.revision),
    baseRevision: nullableStr(row.base_revision),
    updatedAt: str(row.updated_at),
    updatedBy: str(row.updated_by),
    recheck: Number(row.recheck) === 1,
    merged: mergedList(row.merged_revisions),
  };
}

function assessmentFromRow(row: Row): AssessmentRow {
  return {
    systemId: str(row.system_id),
    frameworkId: str(row.framework_id),
    principleId: str(row.principle_id),
    level: str(row.level),
    justification: str(row.justification),
    revision: str(row.revision),
    updatedAt: str(row.updated_at),
    updatedBy: str(row.updated_by),
    merged: mergedList(row.merged_revisions),
  };
}

function evidenceFromRow(row: Row): EvidenceRow {
  const evidence: EvidenceRow = {
    id: str(row.id),
    systemId: str(row.system_id),
    itemId: nullableStr(row.item_id),
    name: str(row.name),
    mediaType: str(row.media_type),
    size: Number(row.size),
    sha256: str(row.sha256),
    addedAt: str(row.added_at),
    addedBy: str(row.added_by),
  };
  if (row.content instanceof Uint8Array) evidence.content = row.content;
  return evidence;
}

function signOffFromRow(row: Row): SignOffRow {
  return {
    id: str(row.id),
    systemId: str(row.system_id),
    person: str(row.person),
    role: str(row.role),
    statement: str(row.statement),
    answersSha256: str(row.answers_sha256),
    signedAt: str(row.signed_at),
  };
}

/** Rows as objects, reading column names once: answers and package bases run to tens of thousands of rows. */
function rowsOf(db: Database, sql: string): Row[] {
  const [result] = db.exec(sql);
  if (!result) return [];
  const { columns, values } = result;
  return values.map((row) => {
    const object: Row = {};
    columns.forEach((column, index) => {
      object[column] = row[index] ?? null;
    });
    return object;
  });
}

function packageOf(db: Database): { info: PackageInfo; base: PackageBase } | null {
  const row = selectOne(db, 'SELECT * FROM package_info LIMIT 1');
  if (!row) return null;
  let systemIds: string[] = [];
  try {
    const parsed: unknown = JSON.parse(str(row.system_ids));
    if (Array.isArray(parsed)) systemIds = parsed.filter((id): id is string => typeof id === 'string');
  } catch {
    // An unreadable list leaves the package's scope to the systems it holds.
  }
  const base: PackageBase = { answers: [], assessments: [], records: [], evidence: [], signOffs: [] };
  for (const entry of rowsOf(db, 'SELECT kind, key, system_id, revision, fields FROM package_base')) {
    const key = str(entry.key);
    const systemId = str(entry.system_id);
    const revision = str(entry.revision);
    switch (entry.kind) {
      case 'answer':
        base.answers.push({ systemId, itemId: key.slice(key.indexOf(' ') + 1), revision });
        break;
      case 'principle_assessment': {
        const [, frameworkId = '', principleId = ''] = key.split(' ');
        base.assessments.push({ systemId, frameworkId, principleId, revision });
        break;
      }
      case 'system':
      case 'finding':
      case 'action':
        base.records.push({ kind: entry.kind, id: key, systemId, fields: parseFields(entry.fields) });
        break;
      case 'evidence':
        base.evidence.push({ id: key, systemId });
        break;
      case 'signoff':
        base.signOffs.push({ id: key, systemId });
        break;
    }
  }
  return {
    info: {
      id: str(row.id),
      parentReviewId: str(row.parent_review_id),
      exportedAt: str(row.exported_at),
      exportedBy: str(row.exported_by),
      systemIds,
      parentSchemaVersion: Number(row.parent_schema_version),
    },
    base,
  };
}

function parseFields(value: SqlValue | undefined): Record<string, string | null> {
  try {
    const parsed: unknown = JSON.parse(str(value));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).map(([key, v]) => [key, v === null || v === undefined ? null : String(v)]),
    );
  } catch {
    return {};
  }
}

/** The whole review as plain data. Evidence files themselves only when asked: they can be large. */
export function readSnapshot(db: Database, options: { evidenceContent?: boolean } = {}): ReviewSnapshot {
  const review = reviewRow(db);
  const pkg = packageOf(db);
  const evidenceColumns = 'id, system_id, item_id, name, media_type, size, sha256, added_at, added_by';
  return {
    review: {
      id: str(review.id),
      title: str(review.title),
      organisation: str(review.organisation),
      createdAt: str(review.created_at),
    },
    frameworks: selectAll(db, 'SELECT id, version FROM framework ORDER BY rowid').map((row) => ({
      id: str(row.id),
      version: str(row.version),
    })),
    package: pkg?.info ?? null,
    base: pkg?.base ?? null,
    systems: selectAll(db, 'SELECT * FROM system ORDER BY position').map((row) => recordFromRow('system', row)),
    answers: rowsOf(db, 'SELECT * FROM answer').map(answerFromRow),
    assessments: selectAll(db, 'SELECT * FROM principle_assessment').map(assessmentFromRow),
    findings: selectAll(db, 'SELECT * FROM finding ORDER BY created_at, id').map((row) =>
      recordFromRow('finding', row),
    ),
    actions: selectAll(db, 'SELECT * FROM action ORDER BY created_at, id').map((row) => recordFromRow('action', row)),
    evidence: selectAll(
      db,
      `SELECT ${evidenceColumns}${options.evidenceContent ? ', content' : ''} FROM evidence ORDER BY added_at, id`,
    ).map(evidenceFromRow),
    signOffs: selectAll(db, 'SELECT * FROM signoff ORDER BY signed_at, id').map(signOffFromRow),
  };
}

// ---- writing a merge --------------------------------------------------------------------------------------

function upsertRecord(db: Database, kind: RecordKind, row: RecordRow): void {
  // Only the columns the row carries: a column it leaves out keeps the table's default. system_id of findings
  // and actions is among the fixed columns; a system's own id is its key.
  const fields = RECORD_COLUMNS[kind].fields.filter((column) => column in row.fields);
  const fixed = RECORD_COLUMNS[kind].fixed.filter((column) => column in row.fixed);
  const columns = ['id', ...fields, ...fixed, 'merged_revisions'];
  const values: SqlValue[] = [
    row.id,
    ...fields.map((column) => row.fields[column] ?? null),
    ...fixed.map((column) => row.fixed[column] ?? null),
    row.merged.join(' '),
  ];
  const updates = columns.filter((column) => column !== 'id' && column !== 'created_at' && column !== 'created_by');
  run(
    db,
    `INSERT INTO ${TABLES[kind]} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${updates.map((column) => `${column} = excluded.${column}`).join(', ')}`,
    values,
  );
}

const ANSWER_COLUMNS = [
  'system_id',
  'item_id',
  'status',
  'justification',
  'applies_override',
  'applies_override_reason',
  'revision',
  'base_revision',
  'updated_at',
  'updated_by',
  'recheck',
  'merged_revisions',
];

const ASSESSMENT_COLUMNS = [
  'system_id',
  'framework_id',
  'principle_id',
  'level',
  'justification',
  'revision',
  'updated_at',
  'updated_by',
  'merged_revisions',
];

function writeAnswerRow(statement: Statement, a: AnswerRow): void {
  statement.run([
    a.systemId,
    a.itemId,
    a.status,
    a.justification,
    a.appliesOverride === null ? null : a.appliesOverride ? 1 : 0,
    a.appliesOverrideReason,
    a.revision,
    a.baseRevision,
    a.updatedAt,
    a.updatedBy,
    a.recheck ? 1 : 0,
    a.merged.join(' '),
  ]);
}

/** Writes a merge plan, parents before children so that every reference holds at each step. */
export function writeMerge(db: Database, writes: MergeWrites): void {
  for (const row of writes.systems) upsertRecord(db, 'system', row);
  for (const row of writes.findings.upsert) upsertRecord(db, 'finding', row);
  for (const row of writes.actions.upsert) upsertRecord(db, 'action', row);
  for (const id of writes.actions.remove) run(db, 'DELETE FROM action WHERE id = ?', [id]);
  for (const id of writes.findings.remove) run(db, 'DELETE FROM finding WHERE id = ?', [id]);
  for (const id of writes.evidence.remove) run(db, 'DELETE FROM evidence WHERE id = ?', [id]);
  for (const row of writes.evidence.insert) {
    if (!row.content) throw new Error(`The returned file did not carry the content of the evidence file ${row.name}.`);
    run(
      db,
      `INSERT INTO evidence (id, system_id, item_id, name, media_type, size, sha256, content, added_at, added_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        row.id,
        row.systemId,
        row.itemId,
        row.name,
        row.mediaType,
        row.size,
        row.sha256,
        row.content,
        row.addedAt,
        row.addedBy,
      ],
    );
  }
  const answerSql = `INSERT INTO answer (${ANSWER_COLUMNS.join(', ')}) VALUES (${ANSWER_COLUMNS.map(() => '?').join(', ')})
    ON CONFLICT (system_id, item_id) DO UPDATE SET ${ANSWER_COLUMNS.slice(2)
      .map((column) => `${column} = excluded.${column}`)
      .join(', ')}`;
  // A merge can write tens of thousands of answers: parse each statement once.
  const answer = db.prepare(answerSql);
  try {
    for (const a of writes.answers) writeAnswerRow(answer, a);
  } finally {
    answer.free();
  }
  const assessmentSql = `INSERT INTO principle_assessment (${ASSESSMENT_COLUMNS.join(', ')})
    VALUES (${ASSESSMENT_COLUMNS.map(() => '?').join(', ')})
    ON CONFLICT (system_id, framework_id, principle_id) DO UPDATE SET ${ASSESSMENT_COLUMNS.slice(3)
      .map((column) => `${column} = excluded.${column}`)
      .join(', ')}`;
  for (const a of writes.assessments.upsert) {
    run(db, assessmentSql, [
      a.systemId,
      a.frameworkId,
      a.principleId,
      a.level,
      a.justification,
      a.revision,
      a.updatedAt,
      a.updatedBy,
      a.merged.join(' '),
    ]);
  }
  for (const key of writes.assessments.remove) {
    run(db, 'DELETE FROM principle_assessment WHERE system_id = ? AND framework_id = ? AND principle_id = ?', [
      key.systemId,
      key.frameworkId,
      key.principleId,
    ]);
  }
  for (const s of writes.signOffs) {
    run(
      db,
      `INSERT INTO signoff (id, system_id, person, role, statement, answers_sha256, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [s.id, s.systemId, s.person, s.role, s.statement, s.answersSha256, s.signedAt],
    );
  }
}

// ---- cutting a package -------------------------------------------------------------------------------------

export interface PackageSpec {
  /** The systems the assessor takes; everything needed to answer them goes with them. */
  systemIds: readonly string[];
  /** Who made the package (the officer). */
  exportedBy: string;
}

/**
 * Turns `db`, a private copy of a review, into an assessor package and returns its bytes. Other systems and
 * everything attached to them are deleted and the file is rebuilt (VACUUM), so nothing of them stays in
 * free pages; the audit trail, which describes every system, is replaced by one row saying what this is.
 */
export function buildPackage(db: Database, spec: PackageSpec, at: string): Uint8Array {
  const wanted = [...new Set(spec.systemIds)];
  if (wanted.length === 0) {
    throw new FieldworkError(
      'no-systems',
      'Choose at least one system for the assessor package. Nothing was exported.',
    );
  }
  const unknown = wanted.filter((id) => !selectValue(db, 'SELECT 1 FROM system WHERE id = ?', [id]));
  if (unknown.length > 0) {
    throw new FieldworkError(
      'no-systems',
      `This review has no system ${unknown.map((id) => `"${id}"`).join(', ')}. Nothing was exported. Use the system ids that charter-review inventory lists.`,
    );
  }
  const review = reviewRow(db);
  db.run('PRAGMA foreign_keys = ON');
  db.run('BEGIN');
  try {
    db.run('CREATE TEMP TABLE package_systems (id TEXT PRIMARY KEY)');
    for (const id of wanted) run(db, 'INSERT INTO temp.package_systems (id) VALUES (?)', [id]);
    db.run('DELETE FROM system WHERE id NOT IN (SELECT id FROM temp.package_systems)');
    db.run('DROP TABLE temp.package_systems');
    db.run('DELETE FROM audit_log');
    db.run('DELETE FROM package_info');
    db.run('DELETE FROM package_base');
    run(
      db,
      `INSERT INTO package_info (id, parent_review_id, exported_at, exported_by, system_ids, parent_schema_version)
       VALUES (?, ?, ?, ?, ?, ?)`,
      [newId(), str(review.id), at, spec.exportedBy, JSON.stringify(wanted), CURRENT_SCHEMA_VERSION],
    );
    recordBase(db);
    run(db, 'INSERT INTO audit_log (at, actor, command, payload, before, after) VALUES (?, ?, ?, ?, NULL, ?)', [
      at,
      spec.exportedBy,
      'exportPackage',
      JSON.stringify({ type: 'exportPackage', parentReviewId: str(review.id), systemIds: wanted }),
      JSON.stringify({ systems: wanted.length }),
    ]);
    db.run('COMMIT');
  } catch (error) {
    db.run('ROLLBACK');
    throw error;
  }
  db.run('VACUUM');
  // sql.js frees every prepared statement on export; the ones kept for this copy (reviewRow) go with them.
  forgetStatements(db);
  return db.export();
}

/**
 * Writes package_base: every record of the package as it is now, the ancestor of the later merge. In SQL
 * alone, because a package of a whole portfolio holds tens of thousands of answers.
 */
function recordBase(db: Database): void {
  db.run(`INSERT INTO package_base (kind, key, system_id, revision, fields)
    SELECT 'answer', system_id || ' ' || item_id, system_id, revision, NULL FROM answer`);
  db.run(`INSERT INTO package_base (kind, key, system_id, revision, fields)
    SELECT 'principle_assessment', system_id || ' ' || framework_id || ' ' || principle_id, system_id, revision, NULL
    FROM principle_assessment`);
  for (const kind of ['system', 'finding', 'action'] as const) {
    // Column names come from RECORD_COLUMNS, never from a file.
    const fields = RECORD_COLUMNS[kind].fields.map((column) => `'${column}', ${column}`).join(', ');
    db.run(`INSERT INTO package_base (kind, key, system_id, revision, fields)
      SELECT '${kind}', id, ${kind === 'system' ? 'id' : 'system_id'}, NULL, json_object(${fields}) FROM ${TABLES[kind]}`);
  }
  db.run(`INSERT INTO package_base (kind, key, system_id, revision, fields)
    SELECT 'evidence', id, system_id, NULL, NULL FROM evidence`);
  db.run(`INSERT INTO package_base (kind, key, system_id, revision, fields)
    SELECT 'signoff', id, system_id, NULL, NULL FROM signoff`);
}
