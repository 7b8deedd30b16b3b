// Electron entry point: one instance, a hardened session and window, the menu bar in the interface language, review
// files handed over by the OS, the diagnostic log, and the IPC handlers behind window.host.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session, shell } from 'electron';
import { LICENCE_NOTICE_FILE, LICENCE_PAGE_FILE, aboutMessage, readLicenceNotice } from './aboutDialog';
import { APP_NAME, APP_USER_MODEL_ID } from './appIdentity';
import { buildMenuTemplate } from './appMenu';
import { createAppLog } from './appLog';
import { loadRememberedLanguage, rememberLanguage } from './i18n/languageFile';
import { registerLanguageListener } from './i18n/languageChannel';
import { fill, mainText, systemMainLanguage, type MainLanguage } from './i18n/mainText';
import { registerIpcHandlers, type Dialogs, type HostFileService } from './ipc';
import { MenuCommandOutbox, registerMenuReadyHandler } from './menuCommandOutbox';
import { FileOpenRouter, reviewFilesInArgv } from './openRequests';
import {
  createLicencesWindow,
  createMainWindow,
  guardWebContents,
  hardenSession,
  registerAppSchemeAsPrivileged,
  serveRendererFiles,
} from './window';
import { loadWindowState, placeWindow, saveWindowState, trackWindowState } from './windowState';

// Bundled to dist/electron/main.cjs; the preload sits beside it and the renderer build in dist/renderer.
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');
const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');

const log = createAppLog({ logsDir: app.getPath('logs'), homeDir: os.homedir() });
const outbox = new MenuCommandOutbox();
const fileRequests = new FileOpenRouter();
let mainWindow: BrowserWindow | null = null;
let licencesWindow: BrowserWindow | null = null;
let files: HostFileService | null = null;
/** What the menus and native dialogs are written in; set from the last session's choice once the app is ready. */
let language: MainLanguage = 'en';
/** What the language file holds, so the page repeating the same language at every start writes nothing. */
let rememberedLanguage: MainLanguage | null = null;

function currentWindow(): BrowserWindow | null {
  return mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null;
}

/** The main window, created (where it was last time) when there is none. Only after 'ready'. */
function ensureMainWindow(): BrowserWindow {
  const existing = currentWindow();
  if (existing !== null) return existing;
  const userData = app.getPath('userData');
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  const placement = placeWindow(
    loadWindowState(userData),
    [primary, ...others].map((display) => display.workArea),
  );
  const window = createMainWindow({ preloadPath: PRELOAD_PATH, placement });
  trackWindowState(window, {
    save: (state) => saveWindowState(userData, state),
    onError: (error) => log.error('window-state.save-failed', error),
  });
  // A reload or a crash replaces the page: commands wait until the new one listens.
  window.webContents.on('did-start-loading', () => {
    outbox.detach();
    // A new page has no review open yet: the old page's locks would only keep others out.
    files?.releaseAllLocks();
  });
  window.on('closed', () => {
    outbox.detach();
    files?.releaseAllLocks();
    mainWindow = null;
  });
  mainWindow = window;
  log.info('window.created', { restoredPlace: placement.x !== undefined, maximized: placement.maximized });
  return window;
}

function showMainWindow(): void {
  const window = ensureMainWindow();
  if (window.isMinimized()) window.restore();
  window.focus();
}

/** A file the OS handed over: the page gets a key for it and opens it like a recent file. */
function openFromSystem(filePath: string): void {
  if (files === null) return;
  const file = files.grantFileFromSystem(filePath);
  showMainWindow();
  outbox.send({ type: 'open-file', file });
}

// Dialogs are modal to the window when there is one, so they cannot get lost behind it.
const dialogs: Dialogs = {
  showOpenDialog: (options) => {
    const parent = currentWindow();
    return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
  },
  showSaveDialog: (options) => {
    const parent = currentWindow();
    return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
  },
};

async function showAbout(): Promise<void> {
  const text = mainText(language).about;
  const { message, detail } = aboutMessage(
    {
      appName: APP_NAME,
      version: app.getVersion(),
      runtime: process.versions,
      notice: readLicenceNotice(path.join(__dirname, LICENCE_NOTICE_FILE)),
    },
    language,
  );
  const options = {
    type: 'info' as const,
    title: fill(text.title, { appName: APP_NAME }),
    message,
    detail,
    buttons: [text.close, text.showLicences],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  const parent = currentWindow();
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response === 1) await showLicences();
}

async function showLicences(): Promise<void> {
  if (licencesWindow !== null && !licencesWindow.isDestroyed()) {
    licencesWindow.focus();
    return;
  }
  const text = mainText(language).licences;
  if (!existsSync(path.join(RENDERER_ROOT, LICENCE_PAGE_FILE))) {
    await dialog.showMessageBox({
      type: 'info',
      title: text.missingTitle,
      message: fill(text.missingMessage, { appName: APP_NAME }),
      detail: text.missingDetail,
    });
    return;
  }
  licencesWindow = createLicencesWindow(currentWindow(), text.windowTitle);
  // The generated page's <title> is English: the window keeps its title in the interface language.
  licencesWindow.on('page-title-updated', (event) => event.preventDefault());
  licencesWindow.on('closed', () => {
    licencesWindow = null;
  });
}

