// The format of checklist content. A framework is versioned data; code never hard-codes an item.
import { z } from 'zod';
import { RULE_ATTRIBUTES, type RuleAttribute } from '../model/system';

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
  })
  .strict();
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
  })
  .strict()
  .superRefine((framework, ctx) => {
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
