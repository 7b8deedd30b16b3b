// Decides which checklist items apply to a system, from its inventory attributes.
import type { RuleAttribute, SystemRecord } from '../model/system';
import type { ApplicabilityRule } from './schema';

export type RuleSubject = Pick<SystemRecord, RuleAttribute>;

/** Three-valued: `unknown` when the rule tests an attribute the inventory has not set. */
type Truth = 'yes' | 'no' | 'unknown';

function evaluate(rule: ApplicabilityRule, system: RuleSubject): Truth {
  if ('attribute' in rule) {
    const value = system[rule.attribute];
    // null is "not stated yet"; an empty list is a statement: none of these.
    if (value === null) return 'unknown';
    const values: readonly string[] = Array.isArray(value) ? value : [value];
    return values.some((v) => rule.anyOf.includes(v)) ? 'yes' : 'no';
  }
  if ('all' in rule) {
    const results = rule.all.map((r) => evaluate(r, system));
    if (results.includes('no')) return 'no';
    return results.includes('unknown') ? 'unknown' : 'yes';
  }
  if ('any' in rule) {
    const results = rule.any.map((r) => evaluate(r, system));
    if (results.includes('yes')) return 'yes';
    return results.includes('unknown') ? 'unknown' : 'no';
  }
  const inner = evaluate(rule.not, system);
  return inner === 'unknown' ? 'unknown' : inner === 'yes' ? 'no' : 'yes';
}

/** An item applies unless its rule is definitely false for the system's known attributes. */
export function itemApplies(rule: ApplicabilityRule | undefined, system: RuleSubject): boolean {
  return rule === undefined || evaluate(rule, system) !== 'no';
}

/**
 * Whether an item applies once the reviewer's override is taken into account: the override, when there is
 * one (stored as 1 or 0), wins over the rule.
 */
export function itemAppliesWithOverride(
  rule: ApplicabilityRule | undefined,
  system: RuleSubject,
  override: boolean | null | undefined,
): boolean {
  return override ?? itemApplies(rule, system);
}
