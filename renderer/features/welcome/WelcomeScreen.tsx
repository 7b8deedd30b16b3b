// First screen: start a new review, open one, or pick up a recent one.
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useSession } from '../../app/session';
import { LibraryScreen } from '../library/LibraryScreen';
import { UserNameDialog } from '../settings/UserNameDialog';
import { useSettings } from '../settings/settingsStore';
import { openJsonExportAsNewReview } from '../exchange/reviewExchange';
import { NewReviewForm } from './NewReviewForm';
import { BackupsScreen } from '../backups/BackupsScreen';
import { useFileSafety } from '../../app/reviewFileSafety';

function when(iso: string): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function WelcomeScreen() {
  const { recent, loadRecent, openReview, openRecent, openSample, busy, hostKind } = useSession();
  const [creating, setCreating] = useState(false);
  const [browsing, setBrowsing] = useState(false);
  const libraryButton = useRef<HTMLButtonElement>(null);

  function closeLibrary() {
    // Back where the reviewer left: on the button that opened the library.
    flushSync(() => setBrowsing(false));
    libraryButton.current?.focus();
  }

  const userName = useSettings((s) => s.userName);
  // What the person asked for while we still needed their name; done once they give it.
  const [pending, setPending] = useState<(() => void) | null>(null);
  const withName = (action: () => void) => (userName ? action() : setPending(() => action));

  useEffect(() => {
    void loadRecent();
  }, [loadRecent]);

  const backupsOpen = useFileSafety((s) => s.backupsOpen);
  if (browsing) return <LibraryScreen onClose={closeLibrary} />;
  if (backupsOpen) return <BackupsScreen onClose={() => useFileSafety.setState({ backupsOpen: false })} />;

  return (
    <main className="welcome" aria-labelledby="welcome-title">
      <section className="welcome-intro">
        <h1 id="welcome-title">Charter Review</h1>
        <p className="lead">
          Check the AI systems used in your courts against the CEPEJ European Ethical Charter on the use of artificial
          intelligence in judicial systems — offline, with every answer kept in one review file.
        </p>
        {hostKind === 'browser' && (
          <p className="hint">
            You are using Charter Review in a web browser. New reviews are kept in this browser&apos;s private storage;
            use <em>Open review</em> to work on a file from your computer.
          </p>
        )}
        <div className="actions">
          <button
            type="button"
            className="button-primary"
            onClick={() => withName(() => setCreating(true))}
            disabled={busy !== null}
          >
            New review
          </button>
          <button type="button" onClick={() => withName(() => void openReview())} disabled={busy !== null}>
            Open review…
          </button>
          <button
            type="button"
            onClick={() => withName(() => void openJsonExportAsNewReview())}
            disabled={busy !== null}
          >
            Import a review from JSON…
          </button>
          <button type="button" onClick={() => withName(() => void openSample())} disabled={busy !== null}>
            Explore a sample review
          </button>
          <button type="button" ref={libraryButton} onClick={() => setBrowsing(true)}>
            Checklist library
          </button>
          <button type="button" onClick={() => useFileSafety.setState({ backupsOpen: true })}>
            Restore from a backup…
          </button>
        </div>
      </section>

      {pending && (
        <UserNameDialog
          onDone={() => {
            const action = pending;
            setPending(null);
            action();
          }}
        />
      )}
      {creating && <NewReviewForm onCancel={() => setCreating(false)} />}

      <section className="recent" aria-labelledby="recent-title">
        <h2 id="recent-title">Recent reviews</h2>
        {recent.length === 0 ? (
          <p className="empty">No reviews yet. Start with New review.</p>
        ) : (
          <ul className="recent-list">
            {recent.map((file) => (
              <li key={file.key}>
                <button
                  type="button"
                  className="recent-item"
                  onClick={() => withName(() => void openRecent(file.key))}
                  disabled={busy !== null}
                >
                  <span className="recent-name">{file.name}</span>
                  <span className="recent-meta">
                    {file.location}
                    {file.lastOpened && ` · ${when(file.lastOpened)}`}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
