// Why an item does or does not count for a system, and the reviewer's way to overrule the content's rule
// with a justification (and to go back to the rule).
import { type FormEvent, useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ChecklistItemView } from '../../../shared/engine/queries';
import { useSession } from '../../app/session';

interface Props {
  systemId: string;
  item: ChecklistItemView;
}

export function ApplicabilityNote({ systemId, item }: Props) {
  const { t } = useTranslation(['review', 'common']);
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
          {/* The reviewer's reason stays out of <Trans>: typed text is never read as markup. */}
          <Trans
            t={t}
            i18nKey={item.override.applies ? 'applicability.overrideApplies' : 'applicability.overrideLeftOut'}
            components={{ strong: <strong /> }}
          />{' '}
          {t('applicability.reason', { reason: item.override.justification })}
        </p>
        {item.applicabilityNote && <p className="muted">{t('applicability.rule', { rule: item.applicabilityNote })}</p>}
        <button
          type="button"
          className="link-button"
          onClick={() => void run({ type: 'setApplicability', systemId, itemId: item.id, applies: null })}
        >
          {t('applicability.returnToRule')}
        </button>
      </div>
    );
  }
  if (item.applicable) return null;

  return (
    <div className="rule-note">
      <p>
        {item.applicabilityNote
          ? t('applicability.notApplicable', { note: item.applicabilityNote })
          : t('applicability.notApplicableByRule')}
      </p>
      {editing ? (
        <form className="override-form" onSubmit={(e) => void submit(e)}>
          <label htmlFor={`${id}-reason`}>{t('applicability.whyApplies')}</label>
          <textarea
            id={`${id}-reason`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            rows={2}
            required
            autoFocus
            onKeyDown={(e) => {
              // i18n-exempt: a key name from the keyboard event, not text for a person
              if (e.key === 'Escape') {
                e.stopPropagation();
                setEditing(false);
              }
            }}
          />
          <div className="form-buttons">
            <button type="submit" disabled={reason.trim() === ''}>
              {t('applicability.count')}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('common:action.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="link-button" onClick={() => setEditing(true)}>
          {t('applicability.itApplies')}
        </button>
      )}
    </div>
  );
}
