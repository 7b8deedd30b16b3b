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

const { createMainWindow, guardWebContents, hardenSession, registerAppSchemeAsPrivileged } =
  await import('../../../electron/window');
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
