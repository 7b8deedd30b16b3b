// The review file's own questions, above every screen: read-only mode and who holds the lock (with a takeover of an
// abandoned one, after confirming), a file changed outside the app (keep mine, take theirs, save as), and the
// latest backup of a file that could not be opened because it is damaged.
import { useState } from 'react';
import { backupReasonLabel } from '../../shared/saving/reviewBackups';
import { describeLockHolder } from '../../shared/saving/reviewLock';
import { continueInCopy, keepMine, openBackupAsCopy, takeOverLock, takeTheirs } from '../app/reviewFileActions';
import { dismissDamagedOffer, readableTime, useFileSafety } from '../app/reviewFileSafety';
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

  function showBackups() {
    if (useSession.getState().screen === 'review') useSession.getState().setView('backups');
    else useFileSafety.setState({ backupsOpen: true });
  }

  return (
    <>
      {screen === 'review' && readOnly?.kind === 'locked' && (
        <div className="notice notice-info" role="status" data-testid="read-only-banner">
          <div>
            <strong>Read-only: this review is open for writing elsewhere</strong>
            <p>
              {describeLockHolder(readOnly.holder, readableTime)} has it open. You can read everything here, but changes
              cannot be made, so nothing of theirs is overwritten. Use <em>Save a copy</em> to work on your own copy, or
              open it again once it is closed there.
            </p>
            {readOnly.stale && (
              <p>
                There has been no sign of that copy of Charter Review since{' '}
                {readableTime(readOnly.holder?.heartbeat ?? '')}: it may have crashed or lost its connection. If nobody
                is working on this review any more, you can take it over.
              </p>
            )}
            {confirmingTakeOver && (
              <p>
                <strong>
                  If {readOnly.holder?.owner || 'they'} is in fact still working on it, their next changes will not be
                  saved to this file. Take it over?
                </strong>
              </p>
            )}
          </div>
          <div className="notice-actions">
            {readOnly.stale && !confirmingTakeOver && (
              <button type="button" onClick={() => setConfirmingTakeOver(true)} disabled={disabled}>
                Take over…
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
                  Yes, take it over
                </button>
                <button type="button" onClick={() => setConfirmingTakeOver(false)}>
                  Cancel
                </button>
              </>
            )}
            <button type="button" onClick={() => void continueInCopy()} disabled={disabled}>
              Save a copy…
            </button>
          </div>
        </div>
      )}

      {screen === 'review' && readOnly?.kind === 'no-backup' && (
        <div className="notice notice-error" role="alert">
          <div>
            <strong>Read-only: the original could not be kept</strong>
            <p>{readOnly.message}</p>
          </div>
          <div className="notice-actions">
            <button type="button" onClick={() => void continueInCopy()} disabled={disabled}>
              Save a copy…
            </button>
          </div>
        </div>
      )}

      {screen === 'review' && changedOnDisk && (
        <div className="notice notice-error" role="alert" data-testid="changed-on-disk-banner">
          {readOnly !== null ? (
            <div>
              <strong>The file was changed on disk</strong>
              <p>Someone saved a newer version of this review. Open it again to see their changes.</p>
            </div>
          ) : (
            <div>
              <strong>The file was changed outside Charter Review</strong>
              <p>
                A synced folder or another program changed it since it was last saved here, so nothing was saved over
                it. Your version is still open. Keep yours (replacing the one on disk), take theirs (your unsaved
                changes are first kept in a copy), or save yours as a new file.
              </p>
            </div>
          )}
          <div className="notice-actions">
            {readOnly === null && (
              <button type="button" onClick={() => void keepMine()} disabled={disabled}>
                Keep mine
              </button>
            )}
            <button type="button" onClick={() => void takeTheirs()} disabled={disabled}>
              {readOnly !== null || !hasUnsavedChanges() ? 'Open their version' : 'Take theirs…'}
            </button>
            {readOnly === null && (
              <button type="button" onClick={() => void continueInCopy()} disabled={disabled}>
                Save as…
              </button>
            )}
          </div>
        </div>
      )}

      {damaged && (
        <div className="notice notice-info" role="status" data-testid="damaged-file-offer">
          <div>
            <strong>
              {damaged.latest ? `A backup of "${damaged.fileName}" is kept` : `No backup of "${damaged.fileName}"`}
            </strong>
            <p>
              {damaged.latest
                ? `The latest is from ${readableTime(damaged.latest.takenAt)} (${backupReasonLabel(damaged.latest).toLowerCase()}). ` +
                  'Opening it makes a new copy; the damaged file is left as it is.'
                : 'Charter Review has kept no backup of this file. Other backups may still help.'}
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
                Open the latest backup as a copy…
              </button>
            )}
            <button type="button" onClick={showBackups}>
              See all backups
            </button>
            <button type="button" className="button-quiet" onClick={dismissDamagedOffer} aria-label="Dismiss">
              ✕
            </button>
          </div>
        </div>
      )}
    </>
  );
}
