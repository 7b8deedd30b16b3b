// The tables of a review file as the exchange format carries them, spelled out per table and per column.
// This list is the format: the exporter reads exactly these columns, the importer writes exactly these, and
// a test compares it with the live schema so that a table or column added later cannot be silently left out.
import { z } from 'zod';

/** How a column is stored in SQLite, and so how it appears in JSON (a blob becomes base64 text). */
export type SqlKind = 'text' | 'integer' | 'blob';

export interface ColumnSpec<S extends z.ZodType = z.ZodType> {
  /** The SQL column. */
  column: string;
  kind: SqlKind;
  nullable: boolean;
  /** What the JSON field must hold. */
  schema: S;
  /** One line for docs/exchange.md. */
  description: string;
}

type Shape = Record<string, ColumnSpec>;

export interface Reference {
  /** The field of this table that refers to another row. */
  field: string;
  /** The document key of the table referred to, and its field. */
  table: string;
  targetField: string;
}

export interface TableSpec<S extends Shape = Shape> {
  /** The SQL table. */
  table: string;
  /** The key of the table in the JSON document. */
  key: string;
  /** The review table has exactly one row, carried as an object rather than a list. */
  single: boolean;
  columns: S;
  /** Fields whose values together identify a row; repeated values are refused. */
  primaryKey: readonly string[];
  references: readonly Reference[];
  /** One line for docs/exchange.md. */
  description: string;
}

const column =
  <S extends z.ZodType>(kind: SqlKind, nullable: boolean, schema: S) =>
  (name: string, description: string): ColumnSpec<S> => ({
    column: name,
    kind,
    nullable,
    schema,
    description,
  });

const text = column('text', false, z.string());
const textOrNull = column('text', true, z.string().nullable());
const integer = column('integer', false, z.number().int());
const integerOrNull = column('integer', true, z.number().int().nullable());
/** Content of a BLOB column, as base64; decoded and checked by the table's own refinement. */
const base64 = column('blob', false, z.string());

/** A value list that the schema enforces with a CHECK constraint: the format refuses other values up front. */
function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return column('text', false, z.enum(values));
}
function oneOfOrNull<const T extends readonly [string, ...string[]]>(values: T) {
  return column('text', true, z.enum(values).nullable());
}

function table<S extends Shape>(spec: {
  table: string;
  key: string;
  single?: boolean;
  description: string;
  columns: S;
  primaryKey: (keyof S & string)[];
  references?: Reference[];
}): TableSpec<S> {
  return { single: false, references: [], ...spec };
}

export const REVIEW_TABLE = table({
  table: 'review',
  key: 'review',
  single: true,
  description: 'The review itself (one row).',
  primaryKey: ['id'],
  columns: {
    id: text('id', 'Identity of the review (a UUID); kept on import.'),
    title: text('title', 'Title shown in the app and the report.'),
    organisation: text('organisation', 'Court or organisation that runs the review.'),
    country: text('country', 'Country of the review.'),
    language: text('language', 'Language of the review (en, fr, …).'),
    roundLabel: text('round_label', 'Label of the review round.'),
    createdAt: text('created_at', 'When the review was created (ISO 8601).'),
    createdBy: text('created_by', 'Who created it.'),
  },
});

export const FRAMEWORK_TABLE = table({
  table: 'framework',
  key: 'frameworks',
  description: 'Checklist content embedded in the review: the version it is answered against now.',
  primaryKey: ['id'],
  columns: {
    id: text('id', 'Framework id, e.g. cepej-charter-2018.'),
    version: text('version', 'Content version.'),
    title: text('title', 'English title.'),
    content: text('content', 'The whole framework content as JSON text, exactly as embedded.'),
    contentSha256: text('content_sha256', 'SHA-256 (hex) of `content`; checked on import.'),
    addedAt: text('added_at', 'When the framework was added to the review.'),
  },
});

export const FRAMEWORK_VERSION_TABLE = table({
  table: 'framework_version',
  key: 'frameworkVersions',
  description: 'Every version of a framework the review has been answered against, for history.',
  primaryKey: ['frameworkId', 'version'],
  columns: {
    frameworkId: text('framework_id', 'Framework id.'),
    version: text('version', 'Content version.'),
    content: text('content', 'The content of that version as JSON text.'),
    contentSha256: text('content_sha256', 'SHA-256 (hex) of `content`; checked on import.'),
    embeddedAt: text('embedded_at', 'When this version was embedded.'),
    replacedAt: textOrNull('replaced_at', 'When a newer version replaced it; null for the current one.'),
  },
});

