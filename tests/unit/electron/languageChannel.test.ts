import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  registerLanguageListener,
  type IpcListenerRegistry,
  type LanguageRefusal,
} from '../../../electron/i18n/languageChannel';
import { LANGUAGE_FILE_NAME, loadRememberedLanguage, rememberLanguage } from '../../../electron/i18n/languageFile';
import type { MainLanguage } from '../../../electron/i18n/mainText';
import type { InvokeEventLike } from '../../../electron/ipc';
import { LANGUAGE_CHANNEL } from '../../../electron/ipcChannels';
import { useTempFolders } from './tempFolder';

const tempFolder = useTempFolders();

/** The listener registered on ipcMain, our window, and what main was told. */
function listening(options: { windowExists?: boolean } = {}) {
  const listeners = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => void>();
  const ipcMain: IpcListenerRegistry = { on: (channel, listener) => listeners.set(channel, listener) };
  const webContents = { id: 1 };
  const languages: MainLanguage[] = [];
  const refusals: LanguageRefusal[] = [];
  registerLanguageListener(ipcMain, {
    getWindow: () => (options.windowExists === false ? null : { webContents }),
    onLanguage: (language) => languages.push(language),
    onRefused: (reason) => refusals.push(reason),
  });
  const ourMainFrame: InvokeEventLike = {
    sender: webContents,
    senderFrame: { url: 'app://charter/index.html', parent: null },
  };
  const send = (event: InvokeEventLike, ...args: unknown[]) => {
    const listener = listeners.get(LANGUAGE_CHANNEL);
    if (!listener) throw new Error(`no listener for ${LANGUAGE_CHANNEL}`);
    listener(event, ...args);
  };
  return { send, ourMainFrame, webContents, languages, refusals };
}

describe('the page telling main its language', () => {
  it('is followed for each language the app speaks', () => {
    const { send, ourMainFrame, languages, refusals } = listening();

    send(ourMainFrame, 'fr');
    send(ourMainFrame, 'az');
    send(ourMainFrame, 'en');

    expect(languages).toEqual(['fr', 'az', 'en']);
    expect(refusals).toEqual([]);
  });

  it('is ignored when the value is not one of those languages', () => {
    const { send, ourMainFrame, languages, refusals } = listening();
    const values: unknown[][] = [['de'], ['FR'], ['fr-FR'], [''], [42], [null], [{ language: 'fr' }], [], ['fr', 'az']];

    for (const args of values) send(ourMainFrame, ...args);

    expect(languages).toEqual([]);
    expect(refusals).toEqual(values.map(() => 'not-a-language'));
  });

  it('is ignored when it comes from anything but the app window’s own page', () => {
    const { send, webContents, languages, refusals } = listening();
    const foreign: InvokeEventLike[] = [
      { sender: { id: 2 }, senderFrame: { url: 'app://charter/index.html', parent: null } },
      { sender: webContents, senderFrame: { url: 'app://charter/index.html', parent: {} } },
      { sender: webContents, senderFrame: { url: 'https://example.org/', parent: null } },
      { sender: webContents, senderFrame: null },
    ];

    for (const event of foreign) send(event, 'fr');

    expect(languages).toEqual([]);
    expect(refusals).toEqual(foreign.map(() => 'foreign-sender'));
  });

  it('is ignored while there is no window', () => {
    const { send, ourMainFrame, languages, refusals } = listening({ windowExists: false });
    send(ourMainFrame, 'fr');
    expect(languages).toEqual([]);
    expect(refusals).toEqual(['foreign-sender']);
  });
});

describe('the remembered language', () => {
  it('survives a restart, and replaces the previous one whole', async () => {
    const folder = await tempFolder();
    rememberLanguage(folder, 'fr');
    rememberLanguage(folder, 'az');

    expect(loadRememberedLanguage(folder)).toBe('az');
    expect(readdirSync(folder)).toEqual([LANGUAGE_FILE_NAME]);
  });

  it('is ignored when missing, damaged or not a language the app speaks', async () => {
    const folder = await tempFolder();
    const file = path.join(folder, LANGUAGE_FILE_NAME);
    expect(loadRememberedLanguage(folder)).toBeNull();
    writeFileSync(file, '{"version":1,"lang');
    expect(loadRememberedLanguage(folder)).toBeNull();
    writeFileSync(file, JSON.stringify({ version: 1, language: 'de' }));
    expect(loadRememberedLanguage(folder)).toBeNull();
    writeFileSync(file, JSON.stringify({ version: 2, language: 'fr' }));
    expect(loadRememberedLanguage(folder)).toBeNull();
  });

  it('holds the language code and nothing else', async () => {
    const folder = await tempFolder();
    rememberLanguage(folder, 'fr');
    expect(JSON.parse(readFileSync(path.join(folder, LANGUAGE_FILE_NAME), 'utf8'))).toEqual({
      version: 1,
      language: 'fr',
    });
  });
});
