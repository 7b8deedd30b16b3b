// One answer given to several systems at once (the same product in several courts): the item's status and
// justification are set on the chosen systems in one undoable step.
import { type FormEvent, useId, useMemo, useState } from 'react';
import type { ChecklistItemView } from '../../../shared/engine/queries';
import { useSession } from '../../app/session';

/** Enough to choose from without drawing thousands of rows; the filter narrows the rest. */
const SHOWN = 200;

interface Props {
  systemId: string;
  item: ChecklistItemView;
}

export function ApplyToOthers({ systemId, item }: Props) {
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
        Give this answer to other systems…
      </button>
    );
  }
  return (
    <form className="apply-to-others" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>
        <strong>Give the same answer to other systems</strong> — status and justification, replacing theirs.
      </p>
      <label>
        Find systems
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
        <p className="muted">{matching.length - SHOWN} more match; narrow the search to see them.</p>
      )}
      <div className="form-buttons">
        <button
          type="button"
          onClick={() => setChosen(new Set([...chosen, ...matching.slice(0, SHOWN).map((s) => s.id)]))}
        >
          Choose all shown
        </button>
        <button type="submit" disabled={chosen.size === 0}>
          Apply to {chosen.size} system{chosen.size === 1 ? '' : 's'}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
