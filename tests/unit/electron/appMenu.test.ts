import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuActions } from '../../../electron/appMenu';
import { MAIN_LANGUAGES, fill, mainText, type MainLanguage } from '../../../electron/i18n/mainText';

function actions(): MenuActions & { commands: string[] } {
  const commands: string[] = [];
  return {
    commands,
    command: (name) => commands.push(name),
    showAbout: vi.fn(),
    showLicences: vi.fn(),
    showLogs: vi.fn(),
  };
}

/** Every item of the menu bar, flattened, with the label of the menu it sits in. */
function items(template: MenuItemConstructorOptions[]): (MenuItemConstructorOptions & { menu: string })[] {
  return template.flatMap((menu) =>
    ((menu.submenu ?? []) as MenuItemConstructorOptions[]).map((item) => ({
      ...item,
      menu: menu.label ?? menu.role ?? '',
    })),
  );
}

function item(template: MenuItemConstructorOptions[], label: string) {
  const found = items(template).find((candidate) => candidate.label === label);
  if (!found) throw new Error(`no menu item ${label}`);
  return found;
}

const click = (entry: MenuItemConstructorOptions) => (entry.click as () => void)();

describe.each(['win32', 'linux', 'darwin'] as const)('the menu bar on %s', (platform) => {
  const mac = platform === 'darwin';
  const template = buildMenuTemplate(actions(), {
    platform,
    appName: 'Charter Review',
    developerTools: false,
    language: 'en',
  });

  it('has the standard shortcuts for the review commands', () => {
    expect(item(template, 'New Review…')).toMatchObject({ menu: '&File', accelerator: 'CmdOrCtrl+N' });
    expect(item(template, 'Open Review…')).toMatchObject({ menu: '&File', accelerator: 'CmdOrCtrl+O' });
    expect(item(template, 'Save As…')).toMatchObject({ menu: '&File', accelerator: 'CmdOrCtrl+Shift+S' });
    expect(item(template, 'Export Report…')).toMatchObject({ menu: '&File', accelerator: 'CmdOrCtrl+E' });
    expect(item(template, 'Undo')).toMatchObject({ menu: '&Edit', accelerator: 'CmdOrCtrl+Z' });
    expect(item(template, 'Redo')).toMatchObject({ accelerator: mac ? 'Shift+CmdOrCtrl+Z' : 'Ctrl+Y' });
    expect(item(template, 'Find…')).toMatchObject({ menu: '&Edit', accelerator: 'CmdOrCtrl+F' });
  });

  it('leaves Undo and Redo keys to the page where the menu would otherwise take them first', () => {
    expect(item(template, 'Undo').registerAccelerator).toBe(mac);
    expect(item(template, 'Redo').registerAccelerator).toBe(mac);
  });

  it('offers zoom, clipboard, full screen and window roles with their built-in shortcuts', () => {
    const roles = items(template).map((entry) => entry.role);
    for (const role of ['resetZoom', 'zoomIn', 'zoomOut', 'cut', 'copy', 'paste', 'selectAll', 'togglefullscreen']) {
      expect(roles).toContain(role);
    }
    expect(template.some((menu) => menu.role === 'windowMenu')).toBe(true);
  });

  it('has no reload or developer tools in an installed app', () => {
    const roles = items(template).map((entry) => entry.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
  });

  it('puts About where the platform expects it, and logs and licences under Help', () => {
    expect(item(template, 'About Charter Review').menu).toBe(mac ? 'Charter Review' : '&Help');
    expect(item(template, 'Show Logs').menu).toBe('&Help');
    expect(item(template, 'Licences of Bundled Components').menu).toBe('&Help');
  });
});

describe('menu items', () => {
  it('send their command to the page, or act in main', () => {
    const recorded = actions();
    const template = buildMenuTemplate(recorded, {
      platform: 'linux',
      appName: 'Charter Review',
      developerTools: false,
      language: 'en',
    });

    for (const label of ['New Review…', 'Open Review…', 'Save As…', 'Export Report…', 'Undo', 'Redo', 'Find…']) {
      click(item(template, label));
    }
    click(item(template, 'Show Logs'));
    click(item(template, 'About Charter Review'));
    click(item(template, 'Licences of Bundled Components'));

    expect(recorded.commands).toEqual([
      'new-review',
      'open-review',
      'save-review-as',
      'export-report',
      'undo',
      'redo',
      'find',
    ]);
    expect(recorded.showLogs).toHaveBeenCalledOnce();
    expect(recorded.showAbout).toHaveBeenCalledOnce();
    expect(recorded.showLicences).toHaveBeenCalledOnce();
  });

  it('include developer tools in a development build', () => {
    const template = buildMenuTemplate(actions(), {
      platform: 'linux',
      appName: 'Charter Review',
      developerTools: true,
      language: 'en',
    });
    expect(items(template).map((entry) => entry.role)).toContain('toggleDevTools');
  });

  it('list recent documents under File on macOS only', () => {
    const roles = (platform: NodeJS.Platform) =>
      items(
        buildMenuTemplate(actions(), { platform, appName: 'Charter Review', developerTools: false, language: 'en' }),
      ).map((entry) => entry.role);
    expect(roles('darwin')).toContain('recentDocuments');
    expect(roles('win32')).not.toContain('recentDocuments');
  });
});

describe.each(['fr', 'az'] as const)('the menu bar in %s', (language) => {
  const build = (platform: NodeJS.Platform, chosen: MainLanguage, recorded = actions()) =>
    buildMenuTemplate(recorded, { platform, appName: 'Charter Review', developerTools: false, language: chosen });
  const text = mainText(language).menu;

  /** The menu bar without its labels: what each entry does, in order. */
  function withoutLabels(template: MenuItemConstructorOptions[]): unknown {
    return template.map(({ label: _label, submenu, click: _click, ...rest }) => ({
      ...rest,
      submenu: Array.isArray(submenu) ? withoutLabels(submenu) : submenu,
    }));
  }

  it.each(['win32', 'linux', 'darwin'] as const)(
    'on %s has the same items, shortcuts and roles as in English, in the same places',
    (platform) => {
      expect(withoutLabels(build(platform, language))).toEqual(withoutLabels(build(platform, 'en')));
    },
  );

  it('labels the menus and items in the language, keeping the product name', () => {
    const template = build('win32', language);
    expect(template.map((menu) => menu.label ?? menu.role)).toEqual([
      text.file,
      text.edit,
      text.view,
      text.window,
      text.help,
    ]);
    // Edit and View items that Electron acts on itself are labelled in the language too.
    expect(item(template, text.copy)).toMatchObject({ menu: text.edit, role: 'copy' });
    expect(item(template, text.zoomIn)).toMatchObject({ menu: text.view, role: 'zoomIn' });
    expect(item(template, text.newReview)).toMatchObject({ menu: text.file, accelerator: 'CmdOrCtrl+N' });
    expect(item(template, text.exportReport)).toMatchObject({ menu: text.file, accelerator: 'CmdOrCtrl+E' });
    expect(item(template, text.exit)).toMatchObject({ menu: text.file, role: 'quit' });
    expect(item(template, text.find)).toMatchObject({ menu: text.edit, accelerator: 'CmdOrCtrl+F' });
    expect(item(template, fill(text.about, { appName: 'Charter Review' })).menu).toBe(text.help);
    expect(item(template, text.licences).menu).toBe(text.help);
    for (const entry of items(template)) {
      if (entry.label !== undefined) expect(entry.label).not.toContain('{{');
    }
    // Nothing left in English.
    const english = new Set(items(build('win32', 'en')).flatMap((entry) => entry.label ?? []));
    for (const entry of items(template)) {
      if (entry.label !== undefined) expect(english.has(entry.label)).toBe(false);
    }
  });

  it('sends the same commands as in English', () => {
    const recorded = actions();
    const template = build('linux', language, recorded);

    for (const label of [text.newReview, text.openReview, text.saveAs, text.exportReport, text.undo, text.redo]) {
      click(item(template, label));
    }
    click(item(template, text.find));
    click(item(template, text.showLogs));

    expect(recorded.commands).toEqual([
      'new-review',
      'open-review',
      'save-review-as',
      'export-report',
      'undo',
      'redo',
      'find',
    ]);
    expect(recorded.showLogs).toHaveBeenCalledOnce();
  });
});

describe.each(MAIN_LANGUAGES)('access keys in %s', (language) => {
  const template = buildMenuTemplate(actions(), {
    platform: 'win32',
    appName: 'Charter Review',
    developerTools: false,
    language,
  });

  it('give each menu of the bar its own letter', () => {
    const keys = template.flatMap((menu) => (menu.label === undefined ? [] : [accessKey(menu.label)]));
    // File, Edit, View, Window and Help, each with a letter of its own.
    expect(keys).toHaveLength(5);
    expect(keys).not.toContain(null);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('give Exit one letter', () => {
    expect(accessKey(mainText(language).menu.exit)).not.toBeNull();
  });
});

/** The letter after the one `&` of a label, lower-cased; null when there is none, or more than one. */
function accessKey(label: string): string | null {
  const marks = label.match(/&(?!&)/g) ?? [];
  const key = /&([^&\s])/u.exec(label)?.[1];
  return marks.length === 1 && key !== undefined ? key.toLocaleLowerCase() : null;
}
