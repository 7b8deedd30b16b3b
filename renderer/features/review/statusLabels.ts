// How each answer status is named and keyed in the interface.
import type { AnswerStatus } from '../../../shared/model/status';

export const STATUS_CHOICES: { status: AnswerStatus; label: string; key: string }[] = [
  { status: 'compliant', label: 'Compliant', key: '1' },
  { status: 'partial', label: 'Partial', key: '2' },
  { status: 'non_compliant', label: 'Non-compliant', key: '3' },
  { status: 'not_applicable', label: 'Not applicable', key: '4' },
  { status: 'not_reviewed', label: 'Not reviewed', key: '5' },
];

export function statusLabel(status: AnswerStatus): string {
  return STATUS_CHOICES.find((c) => c.status === status)?.label ?? status;
}
