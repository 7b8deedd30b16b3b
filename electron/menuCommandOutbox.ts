// Delivers menu commands and OS-opened files to the page. A command given while the page is still loading, or
// before a window exists (macOS keeps the menu without one), waits until the page says it is listening.
import { z } from 'zod';
import type { MenuCommand } from '../shared/host';
import { assertTrustedSender, type IpcHandlerRegistry, type TrustedWindowLike } from './ipc';
import { MENU_COMMAND_CHANNEL, MENU_READY_CHANNEL } from './ipcChannels';

/** The part of WebContents used to deliver a command. */
export interface CommandTarget {
  send(channel: string, command: MenuCommand): void;
  isDestroyed(): boolean;
}

/** Enough for a burst of clicks; older ones are dropped rather than replayed much later. */
const MAX_WAITING_COMMANDS = 10;

export class MenuCommandOutbox {
  private target: CommandTarget | null = null;
  private readonly waiting: MenuCommand[] = [];

  send(command: MenuCommand): void {
    const target = this.liveTarget();
    if (target !== null) {
      target.send(MENU_COMMAND_CHANNEL, command);
      return;
    }
    if (command.type === 'open-file') {
      // One review is open at a time: of several files asked for at once, the last one is opened.
      this.removeWaiting((waiting) => waiting.type === 'open-file');
    }
    this.waiting.push(command);
    if (this.waiting.length > MAX_WAITING_COMMANDS) this.waiting.shift();
  }

  /** The page listens now: what waited is delivered, in order. */
  attach(target: CommandTarget): void {
    this.target = target;
    for (const command of this.waiting.splice(0)) target.send(MENU_COMMAND_CHANNEL, command);
  }

  /** The page is going away (reload, window closed): hold commands until the next one listens. */
  detach(): void {
    this.target = null;
  }

  get waitingCount(): number {
    return this.waiting.length;
  }

  private liveTarget(): CommandTarget | null {
    if (this.target !== null && this.target.isDestroyed()) this.target = null;
    return this.target;
  }

  private removeWaiting(matches: (command: MenuCommand) => boolean): void {
    for (let index = this.waiting.length - 1; index >= 0; index -= 1) {
      const command = this.waiting[index];
      if (command !== undefined && matches(command)) this.waiting.splice(index, 1);
    }
  }
}

export interface MenuReadyDeps {
  outbox: MenuCommandOutbox;
  /** The one window allowed to call, as for window.host. */
  getWindow: () => (TrustedWindowLike & { webContents: CommandTarget }) | null;
}

const noArguments = z.tuple([]);

/** The page's "I am listening" call, checked like every other window.host call. */
export function registerMenuReadyHandler(ipcMain: IpcHandlerRegistry, deps: MenuReadyDeps): void {
  ipcMain.handle(MENU_READY_CHANNEL, async (event, ...rawArgs) => {
    const window = deps.getWindow();
    assertTrustedSender(event, window, MENU_READY_CHANNEL);
    if (!noArguments.safeParse(rawArgs).success) {
      throw new Error(`Refused ${MENU_READY_CHANNEL}: it takes no arguments.`);
    }
    // assertTrustedSender has just checked that the window exists and that the call came from it.
    if (window !== null) deps.outbox.attach(window.webContents);
    return null;
  });
}
