// How the app names itself to the operating system. Kept equal to electron-builder.yml (a test checks it).

export const APP_NAME = 'Charter Review';
/** appId in electron-builder.yml: Windows groups the taskbar button and its list of recent files by it. */
export const APP_USER_MODEL_ID = 'org.charterreview.app';