function showLogs(): void {
  log.info('help.show-logs');
  if (existsSync(log.filePath)) shell.showItemInFolder(log.filePath);
  else void shell.openPath(path.dirname(log.filePath));
}

function installMenu(): void {
  const template = buildMenuTemplate(
    {
      command: (name) => {
        showMainWindow();
        outbox.send({ type: name });
      },
      showAbout: () => void showAbout().catch((error: unknown) => log.error('about.failed', error)),
      showLicences: () => void showLicences().catch((error: unknown) => log.error('licences.failed', error)),
      showLogs,
    },
    { platform: process.platform, appName: APP_NAME, developerTools: !app.isPackaged, language },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** The page's language, saved for the next launch; the menu is rebuilt in it and later dialogs use it. */
function followLanguage(chosen: MainLanguage): void {
  if (chosen !== rememberedLanguage) {
    try {
      rememberLanguage(app.getPath('userData'), chosen);
      rememberedLanguage = chosen;
    } catch (error) {
      log.error('language.save-failed', error);
    }
  }
  if (chosen === language) return;
  language = chosen;
  installMenu();
  log.info('language.changed', { language: chosen });
}

function startApp(): void {
  // The menu starts in the language the page last used; on a first launch in the one the page will pick.
  rememberedLanguage = loadRememberedLanguage(app.getPath('userData'));
  language = rememberedLanguage ?? systemMainLanguage(app.getPreferredSystemLanguages());
  hardenSession(session.defaultSession, (event, fields) => log.warn(event, { ...fields }));
  serveRendererFiles(RENDERER_ROOT);
  files = registerIpcHandlers(ipcMain, {
    dialogs,
    userDataDir: app.getPath('userData'),
    getWindow: currentWindow,
    defaultFolder: () => app.getPath('documents'),
    logError: (message, error) => log.error('ipc.failed', error, { what: message }),
    onReviewFileUsed: (filePath) => app.addRecentDocument(filePath),
    language: () => language,
  });
  registerMenuReadyHandler(ipcMain, { outbox, getWindow: currentWindow });
  registerLanguageListener(ipcMain, {
    getWindow: currentWindow,
    onLanguage: followLanguage,
    onRefused: (reason) => log.warn('language.refused', { reason }),
  });
  installMenu();
  showMainWindow();
  fileRequests.start(openFromSystem);
}

// Both must happen before 'ready'.
registerAppSchemeAsPrivileged();
app.enableSandbox();

// Two instances writing the same review file would overwrite each other's work.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  log.info('app.started', {
    version: app.getVersion(),
    electron: process.versions.electron,
    platform: process.platform,
    arch: process.arch,
    packaged: app.isPackaged,
  });
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

  // Windows and Linux pass a double-clicked file on the command line.
  const launchFiles = reviewFilesInArgv(process.argv, {
    defaultApp: Boolean(process.defaultApp),
    workingDirectory: process.cwd(),
  });
  if (launchFiles.length > 0) log.info('file.open-requested', { source: 'command-line', count: launchFiles.length });
  fileRequests.request(launchFiles);

  // macOS sends double-clicked files (and files dropped on the Dock icon) as events, the first one before 'ready'.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    log.info('file.open-requested', { source: 'open-file', count: 1 });
    fileRequests.request([filePath]);
  });

  // A second launch (often a double-click while the app runs) hands its arguments here and quits.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const requested = reviewFilesInArgv(argv, { defaultApp: Boolean(process.defaultApp), workingDirectory });
    log.info('app.second-instance', { files: requested.length });
    fileRequests.request(requested);
    if (app.isReady()) showMainWindow();
  });

  // Every WebContents, including any created later, gets the navigation, pop-up and webview guards.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  // Any other session (none is made today) is as closed as the default one.
  app.on('session-created', (created) => hardenSession(created, (event, fields) => log.warn(event, { ...fields })));

  app.on('render-process-gone', (_event, _contents, details) =>
    log.warn('renderer.gone', { reason: details.reason, exitCode: details.exitCode }),
  );
  app.on('child-process-gone', (_event, details) =>
    log.warn('child-process.gone', { type: details.type, reason: details.reason, exitCode: details.exitCode }),
  );
  process.on('unhandledRejection', (reason) => log.error('main.unhandled-rejection', reason));

  app.on('window-all-closed', () => {
    // On macOS an app stays in the Dock without windows, as users expect there.
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) showMainWindow();
  });

  app.on('will-quit', () => {
    log.info('app.quitting');
    files?.releaseAllLocks();
  });

  app
    .whenReady()
    .then(startApp)
    .catch((error: unknown) => {
      log.error('app.start-failed', error);
      dialog.showErrorBox(
        fill(mainText(language).startup.failedTitle, { appName: APP_NAME }),
        error instanceof Error ? error.message : String(error),
      );
      app.exit(1);
    });
}
