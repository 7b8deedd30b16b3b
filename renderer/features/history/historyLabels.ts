// Words for the history screen: what each command type is called in the "What" filter, and which page of
// the log is shown. Pure functions, unit-tested.
import type { CommandType } from '../../../shared/engine/commands';

/** Every command type the log can hold, named as a kind of change; the type system keeps the list complete. */
export const COMMAND_LABELS: Record<CommandType | 'undo' | 'redo', string> = {
  setAnswer: 'Answers',
  setAnswers: 'Answers set in bulk',
  copyAnswers: 'Answers copied',
  setApplicability: 'Applicability overrides',
  addSystem: 'Systems added',
  updateSystem: 'System details',
  updateSystems: 'Systems edited in bulk',
  removeSystem: 'Systems removed',
  classifyUse: 'Appendix II groups',
  importInventory: 'Inventory imports',
  setPrincipleIntegration: 'Integration levels (Appendix IV)',
  addFinding: 'Findings added',
  updateFinding: 'Findings changed',
  removeFinding: 'Findings removed',
  addAction: 'Actions added',
  updateAction: 'Actions changed',
  removeAction: 'Actions removed',
  addEvidence: 'Evidence attached',
  removeEvidence: 'Evidence removed',
  signOff: 'Sign-offs',
  addFramework: 'Checklists added',
  upgradeFramework: 'Checklist upgrades',
  updateReview: 'Review details',
  mergeReturnedFiles: 'Returned files merged',
  undo: 'Undo',
  redo: 'Redo',
};

export function commandLabel(command: string): string {
  if (Object.hasOwn(COMMAND_LABELS, command)) return COMMAND_LABELS[command as keyof typeof COMMAND_LABELS];
  // A command of a newer version of the app: "fooBar" reads "Foo bar".
  const words = command.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "1–50 of 1,234 changes"; "No changes" for an empty page. */
export function pageRangeText(offset: number, shown: number, total: number): string {
  if (total === 0 || shown === 0) return 'No changes';
  const format = (n: number) => n.toLocaleString('en');
  const noun = total === 1 ? 'change' : 'changes';
  return `${format(offset + 1)}–${format(offset + shown)} of ${format(total)} ${noun}`;
}

/** The offset of the last page, for a log of `total` entries shown `limit` at a time. */
export function lastPageOffset(total: number, limit: number): number {
  return total <= 0 ? 0 : Math.floor((total - 1) / limit) * limit;
}
