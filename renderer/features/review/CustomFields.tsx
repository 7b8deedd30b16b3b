// The court's own fields for a system (asset number, budget line, …): kept beside the standard
// attributes, imported from spreadsheets, and added, changed or removed here.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SystemRecord } from '../../../shared/model/system';
import { useSession } from '../../app/session';

export function CustomFields({ system }: { system: SystemRecord }) {
  const { t } = useTranslation(['review', 'common']);
  const run = useSession((s) => s.run);
  const id = useId();
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const fields = Object.entries(system.customFields);

  function save(next: Record<string, string>) {
    return run({ type: 'updateSystem', systemId: system.id, changes: { customFields: next } });
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    const key = name.trim();
    if (!key) return;
    if (await save({ ...system.customFields, [key]: value.trim() })) {
      setName('');
      setValue('');
    }
  }

  function remove(key: string) {
    const next = { ...system.customFields };
    delete next[key];
    void save(next);
  }

  return (
    <section className="profile-block" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('customFields.title')}</h3>
      {fields.length === 0 ? (
        <p className="muted">{t('customFields.empty')}</p>
      ) : (
        <dl className="custom-fields">
          {fields.map(([key, text]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd>
                <input
                  aria-label={key}
                  defaultValue={text}
                  maxLength={5000}
                  onBlur={(e) => {
                    if (e.target.value.trim() !== text)
                      void save({ ...system.customFields, [key]: e.target.value.trim() });
                  }}
                />
                <button
                  type="button"
                  className="button-small"
                  onClick={() => remove(key)}
                  aria-label={t('customFields.removeField', { name: key })}
                >
                  {t('common:action.remove')}
                </button>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <form className="inline-field" onSubmit={(e) => void add(e)}>
        <input
          aria-label={t('customFields.newName')}
          placeholder={t('customFields.namePlaceholder')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={200}
        />
        <input
          aria-label={t('customFields.newValue')}
          placeholder={t('customFields.valuePlaceholder')}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          maxLength={5000}
        />
        <button type="submit" disabled={!name.trim()}>
          {t('customFields.add')}
        </button>
      </form>
    </section>
  );
}
