// Every change to a review is one of these commands: validated here, applied by the engine
// in one transaction together with its audit row.
import { z } from 'zod';
import { AnswerStatus } from '../model/status';
import { mergeAuditPayload } from '../fieldwork/mergeAudit';
import { MergeResolution, MergeSource } from '../fieldwork/snapshot';
import { SystemAttributes, UseCategory } from '../model/system';

export const UpdateReview = z
  .object({
    type: z.literal('updateReview'),
    title: z.string().trim().min(1, 'A review needs a title.').max(300).optional(),
    organisation: z.string().trim().max(300).optional(),
  })
  .strict();

export const AddSystem = z
  .object({
    type: z.literal('addSystem'),
    /** Given by the caller when it needs to refer to the new system at once; generated otherwise. */
    id: z.uuid().optional(),
    attributes: SystemAttributes,
  })
  .strict();

export const UpdateSystem = z
  .object({
    type: z.literal('updateSystem'),
    systemId: z.string().min(1),
    changes: SystemAttributes.partial(),
  })
  .strict();

/**
 * The same kind of change to several systems (bulk edit in the inventory), applied as one step so that
 * one undo reverts it. A use category set this way is the reviewer's choice and needs its reason.
 */
export const UpdateSystems = z
  .object({
    type: z.literal('updateSystems'),
    changes: z
      .array(z.object({ systemId: z.string().min(1), changes: SystemAttributes.partial() }).strict())
      .min(1, 'Choose at least one system to change.')
      .max(100_000),
    /** Why the systems belong in the use category the changes set; recorded with each of them. */
    useCategoryReason: z.string().trim().max(5000).optional(),
  })
  .strict()
  .refine(
    (c) =>
      !c.changes.some((change) => change.changes.useCategory !== undefined && change.changes.useCategory !== null) ||
      (c.useCategoryReason ?? '').length > 0,
    {
      message: 'Say why these systems belong in that group: a choice made by hand needs a justification.',
      path: ['useCategoryReason'],
    },
  );

export const RemoveSystem = z.object({ type: z.literal('removeSystem'), systemId: z.string().min(1) }).strict();

export const SetAnswer = z
  .object({
    type: z.literal('setAnswer'),
    systemId: z.string().min(1),
    itemId: z.string().min(1),
    status: AnswerStatus,
    justification: z.string().max(20000).optional(),
  })
  .strict();

/**
 * The reviewer overrides the applicability rule for one item of one system (`applies`), or returns to the
 * rule (`null`). An override always says why: it changes what the system is scored on.
 */
export const SetApplicability = z
  .object({
    type: z.literal('setApplicability'),
    systemId: z.string().min(1),
    itemId: z.string().min(1),
    applies: z.boolean().nullable(),
    justification: z.string().max(20000).optional(),
  })
  .strict()
  .refine((command) => command.applies === null || (command.justification ?? '').trim() !== '', {
    message: 'Say why the rule does not fit this system: an override needs a justification',
    path: ['justification'],
  });

export const AddFramework = z.object({ type: z.literal('addFramework'), frameworkId: z.string().min(1) }).strict();

export const UpgradeFramework = z
  .object({ type: z.literal('upgradeFramework'), frameworkId: z.string().min(1), toVersion: z.string().min(1) })
  .strict();

/** Appendix IV: how far a principle is integrated in a system, as confirmed by the assessor. */
export const SetPrincipleIntegration = z
  .object({
    type: z.literal('setPrincipleIntegration'),
    systemId: z.string().min(1),
    frameworkId: z.string().min(1),
    principleId: z.string().min(1),
    /** A level id of the framework's integration scale, or null to withdraw the confirmation. */
    level: z.string().min(1).nullable(),
    justification: z.string().max(20000).optional(),
  })
  .strict();

