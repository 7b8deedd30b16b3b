// The desktop menu's shortcuts that a browser leaves to the page. Ctrl+N and Ctrl+W belong to the browser and never
// reach it; undo and redo are already handled on the page itself (UndoButtons), so they are not repeated here.
import type { MenuCommandName } from '../../shared/host';

export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * The command a key press stands for, or null to leave it to the browser. Find is taken only when the screen has
 * a search box; otherwise Ctrl+F keeps its usual meaning, the browser's own find.
 */
export function browserShortcutCommand(event: ShortcutKey, screenHasSearchBox: boolean): MenuCommandName | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'o' && !event.shiftKey) return 'open-review';
  if (key === 's' && event.shiftKey) return 'save-review-as';
  if (key === 'e' && !event.shiftKey) return 'export-report';
  if (key === 'f' && !event.shiftKey && screenHasSearchBox) return 'find';
  return null;
}
