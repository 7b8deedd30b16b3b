// The library's content language and dates: checklist content starts in the interface's content language
// (English for Azerbaijani, whose content is not translated yet) until the person picks one.
import { afterEach, describe, expect, it } from 'vitest';
import { formatPublished } from '../../../../renderer/features/library/libraryFormat';
import { libraryLanguage } from '../../../../renderer/features/library/libraryStore';
import { formatters } from '../../../../renderer/i18n/format';
import { i18n } from '../../../../renderer/i18n/i18n';

describe('library language', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('follows the interface until a language is picked', () => {
    expect(libraryLanguage(null, 'fr')).toBe('fr');
    expect(libraryLanguage(null, 'en')).toBe('en');
    expect(libraryLanguage(null, 'az')).toBe('en');
    expect(libraryLanguage('fr', 'en')).toBe('fr');
    expect(libraryLanguage('en', 'fr')).toBe('en');
  });

  it('writes publication dates the interface’s way, and leaves other values as written', async () => {
    expect(formatPublished('2018-12-04', formatters('en'))).toBe('4 Dec 2018');
    expect(formatPublished('2024-11', formatters('en'))).toBe('November 2024');
    expect(formatPublished('2024', formatters('en'))).toBe('2024');
    expect(formatPublished('soon', formatters('en'))).toBe('soon');
    await i18n.changeLanguage('fr');
    expect(formatPublished('2024-11', formatters('fr'))).toBe('novembre 2024');
  });
});
