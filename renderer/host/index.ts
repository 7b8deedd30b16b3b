// Picks the host for where the renderer runs: the desktop app exposes `window.host`.
import type { Host, HostBridge } from '../../shared/host';
import { BrowserHost } from './BrowserHost';
import { ElectronHost } from './ElectronHost';

declare global {
  interface Window {
    host?: HostBridge;
  }
}

export function createHost(): Host {
  return window.host ? new ElectronHost(window.host) : new BrowserHost();
}
