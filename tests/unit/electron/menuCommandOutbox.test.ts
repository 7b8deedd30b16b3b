import { describe, expect, it } from 'vitest';
import type { InvokeEventLike, IpcHandlerRegistry } from '../../../electron/ipc';
import { MENU_COMMAND_CHANNEL, MENU_READY_CHANNEL } from '../../../electron/ipcChannels';
import { MenuCommandOutbox, registerMenuReadyHandler, type CommandTarget } from '../../../electron/menuCommandOutbox';
import type { MenuCommand } from '../../../shared/host';

function page(): CommandTarget & { received: MenuCommand[]; destroyed: boolean } {
  const target = {
    received: [] as MenuCommand[],
    destroyed: false,
    send(channel: string, command: MenuCommand) {
      if (channel === MENU_COMMAND_CHANNEL) target.received.push(command);
    },
    isDestroyed: () => target.destroyed,
  };
  return target;
}

const file = (name: string): MenuCommand => ({
  type: 'open-file',
  file: { key: `key-${name}`.padEnd(24, 'x'), name, location: '/reviews' },
});

describe('menu commands on their way to the page', () => {
  it('wait while the page is loading and arrive in order once it listens', () => {
    const outbox = new MenuCommandOutbox();
    const target = page();

    outbox.send({ type: 'open-review' });
    outbox.send({ type: 'find' });
    expect(target.received).toEqual([]);

    outbox.attach(target);
    outbox.send({ type: 'undo' });

    expect(target.received).toEqual([{ type: 'open-review' }, { type: 'find' }, { type: 'undo' }]);
  });

  it('open only the last of several files asked for while the page was away', () => {
    const outbox = new MenuCommandOutbox();
    outbox.send(file('A.charter'));
    outbox.send({ type: 'find' });
    outbox.send(file('B.charter'));
    const target = page();

    outbox.attach(target);

    expect(target.received).toEqual([{ type: 'find' }, file('B.charter')]);
  });

  it('hold commands again after a reload or once the window is gone', () => {
    const outbox = new MenuCommandOutbox();
    const reloaded = page();
    outbox.attach(reloaded);
    outbox.detach();
    outbox.send({ type: 'redo' });
    expect(reloaded.received).toEqual([]);

    const closing = page();
    outbox.attach(closing);
    closing.destroyed = true;
    outbox.send({ type: 'find' });

    expect(closing.received).toEqual([{ type: 'redo' }]);
    expect(outbox.waitingCount).toBe(1);
  });
});

describe('the page’s "listening" call', () => {
  function setUp() {
    const handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
    const registry: IpcHandlerRegistry = { handle: (channel, listener) => handlers.set(channel, listener) };
    const outbox = new MenuCommandOutbox();
    const webContents = page();
    registerMenuReadyHandler(registry, { outbox, getWindow: () => ({ webContents }) });
    const ready = handlers.get(MENU_READY_CHANNEL);
    if (!ready) throw new Error('not registered');
    return { ready, outbox, webContents };
  }
  const fromOurPage: InvokeEventLike = { sender: null, senderFrame: { url: 'app://charter/index.html', parent: null } };

  it('delivers what waited when our window’s main frame calls it', async () => {
    const { ready, outbox, webContents } = setUp();
    outbox.send({ type: 'new-review' });

    await ready({ ...fromOurPage, sender: webContents });

    expect(webContents.received).toEqual([{ type: 'new-review' }]);
  });

  it('is refused from another frame, another origin or with arguments', async () => {
    const { ready, outbox, webContents } = setUp();
    outbox.send({ type: 'new-review' });

    await expect(ready({ sender: webContents, senderFrame: { url: 'app://charter/', parent: {} } })).rejects.toThrow();
    await expect(
      ready({ sender: webContents, senderFrame: { url: 'https://evil.example/', parent: null } }),
    ).rejects.toThrow();
    await expect(ready({ ...fromOurPage, sender: webContents }, 'extra')).rejects.toThrow(/no arguments/);
    expect(webContents.received).toEqual([]);
  });
});
