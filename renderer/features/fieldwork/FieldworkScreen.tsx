// Field work: cut an assessor package for the systems an assessor takes to the courts, merge the files
// assessors bring back (with every conflict shown side by side to decide), and compare with another round.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewFileName } from '../../../shared/host';
import { appHost, engineClient, useSession } from '../../app/session';
import { currentActor } from '../settings/settingsStore';
import { CompareRounds } from './CompareRounds';
import { MergeReturnedFiles } from './MergeReturnedFiles';
import './fieldwork.css';
import { errorText } from '../../i18n/errorText';

export function FieldworkScreen() {
  const { t } = useTranslation('fieldwork');
  return (
    <main className="overview-screen fieldwork-screen" aria-labelledby="fieldwork-title">
      <header className="overview-header">
        <div>
          <h2 id="fieldwork-title">{t('screen.title')}</h2>
          <p className="overview-lead">{t('screen.lead')}</p>
        </div>
      </header>
      <ExportPackage />
      <MergeReturnedFiles />
      <CompareRounds />
    </main>
  );
}

function ExportPackage() {
  const { t } = useTranslation(['fieldwork', 'common']);
  const systems = useSession((s) => s.systems);
  const title = useSession((s) => s.info?.title) ?? t('package.untitledReview');
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
      const name = `${t('package.fileName', { name: reviewFileName(title).replace(/\.charter$/, '') })}.charter`;
      const saved = await appHost().exportFile(name, 'application/vnd.sqlite3', bytes);
      setMessage(
        saved
          ? { tone: 'ok', text: t('package.saved', { name, count: ids.length }) }
          : { tone: 'ok', text: t('package.notSaved') },
      );
    } catch (error) {
      setMessage({ tone: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel fieldwork-section" aria-labelledby="package-title">
      <h3 id="package-title">{t('package.title')}</h3>
      <p className="muted">{t('package.intro')}</p>
      <label className="field">
        <span>{t('package.find')}</span>
        <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
      </label>
      <fieldset className="fieldwork-systems">
        <legend>{t('package.systemsLegend', { count: chosen.size })}</legend>
        {shown.length === 0 && <p className="muted">{t('package.noMatch')}</p>}
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
          {t('package.chooseAllShown')}
        </button>
        <button type="button" onClick={() => setChosen(new Set())} disabled={chosen.size === 0}>
          {t('common:action.clear')}
        </button>
        <button
          type="button"
          className="button-primary"
          disabled={chosen.size === 0 || busy}
          onClick={() => void exportPackage()}
        >
          {t('package.export')}
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
