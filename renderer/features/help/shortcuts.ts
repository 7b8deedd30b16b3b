// Every keyboard shortcut the app answers to, gathered from where each key is handled (the checklist keys, the
// desktop menu's accelerators and Electron's default ones, the browser's stand-ins for them, undo/redo, the tables
// and the library), per platform and host, so the `?` overlay and the help dialog list exactly the same keys.
import type { AnswerStatus } from '../../../shared/model/status';
import { STATUS_CHOICES } from '../review/statusLabels';

export type Platform = 'mac' | 'windows' | 'linux' | 'other';
export type HostKind = 'electron' | 'browser';

/**
 * Keys with a name of their own. `mod` is the platform's command modifier (⌘ on macOS, Ctrl elsewhere); `ctrl` is
 * the Control key on every platform (the tables read ctrlKey, also on macOS). Anything else is a character or a
 * function key written as on the keyboard ("Z", "/", "F1").
 */
export const NAMED_KEYS = [
  'mod',
  'ctrl',
  'shift',
  'alt',
  'command',
  'control',
  'option',
  'enter',
  'esc',
  'space',
  'home',
  'end',
  'pageUp',
  'pageDown',
  'up',
  'down',
  'arrows',
  'plus',
  'minus',
] as const;
export type NamedKey = (typeof NAMED_KEYS)[number];
/** The keys shown to a person once `mod` and the modifiers are resolved for the platform. */
export type ShownKey = Exclude<NamedKey, 'mod'>;

export type Combo = readonly string[];

export type ShortcutGroupId = 'general' | 'file' | 'checklist' | 'inventory' | 'portfolio' | 'library' | 'window';

export type ShortcutId =
  | 'help'
  | 'shortcuts'
  | 'closeDialog'
  | 'undo'
  | 'redo'
  | 'newReview'
  | 'openReview'
  | 'saveAs'
  | 'exportReport'
  | 'find'
  | 'findInBrowser'
  | 'answer'
  | 'nextItem'
  | 'previousItem'
  | 'justification'
  | 'backToItem'
  | 'moveCell'
  | 'pageMove'
  | 'rowStartEnd'
  | 'firstLastRow'
  | 'openChecklist'
  | 'editCell'
  | 'saveCell'
  | 'cancelCell'
  | 'tickRow'
  | 'tickRange'
  | 'focusSearch'
  | 'firstResult'
  | 'clearSearch'
  | 'zoomIn'
  | 'zoomOut'
  | 'actualSize'
  | 'fullScreen'
  | 'minimize'
  | 'closeWindow'
  | 'hide'
  | 'quit';

export interface Shortcut {
  id: ShortcutId;
  /** Alternatives: any one of these combinations does it. */
  combos: readonly Combo[];
  /** For `answer`: the status the key gives. */
  status?: AnswerStatus;
}

export interface ShortcutGroup {
  id: ShortcutGroupId;
  shortcuts: Shortcut[];
}

interface NavigatorLike {
  platform?: string;
  userAgent?: string;
  userAgentData?: { platform?: string } | null;
}

/** The platform the keys are shown for, from User-Agent Client Hints where the browser has them. */
export function detectPlatform(nav: NavigatorLike | undefined): Platform {
  const name = nav?.userAgentData?.platform || nav?.platform || nav?.userAgent || '';
  if (/mac|iphone|ipad|ipod/i.test(name)) return 'mac';
  if (/win/i.test(name)) return 'windows';
  if (/linux|x11|cros/i.test(name)) return 'linux';
  return 'other';
}

const shortcut = (id: ShortcutId, ...combos: Combo[]): Shortcut => ({ id, combos });

