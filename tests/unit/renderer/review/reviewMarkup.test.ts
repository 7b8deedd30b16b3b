import type { ParseKeys } from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, Trans } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../../renderer/i18n/i18n';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

function render(i18nKey: ParseKeys<'review'>, values?: Record<string, string>): string {
  const kbd = createElement('kbd');
  const strong = createElement('strong');
  return renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(Trans, { ns: 'review', i18nKey, values, components: { kbd, strong } }),
    ),
  );
}

describe('checklist sentences with markup', () => {
  it('shows the keyboard hint with each key marked, in English as before and in French', async () => {
    expect(render('screen.keyHint')).toBe(
      'Keys: <kbd>1</kbd>–<kbd>5</kbd> answer · <kbd>J</kbd>/<kbd>K</kbd> next/previous item · <kbd>N</kbd> justification · <kbd>Esc</kbd> back to the item',
    );
    await i18n.changeLanguage('fr');
    expect(render('screen.keyHint')).toContain('<kbd>J</kbd>/<kbd>K</kbd> point suivant/précédent');
  });

  it('marks the decision and the suggested level in bold', () => {
    expect(render('applicability.overrideLeftOut')).toBe(
      '<strong>Left out for this system</strong> by the reviewer&#x27;s decision.',
    );
    expect(render('integration.suggested', { level: 'Fully integrated' })).toBe(
      'suggested <strong>Fully integrated</strong> — not confirmed',
    );
  });
});
