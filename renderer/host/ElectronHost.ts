// Host for the desktop app: every call goes through the preload's `window.host` to the main process.
import { HostError, type Host, type HostBridge, type HostErrorCode } from '../../shared/host';

const HOST_ERROR_CODES: readonly HostErrorCode[] = [
  'not-found',
  'permission-denied',
  'disk-full',
  'io-error',
  'unknown-file',
];

/** Electron flattens errors crossing IPC to "Error invoking remote method '…': HostError: [code] message". */
function restoreHostError(error: unknown): never {
  const text = error instanceof Error ? error.message : String(error);
  const match = /\[([a-z-]+)\] (.*)$/s.exec(text);
  const code = match?.[1] as HostErrorCode | undefined;
  if (match && code && HOST_ERROR_CODES.includes(code)) throw new HostError(code, match[2] ?? text);
  throw new HostError('io-error', text.replace(/^Error invoking remote method '[^']+': (\w*Error: )?/, ''));
}

export class ElectronHost implements Host {
  readonly kind = 'electron' as const;
  constructor(private readonly bridge: HostBridge) {}

  openReviewFile: Host['openReviewFile'] = () => this.bridge.openReviewFile().catch(restoreHostError);
  openRecentFile: Host['openRecentFile'] = (key) => this.bridge.openRecentFile(key).catch(restoreHostError);
  createReviewFile: Host['createReviewFile'] = (name, bytes) =>
    this.bridge.createReviewFile(name, bytes).catch(restoreHostError);
  saveReviewFile: Host['saveReviewFile'] = (ref, bytes) =>
    this.bridge.saveReviewFile(ref, bytes).catch(restoreHostError);
  saveReviewFileAs: Host['saveReviewFileAs'] = (name, bytes) =>
    this.bridge.saveReviewFileAs(name, bytes).catch(restoreHostError);
  exportFile: Host['exportFile'] = (name, type, bytes) =>
    this.bridge.exportFile(name, type, bytes).catch(restoreHostError);
  recentFiles: Host['recentFiles'] = () => this.bridge.recentFiles().catch(restoreHostError);
  forgetRecentFile: Host['forgetRecentFile'] = (key) => this.bridge.forgetRecentFile(key).catch(restoreHostError);
}
