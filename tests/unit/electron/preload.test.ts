import { describe, expect, it, vi } from 'vitest';
import { HOST_CHANNELS } from '../../../electron/ipcChannels';

const electronFake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electronFake.exposed.set(key, api) },
  ipcRenderer: { invoke: electronFake.invoke, send: vi.fn(), on: vi.fn() },
}));

await import('../../../electron/preload');

describe('the preload bridge', () => {
  const host = electronFake.exposed.get('host') as Record<string, unknown>;

  it('exposes window.host and nothing else', () => {
    expect([...electronFake.exposed.keys()]).toEqual(['host']);
  });

  it('exposes exactly one function per Host method, and no IPC object', () => {
    expect(Object.keys(host).sort()).toEqual(Object.keys(HOST_CHANNELS).sort());
    for (const value of Object.values(host)) expect(typeof value).toBe('function');
  });

  it('forwards each call to its channel with its arguments', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const ref = { key: 'AAAAAAAAAAAAAAAAAAAAAAAA', name: 'Review.charter', location: '/reviews' };
    const calls: [string, unknown[]][] = [
      ['openReviewFile', []],
      ['openRecentFile', [ref.key]],
      ['createReviewFile', ['Review.charter', bytes]],
      ['saveReviewFile', [ref, bytes]],
      ['saveReviewFileAs', ['Copy.charter', bytes]],
      ['pickFile', [{ title: 'Import an inventory', extensions: ['csv', 'xlsx'] }]],
      ['exportFile', ['Report.docx', 'application/octet-stream', bytes]],
      ['recentFiles', []],
      ['forgetRecentFile', [ref.key]],
    ];
    for (const [method, args] of calls) {
      electronFake.invoke.mockClear();
      const call = host[method] as (...values: unknown[]) => Promise<unknown>;

      await call(...args);

      expect(electronFake.invoke).toHaveBeenCalledWith(HOST_CHANNELS[method as keyof typeof HOST_CHANNELS], ...args);
    }
  });
});
