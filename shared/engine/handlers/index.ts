// The table from command type to handler.
import { copyAnswers, setAnswer, setAnswers, setApplicability } from './answerHandlers';
import { setPrincipleIntegration } from './assessmentHandlers';
import { addEvidence, removeEvidence, signOff } from './evidenceHandlers';
import { addAction, addFinding, removeAction, removeFinding, updateAction, updateFinding } from './findingHandlers';
import type { HandlerTable } from './context';
import { addFramework, upgradeFramework } from './frameworkHandlers';
import { importInventory } from './inventoryHandlers';
import { mergeReturnedFiles } from './mergeHandlers';
import { updateReview } from './reviewHandlers';
import { updateSystems } from './systemBatchHandlers';
import { addSystem, classifyUse, removeSystem, updateSystem } from './systemHandlers';

export const HANDLERS: HandlerTable = {
  updateReview,
  addSystem,
  updateSystem,
  updateSystems,
  removeSystem,
  classifyUse,
  setAnswer,
  setAnswers,
  copyAnswers,
  setApplicability,
  setPrincipleIntegration,
  addFramework,
  upgradeFramework,
  importInventory,
  addFinding,
  updateFinding,
  removeFinding,
  addAction,
  updateAction,
  removeAction,
  addEvidence,
  removeEvidence,
  signOff,
  mergeReturnedFiles,
};

/** Commands after which the engine reloads the embedded checklist content. */
export const CONTENT_COMMANDS: ReadonlySet<string> = new Set(['addFramework', 'upgradeFramework']);
