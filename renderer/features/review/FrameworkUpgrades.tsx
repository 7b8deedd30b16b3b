// Offers the newer versions of the review's checklists that this app ships, says what would
// change, and upgrades on request: answers carry over by item id, reworded items are flagged.
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FrameworkDiff } from '../../../shared/frameworks/diffFrameworks';
import { useSession } from '../../app/session';
import { useContentLanguage } from './useContentLanguage';

function summary(diff: FrameworkDiff, t: TFunction<['review', 'common']>): string {
  const parts = [
    diff.added.length && t('upgrades.added', { count: diff.added.length }),
    diff.reworded.length && t('upgrades.reworded', { count: diff.reworded.length }),
    diff.clarified.length && t('upgrades.clarified', { count: diff.clarified.length }),
    diff.removed.length && t('upgrades.removed', { count: diff.removed.length }),
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : t('upgrades.noChange');
}

export function FrameworkUpgrades() {
  const { t } = useTranslation(['review', 'common']);
  const { upgrades, addableFrameworks, run } = useSession();
  const content = useContentLanguage();
  const [open, setOpen] = useState<string | null>(null);
  if (upgrades.length === 0 && addableFrameworks.length === 0) return null;

  return (
    <div className="framework-offers">
      {upgrades.map((diff) => (
        <div key={diff.frameworkId} className="notice notice-info" role="status">
          <div>
            <strong>
              {t('upgrades.available', { framework: diff.frameworkId, from: diff.fromVersion, to: diff.toVersion })}
            </strong>
            <p>{t('upgrades.items', { summary: summary(diff, t) })}</p>
            {open === diff.frameworkId && (
              <ul className="diff-list">
                {diff.reworded.map((id) => (
                  <li key={id}>{t('upgrades.rewordedItem', { id })}</li>
                ))}
                {diff.added.map((id) => (
                  <li key={id}>{t('upgrades.newItem', { id })}</li>
                ))}
                {diff.removed.map((id) => (
                  <li key={id}>{t('upgrades.removedItem', { id })}</li>
                ))}
              </ul>
            )}
          </div>
          <div className="actions">
            <button type="button" onClick={() => setOpen(open === diff.frameworkId ? null : diff.frameworkId)}>
              {open === diff.frameworkId ? t('upgrades.hideDetails') : t('upgrades.whatChanges')}
            </button>
            <button
              type="button"
              className="button-primary"
              onClick={() =>
                void run({ type: 'upgradeFramework', frameworkId: diff.frameworkId, toVersion: diff.toVersion })
              }
            >
              {t('upgrades.upgrade')}
            </button>
          </div>
        </div>
      ))}
      {addableFrameworks.length > 0 && (
        <details className="add-framework">
          <summary>{t('upgrades.addChecklist')}</summary>
          <ul>
            {addableFrameworks.map((framework) => (
              <li key={framework.id}>
                {framework.titles[content]}{' '}
                <span className="muted">{t('screen.version', { version: framework.version })}</span>{' '}
                <button
                  type="button"
                  className="button-small"
                  onClick={() => void run({ type: 'addFramework', frameworkId: framework.id })}
                >
                  {t('common:action.add')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
