// The Restore screen: every backup the app keeps, grouped by review, newest first. Restoring writes the backup to a
// new file the person chooses and opens that; nothing existing is ever replaced.
import { useEffect, useState } from 'react';
import { backupReasonLabel, type BackupEntry } from '../../../shared/saving/reviewBackups';
import { openBackupAsCopy } from '../../app/reviewFileActions';
import { readableTime } from '../../app/reviewFileSafety';
import { appHost, useSession } from '../../app/session';
import './backups.css';

function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}

interface ReviewGroup {
  reviewId: string;
  title: string;
  backups: BackupEntry[];
}

/** Groups in the order of their newest backup, the open review's first. */
export function groupBackups(entries: readonly BackupEntry[], openReviewId: string | null): ReviewGroup[] {
  const groups = new Map<string, ReviewGroup>();
  for (const entry of entries) {
    const group = groups.get(entry.reviewId) ?? { reviewId: entry.reviewId, title: entry.title, backups: [] };
    group.backups.push(entry);
    groups.set(entry.reviewId, group);
  }
  const ordered = [...groups.values()];
  const open = ordered.findIndex((group) => group.reviewId === openReviewId);
  if (open > 0) ordered.unshift(...ordered.splice(open, 1));
  return ordered;
}

export function BackupsScreen({ onClose }: { onClose?: () => void }) {
  const info = useSession((s) => s.info);
  const busy = useSession((s) => s.busy);
  const [backups, setBackups] = useState<BackupEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    appHost()
      .listBackups()
      .then(
        (entries) => current && setBackups(entries),
        (error: unknown) => current && setProblem(error instanceof Error ? error.message : String(error)),
      );
    return () => {
      current = false;
    };
  }, []);

  const groups = backups === null ? [] : groupBackups(backups, info?.id ?? null);

  return (
    <main className="backups" aria-labelledby="backups-title">
      <div className="backups-header">
        <div>
          <h1 id="backups-title">Backups</h1>
          <p className="lead">
            Charter Review keeps a copy of each review when it is opened and every hour while it is open — the last 10
            of each review, and always the copy taken before a file was upgraded to a newer format. Opening a backup
            makes a new file; the review it came from is not changed.
          </p>
        </div>
        {onClose && (
          <button type="button" onClick={onClose}>
            Back
          </button>
        )}
      </div>
      {problem && (
        <p className="field-problem" role="alert">
          The backups could not be listed. {problem}
        </p>
      )}
      {backups !== null && backups.length === 0 && (
        <p className="backups-empty">No backups yet. One is taken each time a review is opened.</p>
      )}
      {backups === null && !problem && <p className="backups-empty">Looking for backups…</p>}
      {groups.map((group) => (
        <section key={group.reviewId} className="backups-review panel" aria-label={`Backups of ${group.title}`}>
          <h2>
            {group.title || 'Untitled review'}
            {group.reviewId === info?.id && ' (the review open now)'}
          </h2>
          <table className="data-table backups-table">
            <thead>
              <tr>
                <th scope="col">Taken</th>
                <th scope="col">Why</th>
                <th scope="col">From file</th>
                <th scope="col" className="number">
                  Size
                </th>
                <th scope="col" className="number">
                  Systems
                </th>
                <th scope="col" className="number">
                  Answers
                </th>
                <th scope="col">
                  <span className="visually-hidden">Restore</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {group.backups.map((entry) => (
                <tr key={entry.id} data-testid="backup-row">
                  <td>{readableTime(entry.takenAt)}</td>
                  <td>{backupReasonLabel(entry)}</td>
                  <td>{entry.fileName}</td>
                  <td className="number">{formatSize(entry.size)}</td>
                  <td className="number">{entry.systems ?? '—'}</td>
                  <td className="number">{entry.answers ?? '—'}</td>
                  <td>
                    <button
                      type="button"
                      onClick={() => void openBackupAsCopy(entry.id, entry.takenAt)}
                      disabled={busy !== null}
                      aria-label={`Open the backup of ${readableTime(entry.takenAt)} as a copy`}
                    >
                      Open as a copy…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </main>
  );
}
