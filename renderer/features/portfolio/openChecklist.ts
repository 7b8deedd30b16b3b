// Moves from an overview screen to one system's checklist, optionally to one of its principles or items,
// and puts the keyboard focus there so that a keyboard user lands where they asked to go.
import { useSession } from '../../app/session';

const TITLE_BAR_HEIGHT = 70;
const MAX_FRAMES = 60;

/** Opens the checklist of `systemId`; `targetDomId` names an element of the checklist to scroll to. */
export async function openChecklist(systemId: string, targetDomId?: string): Promise<void> {
  const { selectSystem, setView } = useSession.getState();
  await selectSystem(systemId);
  setView('checklists');
  revealWhenShown(systemId, targetDomId);
}

/** Waits (a frame at a time) for the checklist of the system to be on screen, then scrolls and focuses. */
function revealWhenShown(systemId: string, targetDomId: string | undefined, frame = 0): void {
  requestAnimationFrame(() => {
    const checklist = document.querySelector<HTMLElement>('main.checklist');
    const shown = useSession.getState().checklist?.system.id === systemId && checklist !== null;
    if (!shown) {
      if (frame < MAX_FRAMES) revealWhenShown(systemId, targetDomId, frame + 1);
      return;
    }
    const target = targetDomId ? document.getElementById(targetDomId) : null;
    if (target) {
      window.scrollTo({ top: target.getBoundingClientRect().top + window.scrollY - TITLE_BAR_HEIGHT });
    } else {
      window.scrollTo({ top: 0 });
    }
    // The first item card after the target (or of the checklist) takes the focus; cards are focusable.
    const cards = [...checklist.querySelectorAll<HTMLElement>('article.item-card')];
    const card = target
      ? (cards.find(
          (c) => target === c || (target.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
        ) ?? null)
      : (cards[0] ?? null);
    card?.focus({ preventScroll: true });
  });
}
