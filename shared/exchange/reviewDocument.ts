// The JSON document of a whole review (docs/exchange.md): the zod schema is the format's source of truth.
// Beyond shapes it checks what the review file itself guarantees: unique keys, references that resolve,
// and contents that match their SHA-256, so a document that passes can be written without surprises.
import { z } from 'zod';
import { sha256Hex, sha256OfText } from '../engine/hash';
import { FrameworkContent } from '../frameworks/schema';
import { base64ToBytes } from './base64';
import {
  ACTION_TABLE,
  ANSWER_TABLE,
  AUDIT_LOG_TABLE,
  EVIDENCE_TABLE,
  FINDING_TABLE,
  FRAMEWORK_TABLE,
  FRAMEWORK_VERSION_TABLE,
  ITEM_TABLE,
  PACKAGE_BASE_TABLE,
  PACKAGE_INFO_TABLE,
  PRINCIPLE_ASSESSMENT_TABLE,
  PRINCIPLE_TABLE,
  REVIEW_TABLE,
  REVIEW_TABLES,
  SIGNOFF_TABLE,
  SYSTEM_TABLE,
  rowSchema,
} from './reviewTables';

/** The value of `format`: tells a Charter Review export from any other JSON. */
export const EXCHANGE_FORMAT = 'charter-review/review';
/** Raised whenever the document's shape changes; older versions stay readable, newer ones are refused. */
export const EXCHANGE_FORMAT_VERSION = 1;

/** Marks an issue whose cause is changed or truncated content rather than a malformed document. */
export const DAMAGED = 'damaged';

function checkContentHash(row: { content: string; contentSha256: string }, ctx: z.RefinementCtx): void {
  if (sha256OfText(row.content) !== row.contentSha256) {
    ctx.addIssue({
      code: 'custom',
      path: ['content'],
      params: { exchange: DAMAGED },
      message: 'the checklist content does not match its SHA-256 (contentSha256): it was changed after the export',
    });
  }
}

function checkFramework(
  row: { id: string; version: string; content: string; contentSha256: string },
  ctx: z.RefinementCtx,
): void {
  checkContentHash(row, ctx);
  let parsed: unknown;
  try {
    parsed = JSON.parse(row.content);
  } catch {
    ctx.addIssue({ code: 'custom', path: ['content'], message: 'the checklist content is not JSON text' });
    return;
  }
  const content = FrameworkContent.safeParse(parsed);
  if (!content.success) {
    const first = content.error.issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
    ctx.addIssue({
      code: 'custom',
      path: ['content'],
      message: `the checklist content is not valid${where}: ${first?.message ?? 'unknown problem'}`,
    });
  } else if (content.data.id !== row.id || content.data.version !== row.version) {
    ctx.addIssue({
      code: 'custom',
      path: ['content'],
      message: `the checklist content is ${content.data.id} version ${content.data.version}, not ${row.id} version ${row.version}`,
    });
  }
}

function checkEvidence(row: { content: string; size: number; sha256: string }, ctx: z.RefinementCtx): void {
  const bytes = base64ToBytes(row.content);
  if (!bytes) {
    ctx.addIssue({
      code: 'custom',
      path: ['content'],
      message: 'the file content is not base64 text (RFC 4648, with padding, without line breaks)',
    });
    return;
  }
  if (bytes.length !== row.size) {
    ctx.addIssue({
      code: 'custom',
      path: ['size'],
      params: { exchange: DAMAGED },
      message: `the file content is ${bytes.length} bytes, but size says ${row.size}: it was cut off or changed after the export`,
    });
    return;
  }
  if (sha256Hex(bytes) !== row.sha256) {
    ctx.addIssue({
      code: 'custom',
      path: ['sha256'],
      params: { exchange: DAMAGED },
      message: 'the file content does not match its SHA-256: it was changed after the export',
    });
  }
}

