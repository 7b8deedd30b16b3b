// Asks once for the name recorded with each change, before the first review is created or opened.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from './settingsStore';

export function UserNameDialog({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('settings');
  const setUserName = useSettings((s) => s.setUserName);
  const [name, setName] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    setUserName(name);
    dialog.current?.close();
    onDone();
  }

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="user-name-title" onCancel={(e) => e.preventDefault()}>
      <form onSubmit={submit} className="record-form">
        <h2 id="user-name-title">{t('userName.title')}</h2>
        <p className="muted">{t('userName.help')}</p>
        <label>
          {t('userName.label')}
          <input autoFocus value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required />
        </label>
        <div className="actions">
          <button type="submit" className="button-primary" disabled={!name.trim()}>
            {t('userName.continue')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