/** Places a system in an Appendix II group, with the reason shown in reports. */
export const ClassifyUse = z
  .object({
    type: z.literal('classifyUse'),
    systemId: z.string().min(1),
    useCategory: UseCategory.nullable(),
    reason: z.string().trim().max(5000),
    source: z.enum(['assistant', 'reviewer']),
  })
  .strict()
  .refine((c) => c.source !== 'reviewer' || c.useCategory === null || c.reason.length > 0, {
    message: 'Say why this system belongs in that group: a choice made by hand needs a justification.',
    path: ['reason'],
  });

const rowCount = z.number().int().nonnegative();

/**
 * A whole inventory import (planned by shared/inventory/planImport), applied as one step with one audit
 * row, so that it can be undone as one. The summary is what the person saw in the preview.
 */
export const ImportInventory = z
  .object({
    type: z.literal('importInventory'),
    source: z
      .object({
        fileName: z.string().trim().min(1).max(500),
        format: z.enum(['csv', 'xlsx', 'json']),
        sheet: z.string().max(300).optional(),
      })
      .strict(),
    adds: z.array(z.object({ row: rowCount, id: z.uuid().optional(), attributes: SystemAttributes }).strict()),
    updates: z.array(
      z.object({ row: rowCount, systemId: z.string().min(1), changes: SystemAttributes.partial() }).strict(),
    ),
    summary: z
      .object({
        rowsRead: rowCount,
        added: rowCount,
        updated: rowCount,
        unchanged: rowCount,
        duplicates: rowCount,
        rejected: rowCount,
        blankRows: rowCount,
        /** The first reasons rows were rejected; the audit log need not hold thousands. */
        errors: z.array(z.object({ row: rowCount, column: z.string(), message: z.string() }).strict()).max(1000),
        errorsNotStored: rowCount.optional(),
      })
      .strict(),
  })
  .strict()
  .refine((c) => c.summary.added === c.adds.length && c.summary.updated === c.updates.length, {
    message: 'The summary does not match the systems to add and update; plan the import again',
    path: ['summary'],
  });

