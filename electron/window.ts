// The one app window and everything that keeps it a closed box: the app:// scheme serving the renderer build
// with a strict CSP, secure webPreferences, navigation and pop-up guards, no permissions, no network.
import { BrowserWindow, protocol, type Session, type WebContents } from 'electron';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  createAppAssetHandler,
  isNavigationAllowed,
  isRequestAllowed,
} from './appProtocol';

/** Must run before the app is ready: Chromium fixes the list of schemes at start-up. */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/** Serves `rendererRoot` (dist/renderer) at app://charter/ on the default session. */
export function serveRendererFiles(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createAppAssetHandler(rendererRoot));
}

/** No camera, notifications, USB… and no request leaves the machine. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isRequestAllowed(details.url) }));
}

/** Applied to every WebContents the app ever creates (see main.ts), not only the main window's. */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export interface MainWindowOptions {
  /** Absolute path of dist/electron/preload.cjs. */
  preloadPath: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Charter Review',
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // The spell-checker downloads dictionaries; the app stays offline.
      spellcheck: false,
      // A file dropped on the window would otherwise replace the app with it.
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
