// The two keys that open help from anywhere: F1 for the help dialog, `?` for the list of shortcuts. `?` is a
// character too, so it is left alone while the person is typing.

/** Input types that take no typed text: a `?` pressed on them is a request, not a character. */
const INPUTS_WITHOUT_TEXT = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'image',
  'file',
  'color',
  'range',
]);

/** The few properties of an element the check reads, so it can be tested without a page. */
interface ElementLike {
  tagName?: unknown;
  type?: unknown;
  isContentEditable?: unknown;
}

/** Whether a key pressed on `target` would go into text: a text field, a text area, a select, or editable content. */
export function isTypingTarget(target: unknown): boolean {
  if (typeof target !== 'object' || target === null) return false;
  const element = target as ElementLike;
  if (element.isContentEditable === true) return true;
  const tag = typeof element.tagName === 'string' ? element.tagName.toUpperCase() : '';
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = typeof element.type === 'string' ? element.type.toLowerCase() : 'text';
  return !INPUTS_WITHOUT_TEXT.has(type);
}

export interface HelpKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export type HelpKeyAction = 'help' | 'shortcuts';

/** What a key press asks of the help layer, if anything. */
export function helpKeyAction(event: HelpKey, typing: boolean): HelpKeyAction | null {
  const modified = event.ctrlKey || event.metaKey || event.altKey;
  // F1 types nothing, so it opens help from inside a field as well.
  if (event.key === 'F1' && !modified) return 'help';
  // `?` is Shift+/ on many layouts and another key on others: the character is what counts, not the key.
  if (event.key === '?' && !modified && !typing) return 'shortcuts';
  return null;
}
