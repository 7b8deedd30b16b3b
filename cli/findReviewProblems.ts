// Consistency checks on an opened review, written against the engine's public queries only,
// so they hold for any file the engine can open. Each problem is something a person can fix.
import type { ReviewEngine } from '../shared/engine/ReviewEngine';
import type { AnswerStatus } from '../shared/model/status';

export type ReviewProblemCode = 'missing-title' | 'no-frameworks' | 'duplicate-system-name' | 'missing-justification';

export interface ReviewProblem {
  code: ReviewProblemCode;
  message: string;
  /** Set when the problem belongs to one system. */
  systemId?: string;
  /** Set when the problem belongs to one checklist item of that system. */
  itemId?: string;
}

const STATUS_WORDS: Record<AnswerStatus, string> = {
  compliant: 'compliant',
  partial: 'partial',
  non_compliant: 'non-compliant',
  not_applicable: 'not applicable',
  not_reviewed: 'not reviewed',
};

export function findReviewProblems(engine: ReviewEngine): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  const info = engine.info();
  if (info.title.trim() === '') {
    problems.push({ code: 'missing-title', message: 'The review has no title. Give it one in the app.' });
  }
  if (info.frameworks.length === 0) {
    problems.push({
      code: 'no-frameworks',
      message:
        'The review contains no checklist, so there is nothing to answer. Create a new review with at least one framework.',
    });
  }

  const systems = engine.systems();
  const byName = new Map<string, string[]>();
  for (const system of systems) {
    // Reports and `--system NAME` pick systems by name: two with the same name are ambiguous.
    const key = system.name.trim().toLocaleLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), system.id]);
  }
  for (const system of systems) {
    const sameName = byName.get(system.name.trim().toLocaleLowerCase()) ?? [];
    if (sameName.length > 1 && sameName[0] === system.id) {
      problems.push({
        code: 'duplicate-system-name',
        message: `${sameName.length} systems are named "${system.name}". Rename them so that reports and scripts can tell them apart.`,
        systemId: system.id,
      });
    }
  }

  for (const system of systems) {
    for (const framework of engine.checklist(system.id).frameworks) {
      for (const principle of framework.principles) {
        for (const item of principle.items) {
          // An item that no longer applies to the system is left out of scores and reports,
          // so its answer cannot mislead anyone.
          if (!item.applicable || !item.needsJustification) continue;
          problems.push({
            code: 'missing-justification',
            message: `System "${system.name}", item ${item.id} (${framework.title}, ${principle.code}): the answer "${STATUS_WORDS[item.status]}" has no justification. Add the reason for this answer.`,
            systemId: system.id,
            itemId: item.id,
          });
        }
      }
    }
  }
  return problems;
}
