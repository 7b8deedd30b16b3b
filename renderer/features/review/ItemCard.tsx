// One checklist item: the question, its status, the justification, guidance and sources.
import { useId, useState } from 'react';
import type { ChecklistItemView } from '../../../shared/engine/queries';
import type { AnswerStatus } from '../../../shared/model/status';
import type { ActionView, EvidenceView, FindingView } from '../../../shared/engine/recordQueries';
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
          <span className="recheck-badge" title="The question was reworded in a newer version of the checklist.">
            To re-check
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
            title={`${choice.label} (${choice.key})`}
          >
            {choice.label}
          </button>
        ))}
      </div>
      <label className="justification">
        Justification{item.needsJustification && <span className="required"> — required for this status</span>}
        <textarea
          value={justification}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commitJustification}
          rows={2}
          aria-invalid={item.needsJustification}
          placeholder="What did you see? Which documents support the answer?"
        />
      </label>
      {item.updatedAt && item.status !== 'not_reviewed' && (
        <p className="answered-by">
          Last changed{item.updatedBy && ` by ${item.updatedBy}`} on{' '}
          {new Date(item.updatedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
        </p>
      )}
      {records && <ApplyToOthers systemId={records.systemId} item={item} />}
      <details className="guidance">
        <summary>Guidance and sources</summary>
        <p>{item.guidance}</p>
        <ul className="references">
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
