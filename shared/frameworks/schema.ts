// The format of checklist content. A framework is versioned data; code never hard-codes an item.
import { z } from 'zod';
import { RULE_ATTRIBUTES, USE_CATEGORIES, type RuleAttribute, type SystemRecord } from '../model/system';

/** Text in every interface language the content is written for. */
export const LocalisedText = z.object({
  en: z.string().min(1),
  fr: z.string().min(1),
  az: z.string().min(1).optional(),
});
export type LocalisedText = z.infer<typeof LocalisedText>;
export type ContentLanguage = 'en' | 'fr' | 'az';

export function localise(text: LocalisedText, language: ContentLanguage): string {
  return text[language] ?? text.en;
}

/** Where in a source document an item comes from: "CEPEJ Charter, Principle 3, §2". */
export const SourceReference = z.object({
  document: z.string().min(1),
  section: z.string().min(1),
});
export type SourceReference = z.infer<typeof SourceReference>;

const ruleAttribute = z.enum(Object.keys(RULE_ATTRIBUTES) as [RuleAttribute, ...RuleAttribute[]]);

/**
 * When an item applies to a system, as a test over the system's attributes.
 * An attribute that has not been set yet never excludes an item: until the
 * inventory says otherwise, the reviewer is asked.
 */
export type ApplicabilityRule =
  | { attribute: RuleAttribute; anyOf: string[] }
  | { all: ApplicabilityRule[] }
  | { any: ApplicabilityRule[] }
  | { not: ApplicabilityRule };

export const ApplicabilityRule: z.ZodType<ApplicabilityRule> = z.lazy(() =>
  z.union([
    z
      .object({ attribute: ruleAttribute, anyOf: z.array(z.string()).min(1) })
      .strict()
      .superRefine((rule, ctx) => {
        const allowed: readonly string[] = RULE_ATTRIBUTES[rule.attribute];
        for (const value of rule.anyOf) {
          if (!allowed.includes(value)) {
            ctx.addIssue({
              code: 'custom',
              message: `"${value}" is not a value of ${rule.attribute} (expected one of ${allowed.join(', ')}).`,
            });
          }
        }
      }),
    z.object({ all: z.array(ApplicabilityRule).min(1) }).strict(),
    z.object({ any: z.array(ApplicabilityRule).min(1) }).strict(),
    z.object({ not: ApplicabilityRule }).strict(),
  ]),
);

export const Severity = z.enum(['low', 'medium', 'high']);
export type Severity = z.infer<typeof Severity>;

export const ITEM_ID_PATTERN = /^[a-z0-9-]+\/[a-z0-9][a-z0-9.-]*$/;

export const ChecklistItem = z
  .object({
    /** Stable forever once published: `<framework id>/<local id>`. A changed meaning gets a new id. */
    id: z.string().regex(ITEM_ID_PATTERN),
    principle: z.string().min(1),
    question: LocalisedText,
    guidance: LocalisedText,
    references: z.array(SourceReference).min(1),
    severity: Severity,
    appliesWhen: ApplicabilityRule.optional(),
    /** Why the rule exists, shown when an item is not applicable to a system. */
    applicabilityNote: LocalisedText.optional(),
    /**
     * Crosswalk: ids of items in other frameworks that ask about the same thing.
     * Checked across the whole set by `validateFrameworkSet` (targets exist, links are symmetric).
     */
    related: z.array(z.string().regex(ITEM_ID_PATTERN)).min(1).optional(),
  })
  .strict()
  .superRefine((item, ctx) => {
    const own = `${item.id.split('/')[0] ?? ''}/`;
    const seen = new Set<string>();
    (item.related ?? []).forEach((link, index) => {
      if (link.startsWith(own)) {
        ctx.addIssue({
          code: 'custom',
          path: ['related', index],
          message: `Item ${item.id} links to ${link} in its own framework; crosswalk links join different frameworks.`,
        });
      }
      if (seen.has(link)) {
        ctx.addIssue({ code: 'custom', path: ['related', index], message: `Item ${item.id} lists ${link} twice.` });
      }
      seen.add(link);
    });
  });
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const Principle = z
  .object({
    id: z.string().min(1),
    code: z.string().min(1),
    title: LocalisedText,
    summary: LocalisedText,
    references: z.array(SourceReference).min(1),
  })
  .strict();
export type Principle = z.infer<typeof Principle>;

/** One group of Appendix II of the CEPEJ Charter, as data the UI can show next to the classification. */
export const UseCategoryContent = z
  .object({
    id: z.enum(USE_CATEGORIES),
    title: LocalisedText,
    description: LocalisedText,
    examples: z.array(LocalisedText).min(1),
    reference: SourceReference,
  })
  .strict();
export type UseCategoryContent = z.infer<typeof UseCategoryContent>;

/**
 * Whether each rule attribute holds a list of values (multiple choice) or one value (single choice).
 * The `satisfies` clause breaks the build if the system model changes shape underneath it.
 */
export const MULTI_VALUED_ATTRIBUTES = {
  stage: false,
  providerType: false,
  useCategory: false,
  automation: false,
  dataProcessed: true,
  legalAreas: true,
} as const satisfies { [K in RuleAttribute]: NonNullable<SystemRecord[K]> extends readonly unknown[] ? true : false };