/** The shortcuts that work here, in the order the overlay lists them; groups with none are left out. */
export function shortcutGroups(platform: Platform, host: HostKind): ShortcutGroup[] {
  const mac = platform === 'mac';
  const desktop = host === 'electron';
  const groups: ShortcutGroup[] = [
    {
      id: 'general',
      shortcuts: [
        shortcut('help', ['F1']),
        shortcut('shortcuts', ['?']),
        shortcut('closeDialog', ['esc']),
        // UndoButtons takes Z, Shift+Z and Y with Ctrl or ⌘ on every platform; the menu shows each platform's usual one.
        shortcut('undo', ['mod', 'Z']),
        mac
          ? shortcut('redo', ['shift', 'mod', 'Z'], ['mod', 'Y'])
          : shortcut('redo', ['mod', 'Y'], ['mod', 'shift', 'Z']),
      ],
    },
    {
      id: 'file',
      // In a browser Ctrl+N belongs to the browser and never reaches the page (browserShortcuts.ts).
      shortcuts: [
        ...(desktop ? [shortcut('newReview', ['mod', 'N'])] : []),
        shortcut('openReview', ['mod', 'O']),
        shortcut('saveAs', ['mod', 'shift', 'S']),
        shortcut('exportReport', ['mod', 'E']),
        shortcut(desktop ? 'find' : 'findInBrowser', ['mod', 'F']),
      ],
    },
    {
      id: 'checklist',
      shortcuts: [
        ...STATUS_CHOICES.map(({ key, status }) => ({ ...shortcut('answer', [key]), status })),
        shortcut('nextItem', ['J'], ['down']),
        shortcut('previousItem', ['K'], ['up']),
        shortcut('justification', ['N']),
        shortcut('backToItem', ['esc']),
      ],
    },
    {
      id: 'inventory',
      shortcuts: [
        shortcut('moveCell', ['arrows']),
        shortcut('pageMove', ['pageUp'], ['pageDown']),
        shortcut('rowStartEnd', ['home'], ['end']),
        shortcut('firstLastRow', ['ctrl', 'home'], ['ctrl', 'end']),
        shortcut('openChecklist', ['enter']),
        shortcut('editCell', ['F2']),
        shortcut('saveCell', ['enter']),
        shortcut('cancelCell', ['esc']),
        shortcut('tickRow', ['space']),
        shortcut('tickRange', ['shift', 'space']),
      ],
    },
    {
      id: 'portfolio',
      shortcuts: [
        shortcut('moveCell', ['arrows']),
        shortcut('rowStartEnd', ['home'], ['end']),
        shortcut('firstLastRow', ['ctrl', 'home'], ['ctrl', 'end']),
        shortcut('openChecklist', ['enter']),
      ],
    },
    {
      id: 'library',
      shortcuts: [
        shortcut('focusSearch', ['/']),
        shortcut('firstResult', ['enter'], ['down']),
        shortcut('clearSearch', ['esc']),
      ],
    },
    {
      id: 'window',
      // The menu's roles keep Electron's own accelerators (zoom, full screen, minimise, close, quit).
      shortcuts: desktop
        ? [
            shortcut('zoomIn', ['mod', 'plus']),
            shortcut('zoomOut', ['mod', 'minus']),
            shortcut('actualSize', ['mod', '0']),
            shortcut('fullScreen', mac ? ['ctrl', 'mod', 'F'] : ['F11']),
            shortcut('minimize', ['mod', 'M']),
            shortcut('closeWindow', ['mod', 'W']),
            ...(mac ? [shortcut('hide', ['mod', 'H'])] : []),
            // Windows has no quit accelerator: File → Exit (or Alt+F4, the system's own).
            ...(platform === 'windows' ? [] : [shortcut('quit', ['mod', 'Q'])]),
          ]
        : [],
    },
  ];
  return groups.filter((group) => group.shortcuts.length > 0);
}

/** One key as shown: a symbol where the platform uses one (⌘, ⇧, ↑), else its name from the catalogue or itself. */
export interface KeyCap {
  /** A named key, whose name is read out (and shown when there is no symbol); null for a character. */
  name: ShownKey | null;
  /** What is printed on the key cap when it is not the name: "⌘", "↑", "Z". */
  symbol: string | null;
}

const MAC_MODIFIERS: Partial<Record<NamedKey, ShownKey>> = {
  mod: 'command',
  ctrl: 'control',
  alt: 'option',
  shift: 'shift',
};
const SYMBOLS: Partial<Record<ShownKey, string>> = { up: '↑', down: '↓', arrows: '↑ ↓ ← →' };
const MAC_SYMBOLS: Partial<Record<ShownKey, string>> = { command: '⌘', control: '⌃', option: '⌥', shift: '⇧' };
/** The order modifiers are written in: macOS's ⌃⌥⇧⌘, and Ctrl+Alt+Shift elsewhere. */
const MODIFIER_ORDER: readonly ShownKey[] = ['control', 'ctrl', 'option', 'alt', 'shift', 'command'];

function isNamedKey(key: string): key is NamedKey {
  return (NAMED_KEYS as readonly string[]).includes(key);
}

/** The key caps of one combination on a platform, modifiers first in the platform's order. */
export function keyCaps(combo: Combo, platform: Platform): KeyCap[] {
  const mac = platform === 'mac';
  const caps: KeyCap[] = [];
  for (const key of combo) {
    if (!isNamedKey(key)) {
      caps.push({ name: null, symbol: key.length === 1 ? key.toUpperCase() : key });
      continue;
    }
    const name: ShownKey = mac
      ? (MAC_MODIFIERS[key] ?? (key === 'mod' ? 'command' : key))
      : key === 'mod'
        ? 'ctrl'
        : key;
    if (caps.some((cap) => cap.name === name)) continue;
    caps.push({ name, symbol: (mac ? MAC_SYMBOLS[name] : undefined) ?? SYMBOLS[name] ?? null });
  }
  const rank = (cap: KeyCap) => {
    const index = cap.name === null ? -1 : MODIFIER_ORDER.indexOf(cap.name);
    return index === -1 ? MODIFIER_ORDER.length : index;
  };
  return caps
    .map((cap, index) => ({ cap, index }))
    .sort((a, b) => rank(a.cap) - rank(b.cap) || a.index - b.index)
    .map(({ cap }) => cap);
}

/**
 * A combination as plain text: "⇧⌘Z" on macOS (symbols run together, as in its menus), "Ctrl+Shift+Z" elsewhere.
 * `nameOf` gives a named key's name in the interface's language.
 */
export function comboText(combo: Combo, platform: Platform, nameOf: (key: ShownKey) => string): string {
  const caps = keyCaps(combo, platform).map((cap) => cap.symbol ?? (cap.name === null ? '' : nameOf(cap.name)));
  if (platform !== 'mac') return caps.join('+');
  // Symbols join up; a key written as a word ("Space") is set apart from the modifiers before it.
  return caps.reduce(
    (text, part) => (text === '' || /^[⌘⌃⌥⇧]$/u.test(text.slice(-1)) ? text + part : `${text} ${part}`),
    '',
  );
}
