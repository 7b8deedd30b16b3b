// A review as field work sees it: plain data that merging and comparing rounds work on, read by the engine
// from a review file and carried, for a merge, inside the command (so it is validated here with zod).
import { z } from 'zod';
import { AnswerStatus } from '../model/status';

/** Columns of `system` merged one by one: the inventory profile a person edits. */
export const SYSTEM_FIELDS = [
  'name',
  'organisation',
  'country',
  'purpose',
  'stage',
  'provider_type',
  'provider_name',
  'use_category',
  'use_category_reason',
  'use_category_source',
  'automation',
  'data_processed',
  'legal_areas',
  'users',
  'hosting',
  'contact',
  'go_live',
  'notes',
  'custom_fields',
] as const;
/** Columns of `finding` a person can change after recording it. */
export const FINDING_FIELDS = ['item_id', 'severity', 'description', 'recommendation'] as const;
/** Columns of `action` a person can change after adding it. */
export const ACTION_FIELDS = ['finding_id', 'description', 'owner', 'due_date', 'state'] as const;

/** The other columns of each table, copied as they are when a record comes in from a returned file. */
export const SYSTEM_FIXED = ['position', 'created_at', 'updated_at'] as const;
export const FINDING_FIXED = ['system_id', 'created_at', 'created_by'] as const;
export const ACTION_FIXED = ['system_id', 'created_at', 'updated_at'] as const;

export type RecordKind = 'system' | 'finding' | 'action';

export const RECORD_COLUMNS: Record<RecordKind, { fields: readonly string[]; fixed: readonly string[] }> = {
  system: { fields: SYSTEM_FIELDS, fixed: SYSTEM_FIXED },
  finding: { fields: FINDING_FIELDS, fixed: FINDING_FIXED },
  action: { fields: ACTION_FIELDS, fixed: ACTION_FIXED },
};

const text = z.string().max(1_000_000);
const id = z.string().min(1).max(500);
/** Revision ids and field fingerprints this record already accounts for (see migration 002). */
const merged = z.array(z.string().min(1).max(200)).max(100_000);

/** A system, finding or action: the fields merged one by one, and the rest. */
export const RecordRow = z
  .object({
    id,
    systemId: id,
    fields: z.record(z.string(), text.nullable()),
    fixed: z.record(z.string(), z.union([text, z.number(), z.null()])),
    merged,
  })
  .strict();
export type RecordRow = z.infer<typeof RecordRow>;

export const AnswerRow = z
  .object({
    systemId: id,
    itemId: id,
    status: AnswerStatus,
    justification: text,
    appliesOverride: z.boolean().nullable(),
    appliesOverrideReason: text,
    revision: id,
    baseRevision: id.nullable(),
    updatedAt: text,
    updatedBy: text,
    recheck: z.boolean(),
    merged,
  })
  .strict();
export type AnswerRow = z.infer<typeof AnswerRow>;

export const AssessmentRow = z
  .object({
    systemId: id,
    frameworkId: id,
    principleId: id,
    level: id,
    justification: text,
    revision: id,
    updatedAt: text,
    updatedBy: text,
    merged,
  })
  .strict();
export type AssessmentRow = z.infer<typeof AssessmentRow>;

export const EvidenceRow = z
  .object({
    id,
    systemId: id,
    itemId: id.nullable(),
    name: text,
    mediaType: text,
    size: z.number().int().nonnegative(),
    sha256: text,
    addedAt: text,
    addedBy: text,
    /** The file itself; left out where only the list is needed (our side of a merge, comparing rounds). */
    content: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'Evidence content must be bytes.').optional(),
  })
  .strict();
export type EvidenceRow = z.infer<typeof EvidenceRow>;

export const SignOffRow = z
  .object({
    id,
    systemId: id,
    person: text,
    role: text,
    statement: text,
    answersSha256: text,
    signedAt: text,
  })
  .strict();
export type SignOffRow = z.infer<typeof SignOffRow>;

/** What makes a review file an assessor package. */
export const PackageInfo = z
  .object({
    id,
    parentReviewId: id,
    exportedAt: text,
    exportedBy: text,
    systemIds: z.array(id),
    parentSchemaVersion: z.number().int(),
  })
  .strict();
export type PackageInfo = z.infer<typeof PackageInfo>;

/** Every record of a package as it was at export: the common ancestor of the three-way merge. */
export const PackageBase = z
  .object({
    answers: z.array(z.object({ systemId: id, itemId: id, revision: id }).strict()),
    assessments: z.array(z.object({ systemId: id, frameworkId: id, principleId: id, revision: id }).strict()),
    records: z.array(
      z
        .object({
          kind: z.enum(['system', 'finding', 'action']),
          id,
          systemId: id,
          fields: z.record(z.string(), text.nullable()),
        })
        .strict(),
    ),
    evidence: z.array(z.object({ id, systemId: id }).strict()),
    signOffs: z.array(z.object({ id, systemId: id }).strict()),
  })
  .strict();
export type PackageBase = z.infer<typeof PackageBase>;

export const ReviewSnapshot = z
  .object({
    review: z.object({ id, title: text, organisation: text, createdAt: text }).strict(),
    frameworks: z.array(z.object({ id, version: id }).strict()),
    package: PackageInfo.nullable(),
    base: PackageBase.nullable(),
    systems: z.array(RecordRow),
    answers: z.array(AnswerRow),
    assessments: z.array(AssessmentRow),
    findings: z.array(RecordRow),
    actions: z.array(RecordRow),
    evidence: z.array(EvidenceRow),
    signOffs: z.array(SignOffRow),
  })
  .strict();
export type ReviewSnapshot = z.infer<typeof ReviewSnapshot>;

/** A returned file to merge: its name (for the audit trail and messages) and its content. */
export const MergeSource = z.object({ fileName: z.string().trim().min(1).max(500), snapshot: ReviewSnapshot }).strict();
export type MergeSource = z.infer<typeof MergeSource>;

/** The person's choice for one conflict of a merge preview. */
export const MergeResolution = z
  .object({ conflict: z.string().min(1).max(2000), choice: z.enum(['ours', 'theirs']) })
  .strict();
export type MergeResolution = z.infer<typeof MergeResolution>;

export const answerKey = (systemId: string, itemId: string) => `${systemId} ${itemId}`;
export const assessmentKey = (systemId: string, frameworkId: string, principleId: string) =>
  `${systemId} ${frameworkId} ${principleId}`;
