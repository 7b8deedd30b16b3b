// In-app help: the help dialog, the keyboard shortcuts overlay (`?`) and the first-run tour. Mounted once by App.
import { type MouseEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { useSettings } from '../settings/settingsStore';
import { HelpDialog } from './HelpDialog';
import { helpKeyAction, isTypingTarget } from './helpKeys';
import { useHelp } from './helpStore';
import { ShortcutsDialog } from './ShortcutsDialog';
import { TourDialog } from './TourDialog';
import './help.css';

export function HelpLayer() {
  const view = useHelp((s) => s.view);
  const close = useHelp((s) => s.close);
  const tourSeen = useSettings((s) => s.tourSeen);
  const setTourSeen = useSettings((s) => s.setTourSeen);
  const onWelcome = useSession((s) => s.screen === 'welcome');
  // The first run: shown by itself on the Welcome screen until it is finished or skipped once.
  const firstRunTour = view === null && !tourSeen && onWelcome;
  const open = view !== null || firstRunTour;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = helpKeyAction(event, isTypingTarget(event.target));
      if (action === null) return;
      // F1 is the browser's own help otherwise.
      event.preventDefault();
      // One help dialog at a time: the keys do nothing while one is open.
      if (open) return;
      if (action === 'help') useHelp.getState().openHelp();
      else useHelp.getState().openShortcuts();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  // When the last dialog closes, the focus goes back to where it was when the first one opened.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) {
      const opener = useHelp.getState().opener;
      useHelp.setState({ opener: null });
      if (opener?.isConnected) opener.focus();
    }
    wasOpen.current = open;
  }, [open]);

  const finishTour = () => {
    setTourSeen(true);
    close();
  };

  if (view?.kind === 'help') return <HelpDialog section={view.section} />;
  if (view?.kind === 'shortcuts') return <ShortcutsDialog />;
  if (view?.kind === 'tour' || firstRunTour) return <TourDialog onDone={finishTour} />;
  return null;
}

/** Opens the help dialog; shown in the title bar and on the Welcome screen. */
/** `compact`: a "?" with the same accessible name, for the crowded title bar. */
export function HelpButton({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation('help');
  const openHelp = useHelp((s) => s.openHelp);
  return (
    <button
      type="button"
      className={compact ? 'help-button icon-button' : 'help-button'}
      aria-keyshortcuts="F1"
      aria-label={compact ? t('button') : undefined}
      title={compact ? t('buttonTitle') : undefined}
      onClick={(event: MouseEvent<HTMLButtonElement>) => openHelp({ opener: event.currentTarget })}
    >
      {compact ? <span aria-hidden="true">?</span> : t('button')}
    </button>
  );
}
