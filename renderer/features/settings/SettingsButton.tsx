// The Settings button of the title bar and the Welcome screen; Ctrl+, (⌘, on macOS) opens the same dialog.
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { SettingsDialog } from './SettingsDialog';

export function SettingsButton() {
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
      <button type="button" ref={button} onClick={() => setOpen(true)} aria-keyshortcuts="Control+Comma">
        {t('title')}
      </button>
      {open && <SettingsDialog onClose={close} />}
    </>
  );
}
