// One checklist item: the question, its status, the justification, guidance and sources.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItemView } from '../../../shared/engine/queries';
import type { AnswerStatus } from '../../../shared/model/status';
import type { ActionView, EvidenceView, FindingView } from '../../../shared/engine/recordQueries';
import { useFormat } from '../../i18n/format';
import { ApplicabilityNote } from './ApplicabilityNote';
import { ApplyToOthers } from './ApplyToOthers';
import { ItemRecords } from './ItemRecords';
import { RelatedItems, itemCardDomId } from './RelatedItems';
import { STATUS_CHOICES } from './statusLabels';

interface Props {
  item: ChecklistItemView;
  onAnswer: (status: AnswerStatus, justification?: string) => void;
  /** Evidence, findings and actions of this item, when the screen shows them. */
  records?: { systemId: string; findings: FindingView[]; actions: ActionView[]; evidence: EvidenceView[] };
}

export function ItemCard({ item, onAnswer, records }: Props) {
  const { t } = useTranslation('review');
  const format = useFormat();
  const id = useId();
  // The text being typed; null when the field shows what the review holds.
  const [draft, setDraft] = useState<string | null>(null);
  const justification = draft ?? item.justification;

  function commitJustification() {
    if (draft !== null && draft !== item.justification) onAnswer(item.status, draft);
    setDraft(null);
  }

  return (
    <article
      className={`item-card status-${item.status}${item.applicable ? '' : ' not-applicable-by-rule'}`}
      aria-labelledby={`${id}-q`}
      id={itemCardDomId(item.id)}
      tabIndex={-1}
      data-item-id={item.id}
      data-status={item.status}
      data-applicable={item.applicable}
    >
      <header>
        <span className="item-id">{item.id.split('/')[1]}</span>
        <h4 id={`${id}-q`}>{item.question}</h4>
        {item.recheck && (
          <span className="recheck-badge" title={t('itemCard.recheckTitle')}>
            {t('itemCard.recheck')}
          </span>
        )}
      </header>
      {records && <ApplicabilityNote systemId={records.systemId} item={item} />}
      <div className="status-choices" role="radiogroup" aria-labelledby={`${id}-q`}>
        {STATUS_CHOICES.map((choice) => (
          <button
            key={choice.status}
            type="button"
            role="radio"
            aria-checked={item.status === choice.status}
            className={`status-choice choice-${choice.status}`}
            onClick={() => onAnswer(choice.status)}
            title={t('itemCard.statusTitle', { status: choice.label, key: choice.key })}
          >
            {choice.label}
          </button>
        ))}
      </div>
      <label className="justification">
        {t('itemCard.justification')}
        {item.needsJustification && <span className="required"> {t('itemCard.required')}</span>}
        <textarea
          value={justification}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commitJustification}
          rows={2}
          aria-invalid={item.needsJustification}
          placeholder={t('itemCard.placeholder')}
        />
      </label>
      {item.updatedAt && item.status !== 'not_reviewed' && (
        <p className="answered-by">
          {item.updatedBy
            ? t('itemCard.lastChangedBy', { name: item.updatedBy, date: format.dateTime(item.updatedAt) })
            : t('itemCard.lastChanged', { date: format.dateTime(item.updatedAt) })}
        </p>
      )}
      {records && <ApplyToOthers systemId={records.systemId} item={item} />}
      <details className="guidance">
        <summary>{t('itemCard.guidance')}</summary>
        <p>{item.guidance}</p>
        <ul className="references" lang="en">
          {item.references.map((ref) => (
            <li key={`${ref.document}-${ref.section}`}>
              {ref.document}, {ref.section}
            </li>
          ))}
        </ul>
      </details>
      {records && <ItemRecords item={item} {...records} />}
      <RelatedItems related={item.related} />
    </article>
  );
}
