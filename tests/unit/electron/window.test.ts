import { describe, expect, it, vi } from 'vitest';

// A fake electron: records what window.ts asks of it, so the secure defaults can be checked without Chromium.
const electronFake = vi.hoisted(() => {
  const windows: { options: unknown; loadedUrl?: string }[] = [];
  class BrowserWindow {
    readonly record: { options: unknown; loadedUrl?: string };
    constructor(options: unknown) {
      this.record = { options };
      windows.push(this.record);
    }
    once(): this {
      return this;
    }
    setMenuBarVisibility(): void {}
    async loadURL(url: string): Promise<void> {
      this.record.loadedUrl = url;
    }
  }
  return {
    windows,
    BrowserWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  };
});
vi.mock('electron', () => ({ BrowserWindow: electronFake.BrowserWindow, protocol: electronFake.protocol }));

const {
  blockedDestination,
  createLicencesWindow,
  createMainWindow,
  guardWebContents,
  hardenSession,
  registerAppSchemeAsPrivileged,
} = await import('../../../electron/window');
type Session = Parameters<typeof hardenSession>[0];
type WebContents = Parameters<typeof guardWebContents>[0];

describe('the main window', () => {
  it('is isolated, sandboxed, without Node, and loads the app from app://charter/', () => {
    createMainWindow({ preloadPath: '/app/dist/electron/preload.cjs' });

    const created = electronFake.windows.at(-1);
    expect(created?.options).toMatchObject({
      webPreferences: {
        preload: '/app/dist/electron/preload.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
        spellcheck: false,
      },
    });
    expect(created?.loadedUrl).toBe('app://charter/index.html');
  });

  it('opens where it was last time, on a screen that is there', () => {
    createMainWindow({
      preloadPath: '/app/dist/electron/preload.cjs',
      placement: { x: 40, y: 30, width: 1000, height: 700, maximized: false },
    });
    expect(electronFake.windows.at(-1)?.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700 });
  });

  it('shows the licences in a window as closed as the main one, without the bridge to main', () => {
    createLicencesWindow(null);

    const created = electronFake.windows.at(-1);
    const preferences = (created?.options as { webPreferences: Record<string, unknown> }).webPreferences;
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(preferences.preload).toBeUndefined();
    expect(created?.loadedUrl).toBe('app://charter/licenses.html');
  });

  it('registers app:// as a standard, secure scheme that fetch and workers can use', () => {
    registerAppSchemeAsPrivileged();

    expect(electronFake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      },
    ]);
  });
});

describe('guards on every web page', () => {
  type Handler = (event: { url?: string; preventDefault: () => void }) => void;

  function fakeContents() {
    const handlers = new Map<string, Handler>();
    let windowOpenHandler: (() => unknown) | undefined;
    const contents = {
      on(name: string, handler: Handler) {
        handlers.set(name, handler);
        return contents;
      },
      setWindowOpenHandler(handler: () => unknown) {
        windowOpenHandler = handler;
      },
    };
    guardWebContents(contents as unknown as WebContents);
    return {
      fire(name: string, url?: string): boolean {
        const event = { url, preventDefault: vi.fn() };
        handlers.get(name)?.(event);
        return event.preventDefault.mock.calls.length > 0;
      },
      openWindow: () => windowOpenHandler?.(),
    };
  }

  it('stops navigation away from the app, but not within it', () => {
    const contents = fakeContents();
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-redirect', 'http://localhost/')).toBe(true);
    expect(contents.fire('will-navigate', 'app://charter/index.html')).toBe(false);
  });

  it('refuses webviews and pop-up windows', () => {
    const contents = fakeContents();
    expect(contents.fire('will-attach-webview')).toBe(true);
    expect(contents.openWindow()).toEqual({ action: 'deny' });
  });
});

describe('the session', () => {
  it('denies every permission and cancels requests that would leave the machine', () => {
    let requestHandler:
      ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    let beforeRequest:
      ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof requestHandler) => (requestHandler = handler),
      setPermissionCheckHandler: (handler: typeof checkHandler) => (checkHandler = handler),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: (listener: typeof beforeRequest) => (beforeRequest = listener) },
    };

    hardenSession(session as unknown as Session);

    const granted = vi.fn();
    requestHandler?.({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(checkHandler?.()).toBe(false);
    const decide = (url: string) => {
      let cancelled: boolean | undefined;
      beforeRequest?.({ url }, (response) => (cancelled = response.cancel));
      return cancelled;
    };
    expect(decide('https://telemetry.example/ping')).toBe(true);
    expect(decide('app://charter/assets/index.js')).toBe(false);
  });
});

describe('requests the page tries to make', () => {
  type BeforeRequest = (
    details: { url: string; resourceType: string },
    callback: (response: { cancel: boolean }) => void,
  ) => void;

  function hardenedSession() {
    let beforeRequest: BeforeRequest | undefined;
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: (listener: BeforeRequest) => (beforeRequest = listener) },
    };
    const reported: unknown[] = [];
    hardenSession(session as unknown as Session, (event, fields) => reported.push({ event, ...fields }));
    const request = (url: string, resourceType = 'xhr') => {
      let cancelled: boolean | undefined;
      beforeRequest?.({ url, resourceType }, (response) => (cancelled = response.cancel));
      return cancelled;
    };
    return { request, reported };
  }

  it('are cancelled when they would leave the app, and reported by destination only', () => {
    const { request, reported } = hardenedSession();

    expect(request('https://fonts.example.com/css?family=Inter', 'stylesheet')).toBe(true);
    expect(request('file:///home/amina/Reviews/Court.charter', 'image')).toBe(true);
    expect(request('app://charter/assets/index.js', 'script')).toBe(false);

    expect(reported).toEqual([
      {
        event: 'network.request-blocked',
        destination: 'https://fonts.example.com',
        resourceType: 'stylesheet',
        count: 1,
      },
      { event: 'network.request-blocked', destination: 'file:', resourceType: 'image', count: 1 },
    ]);
  });

  it('are reported once and then every hundredth time when a page keeps retrying', () => {
    const { request, reported } = hardenedSession();
    for (let attempt = 0; attempt < 250; attempt += 1) request('https://telemetry.example/ping?n=' + attempt);
    expect(reported.map((entry) => (entry as { count: number }).count)).toEqual([1, 100, 200]);
  });

  it('name nothing but scheme and host', () => {
    expect(blockedDestination('wss://sync.example:8443/socket?user=amina')).toBe('wss://sync.example:8443');
    expect(blockedDestination('chrome-extension://abc/page.html')).toBe('chrome-extension:');
    expect(blockedDestination('::not a url::')).toBe('unparsable-url');
  });
});
