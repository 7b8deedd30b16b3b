import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../../renderer/i18n/i18n';
import { STATUS_CHOICES, statusLabel } from '../../../../renderer/features/review/statusLabels';
import { formatSize } from '../../../../renderer/features/review/formatSize';
import { categoryTitle } from '../../../../renderer/features/review/categoryTitle';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('words of the checklist screen', () => {
  it('names the answer statuses in the interface language, with the same number keys in every language', async () => {
    expect(STATUS_CHOICES.map((c) => `${c.key} ${c.label}`)).toEqual([
      '1 Compliant',
      '2 Partial',
      '3 Non-compliant',
      '4 Not applicable',
      '5 Not reviewed',
    ]);
    await i18n.changeLanguage('fr');
    expect(STATUS_CHOICES.map((c) => `${c.key} ${c.label}`)).toEqual([
      '1 Conforme',
      '2 Partiel',
      '3 Non conforme',
      '4 Non applicable',
      '5 Non évalué',
    ]);
    await i18n.changeLanguage('az');
    expect(statusLabel('compliant')).toBe('Uyğundur');
  });

  it('writes file sizes as before in English, and with French units and decimal comma in French', async () => {
    expect([formatSize(512), formatSize(1536), formatSize(2 * 1024 * 1024)]).toEqual(['512 B', '1.5 KB', '2.0 MB']);
    await i18n.changeLanguage('fr');
    expect([formatSize(512), formatSize(1536)]).toEqual(['512 o', '1,5 Ko']);
  });

  it('names the Appendix II group in the content language, and says in the interface language when there is none', async () => {
    expect(categoryTitle('encouraged', 'en')).toBe('Uses to be encouraged');
    expect(categoryTitle('encouraged', 'fr')).not.toBe('Uses to be encouraged');
    expect(categoryTitle(null, 'en')).toBe('Not classified yet');
    await i18n.changeLanguage('fr');
    expect(categoryTitle(null, 'fr')).toBe('Pas encore classé');
  });
});
