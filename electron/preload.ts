// Sandboxed preload: exposes window.host, a handful of functions that forward their arguments to main over IPC.
// Never ipcRenderer itself, and nothing but 'electron' may be required here.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { HostBridge } from '../shared/host';
import { HOST_CHANNELS, LANGUAGE_CHANNEL, MENU_COMMAND_CHANNEL, MENU_READY_CHANNEL } from './ipcChannels';

const host: HostBridge = {
  openReviewFile: () => ipcRenderer.invoke(HOST_CHANNELS.openReviewFile),
  openRecentFile: (key) => ipcRenderer.invoke(HOST_CHANNELS.openRecentFile, key),
  createReviewFile: (suggestedName, bytes) => ipcRenderer.invoke(HOST_CHANNELS.createReviewFile, suggestedName, bytes),
  saveReviewFile: (ref, bytes, revision) =>
    revision === undefined
      ? ipcRenderer.invoke(HOST_CHANNELS.saveReviewFile, ref, bytes)
      : ipcRenderer.invoke(HOST_CHANNELS.saveReviewFile, ref, bytes, revision),
  appendJournal: (ref, revision, entry) => ipcRenderer.invoke(HOST_CHANNELS.appendJournal, ref, revision, entry),
  saveReviewFileAs: (suggestedName, bytes) => ipcRenderer.invoke(HOST_CHANNELS.saveReviewFileAs, suggestedName, bytes),
  pickFile: (options) => ipcRenderer.invoke(HOST_CHANNELS.pickFile, options),
  exportFile: (suggestedName, mediaType, bytes) =>
    ipcRenderer.invoke(HOST_CHANNELS.exportFile, suggestedName, mediaType, bytes),
  recentFiles: () => ipcRenderer.invoke(HOST_CHANNELS.recentFiles),
  forgetRecentFile: (key) => ipcRenderer.invoke(HOST_CHANNELS.forgetRecentFile, key),
  lockReviewFile: (ref, request) => ipcRenderer.invoke(HOST_CHANNELS.lockReviewFile, ref, request),
  unlockReviewFile: (ref) => ipcRenderer.invoke(HOST_CHANNELS.unlockReviewFile, ref),
  checkReviewFile: (ref) => ipcRenderer.invoke(HOST_CHANNELS.checkReviewFile, ref),
  acceptDiskChange: (ref) => ipcRenderer.invoke(HOST_CHANNELS.acceptDiskChange, ref),
  keepBackup: (ref, request) => ipcRenderer.invoke(HOST_CHANNELS.keepBackup, ref, request),
  // No argument at all rather than `undefined`, so main's check sees exactly what was meant.
  listBackups: (file) =>
    file === undefined
      ? ipcRenderer.invoke(HOST_CHANNELS.listBackups)
      : ipcRenderer.invoke(HOST_CHANNELS.listBackups, file),
  restoreBackupAsCopy: (backupId) => ipcRenderer.invoke(HOST_CHANNELS.restoreBackupAsCopy, backupId),
  onMenuCommand: (listener) => {
    // Only the payload reaches the page: the IPC event would hand it the sender object.
    const forward = (_event: IpcRendererEvent, command: unknown) => listener(command);
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    // Files opened from the OS before the page was listening wait in main until this call.
    void ipcRenderer.invoke(MENU_READY_CHANNEL);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  },
  // Nothing to wait for: main checks the value and rebuilds its menus.
  setLanguage: (language) => ipcRenderer.send(LANGUAGE_CHANNEL, language),
};

contextBridge.exposeInMainWorld('host', host);
