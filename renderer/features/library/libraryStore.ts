// The library's own UI state, kept while the reviewer switches screens: content language and search text.
import { create } from 'zustand';
import { type Language, contentLanguage } from '../../i18n/languages';

export type LibraryLanguage = 'en' | 'fr';

interface LibraryState {
  /** The content language the person picked; null follows the interface's language. */
  chosenLanguage: LibraryLanguage | null;
  query: string;
  setLanguage(language: LibraryLanguage): void;
  setQuery(query: string): void;
}

export const useLibraryStore = create<LibraryState>()((set) => ({
  chosenLanguage: null,
  query: '',
  setLanguage: (language) => set({ chosenLanguage: language }),
  setQuery: (query) => set({ query }),
}));

/** The language checklist content is shown in: the one picked, else the content language of the interface's. */
export function libraryLanguage(chosen: LibraryLanguage | null, interfaceLanguage: Language): LibraryLanguage {
  return chosen ?? contentLanguage(interfaceLanguage);
}
