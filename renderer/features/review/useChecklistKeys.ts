// Keyboard answering: 1–5 set the status of the focused item, J/K (or arrows) move between
// items, N goes to the justification, Escape comes back. After an answer the focus moves to
// the next unanswered item, or goes to the justification when the status needs one.
import { type KeyboardEvent, useCallback } from 'react';
import type { AnswerStatus } from '../../../shared/model/status';
import { STATUSES_NEEDING_JUSTIFICATION } from '../../../shared/model/status';
import { STATUS_CHOICES } from './statusLabels';

const CARD = 'article.item-card';

function cardsIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(CARD)];
}

function isTyping(target: EventTarget): boolean {
  return target instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function focusCard(card: HTMLElement | undefined): void {
  if (!card) return;
  card.focus();
  card.scrollIntoView({ block: 'nearest' });
}

/** The next applicable, unanswered card after `from`, wrapping round; undefined when all are done. */
function nextUnanswered(cards: HTMLElement[], from: HTMLElement): HTMLElement | undefined {
  const start = cards.indexOf(from);
  for (let step = 1; step <= cards.length; step += 1) {
    const card = cards[(start + step) % cards.length];
    if (card && card.dataset.status === 'not_reviewed' && card.dataset.applicable === 'true') return card;
  }
  return undefined;
}

export function useChecklistKeys(answer: (itemId: string, status: AnswerStatus) => Promise<void>) {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const container = event.currentTarget;
      const target = event.target as HTMLElement;
      if (isTyping(target)) {
        // i18n-exempt: a key name from the keyboard event, not text for a person
        if (event.key === 'Escape') {
          event.preventDefault();
          (target as HTMLElement).blur();
          focusCard(target.closest<HTMLElement>(CARD) ?? undefined);
        }
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const cards = cardsIn(container);
      const card = target.closest<HTMLElement>(CARD);
      const key = event.key.toLowerCase();

      if (key === 'j' || key === 'arrowdown' || key === 'k' || key === 'arrowup') {
        event.preventDefault();
        const index = card ? cards.indexOf(card) : -1;
        const forward = key === 'j' || key === 'arrowdown';
        focusCard(cards[forward ? Math.min(index + 1, cards.length - 1) : Math.max(index - 1, 0)]);
        return;
      }
      if (!card) return;
      if (key === 'n') {
        event.preventDefault();
        card.querySelector<HTMLTextAreaElement>('textarea')?.focus();
        return;
      }
      const choice = STATUS_CHOICES.find((c) => c.key === event.key);
      const itemId = card.dataset.itemId;
      if (!choice || !itemId) return;
      event.preventDefault();
      const explained = (card.querySelector('textarea')?.value ?? '').trim() !== '';
      // The focus moves at once, without waiting for the engine: the next item is known already (this one
      // counts as answered), and React keeps the same card elements when the answer comes back.
      if (STATUSES_NEEDING_JUSTIFICATION.has(choice.status) && !explained) {
        card.querySelector<HTMLTextAreaElement>('textarea')?.focus();
      } else {
        focusCard(nextUnanswered(cards, card) ?? card);
      }
      void answer(itemId, choice.status);
    },
    [answer],
  );
}
