// The app shell: a title bar with the open review and its save state, and the current screen.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NoticeBanner } from './components/NoticeBanner';
import { ReviewFileBanner } from './components/ReviewFileBanner';
import { SaveIndicator } from './components/SaveIndicator';
import { UndoButtons } from './components/UndoButtons';
import { hasUnsavedChanges, useSession } from './app/session';
import { REVIEW_VIEWS } from './app/views';
import { useMenuCommands } from './app/useMenuCommands';
import { FileMenu } from './features/exchange/FileMenu';
import { HelpButton, HelpLayer } from './features/help/HelpLayer';
import { ReportButton } from './features/reports/ReportButton';
import { SettingsButton } from './features/settings/SettingsButton';
import { WelcomeScreen } from './features/welcome/WelcomeScreen';

export function App() {
  const { t } = useTranslation('app');
  const { screen, view, setView, info, file, saveState, notice, dismissNotice, closeReview, busy } = useSession();
  const current = REVIEW_VIEWS.find((v) => v.id === view) ?? REVIEW_VIEWS[0];
  const CurrentView = current?.component;
  useMenuCommands();

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (hasUnsavedChanges()) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  return (
    <div className="app">
      {screen === 'review' && info && (
        <header className="titlebar">
          <div className="titlebar-main">
            <span className="app-mark" aria-hidden="true">
              CR
            </span>
            <div>
              <h1 className="review-title">{info.title}</h1>
              <p className="review-meta">{[info.organisation, file?.name].filter(Boolean).join(' · ')}</p>
            </div>
          </div>
          {REVIEW_VIEWS.length > 1 && (
            <nav className="view-tabs" aria-label={t('views.navLabel')}>
              {REVIEW_VIEWS.map((v) => (
                <button
                  key={v.id}
                  type="button"
                  data-view={v.id}
                  aria-current={v.id === current?.id ? 'page' : undefined}
                  onClick={() => setView(v.id)}
                >
                  {t(`views.${v.id}`)}
                </button>
              ))}
            </nav>
          )}
          <div className="titlebar-side">
            <FileMenu />
            <ReportButton />
            <UndoButtons />
            <SaveIndicator state={saveState} />
            <SettingsButton compact />
            <HelpButton compact />
            <button type="button" onClick={() => void closeReview()}>
              {t('titlebar.closeReview')}
            </button>
          </div>
        </header>
      )}
      <NoticeBanner notice={notice} onDismiss={dismissNotice} />
      <ReviewFileBanner />
      {busy && (
        <div className="busy" role="status" aria-live="polite">
          {busy}
        </div>
      )}
      {screen === 'welcome' || !CurrentView ? <WelcomeScreen /> : <CurrentView />}
      <HelpLayer />
    </div>
  );
}
