// Two courts running the same product: start this system's answers from another system's,
// keeping or replacing the answers already given. One step, undoable.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SystemRecord } from '../../../shared/model/system';
import { useSession } from '../../app/session';

export function CopyAnswers({ system }: { system: SystemRecord }) {
  const { t } = useTranslation('review');
  const { systems, run } = useSession();
  const id = useId();
  const sources = systems.filter((s) => s.id !== system.id && s.counts.not_reviewed < s.applicableItems);
  const [from, setFrom] = useState('');
  const [overwrite, setOverwrite] = useState(false);
  if (sources.length === 0) return null;

  return (
    <section className="profile-block" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('copyAnswers.title')}</h3>
      <p className="muted">{t('copyAnswers.hint')}</p>
      <label>
        {t('copyAnswers.from')}
        <select value={from} onChange={(e) => setFrom(e.target.value)}>
          <option value="">{t('copyAnswers.choose')}</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {t('copyAnswers.source', {
                name: s.name,
                answers: t('copyAnswers.answers', { count: s.applicableItems - s.counts.not_reviewed }),
              })}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />
        {t('copyAnswers.replace')}
      </label>
      <div className="actions">
        <button
          type="button"
          disabled={!from}
          onClick={() => void run({ type: 'copyAnswers', fromSystemId: from, toSystemIds: [system.id], overwrite })}
        >
          {t('copyAnswers.copy')}
        </button>
      </div>
    </section>
  );
}
