// The native menu bar with the accelerators people expect on each platform. Items that act on the open review are
// forwarded to the page as menu commands; the rest (zoom, clipboard, windows, logs, About) are handled here.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommandName } from '../shared/host';
import { fill, mainText, type MainLanguage } from './i18n/mainText';

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
  /** The interface language; roles (Cut, Zoom In…) keep the labels Electron gives them. */
  language: MainLanguage;
}

export function buildMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const text = mainText(options.language).menu;
  const command = (name: MenuCommandName) => () => actions.command(name);
  const about: MenuItemConstructorOptions = {
    label: fill(text.about, { appName: options.appName }),
    click: () => actions.showAbout(),
  };

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
    label: text.file,
    submenu: [
      { label: text.newReview, accelerator: 'CmdOrCtrl+N', click: command('new-review') },
      { label: text.openReview, accelerator: 'CmdOrCtrl+O', click: command('open-review') },
      // macOS keeps its own list of recent documents (fed by app.addRecentDocument) under File.
      ...onlyIf(mac, { role: 'recentDocuments', submenu: [{ role: 'clearRecentDocuments' }] }),
      { type: 'separator' },
      { label: text.saveAs, accelerator: 'CmdOrCtrl+Shift+S', click: command('save-review-as') },
      { label: text.exportReport, accelerator: 'CmdOrCtrl+E', click: command('export-report') },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit', label: text.exit },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: text.edit,
    submenu: [
      // The page handles these keys itself (undo in a text field is the field's own; elsewhere, the review's), so on
      // Windows and Linux the shortcut is only shown. On macOS the page sees the key first and the menu acts only
      // when the page leaves it, which also ends up in the page as a command.
      { label: text.undo, accelerator: 'CmdOrCtrl+Z', registerAccelerator: mac, click: command('undo') },
      {
        label: text.redo,
        accelerator: mac ? 'Shift+CmdOrCtrl+Z' : 'Ctrl+Y',
        registerAccelerator: mac,
        click: command('redo'),
      },
      { type: 'separator' },
      { role: 'cut', label: text.cut },
      { role: 'copy', label: text.copy },
      { role: 'paste', label: text.paste },
      { role: 'selectAll', label: text.selectAll },
      { type: 'separator' },
      { label: text.find, accelerator: 'CmdOrCtrl+F', click: command('find') },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: text.view,
    submenu: [
      { role: 'resetZoom', label: text.actualSize },
      { role: 'zoomIn', label: text.zoomIn },
      { role: 'zoomOut', label: text.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: text.fullScreen },
      ...onlyIf(options.developerTools, { type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: text.help,
    role: 'help',
    submenu: [
      { label: text.showLogs, click: () => actions.showLogs() },
      { label: text.licences, click: () => actions.showLicences() },
      // On macOS About lives in the application menu.
      ...onlyIf(!mac, { type: 'separator' }, about),
    ],
  };

  return [
    ...(mac ? [appMenu] : []),
    fileMenu,
    editMenu,
    viewMenu,
    { role: 'windowMenu', label: text.window },
    helpMenu,
  ];
}

function onlyIf(condition: boolean, ...items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return condition ? items : [];
}
