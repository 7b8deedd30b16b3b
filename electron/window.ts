// The one app window and everything that keeps it a closed box: the app:// scheme serving the renderer build
// with a strict CSP, secure webPreferences, navigation and pop-up guards, no permissions, no network.
import { BrowserWindow, protocol, type Session, type WebContents } from 'electron';
import { LICENCE_PAGE_FILE } from './aboutDialog';
import { mainText } from './i18n/mainText';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_URL_PREFIX,
  APP_SCHEME_PRIVILEGES,
  createAppAssetHandler,
  isNavigationAllowed,
  isRequestAllowed,
} from './appProtocol';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, type WindowPlacement } from './windowState';

/** Must run before the app is ready: Chromium fixes the list of schemes at start-up. */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/** Serves `rendererRoot` (dist/renderer) at app://charter/ on the default session. */
export function serveRendererFiles(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createAppAssetHandler(rendererRoot));
}

/** Where a blocked request is reported: the event name and the scheme and host it tried to reach. */
export type BlockedRequestReporter = (event: 'network.request-blocked', fields: BlockedRequestFields) => void;
export interface BlockedRequestFields {
  destination: string;
  resourceType: string;
  /** How many requests to this destination were blocked so far, this one included. */
  count: number;
}

/** Past this many distinct destinations, blocked requests are still cancelled but no longer reported one by one. */
const MAX_REPORTED_DESTINATIONS = 50;

/** No camera, notifications, USB… and no request leaves the machine: each attempt is cancelled and reported. */
export function hardenSession(session: Session, reportBlocked?: BlockedRequestReporter): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  const blockedByDestination = new Map<string, number>();
  session.webRequest.onBeforeRequest((details, callback) => {
    if (isRequestAllowed(details.url)) {
      callback({ cancel: false });
      return;
    }
    callback({ cancel: true });
    const destination = blockedDestination(details.url);
    const count = (blockedByDestination.get(destination) ?? 0) + 1;
    if (count === 1 && blockedByDestination.size >= MAX_REPORTED_DESTINATIONS) return;
    blockedByDestination.set(destination, count);
    // The first attempt and then every hundredth: a page retrying in a loop must not flood the log.
    if (count === 1 || count % 100 === 0) {
      reportBlocked?.('network.request-blocked', { destination, resourceType: details.resourceType, count });
    }
  });
}

/**
 * What a blocked URL may say in the log: scheme and host of a network address, the scheme alone otherwise. Paths,
 * queries and file:// locations can carry names and are never written.
 */
export function blockedDestination(url: string): string {
  try {
    const parsed = new URL(url);
    const networked = ['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(parsed.protocol);
    return networked ? `${parsed.protocol}//${parsed.host}` : parsed.protocol;
  } catch {
    return 'unparsable-url';
  }
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
  /** Size and place from the last session (see windowState.ts); the default size, centred, when absent. */
  placement?: WindowPlacement;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const placement = options.placement ?? { ...DEFAULT_WINDOW_SIZE, maximized: false };
  const window = new BrowserWindow({
    width: placement.width,
    height: placement.height,
    ...(placement.x === undefined || placement.y === undefined ? {} : { x: placement.x, y: placement.y }),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
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
      // Middle-click could otherwise try to open a link in a new window; the app has no links to open.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/**
 * Help → Licences: a static page of the build served by app:// (so the CSP and guards apply), in a window without a
 * preload, so it cannot reach window.host. `title` is in the interface language.
 */
export function createLicencesWindow(
  parent: BrowserWindow | null,
  title: string = mainText('en').licences.windowTitle,
): BrowserWindow {
  const window = new BrowserWindow({
    width: 760,
    height: 640,
    title,
    show: false,
    ...(parent === null ? {} : { parent }),
    // Spelled out rather than shared with the main window, so the security scan can read every window's settings.
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.setMenuBarVisibility(false);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_URL_PREFIX}${LICENCE_PAGE_FILE}`);
  return window;
}
