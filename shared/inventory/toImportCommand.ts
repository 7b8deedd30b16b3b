// Turns a plan the person accepted into the engine's importInventory command: the rows to add and the
// changes to make, with the file it came from and the summary they saw.
import type { z } from 'zod';
import type { ImportInventory } from '../engine/commands';
import type { ImportPlan } from './planImport';
import type { InventoryFormat } from './Table';

export type ImportInventoryCommand = z.input<typeof ImportInventory>;

/** The audit log keeps the first reasons for rejected rows; the full list stays in the preview. */
const ERRORS_KEPT = 1000;

export function toImportCommand(
  plan: ImportPlan,
  source: { fileName: string; format: InventoryFormat; sheet?: string },
): ImportInventoryCommand {
  const { errors, ...counts } = plan.summary;
  return {
    type: 'importInventory',
    source: {
      fileName: source.fileName,
      format: source.format,
      ...(source.sheet === undefined ? {} : { sheet: source.sheet }),
    },
    adds: plan.adds.map(({ row, attributes }) => ({ row, attributes })),
    updates: plan.updates.map(({ row, systemId, changes }) => ({ row, systemId, changes })),
    summary: {
      ...counts,
      // The log keeps the sentence as the person read it; the code and data are for wording it in the interface.
      errors: errors.slice(0, ERRORS_KEPT).map(({ row, column, message }) => ({ row, column, message })),
      ...(errors.length > ERRORS_KEPT ? { errorsNotStored: errors.length - ERRORS_KEPT } : {}),
    },
  };
}
