// The shortcut list shown by `?` and in help: it names the keys this computer uses (⌘ or Ctrl), and every shortcut
// it lists for files is one the app really answers to — the desktop menu's accelerators, or the browser's stand-ins.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../../electron/appMenu';
import {
  type Combo,
  type HostKind,
  type Platform,
  type ShortcutId,
  comboText,
  detectPlatform,
  shortcutGroups,
} from '../../../../renderer/features/help/shortcuts';
import { browserShortcutCommand } from '../../../../renderer/host/browserShortcuts';

const ENGLISH_NAMES: Record<string, string> = { ctrl: 'Ctrl', shift: 'Shift', home: 'Home', space: 'Space' };
const text = (combo: Combo, platform: Platform) => comboText(combo, platform, (key) => ENGLISH_NAMES[key] ?? key);

function find(platform: Platform, host: HostKind, id: ShortcutId) {
  return shortcutGroups(platform, host)
    .flatMap((group) => group.shortcuts)
    .find((shortcut) => shortcut.id === id);
}

const shown = (platform: Platform, host: HostKind, id: ShortcutId) =>
  find(platform, host, id)?.combos.map((combo) => text(combo, platform));

describe('the platform the keys are shown for', () => {
  it('is read from the browser, preferring client hints', () => {
    expect(detectPlatform({ platform: 'MacIntel' })).toBe('mac');
    expect(detectPlatform({ platform: 'Win32' })).toBe('windows');
    expect(detectPlatform({ platform: 'Linux x86_64' })).toBe('linux');
    expect(detectPlatform({ platform: 'Linux x86_64', userAgentData: { platform: 'macOS' } })).toBe('mac');
    expect(detectPlatform({ userAgentData: { platform: 'Windows' } })).toBe('windows');
    expect(detectPlatform(undefined)).toBe('other');
  });
});

describe('how a combination is written', () => {
  it('uses ⌘ and the macOS symbols on a Mac, in the order of its menus', () => {
    expect(text(['mod', 'Z'], 'mac')).toBe('⌘Z');
    expect(text(['mod', 'shift', 'Z'], 'mac')).toBe('⇧⌘Z');
    expect(text(['ctrl', 'mod', 'F'], 'mac')).toBe('⌃⌘F');
    // The tables read the Control key itself, also on a Mac.
    expect(text(['ctrl', 'home'], 'mac')).toBe('⌃Home');
  });

  it('uses Ctrl and plus signs elsewhere', () => {
    expect(text(['mod', 'Z'], 'windows')).toBe('Ctrl+Z');
    expect(text(['shift', 'mod', 'Z'], 'linux')).toBe('Ctrl+Shift+Z');
    expect(text(['shift', 'space'], 'windows')).toBe('Shift+Space');
    expect(text(['?'], 'windows')).toBe('?');
  });
});

describe('the shortcuts listed', () => {
  it('name the platform’s own keys for undo and redo', () => {
    expect(shown('mac', 'electron', 'undo')).toEqual(['⌘Z']);
    expect(shown('mac', 'electron', 'redo')).toEqual(['⇧⌘Z', '⌘Y']);
    expect(shown('windows', 'browser', 'redo')).toEqual(['Ctrl+Y', 'Ctrl+Shift+Z']);
  });

  it('give each answer key its status, as the checklist screen does', () => {
    const answers = shortcutGroups('windows', 'browser')
      .flatMap((group) => group.shortcuts)
      .filter((shortcut) => shortcut.id === 'answer')
      .map((shortcut) => [shortcut.combos[0]?.[0], shortcut.status]);
    expect(answers).toEqual([
      ['1', 'compliant'],
      ['2', 'partial'],
      ['3', 'non_compliant'],
      ['4', 'not_applicable'],
      ['5', 'not_reviewed'],
    ]);
  });

  it('in a browser, leave out what the browser keeps for itself, and every one listed for files reaches the app', () => {
    expect(find('windows', 'browser', 'newReview')).toBeUndefined();
    expect(shortcutGroups('windows', 'browser').map((group) => group.id)).not.toContain('window');
    const files = shortcutGroups('windows', 'browser').find((group) => group.id === 'file')?.shortcuts ?? [];
    expect(files.map((shortcut) => shortcut.id)).toEqual(['openReview', 'saveAs', 'exportReport', 'findInBrowser']);
    for (const shortcut of files) {
      const combo = shortcut.combos[0] ?? [];
      const event = {
        key: (combo.find((key) => key.length === 1) ?? '').toLowerCase(),
        ctrlKey: combo.includes('mod'),
        metaKey: false,
        shiftKey: combo.includes('shift'),
        altKey: false,
      };
      expect(browserShortcutCommand(event, true), shortcut.id).not.toBeNull();
    }
    // Ctrl+N never reaches a page, so the app could not answer to it.
    expect(
      browserShortcutCommand({ key: 'n', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false }, true),
    ).toBeNull();
  });

  describe.each([
    ['windows', 'win32'],
    ['linux', 'linux'],
    ['mac', 'darwin'],
  ] as const)('in the desktop app on %s', (platform, nodePlatform) => {
    const options = {
      platform: nodePlatform,
      appName: 'Charter Review',
      developerTools: false,
      language: 'en',
    } as const;
    const template = buildMenuTemplate(
      { command: vi.fn(), showAbout: vi.fn(), showLicences: vi.fn(), showLogs: vi.fn() },
      options,
    );
    const entries = template.flatMap((menu) => [menu, ...((menu.submenu ?? []) as MenuItemConstructorOptions[])]);
    const mac = platform === 'mac';
    /** "Shift+CmdOrCtrl+Z" and ['mod', 'shift', 'Z'] written the same way, to compare them. */
    const normal = (keys: readonly string[]) =>
      keys
        .map((key) => key.toLowerCase())
        .map((key) => (['cmdorctrl', 'commandorcontrol'].includes(key) || (!mac && key === 'ctrl') ? 'mod' : key))
        .sort()
        .join('+');
    const accelerators = entries.flatMap((entry) =>
      typeof entry.accelerator === 'string' ? [normal(entry.accelerator.split('+'))] : [],
    );

    it('lists the menu’s own accelerators', () => {
      for (const id of ['newReview', 'openReview', 'saveAs', 'exportReport', 'find', 'undo', 'redo'] as const) {
        const combo = find(platform, 'electron', id)?.combos[0] ?? [];
        expect(accelerators, id).toContain(normal(combo));
      }
    });

    it('lists window keys only for roles the menu has, with Electron’s accelerators for them', () => {
      const roles = entries.map((entry) => entry.role?.toLowerCase());
      expect(roles).toEqual(
        expect.arrayContaining(['resetzoom', 'zoomin', 'zoomout', 'togglefullscreen', 'windowmenu']),
      );
      expect(shown(platform, 'electron', 'fullScreen')).toEqual([mac ? '⌃⌘F' : 'F11']);
      // Electron gives quit an accelerator on macOS and Linux only.
      expect(shown(platform, 'electron', 'quit')).toEqual(platform === 'windows' ? undefined : [mac ? '⌘Q' : 'Ctrl+Q']);
      expect(roles).toContain('quit');
    });
  });
});