export const PRINCIPLE_TABLE = table({
  table: 'principle',
  key: 'principles',
  description: 'Principles of the embedded frameworks (derived from the content, kept as stored).',
  primaryKey: ['frameworkId', 'id'],
  references: [{ field: 'frameworkId', table: 'frameworks', targetField: 'id' }],
  columns: {
    id: text('id', 'Principle id within its framework, e.g. p1.'),
    frameworkId: text('framework_id', 'Framework the principle belongs to.'),
    position: integer('position', 'Order within the framework.'),
    code: text('code', 'Short code, e.g. P1.'),
    title: text('title', 'English title.'),
  },
});

export const ITEM_TABLE = table({
  table: 'item',
  key: 'items',
  description: 'Checklist items, including those a framework upgrade retired (their answers are kept).',
  primaryKey: ['id'],
  references: [{ field: 'frameworkId', table: 'frameworks', targetField: 'id' }],
  columns: {
    id: text('id', 'Item id, e.g. cepej-charter-2018/p1.1; never reused.'),
    frameworkId: text('framework_id', 'Framework of the item.'),
    principleId: text('principle_id', 'Principle of the item.'),
    position: integer('position', 'Order within the framework.'),
    severity: text('severity', 'Weight of the item in the risk level (low, medium, high).'),
    appliesWhen: textOrNull('applies_when', 'Applicability rule as JSON text; null when the item always applies.'),
    retiredAt: textOrNull('retired_at', 'When an upgrade removed the item; null while current.'),
  },
});

export const SYSTEM_TABLE = table({
  table: 'system',
  key: 'systems',
  description: 'The inventory: the AI systems under review.',
  primaryKey: ['id'],
  columns: {
    id: text('id', 'System id (a UUID).'),
    position: integer('position', 'Order in the inventory.'),
    name: text('name', 'Name of the system.'),
    organisation: text('organisation', 'Court or body using it.'),
    country: text('country', 'Country.'),
    purpose: text('purpose', 'What it does.'),
    stage: oneOfOrNull(['idea', 'pilot', 'production', 'retired'])('stage', 'Lifecycle stage; null when not stated.'),
    providerType: oneOfOrNull(['in_house', 'vendor'])(
      'provider_type',
      'Built in-house or bought; null when not stated.',
    ),
    providerName: text('provider_name', 'Name of the provider.'),
    useCategory: oneOfOrNull(['encouraged', 'precautions', 'further_study', 'extreme_reservations'])(
      'use_category',
      'Appendix II group of the Charter; null when not classified.',
    ),
    useCategoryReason: text('use_category_reason', 'Why the system is in that group.'),
    useCategorySource: oneOfOrNull(['assistant', 'reviewer', 'import'])(
      'use_category_source',
      'Who placed it there; null when not classified.',
    ),
    automation: oneOfOrNull(['information', 'support', 'decision'])(
      'automation',
      'Level of automation; null when not stated.',
    ),
    dataProcessed: textOrNull('data_processed', 'Kinds of data processed, as a JSON list; null when not stated.'),
    legalAreas: textOrNull('legal_areas', 'Areas of law, as a JSON list; null when not stated.'),
    users: text('users', 'Who uses it.'),
    hosting: text('hosting', 'Where it is hosted.'),
    contact: text('contact', 'Contact person.'),
    goLive: text('go_live', 'When it went live, as written.'),
    notes: text('notes', 'Notes.'),
    customFields: text('custom_fields', "The court's own fields, as a JSON object of texts."),
    createdAt: text('created_at', 'When the system was added.'),
    updatedAt: text('updated_at', 'When it last changed.'),
    mergedRevisions: text(
      'merged_revisions',
      'Versions from returned assessor files this record already accounts for (space-separated).',
    ),
  },
});

export const ANSWER_TABLE = table({
  table: 'answer',
  key: 'answers',
  description: 'Answers: one per system and item that has been answered or overridden.',
  primaryKey: ['systemId', 'itemId'],
  references: [
    { field: 'systemId', table: 'systems', targetField: 'id' },
    { field: 'itemId', table: 'items', targetField: 'id' },
  ],
  columns: {
    systemId: text('system_id', 'System answered for.'),
    itemId: text('item_id', 'Item answered.'),
    status: oneOf(['not_reviewed', 'compliant', 'partial', 'non_compliant', 'not_applicable'])('status', 'The answer.'),
    justification: text('justification', 'Why, in the reviewer’s words.'),
    revision: text('revision', 'Id of this version of the answer (used when merging copies).'),
    baseRevision: textOrNull('base_revision', 'The revision this one replaced; null for a first answer.'),
    updatedAt: text('updated_at', 'When the answer last changed.'),
    updatedBy: text('updated_by', 'Who changed it.'),
    recheck: integer('recheck', '1 when a framework upgrade reworded the item after this answer, else 0.'),
    appliesOverride: integerOrNull(
      'applies_override',
      'Applicability override: 1 applies, 0 does not apply, null follows the rule.',
    ),
    appliesOverrideReason: text('applies_override_reason', 'Why the reviewer overrode the rule.'),
    mergedRevisions: text(
      'merged_revisions',
      'Versions from returned assessor files this record already accounts for (space-separated).',
    ),
  },
});

