// `charter-review inventory`: the systems of a review as JSON for scripts and as CSV for Excel, both of
// which import back.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { oneErrorLine, runCliCaptured } from './runCliCaptured';

const FIXTURES = path.resolve(__dirname, '../../fixtures/inventory');

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'charter-cli-import-'));
  for (const name of ['inventory-sample.csv', 'semicolon-fr.csv']) {
    await copyFile(path.join(FIXTURES, name), path.join(folder, name));
  }
  const created = await runCliCaptured(['create', 'review.charter', '--title', 'Supreme Court 2026'], folder);
  expect(created.code).toBe(0);
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function importJson(...args: string[]) {
  const run = await runCliCaptured(['import', 'review.charter', ...args, '--json'], folder);
  return { ...run, json: run.stdout ? (JSON.parse(run.stdout) as Record<string, unknown>) : undefined };
}

async function inventoryJson() {
  const run = await runCliCaptured(['inventory', 'review.charter', '--json'], folder);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(run.stdout) as Record<string, unknown>[];
}

describe('charter-review inventory', () => {
  it('lists nothing for a new review', async () => {
    expect(await inventoryJson()).toEqual([]);
  });

  it('--csv prints RFC 4180 CSV with a byte order mark that imports back unchanged', async () => {
    await importJson('inventory-sample.csv');
    const run = await runCliCaptured(['inventory', 'review.charter', '--csv'], folder);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.startsWith('\uFEFFid,name,organisation,useCategory,country,purpose,stage,')).toBe(true);
    expect(run.stdout.endsWith('\r\n')).toBe(true);
    expect(run.stdout.split('\r\n')).toHaveLength(14);
    expect(run.stdout).toContain(',"Judges, secretaries",');
    expect(run.stdout).toContain('Traduction automatique des pièces');

    await writeFile(path.join(folder, 'export.csv'), run.stdout);
    const again = await importJson('export.csv');
    expect(again.json).toMatchObject({ rowsRead: 12, added: 0, updated: 0, unchanged: 12, errors: [] });
  });

  it('escapes values Excel would run as formulas', async () => {
    await writeFile(path.join(folder, 'formula.csv'), 'System name,Notes\n"=HYPERLINK(""http://x"")",@SUM(1)\n');
    await importJson('formula.csv');
    const run = await runCliCaptured(['inventory', 'review.charter', '--csv'], folder);
    expect(run.stdout).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(run.stdout).toContain(`'@SUM(1)`);
  });

  it('prints a numbered list for a person, and refuses --csv with --json', async () => {
    await importJson('semicolon-fr.csv');
    const run = await runCliCaptured(['inventory', 'review.charter'], folder);
    expect(run.stdout).toBe(
      [
        'review.charter: 3 systems',
        "  1. Traduction automatique des pièces — Cour d'appel de Strasbourg (pilot, LinguaJuris)",
        '  2. Pseudonymisation des décisions — Cour de cassation (production, in-house)',
        '  3. Orientation des requêtes — Tribunal judiciaire de Lyon (idea, JurisTech)',
        '',
      ].join('\n'),
    );
    const both = await runCliCaptured(['inventory', 'review.charter', '--csv', '--json'], folder);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(oneErrorLine('usage'));
  });

  it('reads our own JSON back as an import', async () => {
    await importJson('inventory-sample.csv');
    const list = await runCliCaptured(['inventory', 'review.charter', '--json'], folder);
    await writeFile(path.join(folder, 'systems.json'), list.stdout);
    const again = await importJson('systems.json');
    expect(again.json).toMatchObject({ rowsRead: 12, unchanged: 12, errors: [] });
    expect(await readFile(path.join(folder, 'systems.json'), 'utf8')).toContain('"customFields": {}');
  });
});
