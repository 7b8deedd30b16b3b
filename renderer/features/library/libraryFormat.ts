// Small formatting helpers for the library: DOM ids of items and publication dates in the interface's language.
import type { Formatters } from '../../i18n/format';
import { t } from '../../i18n/i18n';

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

/** "2018-12-04" → "4 Dec 2018", "2024-11" → "November 2024"; anything else is shown as written. */
export function formatPublished(published: string, formatters: Pick<Formatters, 'date'>): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(published);
  if (!match) return published;
  const [, year, month, day] = match;
  if (month === undefined) return published;
  // A local date, so the day shown is the day written whatever the time zone.
  const date = new Date(Number(year), Number(month) - 1, Number(day ?? '1'));
  return day === undefined ? t('library:framework.publishedMonth', { date }) : formatters.date(date);
}