export const PRINCIPLE_ASSESSMENT_TABLE = table({
  table: 'principle_assessment',
  key: 'principleAssessments',
  description: 'Appendix IV: how far each principle is integrated in a system, as confirmed by the assessor.',
  primaryKey: ['systemId', 'frameworkId', 'principleId'],
  references: [{ field: 'systemId', table: 'systems', targetField: 'id' }],
  columns: {
    systemId: text('system_id', 'System assessed.'),
    frameworkId: text('framework_id', 'Framework of the principle.'),
    principleId: text('principle_id', 'Principle assessed.'),
    level: text('level', "A level id of the framework's integration scale."),
    justification: text('justification', 'Why.'),
    revision: text('revision', 'Id of this version of the assessment.'),
    updatedAt: text('updated_at', 'When it last changed.'),
    updatedBy: text('updated_by', 'Who changed it.'),
    mergedRevisions: text(
      'merged_revisions',
      'Versions from returned assessor files this record already accounts for (space-separated).',
    ),
  },
});

export const FINDING_TABLE = table({
  table: 'finding',
  key: 'findings',
  description: 'Findings recorded against a system, optionally for one item.',
  primaryKey: ['id'],
  references: [
    { field: 'systemId', table: 'systems', targetField: 'id' },
    { field: 'itemId', table: 'items', targetField: 'id' },
  ],
  columns: {
    id: text('id', 'Finding id.'),
    systemId: text('system_id', 'System concerned.'),
    itemId: textOrNull('item_id', 'Item concerned; null for the system as a whole.'),
    severity: oneOf(['low', 'medium', 'high'])('severity', 'Severity.'),
    description: text('description', 'What was found.'),
    recommendation: text('recommendation', 'What should be done.'),
    createdAt: text('created_at', 'When it was recorded.'),
    createdBy: text('created_by', 'Who recorded it.'),
    mergedRevisions: text(
      'merged_revisions',
      'Versions from returned assessor files this record already accounts for (space-separated).',
    ),
  },
});

export const ACTION_TABLE = table({
  table: 'action',
  key: 'actions',
  description: 'Remediation actions, optionally following a finding.',
  primaryKey: ['id'],
  references: [
    { field: 'findingId', table: 'findings', targetField: 'id' },
    { field: 'systemId', table: 'systems', targetField: 'id' },
  ],
  columns: {
    id: text('id', 'Action id.'),
    findingId: textOrNull('finding_id', 'Finding it remedies; null when none.'),
    systemId: text('system_id', 'System concerned.'),
    description: text('description', 'What is to be done.'),
    owner: text('owner', 'Who owns it.'),
    dueDate: textOrNull('due_date', 'Due date (YYYY-MM-DD); null when none.'),
    state: oneOf(['open', 'in_progress', 'done', 'cancelled'])('state', 'State.'),
    createdAt: text('created_at', 'When it was recorded.'),
    updatedAt: text('updated_at', 'When it last changed.'),
    mergedRevisions: text(
      'merged_revisions',
      'Versions from returned assessor files this record already accounts for (space-separated).',
    ),
  },
});

export const EVIDENCE_TABLE = table({
  table: 'evidence',
  key: 'evidence',
  description: 'Evidence files kept inside the review.',
  primaryKey: ['id'],
  references: [
    { field: 'systemId', table: 'systems', targetField: 'id' },
    { field: 'itemId', table: 'items', targetField: 'id' },
  ],
  columns: {
    id: text('id', 'Evidence id.'),
    systemId: text('system_id', 'System it supports.'),
    itemId: textOrNull('item_id', 'Item it supports; null for the system as a whole.'),
    name: text('name', 'File name.'),
    mediaType: text('media_type', 'Media type, e.g. application/pdf.'),
    size: integer('size', 'Size in bytes; checked on import.'),
    sha256: text('sha256', 'SHA-256 (hex) of the file; checked on import.'),
    content: base64('content', 'The file, in base64 (RFC 4648 with padding).'),
    addedAt: text('added_at', 'When it was attached.'),
    addedBy: text('added_by', 'Who attached it.'),
  },
});

