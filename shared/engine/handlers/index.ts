// The table from command type to handler.
import { setAnswer } from './answerHandlers';
import { setPrincipleIntegration } from './assessmentHandlers';
import type { HandlerTable } from './context';
import { addFramework, upgradeFramework } from './frameworkHandlers';
import { importInventory } from './inventoryHandlers';
import { updateReview } from './reviewHandlers';
import { addSystem, classifyUse, removeSystem, updateSystem } from './systemHandlers';

export const HANDLERS: HandlerTable = {
  updateReview,
  addSystem,
  updateSystem,
  removeSystem,
  classifyUse,
  setAnswer,
  setPrincipleIntegration,
  addFramework,
  upgradeFramework,
  importInventory,
};

/** Commands after which the engine reloads the embedded checklist content. */
export const CONTENT_COMMANDS: ReadonlySet<string> = new Set(['addFramework', 'upgradeFramework']);