export const ScopingOption = z
  .object({
    /** A value of the question's attribute, as listed in RULE_ATTRIBUTES. */
    value: z.string().min(1),
    label: LocalisedText,
  })
  .strict();
export type ScopingOption = z.infer<typeof ScopingOption>;

/** A plain question whose answer sets one system attribute, and so decides which items apply. */
export const ScopingQuestion = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    question: LocalisedText,
    help: LocalisedText,
    attribute: ruleAttribute,
    /** `multiple` for list attributes (each ticked option adds its value), `single` otherwise. */
    choice: z.enum(['single', 'multiple']),
    options: z.array(ScopingOption).min(2),
  })
  .strict()
  .superRefine((question, ctx) => {
    const allowed: readonly string[] = RULE_ATTRIBUTES[question.attribute];
    const expectedChoice = MULTI_VALUED_ATTRIBUTES[question.attribute] ? 'multiple' : 'single';
    if (question.choice !== expectedChoice) {
      ctx.addIssue({
        code: 'custom',
        path: ['choice'],
        message: `Scoping question ${question.id} sets ${question.attribute}, which takes a ${expectedChoice} choice.`,
      });
    }
    const seen = new Set<string>();
    question.options.forEach((option, index) => {
      if (!allowed.includes(option.value)) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', index, 'value'],
          message: `"${option.value}" is not a value of ${question.attribute} (expected one of ${allowed.join(', ')}).`,
        });
      }
      if (seen.has(option.value)) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', index, 'value'],
          message: `Scoping question ${question.id} offers "${option.value}" twice.`,
        });
      }
      seen.add(option.value);
    });
  });
export type ScopingQuestion = z.infer<typeof ScopingQuestion>;

export const IntegrationLevel = z
  .object({
    id: z.string().regex(/^[a-z0-9_]+$/),
    label: LocalisedText,
    description: LocalisedText,
  })
  .strict();
export type IntegrationLevel = z.infer<typeof IntegrationLevel>;

/** A per-principle self-assessment (in the manner of Charter Appendix IV): levels from least to most integrated. */
export const IntegrationScale = z
  .object({
    question: LocalisedText,
    levels: z.array(IntegrationLevel).min(2),
    references: z.array(SourceReference).min(1),
  })
  .strict()
  .superRefine((scale, ctx) => {
    const ids = scale.levels.map((level) => level.id);
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({ code: 'custom', path: ['levels'], message: 'Integration levels must have distinct ids.' });
    }
  });
export type IntegrationScale = z.infer<typeof IntegrationScale>;

export const FrameworkContent = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Semantic version of the content: major when items are removed or change meaning. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    title: LocalisedText,
    shortTitle: LocalisedText,
    publisher: z.string().min(1),
    published: z.string().min(4),
    source: z.object({ title: z.string().min(1), reference: z.string().min(1) }).strict(),
    description: LocalisedText,
    principles: z.array(Principle).min(1),
    items: z.array(ChecklistItem).min(1),
    /** The Appendix II groups, exactly one per USE_CATEGORIES value and in that order. */
    useCategories: z.array(UseCategoryContent).optional(),
    scoping: z.array(ScopingQuestion).min(1).optional(),
    integrationScale: IntegrationScale.optional(),
  })
  .strict()
  .superRefine((framework, ctx) => {
    if (framework.useCategories) {
      const ids = framework.useCategories.map((category) => category.id);
      if (ids.length !== USE_CATEGORIES.length || ids.some((id, index) => id !== USE_CATEGORIES[index])) {
        ctx.addIssue({
          code: 'custom',
          path: ['useCategories'],
          message: `useCategories must list ${USE_CATEGORIES.join(', ')} once each, in that order (found ${ids.join(', ')}).`,
        });
      }
    }
    const scopingIds = new Set<string>();
    const scopedAttributes = new Set<string>();
    (framework.scoping ?? []).forEach((question, index) => {
      if (scopingIds.has(question.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['scoping', index, 'id'],
          message: `Duplicate scoping question ${question.id}.`,
        });
      }
      // Two questions setting one attribute could contradict each other; one question per attribute.
      if (scopedAttributes.has(question.attribute)) {
        ctx.addIssue({
          code: 'custom',
          path: ['scoping', index, 'attribute'],
          message: `More than one scoping question sets ${question.attribute}.`,
        });
      }
      scopingIds.add(question.id);
      scopedAttributes.add(question.attribute);
    });
    const principleIds = new Set(framework.principles.map((p) => p.id));
    const seen = new Set<string>();
    framework.items.forEach((item, index) => {
      if (!item.id.startsWith(`${framework.id}/`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'id'],
          message: `Item id ${item.id} must start with "${framework.id}/".`,
        });
      }
      if (seen.has(item.id)) {
        ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `Duplicate item id ${item.id}.` });
      }
      seen.add(item.id);
      if (!principleIds.has(item.principle)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'principle'],
          message: `Item ${item.id} names unknown principle ${item.principle}.`,
        });
      }
    });
    for (const principle of framework.principles) {
      if (!framework.items.some((item) => item.principle === principle.id)) {
        ctx.addIssue({ code: 'custom', path: ['principles'], message: `Principle ${principle.id} has no items.` });
      }
    }
  });
export type FrameworkContent = z.infer<typeof FrameworkContent>;
