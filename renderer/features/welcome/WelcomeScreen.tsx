// First screen: start a new review, open one, or pick up a recent one.
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Trans, useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { LibraryScreen } from '../library/LibraryScreen';
import { UserNameDialog } from '../settings/UserNameDialog';
import { useSettings } from '../settings/settingsStore';
import { openJsonExportAsNewReview } from '../exchange/reviewExchange';
import { NewReviewForm } from './NewReviewForm';
import { BackupsScreen } from '../backups/BackupsScreen';
import { useFileSafety } from '../../app/reviewFileSafety';
import { useFormat } from '../../i18n/format';
import { HelpButton } from '../help/HelpLayer';
import { SettingsButton } from '../settings/SettingsButton';

export function WelcomeScreen() {
  const { t } = useTranslation('welcome');
  const format = useFormat();
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
        <p className="lead">{t('lead')}</p>
        {hostKind === 'browser' && (
          <p className="hint">
            <Trans t={t} i18nKey="browserHint" components={{ em: <em /> }} />
          </p>
        )}
        <div className="actions">
          <button
            type="button"
            className="button-primary"
            data-command="new-review"
            onClick={() => withName(() => setCreating(true))}
            disabled={busy !== null}
          >
            {t('newReview')}
          </button>
          <button
            type="button"
            data-command="open-review"
            onClick={() => withName(() => void openReview())}
            disabled={busy !== null}
          >
            {t('openReview')}
          </button>
          <button
            type="button"
            onClick={() => withName(() => void openJsonExportAsNewReview())}
            disabled={busy !== null}
          >
            {t('importJson')}
          </button>
          <button type="button" onClick={() => withName(() => void openSample())} disabled={busy !== null}>
            {t('sample')}
          </button>
          <button type="button" ref={libraryButton} onClick={() => setBrowsing(true)}>
            {t('library')}
          </button>
          <button type="button" onClick={() => useFileSafety.setState({ backupsOpen: true })}>
            {t('restoreBackup')}
          </button>
          <SettingsButton />
          <HelpButton />
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
        <h2 id="recent-title">{t('recent')}</h2>
        {recent.length === 0 ? (
          <p className="empty">{t('noRecent')}</p>
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
                    {file.lastOpened && ` · ${format.dateTime(file.lastOpened)}`}
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
