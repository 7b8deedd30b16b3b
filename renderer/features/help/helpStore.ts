// Which help dialog is open (help, the shortcut list or the tour), and the element to give focus back to when it
// closes. UI state only: nothing here is saved.
import { create } from 'zustand';

export const HELP_SECTIONS = ['charter', 'principles', 'scoring', 'shortcuts', 'files'] as const;
export type HelpSectionId = (typeof HELP_SECTIONS)[number];

/** Where each key moves the selection, from the index of the current tab; keys are KeyboardEvent.key names. */
const TAB_MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index, count) => (index + 1) % count,
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowUp: (index, count) => (index + count - 1) % count,
  ArrowLeft: (index, count) => (index + count - 1) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/** The tab an arrow, Home or End key moves to from `current`, wrapping round; null for other keys. */
export function tabAfterKey(key: string, current: HelpSectionId): HelpSectionId | null {
  const move = TAB_MOVES[key];
  if (move === undefined) return null;
  return HELP_SECTIONS[move(HELP_SECTIONS.indexOf(current), HELP_SECTIONS.length)] ?? null;
}

export type HelpView = { kind: 'help'; section: HelpSectionId } | { kind: 'shortcuts' } | { kind: 'tour' };

interface HelpState {
  view: HelpView | null;
  /** Where the focus was when the first of the dialogs opened; it goes back there when the last one closes. */
  opener: HTMLElement | null;
  openHelp(options?: { section?: HelpSectionId; opener?: HTMLElement | null }): void;
  showSection(section: HelpSectionId): void;
  openShortcuts(): void;
  startTour(): void;
  close(): void;
}

function focusedElement(): HTMLElement | null {
  const element = typeof document === 'undefined' ? null : document.activeElement;
  return element instanceof HTMLElement && element !== document.body ? element : null;
}

export const useHelp = create<HelpState>()((set, get) => {
  /** A dialog opened from another of ours (the tour from help) returns focus to where the first one was opened. */
  const openerFor = (given?: HTMLElement | null) =>
    get().view !== null ? get().opener : given !== undefined ? given : focusedElement();
  return {
    view: null,
    opener: null,
    openHelp: (options = {}) =>
      set({ view: { kind: 'help', section: options.section ?? 'charter' }, opener: openerFor(options.opener) }),
    showSection: (section) => set({ view: { kind: 'help', section } }),
    openShortcuts: () => set({ view: { kind: 'shortcuts' }, opener: openerFor() }),
    startTour: () => set({ view: { kind: 'tour' }, opener: openerFor() }),
    close: () => set({ view: null }),
  };
});