export const ReviewDocument = z
  .strictObject({
    format: z.literal(EXCHANGE_FORMAT),
    formatVersion: z.literal(EXCHANGE_FORMAT_VERSION),
    review: rowSchema(REVIEW_TABLE),
    frameworks: z.array(rowSchema(FRAMEWORK_TABLE).superRefine(checkFramework)),
    frameworkVersions: z.array(rowSchema(FRAMEWORK_VERSION_TABLE).superRefine(checkContentHash)),
    principles: z.array(rowSchema(PRINCIPLE_TABLE)),
    items: z.array(rowSchema(ITEM_TABLE)),
    systems: z.array(rowSchema(SYSTEM_TABLE)),
    answers: z.array(rowSchema(ANSWER_TABLE)),
    principleAssessments: z.array(rowSchema(PRINCIPLE_ASSESSMENT_TABLE)),
    findings: z.array(rowSchema(FINDING_TABLE)),
    actions: z.array(rowSchema(ACTION_TABLE)),
    evidence: z.array(rowSchema(EVIDENCE_TABLE).superRefine(checkEvidence)),
    signOffs: z.array(rowSchema(SIGNOFF_TABLE)),
    auditLog: z.array(rowSchema(AUDIT_LOG_TABLE)),
    packageInfo: z.array(rowSchema(PACKAGE_INFO_TABLE)),
    packageBase: z.array(rowSchema(PACKAGE_BASE_TABLE)),
  })
  .superRefine(checkKeysAndReferences);
export type ReviewDocument = z.infer<typeof ReviewDocument>;

type Row = Record<string, unknown>;

/** The rows of a table in the document, whether it is carried as a list or (the review) as one object. */
export function documentRows(document: Record<string, unknown>, key: string, single: boolean): Row[] {
  const value = document[key];
  if (single) return [value as Row];
  return value as Row[];
}

const keyText = (row: Row, fields: readonly string[]) => fields.map((field) => String(row[field])).join('\u0000');

function checkKeysAndReferences(document: ReviewDocument, ctx: z.RefinementCtx): void {
  const byTable = document as unknown as Record<string, unknown>;
  // Keys first: a reference is only meaningful once the rows it may point at are known to be unique.
  const known = new Map<string, Set<string>>();
  for (const spec of REVIEW_TABLES) {
    const rows = documentRows(byTable, spec.key, spec.single);
    const seen = new Map<string, number>();
    const fields: readonly string[] = spec.primaryKey;
    rows.forEach((row, index) => {
      const key = keyText(row, fields);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, index);
        return;
      }
      const what = fields.map((field) => `${field} "${String(row[field])}"`).join(' and ');
      ctx.addIssue({
        code: 'custom',
        path: [spec.key, index, fields[0] ?? ''],
        message: `${spec.key}[${first}] has the same ${what}: each ${fields.length > 1 ? 'combination' : 'id'} may appear only once`,
      });
    });
    for (const reference of referencesInto(spec.key)) {
      known.set(`${spec.key}.${reference}`, new Set(rows.map((row) => String(row[reference]))));
    }
  }
  for (const spec of REVIEW_TABLES) {
    const rows = documentRows(byTable, spec.key, spec.single);
    for (const reference of spec.references) {
      const targets = known.get(`${reference.table}.${reference.targetField}`) ?? new Set<string>();
      rows.forEach((row, index) => {
        const value = row[reference.field];
        if (value === null || value === undefined || targets.has(String(value))) return;
        ctx.addIssue({
          code: 'custom',
          path: [spec.key, index, reference.field],
          message: `refers to "${String(value)}", but ${reference.table} has no entry with ${reference.targetField} "${String(value)}"`,
        });
      });
    }
  }
}

/** Fields of a table that other tables refer to. */
function referencesInto(key: string): string[] {
  const fields = new Set<string>();
  for (const spec of REVIEW_TABLES) {
    for (const reference of spec.references) if (reference.table === key) fields.add(reference.targetField);
  }
  return [...fields];
}
