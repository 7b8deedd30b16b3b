// The Settings button of the title bar and the Welcome screen; Ctrl+, (⌘, on macOS) opens the same dialog.
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { SettingsDialog } from './SettingsDialog';

/** `compact`: an icon with the same accessible name, for the crowded title bar. */
export function SettingsButton({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation('settings');
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key === ',') {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  function close() {
    flushSync(() => setOpen(false));
    button.current?.focus();
  }

  return (
    <>
      <button
        type="button"
        ref={button}
        className={compact ? 'icon-button' : undefined}
        onClick={() => setOpen(true)}
        aria-keyshortcuts="Control+Comma"
        aria-label={compact ? t('title') : undefined}
        title={compact ? t('buttonTitle') : undefined}
      >
        {compact ? <span aria-hidden="true">⚙</span> : t('title')}
      </button>
      {open && <SettingsDialog onClose={close} />}
    </>
  );
}
