// IPC channel names shared by the preload and main. No imports with runtime code: the sandboxed preload
// bundle must stay tiny and may only require 'electron'.
import type { HostMethod } from '../shared/host';

export const HOST_CHANNELS = {
  openReviewFile: 'host:open-review-file',
  openRecentFile: 'host:open-recent-file',
  createReviewFile: 'host:create-review-file',
  saveReviewFile: 'host:save-review-file',
  saveReviewFileAs: 'host:save-review-file-as',
  pickFile: 'host:pick-file',
  exportFile: 'host:export-file',
  recentFiles: 'host:recent-files',
  forgetRecentFile: 'host:forget-recent-file',
} as const satisfies Record<HostMethod, string>;
