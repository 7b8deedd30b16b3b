// The table from command type to handler.
import { setAnswer } from './answerHandlers';
import type { HandlerTable } from './context';
import { updateReview } from './reviewHandlers';
import { addSystem, removeSystem, updateSystem } from './systemHandlers';

export const HANDLERS: HandlerTable = {
  updateReview,
  addSystem,
  updateSystem,
  removeSystem,
  setAnswer,
};
