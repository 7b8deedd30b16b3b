// Field work: cut an assessor package for the systems an assessor takes to the courts, merge the files
// assessors bring back (with every conflict shown side by side to decide), and compare with another round.
import { useState } from 'react';
import { reviewFileName } from '../../../shared/host';
import { appHost, engineClient, useSession } from '../../app/session';
import { currentActor } from '../settings/settingsStore';
import { CompareRounds } from './CompareRounds';
import { MergeReturnedFiles } from './MergeReturnedFiles';
import './fieldwork.css';

export function FieldworkScreen() {
  return (
    <main className="overview-screen fieldwork-screen" aria-labelledby="fieldwork-title">
      <header className="overview-header">
        <div>
          <h2 id="fieldwork-title">Field work</h2>
          <p className="overview-lead">
            Give assessors a package of the systems they visit, bring their files back without losing anyone’s work, and
            compare this round with the last one.
          </p>
        </div>
      </header>
      <ExportPackage />
      <MergeReturnedFiles />
      <CompareRounds />
    </main>
  );
}

function ExportPackage() {
  const systems = useSession((s) => s.systems);
  const title = useSession((s) => s.info?.title ?? 'Review');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState('');
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = systems.filter((s) =>
    `${s.name} ${s.organisation}`.toLocaleLowerCase().includes(filter.trim().toLocaleLowerCase()),
  );

  const toggle = (id: string) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  async function exportPackage() {
    setBusy(true);
    setMessage(null);
    try {
      const ids = systems.filter((s) => chosen.has(s.id)).map((s) => s.id);
      const bytes = await engineClient().exportPackage(ids, currentActor());
      const name = `${reviewFileName(title).replace(/\.charter$/, '')} - assessor package.charter`;
      const saved = await appHost().exportFile(name, 'application/vnd.sqlite3', bytes);
      setMessage(
        saved
          ? { tone: 'ok', text: `Saved “${name}” with ${ids.length} system${ids.length === 1 ? '' : 's'}.` }
          : { tone: 'ok', text: 'The package was not saved.' },
      );
    } catch (error) {
      setMessage({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel fieldwork-section" aria-labelledby="package-title">
      <h3 id="package-title">Export assessor package…</h3>
      <p className="muted">
        A review file with only the chosen systems and everything needed to answer them: the checklists, answers,
        findings, actions, evidence and sign-offs. The assessor opens it in Charter Review, works offline and sends it
        back; nothing of the other systems is in it.
      </p>
      <label className="field">
        <span>Find systems</span>
        <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
      </label>
      <fieldset className="fieldwork-systems">
        <legend>Systems for the assessor ({chosen.size} chosen)</legend>
        {shown.length === 0 && <p className="muted">No system matches.</p>}
        {shown.map((system) => (
          <label key={system.id} className="fieldwork-system">
            <input type="checkbox" checked={chosen.has(system.id)} onChange={() => toggle(system.id)} /> {system.name}
            {system.organisation && <span className="muted"> · {system.organisation}</span>}
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button
          type="button"
          onClick={() => setChosen((previous) => new Set([...previous, ...shown.map((s) => s.id)]))}
          disabled={shown.length === 0}
        >
          Choose all shown
        </button>
        <button type="button" onClick={() => setChosen(new Set())} disabled={chosen.size === 0}>
          Clear
        </button>
        <button
          type="button"
          className="button-primary"
          disabled={chosen.size === 0 || busy}
          onClick={() => void exportPackage()}
        >
          Export package
        </button>
      </div>
      {message && (
        <p
          role={message.tone === 'error' ? 'alert' : 'status'}
          className={message.tone === 'error' ? 'field-problem' : ''}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
