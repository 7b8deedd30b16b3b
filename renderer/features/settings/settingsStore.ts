// Preferences kept on this computer (not in review files): the name recorded with each change.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface SettingsState {
  /** Recorded in the audit trail with every change; asked for once. */
  userName: string;
  setUserName(name: string): void;
}

export const useSettings = create<SettingsState>()(
  persist(
    (set) => ({
      userName: '',
      setUserName: (userName) => set({ userName: userName.trim().slice(0, 200) }),
    }),
    { name: 'charter-review.settings', version: 1 },
  ),
);

/** The name to record for a change, read at the moment of the change. */
export function currentActor(): string {
  return useSettings.getState().userName;
}
