// The field-work screen's words: what a returned file brings, statuses and round changes, in the language the
// interface speaks at the moment they are shown.
import { afterEach, describe, expect, it } from 'vitest';
import { emptyMergeCounts } from '../../../../shared/fieldwork';
import {
  countsText,
  fieldWord,
  modeWord,
  roundWord,
  statusWord,
  whoAndWhen,
} from '../../../../renderer/features/fieldwork/fieldworkWords';
import { i18n } from '../../../../renderer/i18n/i18n';

const brought = { ...emptyMergeCounts(), answers: 3, findingsAdded: 1 };

describe('field-work words', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('says what a returned file brings, only what is there, and "nothing" when empty', () => {
    expect(countsText(brought)).toBe('3 answers, 1 finding added');
    expect(countsText(emptyMergeCounts())).toBe('nothing');
  });

  it('follows a language switch without reloading the module', async () => {
    await i18n.changeLanguage('fr');
    expect(countsText(brought)).toBe('3 réponses, 1 constat ajouté');
    expect(statusWord('partially_integrated')).toBe('Partiellement intégré');
    expect(roundWord('improved')).toBe('▲ En progrès');
    await i18n.changeLanguage('az');
    expect(countsText(emptyMergeCounts())).toBe('heç nə');
    expect(modeWord('new-round')).toBe('Başqa qiymətləndirmə, yeni dövr kimi');
  });

  it('names statuses, fields and sides, and shows values it does not know as stored', () => {
    expect(statusWord('non_compliant')).toBe('Non-compliant');
    expect(statusWord('fully_integrated')).toBe('Fully integrated');
    expect(statusWord('something_new')).toBe('something_new');
    expect(statusWord(null)).toBe('');
    expect(fieldWord('custom_fields')).toBe('Court’s own fields');
    expect(fieldWord('hosting_country')).toBe('Hosting country');
    expect(whoAndWhen({ status: null, justification: '', values: {}, by: '', at: '' })).toBe('someone not named');
    expect(
      whoAndWhen({ status: null, justification: '', values: {}, by: 'Aysel', at: '2026-05-04T09:30:00Z' }),
    ).toMatch(/^Aysel, .*2026/);
  });
});
