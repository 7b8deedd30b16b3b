// The `?` overlay: every keyboard shortcut of the app, for this computer's platform.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { HelpModal } from './HelpModal';
import { useHelp } from './helpStore';
import { ShortcutList } from './ShortcutList';

export function ShortcutsDialog() {
  const { t } = useTranslation(['help', 'common']);
  const close = useHelp((s) => s.close);
  const id = useId();
  return (
    <HelpModal labelledBy={`${id}-title`} className="shortcuts-dialog" onClose={close}>
      <div className="help-head">
        <h2 id={`${id}-title`}>{t('shortcuts.title')}</h2>
        <button type="button" onClick={close}>
          {t('common:action.close')}
        </button>
      </div>
      {/* The list scrolls: focusable, so the keyboard can scroll it too. */}
      <div className="shortcuts-body" tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
        <ShortcutList headingLevel={3} />
      </div>
    </HelpModal>
  );
}
