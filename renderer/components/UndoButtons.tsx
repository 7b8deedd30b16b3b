// Undo and redo for the review, with Ctrl+Z / Ctrl+Shift+Z (Cmd on macOS) outside text fields,
// where the keys keep their usual meaning for the text being typed.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session';
import { t } from '../i18n/i18n';

const NAMED_COMMANDS = [
  'addSystem',
  'updateSystem',
  'updateSystems',
  'removeSystem',
  'setAnswer',
  'classifyUse',
  'setPrincipleIntegration',
  'addFramework',
  'upgradeFramework',
  'updateReview',
  'importInventory',
] as const;

/** The change undo or redo would act on, in words ("the inventory import"). */
function what(command: string): string {
  const named = NAMED_COMMANDS.find((c) => c === command);
  return t(`app:undo.command.${named ?? 'other'}`);
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function UndoButtons() {
  const { undoState, undo, redo } = useSession();
  useTranslation('app');

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        void undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        void redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return (
    <div className="undo-buttons">
      <button
        type="button"
        disabled={!undoState.undo}
        onClick={() => void undo()}
        title={
          undoState.undo ? t('app:undo.undoWhat', { what: what(undoState.undo.command) }) : t('app:undo.nothingToUndo')
        }
      >
        {t('app:undo.undo')}
      </button>
      <button
        type="button"
        disabled={!undoState.redo}
        onClick={() => void redo()}
        title={
          undoState.redo ? t('app:undo.redoWhat', { what: what(undoState.redo.command) }) : t('app:undo.nothingToRedo')
        }
      >
        {t('app:undo.redo')}
      </button>
    </div>
  );
}
