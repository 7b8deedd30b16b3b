// Dates, times and numbers written the way the interface's language writes them.
import { useTranslation } from 'react-i18next';
import { currentLanguage } from './i18n';
import { dateTimeFormat, numberFormat } from './intlFormats';
import { type Language, isLanguage } from './languages';

export interface Formatters {
  /** 23 Nov 2026 */
  date(iso: string | Date): string;
  /** 23 Nov 2026, 14:05 */
  dateTime(iso: string | Date): string;
  /** 14:05:09 */
  time(iso: string | Date): string;
  /** 1,234 / 1 234 / 1.234 */
  number(value: number): string;
  /** 0.42 → 42% / 42 % */
  percent(fraction: number): string;
}

const byLanguage = new Map<Language, Formatters>();

/** The formatters of a language, made once. */
export function formatters(language: Language): Formatters {
  let found = byLanguage.get(language);
  if (found === undefined) {
    found = makeFormatters(language);
    byLanguage.set(language, found);
  }
  return found;
}

function makeFormatters(language: Language): Formatters {
  const date = dateTimeFormat(language, { dateStyle: 'medium' });
  const dateTime = dateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const time = dateTimeFormat(language, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  const number = numberFormat(language);
  const percent = numberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const asDate = (value: string | Date) => (value instanceof Date ? value : new Date(value));
  const valid = (d: Date) => !Number.isNaN(d.getTime());
  const when = (format: { format(d: Date): string }) => (value: string | Date) =>
    valid(asDate(value)) ? format.format(asDate(value)) : String(value);
  return {
    date: when(date),
    dateTime: when(dateTime),
    time: when(time),
    number: (value) => number.format(value),
    percent: (fraction) => percent.format(fraction),
  };
}

/** Formatters for the current language, outside React. */
export function format(): Formatters {
  return formatters(currentLanguage());
}

/** Formatters that follow the language switch. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formatters(isLanguage(i18n.language) ? i18n.language : 'en');
}
