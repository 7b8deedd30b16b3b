// Small formatting helpers for the library: DOM ids of items and publication dates in the content language.
import type { LibraryLanguage } from './libraryStore';

/** The element id of an item in the library, for crosswalk jumps and the contents list. */
export function libraryItemDomId(itemId: string): string {
  return `library-item-${itemId.replace(/[^a-z0-9-]/gi, '-')}`;
}

export function librarySectionDomId(...parts: string[]): string {
  return `library-${parts.join('-').replace(/[^a-z0-9-]/gi, '-')}`;
}

/** The part of an item id after its framework: "p1.1" for "cepej-charter-2018/p1.1". */
export function localItemId(itemId: string): string {
  return itemId.slice(itemId.indexOf('/') + 1);
}

const LOCALES: Record<LibraryLanguage, string> = { en: 'en-GB', fr: 'fr-FR' };

/** "2018-12-04" → "4 December 2018", "2024-11" → "November 2024"; anything else is shown as written. */
export function formatPublished(published: string, language: LibraryLanguage): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(published);
  if (!match) return published;
  const [, year, month, day] = match;
  if (month === undefined) return published;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? '1')));
  const options: Intl.DateTimeFormatOptions =
    day === undefined
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[language], options).format(date);
}
