// No user-facing text written straight into interface code: every word a person reads comes from a catalogue.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHardCodedText } from './hardCodedText';

const ROOT = join(__dirname, '../../../..');
const RENDERER = join(ROOT, 'renderer');

function interfaceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : interfaceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('hard-coded interface text', () => {
  it('finds text in JSX, spoken attributes, sentences and counted phrases', () => {
    const code = `
      const a = <p>Saved</p>;
      const b = <button aria-label="Close the review" className="button-primary">{t('x')}</button>;
      const c = { title: 'Preparing the sample review…' };
      const d = \`\${n} changes left\`;
      const e = <img alt="" className="wide narrow" />;
      const f = t('app:notice.saved'); const g = 'checklists'; type H = 'Some type text';
      const k = document.querySelector('[data-view="Two words"]');
      // i18n-exempt: shown only to developers
      throw new Error('The page has no root.');
    `;
    expect(findHardCodedText('sample.tsx', code).map((f) => f.text)).toEqual([
      'Saved',
      'Close the review',
      'Preparing the sample review…',
      'X changes left',
    ]);
  });

  it('is absent from every file of the interface', () => {
    const found = interfaceFiles(RENDERER).flatMap((path) =>
      findHardCodedText(relative(ROOT, path), readFileSync(path, 'utf8')),
    );
    expect(found.map((f) => `${f.file}:${f.line} ${f.text}`)).toEqual([]);
  });
});
