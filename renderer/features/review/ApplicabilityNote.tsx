// Why an item does or does not count for a system, and the reviewer's way to overrule the content's rule
// with a justification (and to go back to the rule).
import { type FormEvent, useId, useState } from 'react';
import type { ChecklistItemView } from '../../../shared/engine/queries';
import { useSession } from '../../app/session';

interface Props {
  systemId: string;
  item: ChecklistItemView;
}

export function ApplicabilityNote({ systemId, item }: Props) {
  const run = useSession((s) => s.run);
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const applies = !item.applicableByRule;
    if (reason.trim() === '') return;
    if (await run({ type: 'setApplicability', systemId, itemId: item.id, applies, justification: reason.trim() })) {
      setEditing(false);
      setReason('');
    }
  }

  if (item.override) {
    return (
      <div className="rule-note overridden">
        <p>
          <strong>{item.override.applies ? 'Applies to this system' : 'Left out for this system'}</strong> by the
          reviewer&apos;s decision. Reason: {item.override.justification}
        </p>
        {item.applicabilityNote && <p className="muted">The checklist&apos;s rule: {item.applicabilityNote}</p>}
        <button
          type="button"
          className="link-button"
          onClick={() => void run({ type: 'setApplicability', systemId, itemId: item.id, applies: null })}
        >
          Return to the rule
        </button>
      </div>
    );
  }
  if (item.applicable) return null;

  return (
    <div className="rule-note">
      <p>Not applicable to this system: {item.applicabilityNote || 'the checklist’s rule excludes it.'}</p>
      {editing ? (
        <form className="override-form" onSubmit={(e) => void submit(e)}>
          <label htmlFor={`${id}-reason`}>Why does this item apply to this system?</label>
          <textarea
            id={`${id}-reason`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            rows={2}
            required
            autoFocus
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                setEditing(false);
              }
            }}
          />
          <div className="form-buttons">
            <button type="submit" disabled={reason.trim() === ''}>
              Count this item
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="link-button" onClick={() => setEditing(true)}>
          It applies here…
        </button>
      )}
    </div>
  );
}
