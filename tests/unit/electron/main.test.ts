import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  HOST_CHANNELS,
  LANGUAGE_CHANNEL,
  MENU_COMMAND_CHANNEL,
  MENU_READY_CHANNEL,
} from '../../../electron/ipcChannels';
import type { HostBridgeResult, OpenedFile } from '../../../shared/host';
import { createFakeElectron, type FakeDisplay, type FakeElectron } from './fakeElectron';
import { useTempFolders } from './tempFolder';

// main.ts wires everything at import time, as Electron runs it; each test imports a fresh copy against a fresh fake.
// The mocked module is created once, so it forwards every lookup to the current test's fake.
const holder = vi.hoisted(() => ({ fake: null as unknown }));
vi.mock('electron', () => {
  const current = () => (holder.fake as FakeElectron).module as Record<string | symbol, unknown>;
  return new Proxy({}, { get: (_target, key) => current()[key], has: (_target, key) => key in current() });
});

type Listener = (...args: unknown[]) => void;
const tempFolder = useTempFolders();
const originalArgv = process.argv;

afterEach(() => {
  process.argv = originalArgv;
  vi.restoreAllMocks();
});

interface Started {
  electron: FakeElectron;
  userData: string;
  logs: string;
}

async function startMain(
  options: {
    gotLock?: boolean;
    argv?: string[];
    displays?: FakeDisplay[];
    userData?: string;
    systemLanguages?: string[];
  } = {},
): Promise<Started> {
  const userData = options.userData ?? (await tempFolder());
  const logs = path.join(userData, 'logs');
  const electron = createFakeElectron({
    gotSingleInstanceLock: options.gotLock,
    userDataDir: userData,
    logsDir: logs,
    displays: options.displays,
    systemLanguages: options.systemLanguages,
  });
  holder.fake = electron;
  process.argv = options.argv ?? ['/opt/Charter Review/charter-review'];
  // main.ts reports unhandled rejections to its log; the test runner keeps its own handler.
  const realOn = process.on.bind(process) as (event: string | symbol, listener: Listener) => NodeJS.Process;
  const on = (event: string | symbol, listener: Listener) =>
    event === 'unhandledRejection' ? process : realOn(event, listener);
  vi.spyOn(process, 'on').mockImplementation(on as typeof process.on);
  vi.resetModules();
  await import('../../../electron/main');
  return { electron, userData, logs };
}

function mainWindow(electron: FakeElectron) {
  const window = electron.windows.find(
    (candidate) => !candidate.destroyed && candidate.options.title === 'Charter Review',
  );
  if (!window) throw new Error('no main window');
  return window;
}

function commandsSentTo(electron: FakeElectron): unknown[] {
  return mainWindow(electron)
    .webContents.sent.filter(([channel]) => channel === MENU_COMMAND_CHANNEL)
    .map(([, payload]) => payload);
}

async function pageListens(electron: FakeElectron): Promise<void> {
  await electron.callFromPage(mainWindow(electron), MENU_READY_CHANNEL);
}

