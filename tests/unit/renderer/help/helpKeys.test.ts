// F1 opens help from anywhere; `?` lists the shortcuts, except while the person is typing, where it is a character.
import { describe, expect, it } from 'vitest';
import { helpKeyAction, isTypingTarget } from '../../../../renderer/features/help/helpKeys';

const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('whether a key would go into text', () => {
  it('is so in text fields, text areas, selects and editable content', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('is not so on buttons, tick-boxes, radio buttons, cards or the page', () => {
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'radio' })).toBe(false);
    expect(isTypingTarget({ tagName: 'ARTICLE', isContentEditable: false })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(undefined)).toBe(false);
  });
});

describe('what a key asks of help', () => {
  it('opens the shortcut list on `?`, but not while typing or with Ctrl, ⌘ or Alt', () => {
    expect(helpKeyAction(press('?'), false)).toBe('shortcuts');
    expect(helpKeyAction(press('?'), true)).toBeNull();
    expect(helpKeyAction(press('?', { ctrlKey: true }), false)).toBeNull();
    expect(helpKeyAction(press('?', { metaKey: true }), false)).toBeNull();
    expect(helpKeyAction(press('/'), false)).toBeNull();
  });

  it('opens help on F1, even from a text field', () => {
    expect(helpKeyAction(press('F1'), false)).toBe('help');
    expect(helpKeyAction(press('F1'), true)).toBe('help');
    expect(helpKeyAction(press('F1', { altKey: true }), false)).toBeNull();
  });
});
