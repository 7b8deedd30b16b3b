// Words for the field-work screen: statuses, counts and round changes as a person reads them.
import type { ConflictSide, MergeCounts, MergeMode, RoundChange } from '../../../shared/fieldwork';

const STATUS_WORDS: Record<string, string> = {
  compliant: 'Compliant',
  partial: 'Partial',
  non_compliant: 'Non-compliant',
  not_applicable: 'Not applicable',
  not_reviewed: 'Not reviewed',
  not_integrated: 'Not integrated',
  partially_integrated: 'Partially integrated',
  fully_integrated: 'Fully integrated',
};

export const statusWord = (status: string | null) => (status === null ? '' : (STATUS_WORDS[status] ?? status));

const FIELD_WORDS: Record<string, string> = {
  status: 'Status',
  justification: 'Justification',
  applies_override: 'Applicability override',
  applies_override_reason: 'Reason for the override',
  level: 'Integration level',
  item_id: 'Item',
  provider_type: 'Provider',
  provider_name: 'Provider name',
  use_category: 'Appendix II group',
  use_category_reason: 'Reason for the group',
  use_category_source: 'Group chosen by',
  data_processed: 'Data processed',
  legal_areas: 'Legal areas',
  go_live: 'Go-live',
  custom_fields: 'Court’s own fields',
  finding_id: 'Finding',
  due_date: 'Due date',
};

export function fieldWord(field: string): string {
  const word = FIELD_WORDS[field] ?? field.replace(/_/g, ' ');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function whoAndWhen(side: ConflictSide): string {
  const when = side.at ? new Date(side.at).toLocaleString() : '';
  return [side.by || 'someone not named', when].filter(Boolean).join(', ');
}

export const MODE_WORDS: Record<MergeMode, string> = {
  package: 'Assessor package',
  copy: 'Copy of this review',
  'new-round': 'Another review, as a new round',
};

const COUNT_WORDS: [keyof MergeCounts, string, string][] = [
  ['answers', 'answer', 'answers'],
  ['principles', 'integration level', 'integration levels'],
  ['systemsAdded', 'system added', 'systems added'],
  ['systemsChanged', 'system profile changed', 'system profiles changed'],
  ['findingsAdded', 'finding added', 'findings added'],
  ['findingsChanged', 'finding changed', 'findings changed'],
  ['findingsRemoved', 'finding removed', 'findings removed'],
  ['actionsAdded', 'action added', 'actions added'],
  ['actionsChanged', 'action changed', 'actions changed'],
  ['actionsRemoved', 'action removed', 'actions removed'],
  ['evidenceAdded', 'evidence file added', 'evidence files added'],
  ['evidenceRemoved', 'evidence file removed', 'evidence files removed'],
  ['signOffsAdded', 'sign-off added', 'sign-offs added'],
];

/** "3 answers, 1 finding added" — only what is there; "nothing" when empty. */
export function countsText(counts: MergeCounts): string {
  const parts = COUNT_WORDS.filter(([key]) => counts[key] > 0).map(
    ([key, one, many]) => `${counts[key]} ${counts[key] === 1 ? one : many}`,
  );
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}

/** A change between rounds in words and a sign, so it never depends on colour alone. */
export const ROUND_WORDS: Record<RoundChange, string> = {
  improved: '▲ Improved',
  regressed: '▼ Regressed',
  unchanged: '= Unchanged',
  new: '+ New',
  disappeared: '− Disappeared',
};
