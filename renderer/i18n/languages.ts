// The languages of the interface, and which one to start in when the person has not chosen.

export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'az', name: 'Azərbaycanca' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

/** The first of the system's preferred languages the app speaks; English otherwise. */
export function preferredLanguage(systemLanguages: readonly string[]): Language {
  for (const tag of systemLanguages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/**
 * The language checklist content is shown in. Content is written in English and French; Azerbaijani
 * content is not translated yet, so an Azerbaijani interface shows the English text with a note.
 */
export function contentLanguage(language: Language): 'en' | 'fr' {
  return language === 'fr' ? 'fr' : 'en';
}
