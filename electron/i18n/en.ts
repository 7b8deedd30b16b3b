// English text of the desktop shell: the menu bar and the native dialogs. The other languages must have the same
// keys (MainText) and the same {{placeholders}}; `&` marks a menu's access key on Windows and Linux.
export const en = {
  menu: {
    file: '&File',
    newReview: 'New Review…',
    openReview: 'Open Review…',
    saveAs: 'Save As…',
    exportReport: 'Export Report…',
    exit: 'E&xit',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    find: 'Find…',
    view: '&View',
    help: '&Help',
    showLogs: 'Show Logs',
    licences: 'Licences of Bundled Components',
    about: 'About {{appName}}',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    actualSize: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Toggle Full Screen',
    window: '&Window',
  },
  about: {
    title: 'About {{appName}}',
    close: 'Close',
    showLicences: 'Show Licences',
    version: 'Version {{version}}',
    noNotice: 'The list of bundled components was not built with this copy (run npm run build).',
    freeSoftware: '{{appName}} is free software under the {{licence}} licence.',
    bundles: {
      one: 'It bundles {{count}} open-source component: {{summary}}.',
      other: 'It bundles {{count}} open-source components: {{summary}}.',
    },
    whereListed: 'Help → Licences of Bundled Components lists each one with its licence text.',
    runtimeLicences:
      'Electron and Chromium licences: LICENSE.electron.txt and LICENSES.chromium.html in the installation folder.',
  },
  licences: {
    windowTitle: 'Licences of bundled components',
    missingTitle: 'Licences',
    missingMessage: 'The list of bundled components was not built with this copy of {{appName}}.',
    missingDetail: 'Run npm run build to create it.',
  },
  files: {
    openReviewTitle: 'Open a review',
    newReviewTitle: 'Where should the new review be kept?',
    saveAsTitle: 'Save the review as',
    restoredCopyTitle: 'Where should the restored copy be kept?',
    exportTitle: 'Export',
    reviewFileFilter: 'Charter Review file',
    /** {{extension}}: "DOCX". */
    oneTypeFilter: '{{extension}} file',
    /** {{extensions}}: "CSV, XLSX, JSON". */
    severalTypesFilter: '{{extensions}} files',
    allFilesFilter: 'All files',
  },
  startup: {
    failedTitle: '{{appName}} could not start',
  },
};

/** The shape every language's text has: the English keys, each with a string. */
export type MainText = typeof en;
