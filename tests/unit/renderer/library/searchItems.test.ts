// The library's search: every word must appear, case and accents do not matter, and matches can be marked.
import { describe, expect, it } from 'vitest';
import { builtInFramework } from '../../../../shared/frameworks/builtIn';
import { itemMatches, matchRanges, queryTerms } from '../../../../renderer/features/library/searchItems';

const charter = builtInFramework('cepej-charter-2018');
const items = charter?.items ?? [];

describe('library search', () => {
  it('finds French text typed without accents, and only the items that contain every word', () => {
    const terms = queryTerms('  Securite  DONNEES ');
    expect(terms).toEqual(['securite', 'donnees']);
    const found = items.filter((item) => itemMatches(item, terms, 'fr'));
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(items.length);
    for (const item of found) {
      const text = `${item.question.fr} ${item.guidance.fr}`.toLowerCase();
      expect(text).toMatch(/sécurité/);
    }
  });

  it('matches item ids and source references, not only the question', () => {
    expect(items.filter((item) => itemMatches(item, queryTerms('p3.2'), 'en')).map((item) => item.id)).toEqual([
      'cepej-charter-2018/p3.2',
    ]);
    expect(items.some((item) => itemMatches(item, queryTerms('convention 108+'), 'en'))).toBe(true);
  });

  it('marks matches on the original text, accents included, merging overlaps', () => {
    const text = 'Sécurité des données; la securite';
    expect(matchRanges(text, ['securite']).map(([start, end]) => text.slice(start, end))).toEqual([
      'Sécurité',
      'securite',
    ]);
    expect(matchRanges('abcdef', ['bcd', 'cde'])).toEqual([[1, 5]]);
  });
});
