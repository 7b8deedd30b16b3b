import { describe, expect, it, vi } from 'vitest';
import {
  HOST_CHANNELS,
  LANGUAGE_CHANNEL,
  MENU_COMMAND_CHANNEL,
  MENU_READY_CHANNEL,
} from '../../../electron/ipcChannels';

type IpcListener = (event: unknown, ...args: unknown[]) => void;
const electronFake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
  send: vi.fn((..._args: unknown[]) => undefined),
  listeners: new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electronFake.exposed.set(key, api) },
  ipcRenderer: {
    invoke: electronFake.invoke,
    send: electronFake.send,
    on: (channel: string, listener: IpcListener) => {
      const set = electronFake.listeners.get(channel) ?? new Set();
      set.add(listener);
      electronFake.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: IpcListener) => electronFake.listeners.get(channel)?.delete(listener),
  },
}));

await import('../../../electron/preload');

describe('the preload bridge', () => {
  const host = electronFake.exposed.get('host') as Record<string, unknown>;

  it('exposes window.host and nothing else', () => {
    expect([...electronFake.exposed.keys()]).toEqual(['host']);
  });

  it('exposes exactly one function per Host method, the menu subscription and the language, and no IPC object', () => {
    expect(Object.keys(host).sort()).toEqual([...Object.keys(HOST_CHANNELS), 'onMenuCommand', 'setLanguage'].sort());
    for (const value of Object.values(host)) expect(typeof value).toBe('function');
  });

  it('passes menu commands to the page without the IPC event, tells main it listens, and stops on request', async () => {
    const received: unknown[][] = [];
    electronFake.invoke.mockClear();
    const subscribe = host.onMenuCommand as (listener: (...args: unknown[]) => void) => () => void;

    const stop = subscribe((...args) => received.push(args));
    expect(electronFake.invoke).toHaveBeenCalledWith(MENU_READY_CHANNEL);
    const senderEvent = { sender: { send: () => undefined }, ports: [] };
    for (const listener of electronFake.listeners.get(MENU_COMMAND_CHANNEL) ?? []) {
      listener(senderEvent, { type: 'find' });
    }
    stop();

    expect(received).toEqual([[{ type: 'find' }]]);
    expect(electronFake.listeners.get(MENU_COMMAND_CHANNEL)?.size).toBe(0);
  });

  it('tells main the interface language without waiting for an answer', () => {
    electronFake.invoke.mockClear();
    const setLanguage = host.setLanguage as (language: string) => unknown;

    expect(setLanguage('fr')).toBeUndefined();

    expect(electronFake.send).toHaveBeenCalledWith(LANGUAGE_CHANNEL, 'fr');
    expect(electronFake.invoke).not.toHaveBeenCalled();
  });

  it('forwards each call to its channel with its arguments', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const ref = { key: 'AAAAAAAAAAAAAAAAAAAAAAAA', name: 'Review.charter', location: '/reviews' };
    const calls: [string, unknown[]][] = [
      ['openReviewFile', []],
      ['openRecentFile', [ref.key]],
      ['createReviewFile', ['Review.charter', bytes]],
      ['saveReviewFile', [ref, bytes]],
      ['saveReviewFile', [ref, bytes, 7]],
      ['appendJournal', [ref, 8, '[{"t":"system","o":"d","r":1}]']],
      ['saveReviewFileAs', ['Copy.charter', bytes]],
      ['pickFile', [{ title: 'Import an inventory', extensions: ['csv', 'xlsx'] }]],
      ['exportFile', ['Report.docx', 'application/octet-stream', bytes]],
      ['recentFiles', []],
      ['forgetRecentFile', [ref.key]],
      ['lockReviewFile', [ref, { owner: 'Ana Costa', takeOver: false }]],
      ['unlockReviewFile', [ref]],
      ['checkReviewFile', [ref]],
      ['acceptDiskChange', [ref]],
      ['keepBackup', [ref, { reviewId: 'r1', title: 'Review', reason: 'opened', schemaVersion: 2 }]],
      ['listBackups', []],
      ['listBackups', [ref]],
      ['restoreBackupAsCopy', ['r1/20260514T091233123Z-opened-1a2b3c4d']],
    ];
    for (const [method, args] of calls) {
      electronFake.invoke.mockClear();
      const call = host[method] as (...values: unknown[]) => Promise<unknown>;

      await call(...args);

      expect(electronFake.invoke).toHaveBeenCalledWith(HOST_CHANNELS[method as keyof typeof HOST_CHANNELS], ...args);
    }
  });
});
