// The attributes of an AI system in the inventory, and the zod schemas that guard them.
import { z } from 'zod';

export const SYSTEM_STAGES = ['idea', 'pilot', 'production', 'retired'] as const;
export const PROVIDER_TYPES = ['in_house', 'vendor'] as const;
/** The four groups of Appendix II of the CEPEJ Charter, from least to most reserved. */
export const USE_CATEGORIES = ['encouraged', 'precautions', 'further_study', 'extreme_reservations'] as const;
export const AUTOMATION_LEVELS = ['information', 'support', 'decision'] as const;
export const DATA_KINDS = ['personal', 'special_categories', 'criminal', 'biometric'] as const;
export const LEGAL_AREAS = ['civil', 'criminal', 'administrative', 'commercial', 'family', 'other'] as const;

export const SystemStage = z.enum(SYSTEM_STAGES);
export const ProviderType = z.enum(PROVIDER_TYPES);
export const UseCategory = z.enum(USE_CATEGORIES);
export const AutomationLevel = z.enum(AUTOMATION_LEVELS);
export const DataKind = z.enum(DATA_KINDS);
export const LegalArea = z.enum(LEGAL_AREAS);

const text = (max: number) => z.string().max(max);

/** Editable attributes of a system; every one but the name is optional. */
export const SystemAttributes = z.object({
  name: z.string().trim().min(1, 'A system needs a name.').max(300),
  organisation: text(300).optional(),
  country: text(100).optional(),
  purpose: text(5000).optional(),
  stage: SystemStage.nullable().optional(),
  providerType: ProviderType.nullable().optional(),
  providerName: text(300).optional(),
  useCategory: UseCategory.nullable().optional(),
  automation: AutomationLevel.nullable().optional(),
  /** null: not stated yet; []: stated that none of these kinds of data are processed. */
  dataProcessed: z.array(DataKind).nullable().optional(),
  legalAreas: z.array(LegalArea).nullable().optional(),
  users: text(1000).optional(),
  hosting: text(300).optional(),
  contact: text(300).optional(),
  goLive: text(40).optional(),
  notes: text(20000).optional(),
  /** Columns of an imported inventory that are not attributes, kept by their heading. Replaced as a whole. */
  customFields: z.record(z.string().trim().min(1).max(200), text(5000)).optional(),
});
export type SystemAttributes = z.infer<typeof SystemAttributes>;

export interface SystemRecord {
  id: string;
  name: string;
  organisation: string;
  country: string;
  purpose: string;
  stage: (typeof SYSTEM_STAGES)[number] | null;
  providerType: (typeof PROVIDER_TYPES)[number] | null;
  providerName: string;
  useCategory: (typeof USE_CATEGORIES)[number] | null;
  /** Why the system is in that Appendix II group; shown in reports. */
  useCategoryReason: string;
  useCategorySource: 'assistant' | 'reviewer' | 'import' | null;
  automation: (typeof AUTOMATION_LEVELS)[number] | null;
  /** null while not stated; an empty list means "none of these". */
  dataProcessed: (typeof DATA_KINDS)[number][] | null;
  legalAreas: (typeof LEGAL_AREAS)[number][] | null;
  users: string;
  hosting: string;
  contact: string;
  goLive: string;
  notes: string;
  /** Imported columns that are not attributes, by heading; {} when there are none. */
  customFields: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

/**
 * The attributes an applicability rule may test. Content files are validated
 * against this list so a rule can never name an attribute that does not exist.
 */
export const RULE_ATTRIBUTES = {
  stage: SYSTEM_STAGES,
  providerType: PROVIDER_TYPES,
  useCategory: USE_CATEGORIES,
  automation: AUTOMATION_LEVELS,
  dataProcessed: DATA_KINDS,
  legalAreas: LEGAL_AREAS,
} as const;
export type RuleAttribute = keyof typeof RULE_ATTRIBUTES;
