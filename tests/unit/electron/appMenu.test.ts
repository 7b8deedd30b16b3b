import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuActions } from '../../../electron/appMenu';

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
  const template = buildMenuTemplate(actions(), { platform, appName: 'Charter Review', developerTools: false });

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
    });
    expect(items(template).map((entry) => entry.role)).toContain('toggleDevTools');
  });

  it('list recent documents under File on macOS only', () => {
    const roles = (platform: NodeJS.Platform) =>
      items(buildMenuTemplate(actions(), { platform, appName: 'Charter Review', developerTools: false })).map(
        (entry) => entry.role,
      );
    expect(roles('darwin')).toContain('recentDocuments');
    expect(roles('win32')).not.toContain('recentDocuments');
  });
});
