// Charter Appendix IV for one principle of one system: the app suggests how far the principle is
// integrated from the answers; the assessor confirms or changes it, with a justification.
import { useId, useState } from 'react';
import type { PrincipleIntegrationView } from '../../../shared/engine/queries';
import { useSession } from '../../app/session';

interface Props {
  systemId: string;
  frameworkId: string;
  principleId: string;
  levels: { id: string; label: string }[];
  integration: PrincipleIntegrationView;
}

export function PrincipleIntegration({ systemId, frameworkId, principleId, levels, integration }: Props) {
  const run = useSession((s) => s.run);
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [level, setLevel] = useState('');
  const [justification, setJustification] = useState('');
  const label = (levelId: string | null | undefined) => levels.find((l) => l.id === levelId)?.label ?? '';
  const differs = integration.suggested !== null && level !== integration.suggested;

  /** The form starts from what the review holds now: the confirmed level, else the suggestion. */
  function startEditing() {
    setLevel(integration.confirmed?.level ?? integration.suggested ?? levels[0]?.id ?? '');
    setJustification(integration.confirmed?.justification ?? '');
    setEditing(true);
  }

  async function confirm() {
    await run({ type: 'setPrincipleIntegration', systemId, frameworkId, principleId, level, justification });
    setEditing(false);
  }

  return (
    <div className="integration" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="integration-label">
        Integration:
      </span>{' '}
      {integration.confirmed ? (
        <strong>{label(integration.confirmed.level)}</strong>
      ) : integration.suggested ? (
        <span>
          suggested <strong>{label(integration.suggested)}</strong> — not confirmed
        </span>
      ) : (
        <span className="muted">suggested once every item is answered</span>
      )}
      {!editing && (
        <button type="button" className="button-small" onClick={startEditing}>
          {integration.confirmed ? 'Change' : 'Confirm'}
        </button>
      )}
      {editing && (
        <div className="integration-form">
          <label>
            Level
            <select value={level} onChange={(e) => setLevel(e.target.value)}>
              {levels.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Justification{differs && ' (required: differs from the suggestion)'}
            <textarea value={justification} onChange={(e) => setJustification(e.target.value)} rows={2} />
          </label>
          <div className="actions">
            <button
              type="button"
              className="button-primary"
              disabled={differs && justification.trim() === ''}
              onClick={() => void confirm()}
            >
              Confirm level
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
