// Sandboxed preload: exposes window.host, a handful of functions that forward their arguments to main over IPC.
// Never ipcRenderer itself, and nothing but 'electron' may be required here.
import { contextBridge, ipcRenderer } from 'electron';
import type { HostBridge } from '../shared/host';
import { HOST_CHANNELS } from './ipcChannels';

const host: HostBridge = {
  openReviewFile: () => ipcRenderer.invoke(HOST_CHANNELS.openReviewFile),
  openRecentFile: (key) => ipcRenderer.invoke(HOST_CHANNELS.openRecentFile, key),
  createReviewFile: (suggestedName, bytes) => ipcRenderer.invoke(HOST_CHANNELS.createReviewFile, suggestedName, bytes),
  saveReviewFile: (ref, bytes) => ipcRenderer.invoke(HOST_CHANNELS.saveReviewFile, ref, bytes),
  saveReviewFileAs: (suggestedName, bytes) => ipcRenderer.invoke(HOST_CHANNELS.saveReviewFileAs, suggestedName, bytes),
  pickFile: (options) => ipcRenderer.invoke(HOST_CHANNELS.pickFile, options),
  exportFile: (suggestedName, mediaType, bytes) =>
    ipcRenderer.invoke(HOST_CHANNELS.exportFile, suggestedName, mediaType, bytes),
  recentFiles: () => ipcRenderer.invoke(HOST_CHANNELS.recentFiles),
  forgetRecentFile: (key) => ipcRenderer.invoke(HOST_CHANNELS.forgetRecentFile, key),
};

contextBridge.exposeInMainWorld('host', host);
