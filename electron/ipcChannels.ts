// IPC channel names shared by the preload and main. No imports with runtime code: the sandboxed preload
// bundle must stay tiny and may only require 'electron'.
import type { HostMethod } from '../shared/host';

export const HOST_CHANNELS = {
  openReviewFile: 'host:open-review-file',
  openRecentFile: 'host:open-recent-file',
  createReviewFile: 'host:create-review-file',
  saveReviewFile: 'host:save-review-file',
  appendJournal: 'host:append-journal',
  saveReviewFileAs: 'host:save-review-file-as',
  pickFile: 'host:pick-file',
  exportFile: 'host:export-file',
  recentFiles: 'host:recent-files',
  forgetRecentFile: 'host:forget-recent-file',
  lockReviewFile: 'host:lock-review-file',
  unlockReviewFile: 'host:unlock-review-file',
  checkReviewFile: 'host:check-review-file',
  acceptDiskChange: 'host:accept-disk-change',
  keepBackup: 'host:keep-backup',
  listBackups: 'host:list-backups',
  restoreBackupAsCopy: 'host:restore-backup-as-copy',
} as const satisfies Record<HostMethod, string>;

/** Main → renderer: a menu command or a file the OS asked to open (see MenuCommand in shared/host.ts). */
export const MENU_COMMAND_CHANNEL = 'host:menu-command';
/** Renderer → main: the page now listens for menu commands, so any that waited for it can be sent. */
export const MENU_READY_CHANNEL = 'host:menu-ready';
/** Renderer → main, fire-and-forget: the interface language changed, so the menus and native dialogs follow it. */
export const LANGUAGE_CHANNEL = 'host:set-language';
