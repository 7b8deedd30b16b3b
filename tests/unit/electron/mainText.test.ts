import { describe, expect, it } from 'vitest';
import { MAIN_LANGUAGES, fill, isMainLanguage, mainText, systemMainLanguage } from '../../../electron/i18n/mainText';

/** Every text of a catalogue by its dotted key: "menu.file" → "&File". */
function flatten(node: unknown, prefix = ''): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  if (typeof node !== 'object' || node === null) return entries.set(prefix, node);
  for (const [key, value] of Object.entries(node)) {
    for (const [path, text] of flatten(value, prefix ? `${prefix}.${key}` : key)) entries.set(path, text);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
const english = flatten(mainText('en'));

describe.each(MAIN_LANGUAGES)('the desktop text in %s', (language) => {
  const texts = flatten(mainText(language));

  it('has exactly the keys of the English text', () => {
    expect([...texts.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('has no empty text', () => {
    for (const [key, text] of texts) {
      expect(typeof text, key).toBe('string');
      expect(String(text).trim(), key).not.toBe('');
    }
  });

  it('has the same placeholders as English, and no broken ones', () => {
    for (const [key, text] of texts) {
      expect(placeholders(String(text)), key).toEqual(placeholders(String(english.get(key))));
      expect(String(text).replace(/\{\{\w+\}\}/g, ''), key).not.toMatch(/[{}]/);
    }
  });

  it('marks an access key in the labels that have one in English, and only there', () => {
    for (const [key, text] of texts) {
      const marked = /&[^&\s]/u.test(String(text));
      expect(marked, key).toBe(/&[^&\s]/u.test(String(english.get(key))));
    }
  });
});

describe('French typography', () => {
  const texts = [...flatten(mainText('fr'))];

  it('puts a non-breaking space before : ; ? ! and uses the typographic apostrophe', () => {
    for (const [key, text] of texts) {
      expect(String(text), key).not.toMatch(/[ \S][:;?!](\s|$)/u);
      expect(String(text), key).not.toContain("'");
    }
  });
});

describe('Azerbaijani text', () => {
  it('is written in the Latin alphabet', () => {
    for (const [key, text] of flatten(mainText('az'))) expect(String(text), key).not.toMatch(/\p{Script=Cyrillic}/u);
  });
});

describe('helpers', () => {
  it('fill every placeholder given, and leave a missing one visible', () => {
    expect(fill('About {{appName}}', { appName: 'Charter Review' })).toBe('About Charter Review');
    expect(fill('{{a}} and {{b}}', { a: 1 })).toBe('1 and {{b}}');
  });

  it('accept only the interface languages', () => {
    expect(MAIN_LANGUAGES.every(isMainLanguage)).toBe(true);
    for (const value of ['de', 'EN', 'fr-FR', '', null, 1, ['fr'], { language: 'fr' }]) {
      expect(isMainLanguage(value)).toBe(false);
    }
  });

  it('start in the first system language the app speaks, as the page does', () => {
    expect(systemMainLanguage(['de-DE', 'fr-BE', 'en-GB'])).toBe('fr');
    expect(systemMainLanguage(['az-Latn-AZ'])).toBe('az');
    expect(systemMainLanguage(['ru-RU'])).toBe('en');
    expect(systemMainLanguage([])).toBe('en');
  });
});
