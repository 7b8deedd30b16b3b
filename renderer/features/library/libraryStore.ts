// The library's own UI state, kept while the reviewer switches screens: content language and search text.
import { create } from 'zustand';

export type LibraryLanguage = 'en' | 'fr';

interface LibraryState {
  language: LibraryLanguage;
  query: string;
  setLanguage(language: LibraryLanguage): void;
  setQuery(query: string): void;
}

export const useLibraryStore = create<LibraryState>()((set) => ({
  language: 'en',
  query: '',
  setLanguage: (language) => set({ language }),
  setQuery: (query) => set({ query }),
}));
