// Suggests how far a principle is integrated in a system (Charter Appendix IV), from the item answers.
import type { AnswerStatus } from '../model/status';

/**
 * With levels ordered from least to most integrated: the last level when every applicable
 * item is compliant, the first when none is even partly met, a middle level otherwise.
 * No suggestion until every applicable item has an answer: a half-done review proves little.
 */
export function suggestIntegration(statuses: readonly AnswerStatus[], levelIds: readonly string[]): string | null {
  const first = levelIds[0];
  const last = levelIds[levelIds.length - 1];
  const middle = levelIds[Math.floor((levelIds.length - 1) / 2)] ?? first;
  if (first === undefined || last === undefined || middle === undefined) return null;
  const relevant = statuses.filter((s) => s !== 'not_applicable');
  if (relevant.length === 0 || relevant.includes('not_reviewed')) return null;
  if (relevant.every((s) => s === 'compliant')) return last;
  if (relevant.every((s) => s === 'non_compliant')) return first;
  return levelIds.length > 2 ? middle : first;
}
