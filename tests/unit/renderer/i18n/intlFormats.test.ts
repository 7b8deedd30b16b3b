// Azerbaijani dates and numbers come out as CLDR writes them even where Intl has no Azerbaijani data (Chromium,
// Electron): the fallback is checked against Node's own Azerbaijani data, which is complete.
import { afterEach, describe, expect, it } from 'vitest';
import { assumeIntlAzerbaijani, dateTimeFormat, numberFormat } from '../../../../renderer/i18n/intlFormats';

const dates = [new Date(2026, 10, 23, 14, 5, 9), new Date(2027, 0, 1, 0, 0, 0), new Date(2025, 8, 30, 23, 59, 1)];
const numbers = [0, 7, 1234.5, 1_000_000, 0.699];

const dateOptions: Intl.DateTimeFormatOptions[] = [
  { dateStyle: 'medium' },
  { year: 'numeric', month: 'long' },
  { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' },
];

describe('Azerbaijani formats without Intl data', () => {
  afterEach(() => assumeIntlAzerbaijani(undefined));

  it('writes dates as Intl with Azerbaijani data does', () => {
    for (const options of dateOptions) {
      assumeIntlAzerbaijani(true);
      const real = dates.map((d) => dateTimeFormat('az', options).format(d));
      assumeIntlAzerbaijani(false);
      expect(
        dates.map((d) => dateTimeFormat('az', options).format(d)),
        JSON.stringify(options),
      ).toEqual(real);
    }
  });

  it('writes numbers and percentages as Intl with Azerbaijani data does', () => {
    for (const options of [{}, { style: 'percent', maximumFractionDigits: 1 } as const]) {
      assumeIntlAzerbaijani(true);
      const real = numbers.map((n) => numberFormat('az', options).format(n));
      assumeIntlAzerbaijani(false);
      expect(numbers.map((n) => numberFormat('az', options).format(n))).toEqual(real);
    }
  });

  it('leaves English and French to Intl', () => {
    expect(numberFormat('fr').format(1234.5)).toBe('1\u202f234,5');
    expect(dateTimeFormat('en', { dateStyle: 'medium' }).format(dates[0] ?? new Date())).toBe('23 Nov 2026');
  });
});