function menuItem(electron: FakeElectron, menuLabel: string, itemLabel: string): MenuItemConstructorOptions {
  const menus = electron.menuTemplate() as MenuItemConstructorOptions[];
  const menu = menus.find((candidate) => candidate.label === menuLabel);
  const items = (menu?.submenu ?? []) as MenuItemConstructorOptions[];
  const item = items.find((candidate) => candidate.label === itemLabel);
  if (!item) throw new Error(`no ${menuLabel} → ${itemLabel}`);
  return item;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('a single instance', () => {
  it('quits a second launch at once, without a window, a menu or any file handling', async () => {
    const { electron } = await startMain({ gotLock: false });
    await electron.becomeReady();

    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.listenerCount('open-file')).toBe(0);
    expect(electron.app.listenerCount('second-instance')).toBe(0);
    expect(electron.windows).toHaveLength(0);
  });

  it('opens the file of a second launch in the running window and brings that window forward', async () => {
    const { electron } = await startMain();
    await electron.becomeReady();
    await pageListens(electron);
    const window = mainWindow(electron);
    window.minimize();
    const focusedBefore = window.focusCount;

    electron.app.emit(
      'second-instance',
      {},
      [
        'C:\\Program Files\\Charter Review\\Charter Review.exe',
        '--allow-file-access-from-files',
        'Appeal 2026.charter',
      ],
      '/home/clerk/reviews',
    );

    expect(commandsSentTo(electron)).toEqual([
      {
        type: 'open-file',
        file: { key: expect.any(String), name: 'Appeal 2026.charter', location: '/home/clerk/reviews' },
      },
    ]);
    expect(window.minimized).toBe(false);
    expect(window.focusCount).toBeGreaterThan(focusedBefore);
    expect(electron.windows.filter((candidate) => !candidate.destroyed)).toHaveLength(1);
  });

  it('only brings the window forward when a second launch names no review file', async () => {
    const { electron } = await startMain();
    await electron.becomeReady();
    await pageListens(electron);

    electron.app.emit('second-instance', {}, ['/opt/Charter Review/charter-review', 'notes.txt'], '/home/clerk');

    expect(commandsSentTo(electron)).toEqual([]);
    expect(mainWindow(electron).focusCount).toBeGreaterThan(0);
  });
});

describe('files handed over by the operating system', () => {
  it('keeps a file double-clicked on macOS before the app was ready until the page listens, then opens it', async () => {
    const folder = await tempFolder();
    const reviewPath = path.join(folder, 'Supreme Court.charter');
    writeFileSync(reviewPath, 'SQLite format 3\0');
    const { electron } = await startMain();
    const event = { preventDefault: vi.fn() };

    electron.app.emit('open-file', event, reviewPath);
    await electron.becomeReady();

    expect(event.preventDefault).toHaveBeenCalled();
    expect(commandsSentTo(electron)).toEqual([]);

    await pageListens(electron);

    const [command] = commandsSentTo(electron) as [{ type: string; file: { key: string; name: string } }];
    expect(command).toMatchObject({ type: 'open-file', file: { name: 'Supreme Court.charter', location: folder } });
    // The page opens it like a recent file, by key; the OS then lists it among recent documents.
    const opened = (await electron.callFromPage(
      mainWindow(electron),
      HOST_CHANNELS.openRecentFile,
      command.file.key,
    )) as HostBridgeResult<OpenedFile>;
    expect(opened.ok).toBe(true);
    expect(electron.app.addRecentDocument).toHaveBeenCalledWith(reviewPath);
  });

  it('sends a file opened while the app runs straight to the page', async () => {
    const { electron } = await startMain();
    await electron.becomeReady();
    await pageListens(electron);

    electron.app.emit('open-file', { preventDefault: vi.fn() }, '/Users/clerk/Desktop/Family Court.charter');

    expect(commandsSentTo(electron)).toEqual([
      { type: 'open-file', file: expect.objectContaining({ name: 'Family Court.charter' }) },
    ]);
  });

  it('opens the review file named on the command line of the first launch (Windows and Linux)', async () => {
    const { electron } = await startMain({
      argv: ['/opt/Charter Review/charter-review', '--no-sandbox', '/srv/reviews/Launch.charter'],
    });
    await electron.becomeReady();
    await pageListens(electron);

    expect(commandsSentTo(electron)).toEqual([
      { type: 'open-file', file: expect.objectContaining({ name: 'Launch.charter', location: '/srv/reviews' }) },
    ]);
  });

  it('ignores files that are not reviews', async () => {
    const { electron } = await startMain();
    await electron.becomeReady();
    await pageListens(electron);

    electron.app.emit('open-file', { preventDefault: vi.fn() }, '/Users/clerk/Desktop/inventory.xlsx');

    expect(commandsSentTo(electron)).toEqual([]);
  });

  it('refuses the "listening" call from anything but the app window', async () => {
    const { electron } = await startMain();
    await electron.becomeReady();
    const handler = electron.handlers.get(MENU_READY_CHANNEL);

    await expect(
      handler?.({ sender: {}, senderFrame: { url: 'app://charter/index.html', parent: null } }),
    ).rejects.toThrow(/did not come from the Charter Review window/);
  });
});

