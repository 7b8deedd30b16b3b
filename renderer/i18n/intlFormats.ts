// Intl formats per interface language. Azerbaijani needs care: Chromium (and so Electron) ships without
// Azerbaijani locale data, and Intl then falls back to the root locale ("2026 M11 23", "1,234.5"). When that
// happens, numbers use the same conventions written out (1.234,5 and 69,9%) and dates take the day-month-year
// order of British English with Azerbaijani month and weekday names.
import type { Language } from './languages';

const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', az: 'az-Latn-AZ' };

const AZ_MONTHS = {
  long: [
    'yanvar',
    'fevral',
    'mart',
    'aprel',
    'may',
    'iyun',
    'iyul',
    'avqust',
    'sentyabr',
    'oktyabr',
    'noyabr',
    'dekabr',
  ],
  short: ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avq', 'sen', 'okt', 'noy', 'dek'],
};
/** Sunday first, as Date.getDay() counts. */
const AZ_WEEKDAYS = {
  long: ['bazar', 'bazar ertəsi', 'çərşənbə axşamı', 'çərşənbə', 'cümə axşamı', 'cümə', 'şənbə'],
  short: ['B.', 'B.E.', 'Ç.A.', 'Ç.', 'C.A.', 'C.', 'Ş.'],
};

let azerbaijaniData: boolean | undefined;
/** Whether this runtime's Intl really knows Azerbaijani (Node does; Chromium does not). */
function intlKnowsAzerbaijani(): boolean {
  azerbaijaniData ??= (() => {
    try {
      const november = new Intl.DateTimeFormat('az', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 15));
      return november === 'noyabr';
    } catch {
      return false;
    }
  })();
  return azerbaijaniData;
}

/** Decides whether Intl's own Azerbaijani data is used (undefined: find out). For tests of the fallback. */
export function assumeIntlAzerbaijani(known: boolean | undefined): void {
  azerbaijaniData = known;
}

export interface DateFormat {
  format(date: Date): string;
}

// Making an Intl format costs far more than using one, and messages format numbers on every render: each format
// is made once per language and options.
const dateFormats = new Map<string, DateFormat>();
const numberFormats = new Map<string, NumberFormat>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let format = cache.get(key);
  if (format === undefined) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

export function dateTimeFormat(language: Language, options: Intl.DateTimeFormatOptions): DateFormat {
  const key = `${language}|${azerbaijaniData ?? ''}|${JSON.stringify(options)}`;
  return cached(dateFormats, key, () => makeDateTimeFormat(language, options));
}

function makeDateTimeFormat(language: Language, options: Intl.DateTimeFormatOptions): DateFormat {
  if (language !== 'az' || intlKnowsAzerbaijani()) return new Intl.DateTimeFormat(LOCALES[language], options);
  const english = new Intl.DateTimeFormat('en-GB', options);
  const zone = english.resolvedOptions().timeZone;
  const long = options.month === 'long' || options.dateStyle === 'long' || options.dateStyle === 'full';
  const longDay = options.weekday === 'long' || options.dateStyle === 'full';
  // The month and weekday of the date in the formatter's own time zone, not this computer's.
  const calendar = new Intl.DateTimeFormat('en-GB', { timeZone: zone, month: 'numeric', weekday: 'short' });
  const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  return {
    format(date) {
      const at = calendar.formatToParts(date);
      const month = Number(at.find((p) => p.type === 'month')?.value ?? '1') - 1;
      const weekday = weekdays.indexOf(at.find((p) => p.type === 'weekday')?.value ?? 'Sun');
      return english
        .formatToParts(date)
        .map((part) => {
          if (part.type === 'month' && /\D/.test(part.value)) return (long ? AZ_MONTHS.long : AZ_MONTHS.short)[month];
          if (part.type === 'weekday') return (longDay ? AZ_WEEKDAYS.long : AZ_WEEKDAYS.short)[weekday];
          return part.value;
        })
        .join('');
    },
  };
}

export interface NumberFormat {
  format(value: number): string;
}

export function numberFormat(language: Language, options: Intl.NumberFormatOptions = {}): NumberFormat {
  const key = `${language}|${azerbaijaniData ?? ''}|${JSON.stringify(options)}`;
  return cached(numberFormats, key, () => makeNumberFormat(language, options));
}

function makeNumberFormat(language: Language, options: Intl.NumberFormatOptions): NumberFormat {
  if (language !== 'az' || intlKnowsAzerbaijani()) return new Intl.NumberFormat(LOCALES[language], options);
  // Turkish writes numbers as Azerbaijani does (1.234,5); its percent sign comes first, Azerbaijani's after.
  if (options.style === 'percent') {
    const plain = new Intl.NumberFormat('tr-TR', { ...options, style: 'decimal' });
    return { format: (value) => `${plain.format(value * 100)}%` };
  }
  return new Intl.NumberFormat('tr-TR', options);
}
