// Turns the desktop menu's commands — and review files the OS asks the app to open — into the app's own actions, so
// the menu bar, its shortcuts and the buttons on screen all do the same thing in the same way.
import { useEffect } from 'react';
import { type Host, type MenuCommand, type ReviewFileRef, parseMenuCommand, reviewFileName } from '../../shared/host';
import { currentActor } from '../features/settings/settingsStore';
import { visibleSearchBox } from '../host/searchBox';
import { appHost, engineClient, type Notice, useSession } from './session';
import { errorText } from '../i18n/errorText';
import { t } from '../i18n/i18n';

/** Dispatched on window for File → Export Report; the report dialog listens for it. */
export const OPEN_REPORT_EVENT = 'charter-review:open-report';
/** The page's own menus (the title bar's File menu) ask for a menu command with this event; detail is the command. */
export const PAGE_MENU_COMMAND_EVENT = 'charter-review:menu-command';

/** Runs a menu command from a control on the page, exactly as the desktop menu would. */
export function requestMenuCommand(command: MenuCommand): void {
  window.dispatchEvent(new CustomEvent(PAGE_MENU_COMMAND_EVENT, { detail: command }));
}

type SessionStore = ReturnType<typeof useSession.getState>;
type SessionView = Pick<
  SessionStore,
  'screen' | 'busy' | 'info' | 'closeReview' | 'openReview' | 'openRecent' | 'continueIn' | 'undo' | 'redo'
>;

/** What commands act on, injected so the mapping can be tested without a page or an engine. */
export interface MenuCommandDeps {
  session(): SessionView;
  /** Resolves once no open, save or import is running, so a command never starts in the middle of one. */
  whenIdle(): Promise<void>;
  showNotice(notice: Notice): void;
  host: Pick<Host, 'saveReviewFileAs'>;
  snapshot(): Promise<{ revision: number; bytes: Uint8Array }>;
  /** The name recorded with changes; the Welcome screen asks for it before a review is opened. */
  userName(): string;
  page: PageActions;
}

/** The page-level half: focus, text editing and the Welcome screen's own buttons. */
export interface PageActions {
  isEditingText(): boolean;
  /** The focused text field's own undo or redo. */
  editText(kind: 'undo' | 'redo'): void;
  /** Moves to the current screen's search box; false when it has none. */
  focusSearch(): boolean;
  openReportDialog(): void;
  /** Presses a Welcome screen button once that screen is shown; it asks for the person's name when needed. */
  pressWelcomeButton(which: 'new-review' | 'open-review'): Promise<void>;
}

export async function runMenuCommand(command: MenuCommand, deps: MenuCommandDeps): Promise<void> {
  switch (command.type) {
    case 'undo':
    case 'redo':
      if (deps.page.isEditingText()) deps.page.editText(command.type);
      else if (deps.session().screen === 'review') await deps.session()[command.type]();
      return;
    case 'find':
      deps.page.focusSearch();
      return;
    case 'export-report':
      if (deps.session().screen === 'review') deps.page.openReportDialog();
      return;
    case 'new-review':
      if (await leaveOpenReview(deps)) await deps.page.pressWelcomeButton('new-review');
      return;
    case 'open-review':
      if (!(await leaveOpenReview(deps))) return;
      if (deps.userName() === '') await deps.page.pressWelcomeButton('open-review');
      else await deps.session().openReview();
      return;
    case 'open-file':
      // The person chose this file in the OS (double-click, Open with), so it opens even before a name is given.
      if (await leaveOpenReview(deps)) await deps.session().openRecent(command.file.key);
      return;
    case 'save-review-as':
      await saveReviewAs(deps);
      return;
  }
}

/** Closes the open review (saving what is pending) so another can take its place; false when it had to stay open. */
async function leaveOpenReview(deps: MenuCommandDeps): Promise<boolean> {
  await deps.whenIdle();
  if (deps.session().screen !== 'review') return true;
  // closeReview keeps the review open, with a notice saying why, when its last changes cannot be saved.
  await deps.session().closeReview();
  return deps.session().screen !== 'review';
}

