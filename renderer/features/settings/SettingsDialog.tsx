// Settings kept on this computer: the name recorded with each change, the interface language and the text size.
// Every choice applies at once (no restart, no Save button); Esc or Close leaves the dialog.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguage } from '../../i18n/languages';
import { TEXT_SIZES, useSettings } from './settingsStore';

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['settings', 'common']);
  const { userName, language, textSize, setUserName, setLanguage, setTextSize } = useSettings();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="dialog settings-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      data-testid="settings-dialog"
    >
      <form method="dialog" className="record-form">
        <h2 id={`${id}-title`}>{t('title')}</h2>

        <label>
          {t('name.label')}
          <input
            defaultValue={userName}
            maxLength={200}
            onBlur={(e) => {
              if (e.target.value.trim()) setUserName(e.target.value);
            }}
            aria-describedby={`${id}-name-help`}
          />
        </label>
        <p className="muted" id={`${id}-name-help`}>
          {t('name.help')}
        </p>

        <label>
          {t('language.label')}
          <select
            value={language ?? 'system'}
            onChange={(e) => setLanguage(isLanguage(e.target.value) ? e.target.value : null)}
            aria-describedby={`${id}-language-help`}
          >
            <option value="system">{t('language.system')}</option>
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <p className="muted" id={`${id}-language-help`}>
          {t('language.help')}
        </p>

        <fieldset>
          <legend>{t('textSize.label')}</legend>
          {TEXT_SIZES.map((size) => (
            <label key={size} className="choice">
              <input
                type="radio"
                name={`${id}-text-size`}
                value={size}
                checked={textSize === size}
                onChange={() => setTextSize(size)}
              />
              {t(`textSize.${size}`)}
            </label>
          ))}
        </fieldset>
        <p className="muted">{t('textSize.help')}</p>

        <div className="actions">
          <button type="submit" className="button-primary">
            {t('common:action.close')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
