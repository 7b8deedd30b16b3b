import { describe, expect, it, vi } from 'vitest';
import { ElectronHost } from '../../../renderer/host/ElectronHost';
import { browserShortcutCommand, type ShortcutKey } from '../../../renderer/host/browserShortcuts';
import type { HostBridge, MenuCommand } from '../../../shared/host';

describe('menu commands arriving in the desktop page', () => {
  function hostWithBridge() {
    let deliver: ((message: unknown) => void) | undefined;
    const stop = vi.fn();
    const bridge = {
      onMenuCommand: (listener: (message: unknown) => void) => {
        deliver = listener;
        return stop;
      },
    } as unknown as HostBridge;
    return { host: new ElectronHost(bridge), deliver: (message: unknown) => deliver?.(message), stop };
  }

  it('are passed on when well-formed, with nothing but the fields of a command', () => {
    const { host, deliver } = hostWithBridge();
    const received: MenuCommand[] = [];
    host.onMenuCommand((command) => received.push(command));

    deliver({ type: 'find' });
    deliver({ type: 'open-file', file: { key: 'k'.repeat(24), name: 'A.charter', location: '/r', extra: 'dropped' } });

    expect(received).toEqual([
      { type: 'find' },
      { type: 'open-file', file: { key: 'k'.repeat(24), name: 'A.charter', location: '/r' } },
    ]);
  });

  it('are ignored when this version does not understand them', () => {
    const { host, deliver } = hostWithBridge();
    const received: MenuCommand[] = [];
    host.onMenuCommand((command) => received.push(command));

    for (const message of [
      null,
      'find',
      { type: 'format-disk' },
      { type: 'open-file' },
      { type: 'open-file', file: { key: 1 } },
    ]) {
      deliver(message);
    }

    expect(received).toEqual([]);
  });

  it('stop when the page stops listening', () => {
    const { host, stop } = hostWithBridge();
    host.onMenuCommand(() => undefined)();
    expect(stop).toHaveBeenCalled();
  });
});

describe('the menu shortcuts a browser leaves to the page', () => {
  const key = (value: string, modifiers: Partial<ShortcutKey> = {}): ShortcutKey => ({
    key: value,
    ctrlKey: true,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...modifiers,
  });

  it('open, save as and export with Ctrl or Cmd', () => {
    expect(browserShortcutCommand(key('o'), false)).toBe('open-review');
    expect(browserShortcutCommand(key('S', { shiftKey: true }), false)).toBe('save-review-as');
    expect(browserShortcutCommand(key('e', { ctrlKey: false, metaKey: true }), false)).toBe('export-report');
  });

  it('take Ctrl+F only where the screen has a search box, leaving the browser’s find elsewhere', () => {
    expect(browserShortcutCommand(key('f'), true)).toBe('find');
    expect(browserShortcutCommand(key('f'), false)).toBeNull();
  });

  it('leave undo, redo, plain keys and Alt combinations alone', () => {
    expect(browserShortcutCommand(key('z'), true)).toBeNull();
    expect(browserShortcutCommand(key('o', { ctrlKey: false }), true)).toBeNull();
    expect(browserShortcutCommand(key('o', { altKey: true }), true)).toBeNull();
  });
});
