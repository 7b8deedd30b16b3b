// Dates, times and numbers written the way the interface's language writes them.
import { useTranslation } from 'react-i18next';
import { currentLanguage } from './i18n';
import type { Language } from './languages';

/** Intl locale per language: Azerbaijani in Latin script, French and English as written in Europe. */
const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', az: 'az-Latn-AZ' };

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

export function formatters(language: Language): Formatters {
  const locale = LOCALES[language];
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const asDate = (value: string | Date) => (value instanceof Date ? value : new Date(value));
  const valid = (d: Date) => !Number.isNaN(d.getTime());
  return {
    date: (value) => (valid(asDate(value)) ? date.format(asDate(value)) : String(value)),
    dateTime: (value) => (valid(asDate(value)) ? dateTime.format(asDate(value)) : String(value)),
    time: (value) => (valid(asDate(value)) ? time.format(asDate(value)) : String(value)),
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
  const language = i18n.language === 'fr' || i18n.language === 'az' ? i18n.language : 'en';
  return formatters(language);
}
