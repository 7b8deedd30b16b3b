// Electron entry point: one instance, a hardened session and window, and the IPC handlers behind window.host.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { registerIpcHandlers, type Dialogs } from './ipc';
import {
  createMainWindow,
  guardWebContents,
  hardenSession,
  registerAppSchemeAsPrivileged,
  serveRendererFiles,
} from './window';

// Bundled to dist/electron/main.cjs; the preload sits beside it and the renderer build in dist/renderer.
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');
const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');

let mainWindow: BrowserWindow | null = null;

function showMainWindow(): void {
  if (mainWindow === null || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow({ preloadPath: PRELOAD_PATH });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function currentWindow(): BrowserWindow | null {
  return mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null;
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

// Both must happen before 'ready'.
registerAppSchemeAsPrivileged();
app.enableSandbox();

// Two instances writing the same review file would overwrite each other's work.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => showMainWindow());

  // Every WebContents, including any created later, gets the navigation, pop-up and webview guards.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

  app.on('window-all-closed', () => {
    // On macOS an app stays in the Dock without windows, as users expect there.
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) showMainWindow();
  });

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession);
      serveRendererFiles(RENDERER_ROOT);
      registerIpcHandlers(ipcMain, {
        dialogs,
        userDataDir: app.getPath('userData'),
        getWindow: currentWindow,
        defaultFolder: () => app.getPath('documents'),
      });
      showMainWindow();
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Charter Review could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
