// Every change to a review is one of these commands: validated here, applied by the engine
// in one transaction together with its audit row.
import { z } from 'zod';
import { AnswerStatus } from '../model/status';
import { SystemAttributes } from '../model/system';

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

export const Command = z.discriminatedUnion('type', [UpdateReview, AddSystem, UpdateSystem, RemoveSystem, SetAnswer]);
export type Command = z.infer<typeof Command>;
export type CommandType = Command['type'];

export interface CommandResult {
  /** The engine's revision after the command; saving compares it with the last saved one. */
  revision: number;
  /** Id of the row the command created, when it created one. */
  createdId?: string;
}
