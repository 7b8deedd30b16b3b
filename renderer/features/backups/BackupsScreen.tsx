// The Restore screen: every backup the app keeps, grouped by review, newest first. Restoring writes the backup to a
// new file the person chooses and opens that; nothing existing is ever replaced.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUPS_KEPT_PER_REVIEW, type BackupEntry } from '../../../shared/saving/reviewBackups';
import { openBackupAsCopy } from '../../app/reviewFileActions';
import { appHost, useSession } from '../../app/session';
import { t } from '../../i18n/i18n';
import { useFormat } from '../../i18n/format';
import './backups.css';
import { errorText } from '../../i18n/errorText';

/** "2.4 MB", "12 kB", "512 bytes", in the interface's language. */
function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return t('backups:size.megabytes', { value: Math.round((bytes / 1024 ** 2) * 10) / 10 });
  if (bytes >= 1024) return t('backups:size.kilobytes', { value: Math.round(bytes / 1024) });
  return t('backups:size.bytes', { count: bytes });
}

/** Why a backup was taken, in the interface's language. */
function backupReason(entry: Pick<BackupEntry, 'reason' | 'upgradeTo'>): string {
  switch (entry.reason) {
    case 'opened':
      return t('backups:reason.opened');
    case 'hourly':
      return t('backups:reason.hourly');
    case 'before-upgrade':
      return entry.upgradeTo === undefined
        ? t('backups:reason.beforeUpgrade')
        : t('backups:reason.beforeUpgradeTo', { schema: entry.upgradeTo });
  }
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
  const { t } = useTranslation(['backups', 'common']);
  const { dateTime, number } = useFormat();

  useEffect(() => {
    let current = true;
    appHost()
      .listBackups()
      .then(
        (entries) => current && setBackups(entries),
        (error: unknown) => current && setProblem(errorText(error)),
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
          <h1 id="backups-title">{t('screen.title')}</h1>
          <p className="lead">{t('screen.lead', { kept: BACKUPS_KEPT_PER_REVIEW })}</p>
        </div>
        {onClose && (
          <button type="button" onClick={onClose}>
            {t('common:action.back')}
          </button>
        )}
      </div>
      {problem && (
        <p className="field-problem" role="alert">
          {t('screen.failed', { problem })}
        </p>
      )}
      {backups !== null && backups.length === 0 && <p className="backups-empty">{t('screen.empty')}</p>}
      {backups === null && !problem && <p className="backups-empty">{t('screen.loading')}</p>}
      {groups.map((group) => {
        const title = group.title || t('group.untitled');
        return (
          <section key={group.reviewId} className="backups-review panel" aria-label={t('group.label', { title })}>
            <h2>{group.reviewId === info?.id ? t('group.titleOpen', { title }) : title}</h2>
            <table className="data-table backups-table">
              <thead>
                <tr>
                  <th scope="col">{t('table.taken')}</th>
                  <th scope="col">{t('table.why')}</th>
                  <th scope="col">{t('table.fromFile')}</th>
                  <th scope="col" className="number">
                    {t('table.size')}
                  </th>
                  <th scope="col" className="number">
                    {t('table.systems')}
                  </th>
                  <th scope="col" className="number">
                    {t('table.answers')}
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">{t('table.restore')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {group.backups.map((entry) => (
                  <tr key={entry.id} data-testid="backup-row">
                    <td>{dateTime(entry.takenAt)}</td>
                    <td>{backupReason(entry)}</td>
                    <td>{entry.fileName}</td>
                    <td className="number">{formatSize(entry.size)}</td>
                    <td className="number">{entry.systems === undefined ? '—' : number(entry.systems)}</td>
                    <td className="number">{entry.answers === undefined ? '—' : number(entry.answers)}</td>
                    <td>
                      <button
                        type="button"
                        onClick={() => void openBackupAsCopy(entry.id, entry.takenAt)}
                        disabled={busy !== null}
                        aria-label={t('table.openLabel', { taken: dateTime(entry.takenAt) })}
                      >
                        {t('table.open')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </main>
  );
}
