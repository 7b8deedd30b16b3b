// The title bar's "File" menu: the whole review out as JSON or as an Excel workbook, and answers back in from
// a spreadsheet. A menu button in the WAI-ARIA pattern: arrows move, Enter chooses, Escape returns to the button.
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { requestMenuCommand } from '../../app/useMenuCommands';
import { AnswersImportDialog } from './AnswersImportDialog';
import { exportWholeReview } from './reviewExchange';

interface MenuEntry {
  label: string;
  run: () => void;
}

export function FileMenu() {
  const { t } = useTranslation('exchange');
  const [open, setOpen] = useState(false);
  const [importing, setImporting] = useState(false);
  const busy = useSession((s) => s.busy);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const id = useId();

  const entries: MenuEntry[] = [
    { label: t('fileMenu.saveAs'), run: () => requestMenuCommand({ type: 'save-review-as' }) },
    { label: t('fileMenu.exportJson'), run: () => void exportWholeReview('json') },
    { label: t('fileMenu.exportXlsx'), run: () => void exportWholeReview('xlsx') },
    { label: t('fileMenu.importAnswers'), run: () => setImporting(true) },
  ];

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const closeOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }

  function choose(entry: MenuEntry) {
    close(true);
    entry.run();
  }

  function onMenuKey(event: KeyboardEvent<HTMLUListElement>) {
    const list = items();
    const index = list.indexOf(document.activeElement as HTMLElement);
    const focusAt = (i: number) => list[(i + list.length) % list.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        focusAt(index - 1);
        break;
      case 'Home': // i18n-exempt: a key's name, not text
        focusAt(0);
        break;
      case 'End': // i18n-exempt: a key's name, not text
        focusAt(list.length - 1);
        break;
      case 'Escape': // i18n-exempt: a key's name, not text
        close(true);
        break;
      case 'Tab':
        close(false);
        return;
      default:
        return;
    }
    event.preventDefault();
  }

  return (
    <div style={{ position: 'relative' }}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        disabled={busy !== null}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t('fileMenu.button')}
      </button>
      {open && (
        <ul
          ref={menu}
          id={`${id}-menu`}
          role="menu"
          aria-label={t('fileMenu.button')}
          onKeyDown={onMenuKey}
          style={{
            position: 'absolute',
            right: 0,
            top: 'calc(100% + 0.3rem)',
            zIndex: 10,
            margin: 0,
            padding: '0.3rem',
            listStyle: 'none',
            minWidth: '19rem',
            background: 'var(--paper)',
            border: '1px solid var(--line)',
            borderRadius: '8px',
            boxShadow: '0 10px 30px rgba(20, 30, 50, 0.18)',
          }}
        >
          {entries.map((entry) => (
            <li key={entry.label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="button-quiet"
                style={{ display: 'block', width: '100%', textAlign: 'left' }}
                onClick={() => choose(entry)}
              >
                {entry.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {importing && <AnswersImportDialog onClose={() => setImporting(false)} />}
    </div>
  );
}
