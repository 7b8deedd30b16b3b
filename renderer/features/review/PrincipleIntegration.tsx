// Charter Appendix IV for one principle of one system: the app suggests how far the principle is
// integrated from the answers; the assessor confirms or changes it, with a justification.
import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation(['review', 'common']);
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
        {t('integration.label')}
      </span>{' '}
      {integration.confirmed ? (
        <strong>{label(integration.confirmed.level)}</strong>
      ) : integration.suggested ? (
        <span>
          <Trans
            t={t}
            i18nKey="integration.suggested"
            values={{ level: label(integration.suggested) }}
            components={{ strong: <strong /> }}
          />
        </span>
      ) : (
        <span className="muted">{t('integration.pending')}</span>
      )}
      {!editing && (
        <button type="button" className="button-small" onClick={startEditing}>
          {integration.confirmed ? t('integration.change') : t('integration.confirm')}
        </button>
      )}
      {editing && (
        <div className="integration-form">
          <label>
            {t('integration.level')}
            <select value={level} onChange={(e) => setLevel(e.target.value)}>
              {levels.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            {differs ? t('integration.justificationRequired') : t('integration.justification')}
            <textarea value={justification} onChange={(e) => setJustification(e.target.value)} rows={2} />
          </label>
          <div className="actions">
            <button
              type="button"
              className="button-primary"
              disabled={differs && justification.trim() === ''}
              onClick={() => void confirm()}
            >
              {t('integration.confirmLevel')}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('common:action.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
