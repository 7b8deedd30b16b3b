// The desktop shell's text in the interface languages. The page chooses the language and tells main
// (languageChannel.ts); main starts in the one it was last told (languageFile.ts), so the menu bar is right at once.
import { az } from './az';
import { en, type MainText } from './en';
import { fr } from './fr';

export type { MainText } from './en';

/** The renderer's LANGUAGES codes (renderer/i18n/languages.ts), which main may not import. */
export const MAIN_LANGUAGES = ['en', 'fr', 'az'] as const;
export type MainLanguage = (typeof MAIN_LANGUAGES)[number];

const TEXTS: Readonly<Record<MainLanguage, MainText>> = { en, fr, az };

export function isMainLanguage(value: unknown): value is MainLanguage {
  return MAIN_LANGUAGES.some((language) => language === value);
}

export function mainText(language: MainLanguage): MainText {
  return TEXTS[language];
}

/** The first of the system's preferred languages the app speaks, English otherwise: what the page picks too. */
export function systemMainLanguage(systemLanguages: readonly string[]): MainLanguage {
  for (const tag of systemLanguages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isMainLanguage(base)) return base;
  }
  return 'en';
}

/** Puts values in a text's {{placeholders}}; a placeholder without a value stays visible rather than vanishing. */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : String(value);
  });
}

/** The form of a countable text for `count`, with {{count}} written the way `language` writes numbers. */
export function fillCount(
  language: MainLanguage,
  forms: { one: string; other: string },
  count: number,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const form = new Intl.PluralRules(language).select(count) === 'one' ? forms.one : forms.other;
  return fill(form, { ...values, count: new Intl.NumberFormat(language).format(count) });
}