describe('the menu bar', () => {
  it('forwards File, Edit and Help commands to the page, and keeps them while the page is loading', async () => {
    const { electron } = await startMain();
    await electron.becomeReady();

    click(menuItem(electron, '&File', 'Open Review…'));
    expect(commandsSentTo(electron)).toEqual([]);
    await pageListens(electron);
    click(menuItem(electron, '&File', 'Export Report…'));
    click(menuItem(electron, '&Edit', 'Find…'));

    expect(commandsSentTo(electron)).toEqual([{ type: 'open-review' }, { type: 'export-report' }, { type: 'find' }]);
  });

  it('reveals the log file with Help → Show Logs', async () => {
    const { electron, logs } = await startMain();
    await electron.becomeReady();

    click(menuItem(electron, '&Help', 'Show Logs'));

    expect(electron.module.shell.showItemInFolder).toHaveBeenCalledWith(path.join(logs, 'main.log'));
  });

  it('shows the version and the licences in About', async () => {
    const { electron } = await startMain();
    await electron.becomeReady();

    click(menuItem(electron, '&Help', 'About Charter Review'));
    await new Promise((resolve) => setTimeout(resolve, 0));

    const [, options] = electron.dialog.showMessageBox.mock.calls[0] as unknown as [unknown, { detail: string }];
    expect(options.detail).toMatch(/^Version 0\.1\.0/);
    expect(options.detail).toMatch(/licen/i);
  });
});

