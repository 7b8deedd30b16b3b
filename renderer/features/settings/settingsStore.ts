// Preferences kept on this computer (not in review files): the name recorded with each change, the interface
// language and the text size.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { type Language, isLanguage } from '../../i18n/languages';

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

interface SettingsState {
  /** Recorded in the audit trail with every change; asked for once. */
  userName: string;
  /** The interface language; null follows the system's language. */
  language: Language | null;
  textSize: TextSize;
  /** Whether the short guided tour was shown (or skipped) once. */
  tourSeen: boolean;
  setUserName(name: string): void;
  setLanguage(language: Language | null): void;
  setTextSize(size: TextSize): void;
  setTourSeen(seen: boolean): void;
}

interface StoredSettings {
  userName?: unknown;
  language?: unknown;
  textSize?: unknown;
  tourSeen?: unknown;
}

export const useSettings = create<SettingsState>()(
  persist(
    (set) => ({
      userName: '',
      language: null,
      textSize: 'normal',
      tourSeen: false,
      setUserName: (userName) => set({ userName: userName.trim().slice(0, 200) }),
      setLanguage: (language) => set({ language }),
      setTextSize: (textSize) => set({ textSize }),
      setTourSeen: (tourSeen) => set({ tourSeen }),
    }),
    {
      name: 'charter-review.settings',
      version: 2,
      // Settings written by an earlier version keep the name; what they did not know takes its default.
      migrate: (stored) => {
        const old = (stored ?? {}) as StoredSettings;
        return {
          userName: typeof old.userName === 'string' ? old.userName : '',
          language: isLanguage(old.language) ? old.language : null,
          textSize: TEXT_SIZES.find((s) => s === old.textSize) ?? 'normal',
          // Someone who already used the app does not need the first-run tour.
          tourSeen: typeof old.userName === 'string' && old.userName !== '',
        };
      },
    },
  ),
);

/** The name to record for a change, read at the moment of the change. */
export function currentActor(): string {
  return useSettings.getState().userName;
}
