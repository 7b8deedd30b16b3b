import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { aboutMessage, licenceSummary, readLicenceNotice, type LicenceNotice } from '../../../electron/aboutDialog';
import { useTempFolders } from './tempFolder';

const tempFolder = useTempFolders();

const notice: LicenceNotice = {
  app: { name: 'Charter Review', version: '0.1.0', license: 'EUPL-1.2' },
  components: [
    { name: 'react', version: '19.3.1', license: 'MIT', usedBy: ['renderer'] },
    { name: 'zod', version: '4.6.7', license: 'MIT', usedBy: ['main', 'renderer'] },
    { name: 'comlink', version: '4.4.2', license: 'Apache-2.0', usedBy: ['renderer'] },
    { name: '@fontsource-variable/inter', version: '5.3.0', license: 'OFL-1.1', usedBy: ['renderer'] },
  ],
};

describe('Help → About', () => {
  it('gives the version, the runtime and the licences of what is bundled', () => {
    const { message, detail } = aboutMessage(
      {
        appName: 'Charter Review',
        version: '0.1.0',
        runtime: { electron: '41.7.1', chrome: '146.0.0.0', node: '24.1.0' },
        notice,
      },
      'en',
    );

    expect(message).toBe('Charter Review');
    expect(detail).toContain('Version 0.1.0');
    expect(detail).toContain('Electron 41.7.1 · Chromium 146.0.0.0 · Node.js 24.1.0');
    expect(detail).toContain('under the EUPL-1.2 licence');
    expect(detail).toContain('4 open-source components: MIT (2), Apache-2.0 (1), OFL-1.1 (1)');
  });

  it('says so when this copy was built without the licence notice', () => {
    const { detail } = aboutMessage({ appName: 'Charter Review', version: '0.1.0', runtime: {}, notice: null }, 'en');
    expect(detail).toMatch(/was not built/);
  });

  it('is written in the interface language, numbers and all', () => {
    const mitComponent = { name: 'react', version: '19.3.1', license: 'MIT', usedBy: ['renderer'] };
    const facts = {
      appName: 'Charter Review',
      version: '0.1.0',
      runtime: { electron: '41.7.1' },
      notice: { ...notice, components: Array.from({ length: 1200 }, () => mitComponent) },
    };

    const french = aboutMessage(facts, 'fr').detail;
    expect(french).toContain('Version 0.1.0');
    expect(french).toContain('Charter Review est un logiciel libre distribué sous la licence EUPL-1.2.');
    expect(french).toContain('Il intègre 1\u202f200 composants open source\u00a0: MIT (1200).');
    expect(french).toContain('Aide → Licences des composants intégrés');

    const azerbaijani = aboutMessage(facts, 'az').detail;
    expect(azerbaijani).toContain('Versiya 0.1.0');
    expect(azerbaijani).toContain('Tərkibində 1.200 açıq mənbəli komponent var: MIT (1200).');
    expect(azerbaijani).not.toMatch(/bundles|licence/);
  });

  it('uses the singular where the language has one', () => {
    const single = { ...notice, components: notice.components.slice(0, 1) };
    const facts = { appName: 'Charter Review', version: '0.1.0', runtime: {}, notice: single };
    expect(aboutMessage(facts, 'en').detail).toContain('It bundles 1 open-source component: MIT (1).');
    expect(aboutMessage(facts, 'fr').detail).toContain('Il intègre 1 composant open source\u00a0: MIT (1).');
  });

  it('orders licences by how many components use them', () => {
    expect(licenceSummary(notice)).toBe('MIT (2), Apache-2.0 (1), OFL-1.1 (1)');
  });

  it('reads the notice the build wrote, and ignores a missing or damaged one', async () => {
    const folder = await tempFolder();
    const file = path.join(folder, 'licenses.json');
    expect(readLicenceNotice(file)).toBeNull();
    writeFileSync(file, JSON.stringify(notice));
    expect(readLicenceNotice(file)).toEqual(notice);
    writeFileSync(file, '{"app":');
    expect(readLicenceNotice(file)).toBeNull();
  });
});
