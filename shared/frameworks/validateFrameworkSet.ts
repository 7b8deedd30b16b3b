// Checks that hold across frameworks rather than within one: unique ids and a sound crosswalk.
// Each framework is expected to have passed FrameworkContent validation already.
import type { FrameworkContent } from './schema';

export type FrameworkSetProblemCode =
  'duplicate-framework' | 'duplicate-item' | 'unknown-link' | 'link-within-framework' | 'one-way-link';

export interface FrameworkSetProblem {
  code: FrameworkSetProblemCode;
  /** The item the problem was found on, when there is one. */
  itemId?: string;
  message: string;
}

/** Every problem found in a set of frameworks meant to be shipped or used together; empty when sound. */
export function validateFrameworkSet(frameworks: readonly FrameworkContent[]): FrameworkSetProblem[] {
  const problems: FrameworkSetProblem[] = [];
  const frameworkIds = new Set<string>();
  /** Item id → id of the framework that holds it. */
  const owner = new Map<string, string>();
  const links = new Map<string, ReadonlySet<string>>();

  for (const framework of frameworks) {
    if (frameworkIds.has(framework.id)) {
      problems.push({ code: 'duplicate-framework', message: `Framework ${framework.id} appears more than once.` });
    }
    frameworkIds.add(framework.id);
    for (const item of framework.items) {
      const holder = owner.get(item.id);
      if (holder !== undefined) {
        problems.push({
          code: 'duplicate-item',
          itemId: item.id,
          message: `Item id ${item.id} is used in both ${holder} and ${framework.id}; item ids must be unique across frameworks.`,
        });
        continue;
      }
      owner.set(item.id, framework.id);
      links.set(item.id, new Set(item.related ?? []));
    }
  }

  for (const [itemId, targets] of links) {
    const from = owner.get(itemId);
    for (const target of targets) {
      const to = owner.get(target);
      if (to === undefined) {
        problems.push({
          code: 'unknown-link',
          itemId,
          message: `Item ${itemId} links to ${target}, which is not an item of any framework in the set.`,
        });
      } else if (to === from) {
        problems.push({
          code: 'link-within-framework',
          itemId,
          message: `Item ${itemId} links to ${target} in its own framework; crosswalk links join different frameworks.`,
        });
      } else if (!links.get(target)?.has(itemId)) {
        problems.push({
          code: 'one-way-link',
          itemId,
          message: `Item ${itemId} links to ${target}, but ${target} does not link back.`,
        });
      }
    }
  }
  return problems;
}
