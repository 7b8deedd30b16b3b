// Sign-off of a system by the assessor and the reviewer. Each sign-off keeps a hash of the
// answers it covers, so a later change shows plainly as "changed since sign-off".
import { type FormEvent, useState } from 'react';
import type { SignOffView } from '../../../shared/engine/recordQueries';
import { useSession } from '../../app/session';

export function SignOffPanel({ systemId, signOffs }: { systemId: string; signOffs: SignOffView[] }) {
  const run = useSession((s) => s.run);
  const [person, setPerson] = useState('');
  const [role, setRole] = useState<'assessor' | 'reviewer'>('assessor');
  const [statement, setStatement] = useState('I have reviewed the answers and evidence recorded for this system.');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!person.trim() || !statement.trim()) return;
    await run({ type: 'signOff', systemId, person: person.trim(), role, statement: statement.trim() });
    setPerson('');
  }

  return (
    <section className="signoff" aria-labelledby="signoff-title">
      <h3 id="signoff-title">Sign-off</h3>
      {signOffs.length === 0 ? (
        <p className="muted">Not signed off yet.</p>
      ) : (
        <ul className="signoff-list">
          {signOffs.map((s) => (
            <li key={s.id}>
              <strong>{s.person}</strong> ({s.role}) signed on {new Date(s.signedAt).toLocaleString()}: “{s.statement}”{' '}
              {s.changedSinceSignOff ? (
                <span className="changed-badge">Changed since sign-off</span>
              ) : (
                <span className="unchanged-badge">Answers unchanged</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className="record-form" onSubmit={(e) => void submit(e)}>
        <label>
          Name
          <input value={person} onChange={(e) => setPerson(e.target.value)} required />
        </label>
        <label>
          Role
          <select value={role} onChange={(e) => setRole(e.target.value as 'assessor' | 'reviewer')}>
            <option value="assessor">Assessor</option>
            <option value="reviewer">Reviewer</option>
          </select>
        </label>
        <label>
          Statement
          <textarea value={statement} onChange={(e) => setStatement(e.target.value)} rows={2} required />
        </label>
        <div className="actions">
          <button type="submit" className="button-primary" disabled={!person.trim() || !statement.trim()}>
            Sign off
          </button>
        </div>
      </form>
    </section>
  );
}
