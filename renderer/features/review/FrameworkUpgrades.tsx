// Offers the newer versions of the review's checklists that this app ships, says what would
// change, and upgrades on request: answers carry over by item id, reworded items are flagged.
import { useState } from 'react';
import type { FrameworkDiff } from '../../../shared/frameworks/diffFrameworks';
import { useSession } from '../../app/session';

function summary(diff: FrameworkDiff): string {
  const parts = [
    diff.added.length && `${diff.added.length} new`,
    diff.reworded.length && `${diff.reworded.length} reworded (answers kept, marked to re-check)`,
    diff.clarified.length && `${diff.clarified.length} with clearer guidance`,
    diff.removed.length && `${diff.removed.length} removed (answers kept in history)`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no change to the items';
}

export function FrameworkUpgrades() {
  const { upgrades, addableFrameworks, run } = useSession();
  const [open, setOpen] = useState<string | null>(null);
  if (upgrades.length === 0 && addableFrameworks.length === 0) return null;

  return (
    <div className="framework-offers">
      {upgrades.map((diff) => (
        <div key={diff.frameworkId} className="notice notice-info" role="status">
          <div>
            <strong>
              A newer version of {diff.frameworkId} is available ({diff.fromVersion} → {diff.toVersion})
            </strong>
            <p>Items: {summary(diff)}.</p>
            {open === diff.frameworkId && (
              <ul className="diff-list">
                {diff.reworded.map((id) => (
                  <li key={id}>Reworded: {id}</li>
                ))}
                {diff.added.map((id) => (
                  <li key={id}>New: {id}</li>
                ))}
                {diff.removed.map((id) => (
                  <li key={id}>Removed: {id}</li>
                ))}
              </ul>
            )}
          </div>
          <div className="actions">
            <button type="button" onClick={() => setOpen(open === diff.frameworkId ? null : diff.frameworkId)}>
              {open === diff.frameworkId ? 'Hide details' : 'What changes'}
            </button>
            <button
              type="button"
              className="button-primary"
              onClick={() =>
                void run({ type: 'upgradeFramework', frameworkId: diff.frameworkId, toVersion: diff.toVersion })
              }
            >
              Upgrade
            </button>
          </div>
        </div>
      ))}
      {addableFrameworks.length > 0 && (
        <details className="add-framework">
          <summary>Add a checklist to this review</summary>
          <ul>
            {addableFrameworks.map((framework) => (
              <li key={framework.id}>
                {framework.title} <span className="muted">v{framework.version}</span>{' '}
                <button
                  type="button"
                  className="button-small"
                  onClick={() => void run({ type: 'addFramework', frameworkId: framework.id })}
                >
                  Add
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