export const SIGNOFF_TABLE = table({
  table: 'signoff',
  key: 'signOffs',
  description: 'Sign-offs of a system by an assessor or reviewer.',
  primaryKey: ['id'],
  references: [{ field: 'systemId', table: 'systems', targetField: 'id' }],
  columns: {
    id: text('id', 'Sign-off id.'),
    systemId: text('system_id', 'System signed off.'),
    person: text('person', 'Who signed.'),
    role: text('role', 'assessor or reviewer.'),
    statement: text('statement', 'The statement signed.'),
    answersSha256: text('answers_sha256', "SHA-256 of the system's answers when signed (detects later changes)."),
    signedAt: text('signed_at', 'When.'),
  },
});

export const AUDIT_LOG_TABLE = table({
  table: 'audit_log',
  key: 'auditLog',
  description: 'Every change ever made to the review, in order; append-only.',
  primaryKey: ['seq'],
  columns: {
    seq: integer('seq', 'Sequence number.'),
    at: text('at', 'When (ISO 8601).'),
    actor: text('actor', 'Who.'),
    command: text('command', 'Kind of change (setAnswer, addSystem, undo, …).'),
    payload: text('payload', 'The command as JSON text (file contents replaced by their size and hash).'),
    before: textOrNull('before', 'What the change replaced, as JSON text.'),
    after: textOrNull('after', 'What it wrote, as JSON text.'),
  },
});

export const PACKAGE_INFO_TABLE = table({
  table: 'package_info',
  key: 'packageInfo',
  description: 'Field work: set only in an assessor package, saying what it was cut from (empty otherwise).',
  primaryKey: ['id'],
  columns: {
    id: text('id', 'Package id.'),
    parentReviewId: text('parent_review_id', 'Review the package was cut from.'),
    exportedAt: text('exported_at', 'When the package was made.'),
    exportedBy: text('exported_by', 'Who made it.'),
    systemIds: text('system_ids', 'Systems taken to the courts, as a JSON list of ids.'),
    parentSchemaVersion: integer('parent_schema_version', 'Schema version of the review it was cut from.'),
  },
});

export const PACKAGE_BASE_TABLE = table({
  table: 'package_base',
  key: 'packageBase',
  description: 'Field work: every record of an assessor package as it was when made (the base of a three-way merge).',
  primaryKey: ['kind', 'key'],
  columns: {
    kind: oneOf(['answer', 'principle_assessment', 'system', 'finding', 'action', 'evidence', 'signoff'])(
      'kind',
      'Kind of record.',
    ),
    key: text('key', 'Key of the record within its kind.'),
    systemId: text('system_id', 'System of the record.'),
    revision: textOrNull('revision', 'Revision id of an answer or assessment; null for other kinds.'),
    fields: textOrNull('fields', 'Compared field values as JSON text; null where not used.'),
  },
});

/**
 * Every table, in an order in which each row's references are already written: the importer inserts in
 * this order, and the document lists the tables in it.
 */
export const REVIEW_TABLES = [
  REVIEW_TABLE,
  FRAMEWORK_TABLE,
  FRAMEWORK_VERSION_TABLE,
  PRINCIPLE_TABLE,
  ITEM_TABLE,
  SYSTEM_TABLE,
  ANSWER_TABLE,
  PRINCIPLE_ASSESSMENT_TABLE,
  FINDING_TABLE,
  ACTION_TABLE,
  EVIDENCE_TABLE,
  SIGNOFF_TABLE,
  AUDIT_LOG_TABLE,
  PACKAGE_INFO_TABLE,
  PACKAGE_BASE_TABLE,
] as const satisfies readonly TableSpec[];

export type ReviewTableSpec = (typeof REVIEW_TABLES)[number];

/** A row of a table as the JSON document holds it. */
export type RowOf<T extends TableSpec> = { [K in keyof T['columns']]: z.infer<T['columns'][K]['schema']> };

/** The zod object for one row: exactly the table's fields, nothing more. */
export function rowSchema<S extends Shape>(spec: TableSpec<S>): z.ZodObject<{ [K in keyof S]: S[K]['schema'] }> {
  const shape = Object.fromEntries(Object.entries(spec.columns).map(([field, c]) => [field, c.schema]));
  return z.strictObject(shape) as unknown as z.ZodObject<{ [K in keyof S]: S[K]['schema'] }>;
}
