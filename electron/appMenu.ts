// The native menu bar with the accelerators people expect on each platform. Items that act on the open review are
// forwarded to the page as menu commands; the rest (zoom, clipboard, windows, logs, About) are handled here.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommandName } from '../shared/host';

export interface MenuActions {
  /** Forwards a command to the page (see useMenuCommands in the renderer). */
  command(name: MenuCommandName): void;
  showAbout(): void;
  showLicences(): void;
  showLogs(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Reload and developer tools, for a development build only: a packaged app has no use for them. */
  developerTools: boolean;
}

export function buildMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const command = (name: MenuCommandName) => () => actions.command(name);
  const about: MenuItemConstructorOptions = { label: `About ${options.appName}`, click: () => actions.showAbout() };

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Review…', accelerator: 'CmdOrCtrl+N', click: command('new-review') },
      { label: 'Open Review…', accelerator: 'CmdOrCtrl+O', click: command('open-review') },
      // macOS keeps its own list of recent documents (fed by app.addRecentDocument) under File.
      ...onlyIf(mac, { role: 'recentDocuments', submenu: [{ role: 'clearRecentDocuments' }] }),
      { type: 'separator' },
      { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: command('save-review-as') },
      { label: 'Export Report…', accelerator: 'CmdOrCtrl+E', click: command('export-report') },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      // The page handles these keys itself (undo in a text field is the field's own; elsewhere, the review's), so on
      // Windows and Linux the shortcut is only shown. On macOS the page sees the key first and the menu acts only
      // when the page leaves it, which also ends up in the page as a command.
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: mac, click: command('undo') },
      {
        label: 'Redo',
        accelerator: mac ? 'Shift+CmdOrCtrl+Z' : 'Ctrl+Y',
        registerAccelerator: mac,
        click: command('redo'),
      },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: command('find') },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...onlyIf(options.developerTools, { type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [
      { label: 'Show Logs', click: () => actions.showLogs() },
      { label: 'Licences of Bundled Components', click: () => actions.showLicences() },
      // On macOS About lives in the application menu.
      ...onlyIf(!mac, { type: 'separator' }, about),
    ],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, { role: 'windowMenu' }, helpMenu];
}

function onlyIf(condition: boolean, ...items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return condition ? items : [];
}
