// The app shell: a title bar with the open review and its save state, and the current screen.
import { useEffect } from 'react';
import { NoticeBanner } from './components/NoticeBanner';
import { SaveIndicator } from './components/SaveIndicator';
import { hasUnsavedChanges, useSession } from './app/session';
import { ReviewScreen } from './features/review/ReviewScreen';
import { WelcomeScreen } from './features/welcome/WelcomeScreen';

export function App() {
  const { screen, info, file, saveState, notice, dismissNotice, closeReview, busy } = useSession();

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
          <div className="titlebar-side">
            <SaveIndicator state={saveState} />
            <button type="button" onClick={() => void closeReview()}>
              Close review
            </button>
          </div>
        </header>
      )}
      <NoticeBanner notice={notice} onDismiss={dismissNotice} />
      {busy && (
        <div className="busy" role="status" aria-live="polite">
          {busy}
        </div>
      )}
      {screen === 'welcome' ? <WelcomeScreen /> : <ReviewScreen />}
    </div>
  );
}