/** Writes the review under a new name and carries on in that file, as Save As does everywhere. */
async function saveReviewAs(deps: MenuCommandDeps): Promise<void> {
  await deps.whenIdle();
  const { screen, info } = deps.session();
  if (screen !== 'review' || info === null) return;
  let copy: { file: ReviewFileRef; revision: number };
  try {
    const { revision, bytes } = await deps.snapshot();
    const saved = await deps.host.saveReviewFileAs(reviewFileName(info.title), bytes);
    if (saved === null) return;
    copy = { file: saved, revision };
  } catch (error) {
    deps.showNotice({
      tone: 'error',
      title: t('app:notice.saveAsFailed'),
      message: errorText(error),
    });
    return;
  }
  // Every later save goes to the new file, the session (and its undo) carries on; the old file keeps what it had.
  await deps.session().continueIn(copy.file, copy.revision);
}

function isTextField(element: Element | null): element is HTMLElement {
  if (!(element instanceof HTMLElement)) return false;
  if (element.isContentEditable || element instanceof HTMLTextAreaElement) return true;
  return element instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(element.type);
}

/** Waits a few frames for React to show the Welcome screen after a review was closed. */
async function findWelcomeButton(which: 'new-review' | 'open-review'): Promise<HTMLButtonElement | null> {
  for (let frame = 0; frame < 30; frame += 1) {
    const match = document.querySelector<HTMLButtonElement>(`.welcome .actions button[data-command="${which}"]`);
    if (match) return match;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return null;
}

const pageActions: PageActions = {
  isEditingText: () => isTextField(document.activeElement),
  // The only way to reach a field's own undo stack from script; deprecated, yet kept by every engine for this use.
  editText: (kind) => void document.execCommand(kind),
  focusSearch: () => {
    const field = visibleSearchBox();
    if (field === null) return false;
    field.focus();
    field.select();
    return true;
  },
  openReportDialog: () => window.dispatchEvent(new CustomEvent(OPEN_REPORT_EVENT)),
  pressWelcomeButton: async (which) => {
    // The new-review form and the name prompt belong to the Welcome screen; pressing its button runs its own flow.
    const button = await findWelcomeButton(which);
    if (button !== null && !button.disabled) button.click();
  },
};

function whenSessionIdle(): Promise<void> {
  if (useSession.getState().busy === null) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = useSession.subscribe((state) => {
      if (state.busy !== null) return;
      stop();
      resolve();
    });
  });
}

/** Listens for menu commands for as long as the app is shown. */
export function useMenuCommands(): void {
  useEffect(() => {
    const host = appHost();
    const deps: MenuCommandDeps = {
      session: () => useSession.getState(),
      whenIdle: whenSessionIdle,
      showNotice: (notice) => useSession.setState({ notice }),
      host,
      snapshot: () => engineClient().snapshot(),
      userName: currentActor,
      page: pageActions,
    };
    // Commands run one after another: a second Open while the first dialog is up waits for it.
    let queue = Promise.resolve();
    const enqueue = (command: MenuCommand) => {
      queue = queue
        .then(() => runMenuCommand(command, deps))
        .catch((error: unknown) => {
          deps.showNotice({
            tone: 'error',
            title: t('app:notice.menuCommandFailed'),
            message: errorText(error),
          });
        });
    };
    const stop = host.onMenuCommand?.(enqueue);
    const fromPage = (event: Event) => {
      const command = parseMenuCommand((event as CustomEvent<unknown>).detail);
      if (command !== null) enqueue(command);
    };
    window.addEventListener(PAGE_MENU_COMMAND_EVENT, fromPage);
    return () => {
      stop?.();
      window.removeEventListener(PAGE_MENU_COMMAND_EVENT, fromPage);
    };
  }, []);
}
