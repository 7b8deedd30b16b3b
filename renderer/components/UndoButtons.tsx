// Undo and redo for the review, with Ctrl+Z / Ctrl+Shift+Z (Cmd on macOS) outside text fields,
// where the keys keep their usual meaning for the text being typed.
import { useEffect } from 'react';
import { useSession } from '../app/session';

const COMMAND_NAMES: Record<string, string> = {
  addSystem: 'adding a system',
  updateSystem: 'a change to a system',
  updateSystems: 'the change to several systems',
  removeSystem: 'removing a system',
  setAnswer: 'an answer',
  classifyUse: 'the use category',
  setPrincipleIntegration: 'an integration level',
  addFramework: 'adding a checklist',
  upgradeFramework: 'the checklist upgrade',
  updateReview: 'a change to the review',
  importInventory: 'the inventory import',
};

const what = (command: string) => COMMAND_NAMES[command] ?? command;

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function UndoButtons() {
  const { undoState, undo, redo } = useSession();

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
        title={undoState.undo ? `Undo ${what(undoState.undo.command)} (Ctrl+Z)` : 'Nothing to undo'}
      >
        Undo
      </button>
      <button
        type="button"
        disabled={!undoState.redo}
        onClick={() => void redo()}
        title={undoState.redo ? `Redo ${what(undoState.redo.command)} (Ctrl+Shift+Z)` : 'Nothing to redo'}
      >
        Redo
      </button>
    </div>
  );
}
