// The interface's translator: i18next with the bundled catalogues, switched at run time without a restart.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { dateTimeFormat, numberFormat } from './intlFormats';
import { type Language, isLanguage } from './languages';
import { NAMESPACES, resources } from './resources';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'fr', 'az'],
  ns: [...NAMESPACES],
  defaultNS: 'common',
  initAsync: false,
  // React escapes what it renders; escaping here too would show entities such as &amp; on screen.
  interpolation: { escapeValue: false },
  returnNull: false,
});

// `{{count, number}}` and `{{when, datetime(…)}}` in messages go through the same formats as the rest of the
// interface, so Azerbaijani numbers and dates are right even where Intl has no Azerbaijani data.
const languageOf = (lng: string | undefined): Language => (isLanguage(lng) ? lng : 'en');
i18n.services.formatter?.add('number', (value: unknown, lng: string | undefined, options: Intl.NumberFormatOptions) =>
  numberFormat(languageOf(lng), options).format(Number(value)),
);
i18n.services.formatter?.add(
  'datetime',
  (value: unknown, lng: string | undefined, options: Intl.DateTimeFormatOptions) =>
    dateTimeFormat(languageOf(lng), options).format(value instanceof Date ? value : new Date(String(value))),
);

/** The language the interface speaks now. */
export function currentLanguage(): Language {
  const language = i18n.language;
  return isLanguage(language) ? language : 'en';
}

/** Switches every screen to `language` at once and tells assistive technology the page's language. */
export async function switchLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** Translate outside React components (stores, notices): `t('app:notice.saved')`. */
export const t = i18n.t.bind(i18n);
