// One answer given to several systems at once (the same product in several courts): the item's status and
// justification are set on the chosen systems in one undoable step.
import { type FormEvent, useId, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ChecklistItemView } from '../../../shared/engine/queries';
import { useSession } from '../../app/session';

/** Enough to choose from without drawing thousands of rows; the filter narrows the rest. */
const SHOWN = 200;

interface Props {
  systemId: string;
  item: ChecklistItemView;
}

export function ApplyToOthers({ systemId, item }: Props) {
  const { t } = useTranslation(['review', 'common']);
  const { systems, run } = useSession();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const others = useMemo(() => systems.filter((s) => s.id !== systemId), [systems, systemId]);
  const matching = useMemo(() => {
    const words = filter.trim().toLowerCase();
    return words ? others.filter((s) => `${s.name} ${s.organisation}`.toLowerCase().includes(words)) : others;
  }, [others, filter]);
  if (others.length === 0 || item.status === 'not_reviewed') return null;
  const source = systems.find((s) => s.id === systemId)?.name ?? '';

  function toggle(target: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(target);
    else next.delete(target);
    setChosen(next);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen.size === 0) return;
    const applied = await run({
      type: 'setAnswers',
      // i18n-exempt: recorded in the audit trail, whose sentences the engine writes in English
      source: `the answer of ${source}`,
      answers: [...chosen].map((target) => ({
        systemId: target,
        itemId: item.id,
        status: item.status,
        justification: item.justification,
      })),
    });
    if (applied) {
      setOpen(false);
      setChosen(new Set());
    }
  }

  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {t('applyToOthers.open')}
      </button>
    );
  }
  return (
    <form className="apply-to-others" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>
        <Trans t={t} i18nKey="applyToOthers.title" components={{ strong: <strong /> }} />
      </p>
      <label>
        {t('applyToOthers.find')}
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} autoFocus />
      </label>
      <ul className="choice-list">
        {matching.slice(0, SHOWN).map((s) => (
          <li key={s.id}>
            <label className="checkbox">
              <input type="checkbox" checked={chosen.has(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
              {s.name}
              {s.organisation && <span className="muted"> · {s.organisation}</span>}
            </label>
          </li>
        ))}
      </ul>
      {matching.length > SHOWN && (
        <p className="muted">{t('applyToOthers.moreMatching', { count: matching.length - SHOWN })}</p>
      )}
      <div className="form-buttons">
        <button
          type="button"
          onClick={() => setChosen(new Set([...chosen, ...matching.slice(0, SHOWN).map((s) => s.id)]))}
        >
          {t('applyToOthers.chooseAll')}
        </button>
        <button type="submit" disabled={chosen.size === 0}>
          {t('applyToOthers.apply', { count: chosen.size })}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('common:action.cancel')}
        </button>
      </div>
    </form>
  );
}
