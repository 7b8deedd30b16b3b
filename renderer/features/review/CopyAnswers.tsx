// Two courts running the same product: start this system's answers from another system's,
// keeping or replacing the answers already given. One step, undoable.
import { useId, useState } from 'react';
import type { SystemRecord } from '../../../shared/model/system';
import { useSession } from '../../app/session';

export function CopyAnswers({ system }: { system: SystemRecord }) {
  const { systems, run } = useSession();
  const id = useId();
  const sources = systems.filter((s) => s.id !== system.id && s.counts.not_reviewed < s.applicableItems);
  const [from, setFrom] = useState('');
  const [overwrite, setOverwrite] = useState(false);
  if (sources.length === 0) return null;

  return (
    <section className="profile-block" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Start from another system&apos;s answers</h3>
      <p className="muted">For the same product used in another court: copies statuses and justifications.</p>
      <label>
        Copy from
        <select value={from} onChange={(e) => setFrom(e.target.value)}>
          <option value="">Choose a system…</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({answerCount(s.applicableItems - s.counts.not_reviewed)})
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />
        Replace the answers already given here
      </label>
      <div className="actions">
        <button
          type="button"
          disabled={!from}
          onClick={() => void run({ type: 'copyAnswers', fromSystemId: from, toSystemIds: [system.id], overwrite })}
        >
          Copy answers
        </button>
      </div>
    </section>
  );
}

const answerCount = (n: number) => `${n} answer${n === 1 ? '' : 's'}`;
