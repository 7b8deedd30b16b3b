// The systems of the review with their progress, and a field to add one by name.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { useFormat } from '../../i18n/format';

export function SystemList() {
  const { t } = useTranslation(['review', 'common']);
  const format = useFormat();
  const { systems, selectedSystemId, selectSystem, addSystem } = useSession();
  const [name, setName] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') return;
    void addSystem(name.trim());
    setName('');
  }

  return (
    <nav className="system-list" aria-labelledby="systems-title">
      <h2 id="systems-title">{t('systems.title')}</h2>
      {systems.length === 0 && <p className="empty">{t('systems.empty')}</p>}
      <ul>
        {systems.map((system) => {
          const answered = system.applicableItems - system.counts.not_reviewed;
          return (
            <li key={system.id}>
              <button
                type="button"
                className="system-item"
                aria-current={system.id === selectedSystemId ? 'true' : undefined}
                onClick={() => void selectSystem(system.id)}
              >
                <span className="system-name">{system.name}</span>
                <span
                  className="system-progress"
                  aria-label={t('systems.progress', { answered, total: system.applicableItems })}
                >
                  <span className="bar" aria-hidden="true">
                    <span
                      style={{ width: `${system.applicableItems ? (100 * answered) / system.applicableItems : 0}%` }}
                    />
                  </span>
                  {format.number(answered)}/{format.number(system.applicableItems)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <form onSubmit={submit} className="add-system">
        <label htmlFor="new-system-name">{t('systems.add')}</label>
        <div className="inline-field">
          <input
            id="new-system-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('systems.placeholder')}
            maxLength={300}
          />
          <button type="submit">{t('common:action.add')}</button>
        </div>
      </form>
    </nav>
  );
}
