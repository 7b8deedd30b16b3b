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
    const { message, detail } = aboutMessage({
      appName: 'Charter Review',
      version: '0.1.0',
      runtime: { electron: '41.7.1', chrome: '146.0.0.0', node: '24.1.0' },
      notice,
    });

    expect(message).toBe('Charter Review');
    expect(detail).toContain('Version 0.1.0');
    expect(detail).toContain('Electron 41.7.1 · Chromium 146.0.0.0 · Node.js 24.1.0');
    expect(detail).toContain('under the EUPL-1.2 licence');
    expect(detail).toContain('4 open-source components: MIT (2), Apache-2.0 (1), OFL-1.1 (1)');
  });

  it('says so when this copy was built without the licence notice', () => {
    const { detail } = aboutMessage({ appName: 'Charter Review', version: '0.1.0', runtime: {}, notice: null });
    expect(detail).toMatch(/was not built/);
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
