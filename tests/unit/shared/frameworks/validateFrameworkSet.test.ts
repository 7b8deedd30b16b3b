// The set-level checks catch the mistakes a single framework cannot see: clashing ids and a broken crosswalk.
import { describe, expect, it } from 'vitest';
import { builtInFramework } from '../../../../shared/frameworks/builtIn';
import type { FrameworkContent } from '../../../../shared/frameworks/schema';
import { validateFrameworkSet } from '../../../../shared/frameworks/validateFrameworkSet';

function tiny(id: string, items: { local: string; related?: string[] }[]): FrameworkContent {
  const text = { en: 'x', fr: 'x' };
  return {
    id,
    version: '1.0.0',
    title: text,
    shortTitle: text,
    publisher: 'p',
    published: '2024',
    source: { title: 't', reference: 'r' },
    description: text,
    principles: [{ id: 'a', code: 'A', title: text, summary: text, references: [{ document: 'd', section: 's' }] }],
    items: items.map(({ local, related }) => ({
      id: `${id}/${local}`,
      principle: 'a',
      question: text,
      guidance: text,
      references: [{ document: 'd', section: 's' }],
      severity: 'low',
      ...(related ? { related } : {}),
    })),
  };
}

describe('validateFrameworkSet', () => {
  it('accepts symmetric links between two frameworks', () => {
    const set = [tiny('one', [{ local: 'a', related: ['two/a'] }]), tiny('two', [{ local: 'a', related: ['one/a'] }])];
    expect(validateFrameworkSet(set)).toEqual([]);
  });

  it('reports a link that is not returned', () => {
    const set = [tiny('one', [{ local: 'a', related: ['two/a'] }]), tiny('two', [{ local: 'a' }])];
    expect(validateFrameworkSet(set)).toEqual([expect.objectContaining({ code: 'one-way-link', itemId: 'one/a' })]);
  });

  it('reports a link to an item that no framework in the set has', () => {
    const set = [tiny('one', [{ local: 'a', related: ['three/a'] }])];
    expect(validateFrameworkSet(set)).toEqual([expect.objectContaining({ code: 'unknown-link', itemId: 'one/a' })]);
  });

  it('reports a link inside one framework, and duplicated frameworks or item ids', () => {
    const codes = validateFrameworkSet([
      tiny('one', [
        { local: 'a', related: ['one/b'] },
        { local: 'b', related: ['one/a'] },
      ]),
      tiny('one', [{ local: 'c' }]),
    ]).map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['link-within-framework', 'duplicate-framework']));
    const cepej = builtInFramework('cepej-charter-2018');
    if (!cepej) throw new Error('The CEPEJ Charter content is missing.');
    const copy: FrameworkContent = {
      ...cepej,
      id: 'copy',
      items: cepej.items.slice(0, 1).map((i) => ({ ...i, related: undefined })),
    };
    expect(validateFrameworkSet([cepej, copy]).map((p) => p.code)).toContain('duplicate-item');
  });

  it('reports a broken crosswalk when a framework is left out of the shipped set', () => {
    const cepej = builtInFramework('cepej-charter-2018');
    const huderia = builtInFramework('huderia-2024');
    if (!cepej || !huderia) throw new Error('Built-in content is missing.');
    const problems = validateFrameworkSet([cepej, huderia]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.code === 'unknown-link' && p.message.includes('eu-ai-act-deployer/'))).toBe(true);
  });
});
