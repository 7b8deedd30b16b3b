// The page's "the interface is now in this language" message. Nothing is answered, but it is checked like every
// window.host call: only from our window's main frame, and only a language the app speaks.
import { z } from 'zod';
import { assertTrustedSender, type InvokeEventLike, type TrustedWindowLike } from '../ipc';
import { LANGUAGE_CHANNEL } from '../ipcChannels';
import { MAIN_LANGUAGES, type MainLanguage } from './mainText';

/** The part of Electron's ipcMain used for messages that get no answer. */
export interface IpcListenerRegistry {
  on(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => void): void;
}

export type LanguageRefusal = 'foreign-sender' | 'not-a-language';

export interface LanguageListenerDeps {
  /** The one window allowed to send, as for window.host. */
  getWindow: () => TrustedWindowLike | null;
  onLanguage: (language: MainLanguage) => void;
  /** Told why a message was ignored; never what it held, which may be anything a page put there. */
  onRefused: (reason: LanguageRefusal) => void;
}

const languageArguments = z.tuple([z.enum(MAIN_LANGUAGES)]);

export function registerLanguageListener(ipcMain: IpcListenerRegistry, deps: LanguageListenerDeps): void {
  ipcMain.on(LANGUAGE_CHANNEL, (event, ...rawArgs) => {
    try {
      assertTrustedSender(event, deps.getWindow(), LANGUAGE_CHANNEL);
    } catch {
      deps.onRefused('foreign-sender');
      return;
    }
    const parsed = languageArguments.safeParse(rawArgs);
    if (!parsed.success) {
      deps.onRefused('not-a-language');
      return;
    }
    deps.onLanguage(parsed.data[0]);
  });
}
