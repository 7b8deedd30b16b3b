// Text search over checklist items: every word of the query must appear, ignoring case and accents,
// so "securite" finds "sécurité".
import { type ChecklistItem, type ContentLanguage, localise } from '../../../shared/frameworks/schema';

/** Lower case without diacritics; `starts[k]`/`ends[k]` give the span of the original text behind `text[k]`. */
export function foldForSearch(text: string): { text: string; starts: number[]; ends: number[] } {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of text) {
    const plain = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (let k = 0; k < plain.length; k += 1) {
      starts.push(index);
      ends.push(index + char.length);
    }
    folded += plain;
    index += char.length;
  }
  return { text: folded, starts, ends };
}

/** The words of a query, folded; an empty list means "no search". */
export function queryTerms(query: string): string[] {
  return foldForSearch(query)
    .text.split(/\s+/)
    .filter((term) => term !== '');
}

/** Everything a search looks at in one item: its id, question, guidance and references. */
export function searchableText(item: ChecklistItem, language: ContentLanguage): string {
  return [
    item.id,
    localise(item.question, language),
    localise(item.guidance, language),
    ...item.references.map((ref) => `${ref.document} ${ref.section}`),
  ].join('\n');
}

export function itemMatches(item: ChecklistItem, terms: readonly string[], language: ContentLanguage): boolean {
  if (terms.length === 0) return true;
  const folded = foldForSearch(searchableText(item, language)).text;
  return terms.every((term) => folded.includes(term));
}

/** Where the terms occur in a text, as merged [start, end) ranges of the original string. */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  const folded = foldForSearch(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    let from = folded.text.indexOf(term);
    while (from !== -1) {
      const start = folded.starts[from];
      const end = folded.ends[from + term.length - 1];
      if (start !== undefined && end !== undefined) ranges.push([start, end]);
      from = folded.text.indexOf(term, from + term.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
