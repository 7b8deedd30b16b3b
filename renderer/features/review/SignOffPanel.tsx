// Sign-off of a system by the assessor and the reviewer. Each sign-off keeps a hash of the
// answers it covers, so a later change shows plainly as "changed since sign-off".
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignOffView } from '../../../shared/engine/recordQueries';
import { useSession } from '../../app/session';
import { useFormat } from '../../i18n/format';

type Role = SignOffView['role'];
const ROLES: readonly Role[] = ['assessor', 'reviewer'];

export function SignOffPanel({ systemId, signOffs }: { systemId: string; signOffs: SignOffView[] }) {
  const { t } = useTranslation('review');
  const format = useFormat();
  const run = useSession((s) => s.run);
  const [person, setPerson] = useState('');
  const [role, setRole] = useState<Role>('assessor');
  // null until the person edits it: the proposed statement then follows a change of language.
  const [edited, setStatement] = useState<string | null>(null);
  const statement = edited ?? t('signOff.defaultStatement');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!person.trim() || !statement.trim()) return;
    await run({ type: 'signOff', systemId, person: person.trim(), role, statement: statement.trim() });
    setPerson('');
  }

  return (
    <section className="signoff" aria-labelledby="signoff-title">
      <h3 id="signoff-title">{t('signOff.title')}</h3>
      {signOffs.length === 0 ? (
        <p className="muted">{t('signOff.none')}</p>
      ) : (
        <ul className="signoff-list">
          {signOffs.map((s) => (
            <li key={s.id}>
              <strong>{s.person}</strong>{' '}
              {t('signOff.signed', {
                role: t(`signOff.role.${s.role}`),
                date: format.dateTime(s.signedAt),
                statement: s.statement,
              })}{' '}
              {s.changedSinceSignOff ? (
                <span className="changed-badge">{t('signOff.changed')}</span>
              ) : (
                <span className="unchanged-badge">{t('signOff.unchanged')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className="record-form" onSubmit={(e) => void submit(e)}>
        <label>
          {t('signOff.name')}
          <input value={person} onChange={(e) => setPerson(e.target.value)} required />
        </label>
        <label>
          {t('signOff.roleLabel')}
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`signOff.roleOption.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('signOff.statement')}
          <textarea value={statement} onChange={(e) => setStatement(e.target.value)} rows={2} required />
        </label>
        <div className="actions">
          <button type="submit" className="button-primary" disabled={!person.trim() || !statement.trim()}>
            {t('signOff.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
