// Words for the history screen: what each command type is called in the "What" filter, and which page of
// the log is shown, in the interface's language. Pure functions, unit-tested.
import type { CommandType } from '../../../shared/engine/commands';
import { t } from '../../i18n/i18n';

/**
 * Every command type the log can hold, named as a kind of change; the type system keeps the list complete.
 * Functions, so that each name is read when shown, in the language of that moment.
 */
export const COMMAND_LABELS: Record<CommandType | 'undo' | 'redo', () => string> = {
  setAnswer: () => t('history:command.setAnswer'),
  setAnswers: () => t('history:command.setAnswers'),
  copyAnswers: () => t('history:command.copyAnswers'),
  setApplicability: () => t('history:command.setApplicability'),
  addSystem: () => t('history:command.addSystem'),
  updateSystem: () => t('history:command.updateSystem'),
  updateSystems: () => t('history:command.updateSystems'),
  removeSystem: () => t('history:command.removeSystem'),
  classifyUse: () => t('history:command.classifyUse'),
  importInventory: () => t('history:command.importInventory'),
  setPrincipleIntegration: () => t('history:command.setPrincipleIntegration'),
  addFinding: () => t('history:command.addFinding'),
  updateFinding: () => t('history:command.updateFinding'),
  removeFinding: () => t('history:command.removeFinding'),
  addAction: () => t('history:command.addAction'),
  updateAction: () => t('history:command.updateAction'),
  removeAction: () => t('history:command.removeAction'),
  addEvidence: () => t('history:command.addEvidence'),
  removeEvidence: () => t('history:command.removeEvidence'),
  signOff: () => t('history:command.signOff'),
  addFramework: () => t('history:command.addFramework'),
  upgradeFramework: () => t('history:command.upgradeFramework'),
  updateReview: () => t('history:command.updateReview'),
  mergeReturnedFiles: () => t('history:command.mergeReturnedFiles'),
  undo: () => t('history:command.undo'),
  redo: () => t('history:command.redo'),
};

export function commandLabel(command: string): string {
  if (Object.hasOwn(COMMAND_LABELS, command)) return COMMAND_LABELS[command as keyof typeof COMMAND_LABELS]();
  // A command of a newer version of the app, which has no name here yet: "fooBar" reads "Foo bar".
  const words = command.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "1–50 of 1,234 changes"; "No changes" for an empty page. */
export function pageRangeText(offset: number, shown: number, total: number): string {
  if (total === 0 || shown === 0) return t('history:pager.empty');
  return t('history:pager.range', { from: offset + 1, to: offset + shown, count: total });
}

/** The offset of the last page, for a log of `total` entries shown `limit` at a time. */
export function lastPageOffset(total: number, limit: number): number {
  return total <= 0 ? 0 : Math.floor((total - 1) / limit) * limit;
}
