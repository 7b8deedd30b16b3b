// How each answer status is named and keyed in the interface. The names come from the shared glossary and
// are translated each time they are read, so they follow a change of language.
import type { AnswerStatus } from '../../../shared/model/status';
import { t } from '../../i18n/i18n';

export interface StatusChoice {
  status: AnswerStatus;
  /** The key that gives this answer on the checklist screen: the same in every language. */
  key: string;
  /** The status's name in the current language. */
  readonly label: string;
}

function choice(status: AnswerStatus, key: string): StatusChoice {
  return {
    status,
    key,
    get label() {
      return statusLabel(status);
    },
  };
}

export const STATUS_CHOICES: readonly StatusChoice[] = [
  choice('compliant', '1'),
  choice('partial', '2'),
  choice('non_compliant', '3'),
  choice('not_applicable', '4'),
  choice('not_reviewed', '5'),
];

export function statusLabel(status: AnswerStatus): string {
  return t(`common:status.${status}`);
}
