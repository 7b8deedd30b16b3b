// "Also asked in": the same question in the review's other frameworks, with its answer for this system,
// so one answer and its evidence can serve them all. A click moves to that item on the page.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelatedItemView } from '../../../shared/engine/queries';
import { statusLabel } from './statusLabels';

/** The element id of an item's card on the review screen. */
export function itemCardDomId(itemId: string): string {
  return `item-card-${itemId.replace(/[^a-z0-9-]/gi, '-')}`;
}

function focusItemCard(itemId: string): void {
  const card = document.getElementById(itemCardDomId(itemId));
  if (!card) return;
  card.scrollIntoView({ block: 'center' });
  card.focus({ preventScroll: true });
}

export function RelatedItems({ related }: { related: readonly RelatedItemView[] }) {
  const { t } = useTranslation('review');
  const id = useId();
  if (related.length === 0) return null;
  return (
    <div className="related-items">
      <p className="related-title" id={`${id}-title`}>
        {t('related.title')}
      </p>
      <ul aria-labelledby={`${id}-title`}>
        {related.map((item) => (
          <li key={item.id}>
            <button type="button" className="related-link" onClick={() => focusItemCard(item.id)} title={item.question}>
              <span className="related-where">
                {item.frameworkTitle} · <span className="related-id">{item.id.slice(item.id.indexOf('/') + 1)}</span>
              </span>
              <span className="related-question">{item.question}</span>
              <span className={`status-pill pill-${item.status}`}>{statusLabel(item.status)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
