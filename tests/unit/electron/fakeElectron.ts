// Test helper: a stand-in for the parts of Electron that electron/main.ts drives, recording what the app asks of
// it and letting a test play the operating system (launches, double-clicks, screens) and the page (IPC calls).
import { vi } from 'vitest';
import type { InvokeEventLike } from '../../../electron/ipc';

type Listener = (...args: unknown[]) => unknown;

class Emitter {
  private readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.listeners.set(
        event,
        (this.listeners.get(event) ?? []).filter((candidate) => candidate !== wrapped),
      );
      return listener(...args);
    };
    return this.on(event, wrapped);
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(...args);
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

export class FakeWebContents extends Emitter {
  readonly sent: [string, unknown][] = [];
  destroyed = false;

  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  setWindowOpenHandler(): void {}
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FakeDisplay {
  id: number;
  workArea: Bounds;
}

export interface FakeElectronOptions {
  gotSingleInstanceLock?: boolean;
  userDataDir: string;
  logsDir: string;
  displays?: FakeDisplay[];
  /** app.getPreferredSystemLanguages(); British English unless a test says otherwise. */
  systemLanguages?: string[];
}

export function createFakeElectron(options: FakeElectronOptions) {
  const windows: FakeBrowserWindow[] = [];
  const handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
  const messageListeners = new Map<string, ((event: InvokeEventLike, ...args: unknown[]) => void)[]>();
  const displays = options.displays ?? [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  let isReady = false;

  class FakeBrowserWindow extends Emitter {
    static getAllWindows(): FakeBrowserWindow[] {
      return windows.filter((window) => !window.destroyed);
    }

    readonly webContents = new FakeWebContents();
    readonly options: Record<string, unknown>;
    bounds: Bounds;
    loadedUrl: string | undefined;
    destroyed = false;
    minimized = false;
    maximized = false;
    visible = false;
    focusCount = 0;

    constructor(windowOptions: Record<string, unknown>) {
      super();
      this.options = windowOptions;
      const number = (key: string, fallback: number) =>
        typeof windowOptions[key] === 'number' ? (windowOptions[key] as number) : fallback;
      this.bounds = {
        x: number('x', 200),
        y: number('y', 120),
        width: number('width', 800),
        height: number('height', 600),
      };
      windows.push(this);
    }

    async loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      this.webContents.emit('did-start-loading');
    }

    isDestroyed(): boolean {
      return this.destroyed;
    }
    isMinimized(): boolean {
      return this.minimized;
    }
    restore(): void {
      this.minimized = false;
    }
    minimize(): void {
      this.minimized = true;
    }
    focus(): void {
      this.focusCount += 1;
    }
    show(): void {
      this.visible = true;
    }
    maximize(): void {
      this.maximized = true;
    }
    isMaximized(): boolean {
      return this.maximized;
    }
    isFullScreen(): boolean {
      return false;
    }
    getNormalBounds(): Bounds {
      return { ...this.bounds };
    }
    setMenuBarVisibility(): void {}

    /** The person moves the window, as the OS reports it. */
    moveTo(bounds: Bounds): void {
      this.bounds = { ...bounds };
      this.emit('move');
    }

    close(): void {
      this.emit('close');
      this.destroyed = true;
      this.webContents.destroyed = true;
      this.emit('closed');
    }
  }

  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    requestSingleInstanceLock: vi.fn(() => options.gotSingleInstanceLock ?? true),
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: vi.fn(),
    whenReady: () => ready,
    isReady: () => isReady,
    getPath: (name: string) => {
      if (name === 'logs') return options.logsDir;
      if (name === 'userData') return options.userDataDir;
      return options.userDataDir;
    },
    getVersion: () => '0.1.0',
    getPreferredSystemLanguages: () => options.systemLanguages ?? ['en-GB'],
    addRecentDocument: vi.fn(),
    setAppUserModelId: vi.fn(),
  });

  let beforeRequest: ((details: { url: string; resourceType: string }, callback: Listener) => void) | undefined;
  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: {
      onBeforeRequest: (listener: typeof beforeRequest) => {
        beforeRequest = listener;
      },
    },
  };

  let applicationMenu: { template: unknown[] } | null = null;

  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    dialog: {
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
      showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
      showErrorBox: vi.fn(),
    },
    ipcMain: {
      handle: (channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>) =>
        handlers.set(channel, listener),
      on: (channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => void) =>
        messageListeners.set(channel, [...(messageListeners.get(channel) ?? []), listener]),
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: { template: unknown[] }) => {
        applicationMenu = menu;
      },
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    screen: {
      getPrimaryDisplay: () => displays[0],
      getAllDisplays: () => displays,
    },
    session: { defaultSession },
    shell: { showItemInFolder: vi.fn(), openPath: vi.fn(async () => '') },
  };

  return {
    module,
    app,
    windows,
    handlers,
    dialog: module.dialog,
    /** Electron finishes starting; resolves once main's 'ready' work has run. */
    async becomeReady(): Promise<void> {
      isReady = true;
      markReady();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    /** The main window's page calls `channel` as the preload would. */
    async callFromPage(window: FakeBrowserWindow, channel: string, ...args: unknown[]): Promise<unknown> {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      return handler(
        { sender: window.webContents, senderFrame: { url: 'app://charter/index.html', parent: null } },
        ...args,
      );
    },
    /** A message without an answer (ipcRenderer.send) on `channel`, from whatever `event` says sent it. */
    sendFrom(event: InvokeEventLike, channel: string, ...args: unknown[]): void {
      const listeners = messageListeners.get(channel);
      if (!listeners) throw new Error(`no listener for ${channel}`);
      for (const listener of listeners) listener(event, ...args);
    },
    /** The main window's page sends `channel` as the preload would. */
    sendFromPage(window: FakeBrowserWindow, channel: string, ...args: unknown[]): void {
      this.sendFrom(
        { sender: window.webContents, senderFrame: { url: 'app://charter/index.html', parent: null } },
        channel,
        ...args,
      );
    },
    /** A request from a page, through the session's webRequest filter: true when cancelled. */
    request(url: string, resourceType = 'xhr'): boolean | undefined {
      let cancelled: boolean | undefined;
      beforeRequest?.({ url, resourceType }, (response: unknown) => {
        cancelled = (response as { cancel: boolean }).cancel;
      });
      return cancelled;
    },
    menuTemplate(): unknown[] {
      return applicationMenu?.template ?? [];
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