describe('the interface language', () => {
  const menuLabels = (electron: FakeElectron) =>
    (electron.menuTemplate() as MenuItemConstructorOptions[]).flatMap((menu) => menu.label ?? []);

  it('starts the menu bar in the language of the last session, before the page says anything', async () => {
    const userData = await tempFolder();
    writeFileSync(path.join(userData, 'interface-language.json'), JSON.stringify({ version: 1, language: 'fr' }));
    const { electron } = await startMain({ userData, systemLanguages: ['az-AZ'] });
    await electron.becomeReady();

    expect(menuLabels(electron)).toEqual(['&Fichier', 'É&dition', '&Affichage', 'Fe&nêtre', 'Aid&e']);
    click(menuItem(electron, '&Fichier', 'Ouvrir une évaluation…'));
    await pageListens(electron);
    expect(commandsSentTo(electron)).toEqual([{ type: 'open-review' }]);
  });

  it('starts in the language of the system on a first launch, as the page will', async () => {
    const { electron } = await startMain({ systemLanguages: ['de-DE', 'az-Latn-AZ'] });
    await electron.becomeReady();

    expect(menuLabels(electron)).toEqual(['&Fayl', '&Redaktə', '&Görünüş', '&Pəncərə', '&Kömək']);
  });

  it('follows the page: the menu bar is rebuilt, later dialogs use it, and the next launch starts in it', async () => {
    const userData = await tempFolder();
    const first = await startMain({ userData });
    await first.electron.becomeReady();
    expect(menuLabels(first.electron)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);

    first.electron.sendFromPage(mainWindow(first.electron), LANGUAGE_CHANNEL, 'fr');

    expect(menuLabels(first.electron)).toEqual(['&Fichier', 'É&dition', '&Affichage', 'Fe&nêtre', 'Aid&e']);
    click(menuItem(first.electron, 'Aid&e', 'À propos de Charter Review'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const [, about] = first.electron.dialog.showMessageBox.mock.calls[0] as unknown as [
      unknown,
      { title: string; detail: string; buttons: string[] },
    ];
    expect(about).toMatchObject({ title: 'À propos de Charter Review', buttons: ['Fermer', 'Afficher les licences'] });
    expect(about.detail).toMatch(/^Version 0\.1\.0/);
    await first.electron.callFromPage(mainWindow(first.electron), HOST_CHANNELS.openReviewFile);
    const [, open] = first.electron.dialog.showOpenDialog.mock.calls[0] as unknown as [unknown, { title: string }];
    expect(open.title).toBe('Ouvrir une évaluation');
    mainWindow(first.electron).close();

    const second = await startMain({ userData });
    await second.electron.becomeReady();

    expect(menuLabels(second.electron)).toEqual(['&Fichier', 'É&dition', '&Affichage', 'Fe&nêtre', 'Aid&e']);
  });

  it('ignores a language it does not speak and one sent from anywhere but the app page, logging neither value', async () => {
    const { electron, userData, logs } = await startMain();
    await electron.becomeReady();
    const window = mainWindow(electron);

    electron.sendFromPage(window, LANGUAGE_CHANNEL, 'Smith v Jones');
    electron.sendFromPage(window, LANGUAGE_CHANNEL, 'de');
    electron.sendFrom(
      { sender: {}, senderFrame: { url: 'app://charter/index.html', parent: null } },
      LANGUAGE_CHANNEL,
      'fr',
    );
    electron.sendFrom(
      { sender: window.webContents, senderFrame: { url: 'app://charter/index.html', parent: {} } },
      LANGUAGE_CHANNEL,
      'fr',
    );

    expect(menuLabels(electron)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    expect(existsSync(path.join(userData, 'interface-language.json'))).toBe(false);
    const log = readFileSync(path.join(logs, 'main.log'), 'utf8');
    expect(log.match(/language\.refused/g)).toHaveLength(4);
    expect(log).not.toContain('Smith');
  });

  it('says in that language when the app cannot start', async () => {
    const userData = await tempFolder();
    writeFileSync(path.join(userData, 'interface-language.json'), JSON.stringify({ version: 1, language: 'fr' }));
    const { electron } = await startMain({ userData });
    electron.module.session.defaultSession.setPermissionRequestHandler.mockImplementation(() => {
      throw new Error('The session could not be set up.');
    });

    await electron.becomeReady();

    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Charter Review n’a pas pu démarrer',
      'The session could not be set up.',
    );
    expect(electron.app.exit).toHaveBeenCalledWith(1);
  });
});

describe('the window', () => {
  it('opens where it was closed last time', async () => {
    const userData = await tempFolder();
    const first = await startMain({ userData });
    await first.electron.becomeReady();
    const window = mainWindow(first.electron);
    window.moveTo({ x: 300, y: 150, width: 1100, height: 700 });
    window.close();

    const second = await startMain({ userData });
    await second.electron.becomeReady();

    expect(mainWindow(second.electron).options).toMatchObject({ x: 300, y: 150, width: 1100, height: 700 });
  });

  it('comes back on the screen that is there when the one it was on has been unplugged', async () => {
    const userData = await tempFolder();
    writeFileSync(
      path.join(userData, 'window-state.json'),
      JSON.stringify({ version: 1, bounds: { x: 2400, y: 100, width: 1200, height: 800 }, maximized: false }),
    );
    const { electron } = await startMain({ userData });
    await electron.becomeReady();

    const { options } = mainWindow(electron);
    expect(options).toMatchObject({ width: 1200, height: 800 });
    expect(options.x).toBeUndefined();
    expect(options.y).toBeUndefined();
  });
});

describe('offline enforcement', () => {
  it('cancels a request from the page to the internet and logs where it went, without its path or query', async () => {
    const { electron, logs } = await startMain();
    await electron.becomeReady();

    expect(electron.request('https://tracker.example/collect?case=Smith-v-Jones', 'xhr')).toBe(true);
    expect(electron.request('app://charter/assets/index.js', 'script')).toBe(false);

    const logFile = path.join(logs, 'main.log');
    expect(existsSync(logFile)).toBe(true);
    const text = readFileSync(logFile, 'utf8');
    expect(text).toContain('network.request-blocked');
    expect(text).toContain('https://tracker.example');
    expect(text).not.toContain('Smith');
    expect(text).not.toContain('collect');
  });
});