export const FindingSeverity = z.enum(['low', 'medium', 'high']);
export const ActionState = z.enum(['open', 'in_progress', 'done', 'cancelled']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-12-31.');

export const AddFinding = z
  .object({
    type: z.literal('addFinding'),
    id: z.uuid().optional(),
    systemId: z.string().min(1),
    itemId: z.string().min(1).nullable().optional(),
    severity: FindingSeverity,
    description: z.string().trim().min(1, 'Describe the finding.').max(20000),
    recommendation: z.string().max(20000).optional(),
  })
  .strict();

export const UpdateFinding = z
  .object({
    type: z.literal('updateFinding'),
    findingId: z.string().min(1),
    changes: z
      .object({
        severity: FindingSeverity,
        description: z.string().trim().min(1).max(20000),
        recommendation: z.string().max(20000),
      })
      .partial()
      .strict(),
  })
  .strict();

export const RemoveFinding = z.object({ type: z.literal('removeFinding'), findingId: z.string().min(1) }).strict();

export const AddAction = z
  .object({
    type: z.literal('addAction'),
    id: z.uuid().optional(),
    systemId: z.string().min(1),
    findingId: z.string().min(1).nullable().optional(),
    description: z.string().trim().min(1, 'Describe the action.').max(20000),
    owner: z.string().max(300).optional(),
    dueDate: isoDate.nullable().optional(),
    state: ActionState.optional(),
  })
  .strict();

export const UpdateAction = z
  .object({
    type: z.literal('updateAction'),
    actionId: z.string().min(1),
    changes: z
      .object({
        description: z.string().trim().min(1).max(20000),
        owner: z.string().max(300),
        dueDate: isoDate.nullable(),
        state: ActionState,
      })
      .partial()
      .strict(),
  })
  .strict();

export const RemoveAction = z.object({ type: z.literal('removeAction'), actionId: z.string().min(1) }).strict();

/** Largest evidence file kept inside a review, so the file stays easy to copy and e-mail. */
export const MAX_EVIDENCE_BYTES = 25 * 1024 * 1024;

export const AddEvidence = z
  .object({
    type: z.literal('addEvidence'),
    id: z.uuid().optional(),
    systemId: z.string().min(1),
    itemId: z.string().min(1).nullable().optional(),
    name: z.string().trim().min(1).max(255),
    mediaType: z.string().max(255).optional(),
    content: z.instanceof(Uint8Array).refine((bytes) => bytes.length <= MAX_EVIDENCE_BYTES, {
      message: `This file is larger than ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB, the limit for evidence kept inside a review. Nothing was added. Attach a smaller extract or a PDF of the relevant pages`,
    }),
  })
  .strict();

export const RemoveEvidence = z.object({ type: z.literal('removeEvidence'), evidenceId: z.string().min(1) }).strict();

export const SignOff = z
  .object({
    type: z.literal('signOff'),
    id: z.uuid().optional(),
    systemId: z.string().min(1),
    person: z.string().trim().min(1, 'Give the name of the person signing.').max(300),
    role: z.enum(['assessor', 'reviewer']),
    statement: z.string().trim().min(1, 'Write the statement being signed.').max(5000),
  })
  .strict();

/** Several answers in one step (bulk answering, spreadsheet import): one transaction, one undo. */
export const SetAnswers = z
  .object({
    type: z.literal('setAnswers'),
    answers: z
      .array(SetAnswer.omit({ type: true }))
      .min(1)
      .max(200_000),
    /** Where the answers came from, for the audit trail (a file name, "copied from …"). */
    source: z.string().max(500).optional(),
  })
  .strict();

/** Two courts running the same product: start one system's answers from another's. */
export const CopyAnswers = z
  .object({
    type: z.literal('copyAnswers'),
    fromSystemId: z.string().min(1),
    toSystemIds: z.array(z.string().min(1)).min(1),
    /** When false, answers already given on a target system are kept. */
    overwrite: z.boolean(),
  })
  .strict();

/**
 * Returned files (assessor packages, copies of this review) merged in as one step: three-way per record,
 * planned by shared/fieldwork/planMerge. Conflicts without a resolution keep this review's side.
 */
export const MergeReturnedFiles = z
  .object({
    type: z.literal('mergeReturnedFiles'),
    sources: z.array(MergeSource).min(1, 'Choose at least one returned file to merge.').max(100),
    resolutions: z.array(MergeResolution).max(1_000_000).optional(),
    /** The person chose to bring in a file of another review (no common ancestor). */
    asNewRound: z.boolean().optional(),
  })
  .strict();

export const Command = z.discriminatedUnion('type', [
  UpdateReview,
  AddSystem,
  UpdateSystem,
  UpdateSystems,
  RemoveSystem,
  SetAnswer,
  SetApplicability,
  AddFramework,
  UpgradeFramework,
  SetPrincipleIntegration,
  ClassifyUse,
  ImportInventory,
  AddFinding,
  UpdateFinding,
  RemoveFinding,
  AddAction,
  UpdateAction,
  RemoveAction,
  AddEvidence,
  RemoveEvidence,
  SignOff,
  SetAnswers,
  CopyAnswers,
  MergeReturnedFiles,
]);
export type Command = z.infer<typeof Command>;
export type CommandType = Command['type'];

export interface CommandResult {
  /** The engine's revision after the command; saving compares it with the last saved one. */
  revision: number;
  /** Id of the row the command created, when it created one. */
  createdId?: string;
}

/** The command as the audit log keeps it: file contents are replaced by their size and hash. */
export function auditPayload(command: Command, sha256: (bytes: Uint8Array) => string): string {
  // A merge carries whole returned files; the audit row names them and keeps the choices made.
  if (command.type === 'mergeReturnedFiles') return mergeAuditPayload(command);
  if (command.type === 'addEvidence') {
    const { content, ...rest } = command;
    return JSON.stringify({ ...rest, content: { size: content.length, sha256: sha256(content) } });
  }
  return JSON.stringify(command);
}
