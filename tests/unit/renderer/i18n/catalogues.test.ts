// Every message exists in English, French and Azerbaijani, with the same placeholders and every plural form the
// language needs; nothing is left empty.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../../renderer/i18n/languages';
import { NAMESPACES, resources } from '../../../../renderer/i18n/resources';
import { i18n } from '../../../../renderer/i18n/i18n';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value))
      for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1] ?? '').sort();
}

/** Messages by key, plural forms grouped under their base key. */
function messages(language: string, namespace: string): Map<string, Map<string, string>> {
  const byBase = new Map<string, Map<string, string>>();
  for (const [key, text] of flatten(resources[language]?.[namespace])) {
    const form = PLURAL_SUFFIX.exec(key)?.[1] ?? '';
    const base = form ? key.replace(PLURAL_SUFFIX, '') : key;
    if (!byBase.has(base)) byBase.set(base, new Map());
    byBase.get(base)?.set(form, text);
  }
  return byBase;
}

describe('message catalogues', () => {
  const english = Object.fromEntries(NAMESPACES.map((ns) => [ns, messages('en', ns)]));

  it('has messages', () => {
    expect([...Object.values(english)].reduce((n, m) => n + m.size, 0)).toBeGreaterThan(1400);
  });

  for (const { code } of LANGUAGES) {
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;

    it(`${code}: has every English message, and nothing English lacks`, () => {
      for (const ns of NAMESPACES) {
        const here = messages(code, ns);
        expect([...here.keys()].sort(), `${code}/${ns}.json`).toEqual([...(english[ns]?.keys() ?? [])].sort());
      }
    });

    it(`${code}: keeps the placeholders, fills every message and every plural form`, () => {
      const problems: string[] = [];
      for (const ns of NAMESPACES) {
        for (const [base, forms] of messages(code, ns)) {
          const englishForms = english[ns]?.get(base);
          const plural = [...(englishForms?.keys() ?? [])].some((f) => f !== '');
          if (plural) {
            for (const category of categories)
              if (!forms.has(category)) problems.push(`${ns}:${base} has no ${category} form`);
          }
          const expected = placeholders([...(englishForms?.values() ?? [])].join(' ')).filter((p) => p !== 'count');
          for (const [form, text] of forms) {
            if (text.trim() === '') problems.push(`${ns}:${base}${form && `_${form}`} is empty`);
            const here = new Set(placeholders(text));
            for (const name of expected)
              if (!here.has(name)) problems.push(`${ns}:${base}${form && `_${form}`} drops {{${name}}}`);
            for (const name of here)
              if (name !== 'count' && !expected.includes(name))
                problems.push(`${ns}:${base}${form && `_${form}`} has an unknown {{${name}}}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('switches language at run time and formats counts the language’s way', async () => {
    await i18n.changeLanguage('fr');
    expect(i18n.t('common:count.systems', { count: 1200 })).toBe('1\u202f200 systèmes');
    await i18n.changeLanguage('az');
    expect(i18n.t('common:status.compliant')).toBe('Uyğundur');
    await i18n.changeLanguage('en');
    expect(i18n.t('common:count.systems', { count: 1 })).toBe('1 system');
  });
});
