// What the inventory table shows: filters, accent-blind search, sorting with blanks last, and tick ranges.
import { describe, expect, it } from 'vitest';
import type { SystemRecord } from '../../../../shared/model/system';
import {
  NO_FILTERS,
  filterSystems,
  nextSort,
  organisationsOf,
  rangeOfIds,
  sortSystems,
  visibleSystems,
} from '../../../../renderer/features/inventory/inventoryView';

function system(id: string, values: Partial<SystemRecord>): SystemRecord {
  return {
    id,
    name: id,
    organisation: '',
    country: '',
    purpose: '',
    stage: null,
    providerType: null,
    providerName: '',
    useCategory: null,
    useCategoryReason: '',
    useCategorySource: null,
    automation: null,
    dataProcessed: null,
    legalAreas: null,
    users: '',
    hosting: '',
    contact: '',
    goLive: '',
    notes: '',
    customFields: {},
    createdAt: '',
    updatedAt: '',
    ...values,
  };
}

const SYSTEMS = [
  system('a', { name: 'Hearing transcription', organisation: 'Baku Court of Appeal', stage: 'pilot' }),
  system('b', { name: 'Traduction des pièces', organisation: "Cour d'appel de Strasbourg", stage: 'pilot' }),
  system('c', { name: 'Anonymiser', organisation: 'Supreme Court', stage: 'production', useCategory: 'encouraged' }),
  system('d', { name: 'Case allocation 10', stage: null, notes: 'Random allocation must be preserved' }),
  system('e', { name: 'Case allocation 9', stage: 'idea', customFields: { 'Asset ID': 'A-77' } }),
];
const names = (systems: readonly SystemRecord[]) => systems.map((s) => s.name);

describe('inventory filters and search', () => {
  it('filters by stage, by "not stated", by category and by organisation', () => {
    expect(names(filterSystems(SYSTEMS, { ...NO_FILTERS, stage: 'pilot' }))).toEqual([
      'Hearing transcription',
      'Traduction des pièces',
    ]);
    expect(names(filterSystems(SYSTEMS, { ...NO_FILTERS, stage: 'none' }))).toEqual(['Case allocation 10']);
    expect(names(filterSystems(SYSTEMS, { ...NO_FILTERS, category: 'encouraged' }))).toEqual(['Anonymiser']);
    expect(filterSystems(SYSTEMS, { ...NO_FILTERS, category: 'none' })).toHaveLength(4);
    expect(names(filterSystems(SYSTEMS, { ...NO_FILTERS, organisation: 'Supreme Court' }))).toEqual(['Anonymiser']);
  });

  it('finds text typed without accents or capitals, in notes and custom fields too, every word required', () => {
    expect(names(filterSystems(SYSTEMS, { ...NO_FILTERS, search: 'PIECES strasbourg' }))).toEqual([
      'Traduction des pièces',
    ]);
    expect(names(filterSystems(SYSTEMS, { ...NO_FILTERS, search: 'cour d’appel' }))).toEqual(['Traduction des pièces']);
    expect(names(filterSystems(SYSTEMS, { ...NO_FILTERS, search: 'preserved' }))).toEqual(['Case allocation 10']);
    expect(names(filterSystems(SYSTEMS, { ...NO_FILTERS, search: 'a-77' }))).toEqual(['Case allocation 9']);
    expect(filterSystems(SYSTEMS, { ...NO_FILTERS, search: 'pilot nowhere' })).toEqual([]);
  });

  it('combines filters with the search', () => {
    expect(names(filterSystems(SYSTEMS, { ...NO_FILTERS, stage: 'pilot', search: 'baku' }))).toEqual([
      'Hearing transcription',
    ]);
  });
});

describe('inventory sorting', () => {
  it('sorts names naturally (9 before 10) and stages in lifecycle order, blanks last both ways', () => {
    expect(names(sortSystems(SYSTEMS, { column: 'name', direction: 'ascending' }))).toEqual([
      'Anonymiser',
      'Case allocation 9',
      'Case allocation 10',
      'Hearing transcription',
      'Traduction des pièces',
    ]);
    expect(names(sortSystems(SYSTEMS, { column: 'stage', direction: 'ascending' }))).toEqual([
      'Case allocation 9',
      'Hearing transcription',
      'Traduction des pièces',
      'Anonymiser',
      'Case allocation 10',
    ]);
    expect(names(sortSystems(SYSTEMS, { column: 'stage', direction: 'descending' }))).toEqual([
      'Anonymiser',
      'Hearing transcription',
      'Traduction des pièces',
      'Case allocation 9',
      'Case allocation 10',
    ]);
  });

  it('keeps the review’s order without a sort, and cycles ascending → descending → none on header clicks', () => {
    expect(visibleSystems(SYSTEMS, NO_FILTERS, null)).toEqual(SYSTEMS);
    const first = nextSort(null, 'organisation');
    expect(first).toEqual({ column: 'organisation', direction: 'ascending' });
    const second = nextSort(first, 'organisation');
    expect(second).toEqual({ column: 'organisation', direction: 'descending' });
    expect(nextSort(second, 'organisation')).toBeNull();
    expect(nextSort(second, 'stage')).toEqual({ column: 'stage', direction: 'ascending' });
  });

  it('lists each organisation once, alphabetically, for the filter', () => {
    expect(organisationsOf(SYSTEMS)).toEqual(['Baku Court of Appeal', "Cour d'appel de Strasbourg", 'Supreme Court']);
  });
});

describe('tick ranges', () => {
  it('a Shift-click ticks every row between the two, in the order shown, whichever comes first', () => {
    const shown = sortSystems(SYSTEMS, { column: 'name', direction: 'ascending' });
    expect(rangeOfIds(shown, 'c', 'd')).toEqual(['c', 'e', 'd']);
    expect(rangeOfIds(shown, 'd', 'c')).toEqual(['c', 'e', 'd']);
    expect(rangeOfIds(shown, 'gone', 'a')).toEqual(['a']);
  });
});
