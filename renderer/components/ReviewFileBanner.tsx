// The review file's own questions, above every screen: read-only mode and who holds the lock (with a takeover of an
// abandoned one, after confirming), a file changed outside the app (keep mine, take theirs, save as), and the
// latest backup of a file that could not be opened because it is damaged.
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { continueInCopy, keepMine, openBackupAsCopy, takeOverLock, takeTheirs } from '../app/reviewFileActions';
import {
  backupReasonText,
  dismissDamagedOffer,
  lockHolderText,
  readableTime,
  useFileSafety,
} from '../app/reviewFileSafety';
import { hasUnsavedChanges, useSession } from '../app/session';
import '../features/backups/backups.css';

export function ReviewFileBanner() {
  const { readOnly, changedOnDisk, damaged } = useFileSafety();
  const screen = useSession((s) => s.screen);
  const busy = useSession((s) => s.busy);
  // Read so the banner's labels follow the save state (whether there are unsaved changes).
  useSession((s) => s.saveState);
  const [confirmingTakeOver, setConfirmingTakeOver] = useState(false);
  const disabled = busy !== null;
  const { t } = useTranslation(['app', 'common']);

  function showBackups() {
    if (useSession.getState().screen === 'review') useSession.getState().setView('backups');
    else useFileSafety.setState({ backupsOpen: true });
  }

  return (
    <>
      {screen === 'review' && readOnly?.kind === 'locked' && (
        <div className="notice notice-info" role="status" data-testid="read-only-banner">
          <div>
            <strong>{t('banner.lockedTitle')}</strong>
            <p>
              <Trans
                t={t}
                i18nKey="banner.lockedMessage"
                values={{ holder: lockHolderText(readOnly.holder) }}
                components={{ em: <em /> }}
              />
            </p>
            {readOnly.stale && <p>{t('banner.stale', { time: readableTime(readOnly.holder?.heartbeat ?? '') })}</p>}
            {confirmingTakeOver && (
              <p>
                <strong>{t('banner.confirmTakeOver', { who: readOnly.holder?.owner || t('file.they') })}</strong>
              </p>
            )}
          </div>
          <div className="notice-actions">
            {readOnly.stale && !confirmingTakeOver && (
              <button type="button" onClick={() => setConfirmingTakeOver(true)} disabled={disabled}>
                {t('banner.takeOver')}
              </button>
            )}
            {confirmingTakeOver && (
              <>
                <button
                  type="button"
                  className="button-primary"
                  onClick={() => {
                    setConfirmingTakeOver(false);
                    void takeOverLock();
                  }}
                  disabled={disabled}
                >
                  {t('banner.yesTakeOver')}
                </button>
                <button type="button" onClick={() => setConfirmingTakeOver(false)}>
                  {t('common:action.cancel')}
                </button>
              </>
            )}
            <button type="button" onClick={() => void continueInCopy()} disabled={disabled}>
              {t('banner.saveCopy')}
            </button>
          </div>
        </div>
      )}

      {screen === 'review' && readOnly?.kind === 'no-backup' && (
        <div className="notice notice-error" role="alert">
          <div>
            <strong>{t('banner.noOriginalTitle')}</strong>
            <p>{readOnly.message}</p>
          </div>
          <div className="notice-actions">
            <button type="button" onClick={() => void continueInCopy()} disabled={disabled}>
              {t('banner.saveCopy')}
            </button>
          </div>
        </div>
      )}

      {screen === 'review' && changedOnDisk && (
        <div className="notice notice-error" role="alert" data-testid="changed-on-disk-banner">
          {readOnly !== null ? (
            <div>
              <strong>{t('banner.changedOnDiskTitle')}</strong>
              <p>{t('banner.changedOnDiskMessage')}</p>
            </div>
          ) : (
            <div>
              <strong>{t('banner.changedOutsideTitle')}</strong>
              <p>{t('banner.changedOutsideMessage')}</p>
            </div>
          )}
          <div className="notice-actions">
            {readOnly === null && (
              <button type="button" onClick={() => void keepMine()} disabled={disabled}>
                {t('banner.keepMine')}
              </button>
            )}
            <button type="button" onClick={() => void takeTheirs()} disabled={disabled}>
              {readOnly !== null || !hasUnsavedChanges() ? t('banner.openTheirs') : t('banner.takeTheirs')}
            </button>
            {readOnly === null && (
              <button type="button" onClick={() => void continueInCopy()} disabled={disabled}>
                {t('banner.saveAs')}
              </button>
            )}
          </div>
        </div>
      )}

      {damaged && (
        <div className="notice notice-info" role="status" data-testid="damaged-file-offer">
          <div>
            <strong>
              {damaged.latest
                ? t('banner.backupKept', { file: damaged.fileName })
                : t('banner.noBackupOf', { file: damaged.fileName })}
            </strong>
            <p>
              {damaged.latest
                ? t('banner.latestBackup', {
                    time: readableTime(damaged.latest.takenAt),
                    reason: backupReasonText(damaged.latest).toLocaleLowerCase(),
                  })
                : t('banner.noBackupKept')}
            </p>
          </div>
          <div className="notice-actions">
            {damaged.latest && (
              <button
                type="button"
                className="button-primary"
                onClick={() => {
                  const latest = damaged.latest;
                  if (latest) void openBackupAsCopy(latest.id, latest.takenAt);
                }}
                disabled={disabled}
              >
                {t('banner.openLatestBackup')}
              </button>
            )}
            <button type="button" onClick={showBackups}>
              {t('banner.seeAllBackups')}
            </button>
            <button
              type="button"
              className="button-quiet"
              onClick={dismissDamagedOffer}
              aria-label={t('banner.dismiss')}
            >
              ✕
            </button>
          </div>
        </div>
      )}
    </>
  );
}
