// Applicability rules read as plain sentences in English and French, for items whose content gives no note.
import { describe, expect, it } from 'vitest';
import { builtInFrameworks } from '../../../../shared/frameworks/builtIn';
import { describeCondition, describeRule } from '../../../../shared/frameworks/describeRule';
import type { ApplicabilityRule } from '../../../../shared/frameworks/schema';

describe('describeRule', () => {
  it('says that an item without a rule applies to every system', () => {
    expect(describeRule(undefined)).toBe('Applies to every system.');
    expect(describeRule(undefined, 'fr')).toBe("S'applique à tous les systèmes.");
  });

  it('names the attribute and lists its values with "or"', () => {
    const rule: ApplicabilityRule = { attribute: 'automation', anyOf: ['support', 'decision'] };
    expect(describeRule(rule)).toBe(
      'Applies only when the role of its output is decision support or automated decision.',
    );
    expect(describeRule(rule, 'fr')).toBe(
      "S'applique uniquement lorsque le rôle de son résultat est aide à la décision ou décision automatisée.",
    );
  });

  it('says "include" for attributes that hold a list, with commas before the last value', () => {
    const rule: ApplicabilityRule = {
      attribute: 'dataProcessed',
      anyOf: ['personal', 'special_categories', 'criminal'],
    };
    expect(describeCondition(rule)).toBe(
      'the data it processes include personal data, special categories of personal data or data on criminal offences',
    );
  });

  it('joins groups with "and" / "or" and brackets nested groups so the grouping stays clear', () => {
    const rule: ApplicabilityRule = {
      all: [
        { attribute: 'stage', anyOf: ['pilot', 'production'] },
        {
          any: [
            { attribute: 'legalAreas', anyOf: ['criminal'] },
            { not: { attribute: 'providerType', anyOf: ['in_house'] } },
          ],
        },
      ],
    };
    expect(describeRule(rule)).toBe(
      'Applies only when the stage of the system is pilot or regular use and ' +
        '(the areas of law it is used in include criminal law or ' +
        'it is not the case that the provider is a public body, in-house).',
    );
    expect(describeRule(rule, 'fr')).toContain(
      ' et (les matières dans lesquelles il est utilisé comprennent la matière pénale ou ',
    );
  });

  it('describes every rule of the shipped content without falling back to raw value names', () => {
    const rules = builtInFrameworks().flatMap((framework) =>
      framework.items.flatMap((item) => (item.appliesWhen ? [item.appliesWhen] : [])),
    );
    expect(rules.length).toBeGreaterThan(20);
    for (const rule of rules) {
      for (const language of ['en', 'fr'] as const) {
        // Value ids such as special_categories or in_house would mean a value has no words yet.
        expect(describeRule(rule, language)).not.toMatch(/_/);
      }
    }
  });
});
