// Words for the field-work screen: statuses, counts and round changes as a person reads them. Each is looked up
// when it is shown, so a language switch changes them at once.
import type { ConflictSide, MergeCounts, MergeMode, RoundChange } from '../../../shared/fieldwork';
import { format } from '../../i18n/format';
import { t } from '../../i18n/i18n';

const STATUS_KEYS = {
  compliant: 'common:status.compliant',
  partial: 'common:status.partial',
  non_compliant: 'common:status.non_compliant',
  not_applicable: 'common:status.not_applicable',
  not_reviewed: 'common:status.not_reviewed',
  not_integrated: 'fieldwork:status.notIntegrated',
  partially_integrated: 'fieldwork:status.partiallyIntegrated',
  fully_integrated: 'fieldwork:status.fullyIntegrated',
} as const;

const known = <K extends string>(keys: Record<K, unknown>, name: string): name is K => Object.hasOwn(keys, name);

/** An answer's status or a principle's integration level in words; an unknown value is shown as stored. */
export function statusWord(status: string | null): string {
  if (status === null) return '';
  return known(STATUS_KEYS, status) ? t(STATUS_KEYS[status]) : status;
}

const FIELD_KEYS = {
  status: 'fieldwork:field.status',
  justification: 'fieldwork:field.justification',
  applies_override: 'fieldwork:field.appliesOverride',
  applies_override_reason: 'fieldwork:field.appliesOverrideReason',
  level: 'fieldwork:field.level',
  item_id: 'fieldwork:field.itemId',
  provider_type: 'fieldwork:field.providerType',
  provider_name: 'fieldwork:field.providerName',
  use_category: 'fieldwork:field.useCategory',
  use_category_reason: 'fieldwork:field.useCategoryReason',
  use_category_source: 'fieldwork:field.useCategorySource',
  data_processed: 'fieldwork:field.dataProcessed',
  legal_areas: 'fieldwork:field.legalAreas',
  go_live: 'fieldwork:field.goLive',
  custom_fields: 'fieldwork:field.customFields',
  finding_id: 'fieldwork:field.findingId',
  due_date: 'fieldwork:field.dueDate',
} as const;

/** A record's field in words; a field this screen does not know is shown as its name, spaced out. */
export function fieldWord(field: string): string {
  if (known(FIELD_KEYS, field)) return t(FIELD_KEYS[field]);
  const word = field.replace(/_/g, ' ');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function whoAndWhen(side: ConflictSide): string {
  const who = side.by || t('fieldwork:conflict.someoneNotNamed');
  return side.at ? t('fieldwork:conflict.byAt', { who, when: format().dateTime(side.at) }) : who;
}

const MODE_KEYS = {
  package: 'fieldwork:mode.package',
  copy: 'fieldwork:mode.copy',
  'new-round': 'fieldwork:mode.newRound',
} as const satisfies Record<MergeMode, string>;

export const modeWord = (mode: MergeMode): string => t(MODE_KEYS[mode]);

const COUNT_KEYS = {
  answers: 'fieldwork:counts.answers',
  principles: 'fieldwork:counts.principles',
  systemsAdded: 'fieldwork:counts.systemsAdded',
  systemsChanged: 'fieldwork:counts.systemsChanged',
  findingsAdded: 'fieldwork:counts.findingsAdded',
  findingsChanged: 'fieldwork:counts.findingsChanged',
  findingsRemoved: 'fieldwork:counts.findingsRemoved',
  actionsAdded: 'fieldwork:counts.actionsAdded',
  actionsChanged: 'fieldwork:counts.actionsChanged',
  actionsRemoved: 'fieldwork:counts.actionsRemoved',
  evidenceAdded: 'fieldwork:counts.evidenceAdded',
  evidenceRemoved: 'fieldwork:counts.evidenceRemoved',
  signOffsAdded: 'fieldwork:counts.signOffsAdded',
} as const satisfies Record<keyof MergeCounts, string>;

/** "3 answers, 1 finding added" — only what is there; "nothing" when empty. */
export function countsText(counts: MergeCounts): string {
  const parts = (Object.keys(COUNT_KEYS) as (keyof MergeCounts)[])
    .filter((key) => counts[key] > 0)
    .map((key) => t(COUNT_KEYS[key], { count: counts[key] }));
  return parts.length > 0 ? parts.join(', ') : t('fieldwork:counts.nothing');
}

const ROUND_KEYS = {
  improved: 'fieldwork:round.improved',
  regressed: 'fieldwork:round.regressed',
  unchanged: 'fieldwork:round.unchanged',
  new: 'fieldwork:round.new',
  disappeared: 'fieldwork:round.disappeared',
} as const satisfies Record<RoundChange, string>;

/** A change between rounds in words and a sign, so it never depends on colour alone. */
export const roundWord = (change: RoundChange): string => t(ROUND_KEYS[change]);
