// Every change to a review is one of these commands: validated here, applied by the engine
// in one transaction together with its audit row.
import { z } from 'zod';
import { AnswerStatus } from '../model/status';
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

export const Command = z.discriminatedUnion('type', [
  UpdateReview,
  AddSystem,
  UpdateSystem,
  RemoveSystem,
  SetAnswer,
  AddFramework,
  UpgradeFramework,
  SetPrincipleIntegration,
  ClassifyUse,
  ImportInventory,
]);
export type Command = z.infer<typeof Command>;
export type CommandType = Command['type'];

export interface CommandResult {
  /** The engine's revision after the command; saving compares it with the last saved one. */
  revision: number;
  /** Id of the row the command created, when it created one. */
  createdId?: string;
}
