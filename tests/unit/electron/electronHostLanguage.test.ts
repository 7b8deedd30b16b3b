import { describe, expect, it, vi } from 'vitest';
import { ElectronHost } from '../../../renderer/host/ElectronHost';
import type { HostBridge } from '../../../shared/host';

describe('the desktop page telling main its language', () => {
  it('passes the language to the bridge as it is, for main to check', () => {
    const setLanguage = vi.fn();
    const host = new ElectronHost({ setLanguage } as unknown as HostBridge);

    host.setLanguage('fr');
    // Bound like the host's other methods, so it can be passed around.
    const { setLanguage: detached } = host;
    detached('az');

    expect(setLanguage.mock.calls).toEqual([['fr'], ['az']]);
  });

  it('does nothing with a bridge that cannot carry it', () => {
    const host = new ElectronHost({} as HostBridge);
    expect(() => host.setLanguage('fr')).not.toThrow();
  });
});
