// Host for the desktop app: every call goes through the preload's `window.host` to the main process,
// whose answers arrive in an envelope that keeps the error code IPC would otherwise lose.
import {
  HostError,
  parseMenuCommand,
  type Host,
  type HostBridge,
  type HostBridgeResult,
  type MenuCommand,
} from '../../shared/host';

async function unwrap<T>(answer: Promise<HostBridgeResult<T>>): Promise<T> {
  const result = await answer;
  if (result.ok) return result.value;
  throw new HostError(result.error.code, result.error.message);
}

export class ElectronHost implements Host {
  readonly kind = 'electron' as const;
  constructor(private readonly bridge: HostBridge) {}

  openReviewFile: Host['openReviewFile'] = () => unwrap(this.bridge.openReviewFile());
  openRecentFile: Host['openRecentFile'] = (key) => unwrap(this.bridge.openRecentFile(key));
  createReviewFile: Host['createReviewFile'] = (name, bytes) => unwrap(this.bridge.createReviewFile(name, bytes));
  saveReviewFile: Host['saveReviewFile'] = (ref, bytes, revision) =>
    unwrap(this.bridge.saveReviewFile(ref, bytes, revision));
  appendJournal: Host['appendJournal'] = (ref, revision, entry) =>
    unwrap(this.bridge.appendJournal(ref, revision, entry));
  saveReviewFileAs: Host['saveReviewFileAs'] = (name, bytes) => unwrap(this.bridge.saveReviewFileAs(name, bytes));
  pickFile: Host['pickFile'] = (options) => unwrap(this.bridge.pickFile(options));
  exportFile: Host['exportFile'] = (name, type, bytes) => unwrap(this.bridge.exportFile(name, type, bytes));
  recentFiles: Host['recentFiles'] = () => unwrap(this.bridge.recentFiles());
  forgetRecentFile: Host['forgetRecentFile'] = (key) => unwrap(this.bridge.forgetRecentFile(key));
  lockReviewFile: Host['lockReviewFile'] = (ref, request) => unwrap(this.bridge.lockReviewFile(ref, request));
  unlockReviewFile: Host['unlockReviewFile'] = (ref) => unwrap(this.bridge.unlockReviewFile(ref));
  checkReviewFile: Host['checkReviewFile'] = (ref) => unwrap(this.bridge.checkReviewFile(ref));
  acceptDiskChange: Host['acceptDiskChange'] = (ref) => unwrap(this.bridge.acceptDiskChange(ref));
  keepBackup: Host['keepBackup'] = (ref, request) => unwrap(this.bridge.keepBackup(ref, request));
  listBackups: Host['listBackups'] = (file) => unwrap(this.bridge.listBackups(file));
  restoreBackupAsCopy: Host['restoreBackupAsCopy'] = (id) => unwrap(this.bridge.restoreBackupAsCopy(id));

  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    return this.bridge.onMenuCommand((message) => {
      // Whatever this version does not understand is ignored rather than half-acted on.
      const command = parseMenuCommand(message);
      if (command !== null) listener(command);
    });
  }

  // Sent as is: main accepts only the languages it has text for.
  setLanguage: NonNullable<Host['setLanguage']> = (language) => this.bridge.setLanguage?.(language);
}
