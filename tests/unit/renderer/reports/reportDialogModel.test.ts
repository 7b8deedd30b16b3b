// The report dialog's choices and progress words: the report starts in the interface's language where reports
// can be written in it, and the dialog's sentences follow the interface.
import { afterEach, describe, expect, it } from 'vitest';
import {
  choicesProblem,
  defaultChoices,
  progressLabel,
  requestOf,
} from '../../../../renderer/features/reports/reportDialogModel';
import { i18n } from '../../../../renderer/i18n/i18n';

const CHARTER = ['cepej-charter-2018'];

describe('report dialog model', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('writes the report in French for a French interface, in English otherwise (no Azerbaijani reports yet)', () => {
    expect(defaultChoices(null, CHARTER, 'fr').language).toBe('fr');
    expect(defaultChoices(null, CHARTER, 'en').language).toBe('en');
    expect(defaultChoices('s1', CHARTER, 'az').language).toBe('en');
    expect(requestOf(defaultChoices(null, CHARTER, 'fr'), CHARTER)).toMatchObject({
      kind: 'portfolio',
      language: 'fr',
    });
  });

  it('says what is missing and how far the report is, in the interface’s language', async () => {
    const choices = { ...defaultChoices(null, CHARTER, 'en'), kind: 'system' as const };
    expect(choicesProblem(choices)).toBe('Choose the system to report on.');
    expect(progressLabel({ phase: 'write', done: 2, total: 12 })).toBe('Writing the document — 2 of 12 systems');
    expect(progressLabel({ phase: 'collect', done: 0, total: 1 })).toBe('Reading the answers');
    await i18n.changeLanguage('fr');
    expect(choicesProblem({ ...choices, systemId: 's1', frameworkIds: [] })).toBe(
      'Cochez au moins une liste de contrôle.',
    );
    expect(progressLabel({ phase: 'write', done: 2, total: 12 })).toBe('Rédaction du document — système 2 sur 12');
    await i18n.changeLanguage('az');
    expect(progressLabel({ phase: 'pack', done: 0, total: 0 })).toBe('Word faylı tamamlanır…');
  });
});
