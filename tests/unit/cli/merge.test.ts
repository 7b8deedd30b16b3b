import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { loadSqlJs, newReview } from '../helpers';
import { fieldworkFolder, sha } from '../shared/fieldwork/fieldworkHelpers';
import { oneErrorLine, runCliCaptured } from './runCliCaptured';

const P11 = 'cepej-charter-2018/p1.1';

async function withReturnedPackage() {
  const setup = await fieldworkFolder();
  const made = await runCliCaptured(
    ['package', setup.file, '--systems', setup.a, '--out', 'assessor.charter'],
    setup.folder,
  );
  expect(made.code).toBe(0);
  const sql = await loadSqlJs();
  const packagePath = path.join(setup.folder, 'assessor.charter');
  const pkg = ReviewEngine.open(sql, await readFile(packagePath)).engine;
  pkg.dispatch(
    { type: 'setAnswer', systemId: setup.a, itemId: 'cepej-charter-2018/p2.1', status: 'compliant' },
    'Assessor',
  );
  pkg.dispatch(
    { type: 'addFinding', systemId: setup.a, severity: 'low', description: 'Logs kept too long.' },
    'Assessor',
  );
  return { ...setup, sql, pkg, packagePath };
}

const open = async (file: string) => ReviewEngine.open(await loadSqlJs(), await readFile(file)).engine;

describe('charter-review merge', () => {
  it('writes the merged review to --into, takes the assessor’s work and leaves the inputs unchanged', async () => {
    const { folder, file, a, pkg, packagePath } = await withReturnedPackage();
    await writeFile(packagePath, pkg.export());
    const before = [await sha(file), await sha(packagePath)];
    const run = await runCliCaptured(['merge', file, packagePath, '--into', 'merged.charter', '--json'], folder);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { merged: number; conflicts: unknown[]; into: string };
    expect(result).toMatchObject({ merged: 2, conflicts: [], into: path.join(folder, 'merged.charter') });
    const merged = await open(result.into);
    expect(merged.findings(a).map((f) => f.description)).toEqual(['Logs kept too long.']);
    expect(merged.auditLog(1)[0]?.payload).toContain('assessor.charter');
    expect([await sha(file), await sha(packagePath)]).toEqual(before);

    // Merging the merged file with the same package again changes nothing.
    const again = await runCliCaptured(
      ['merge', 'merged.charter', packagePath, '--into', 'again.charter', '--json'],
      folder,
    );
    expect(JSON.parse(again.stdout)).toMatchObject({ merged: 0, conflicts: [], rowsWritten: 0 });
  });

  it('leaves conflicts as ours, lists them in the contract shape and exits 1', async () => {
    const { folder, file, a, pkg, packagePath } = await withReturnedPackage();
    pkg.dispatch(
      { type: 'setAnswer', systemId: a, itemId: P11, status: 'non_compliant', justification: 'Criminal cases too.' },
      'Assessor',
    );
    await writeFile(packagePath, pkg.export());
    const office = await open(file);
    office.dispatch(
      { type: 'setAnswer', systemId: a, itemId: P11, status: 'compliant', justification: 'Extended.' },
      'Officer',
    );
    await writeFile(file, office.export());

    const run = await runCliCaptured(['merge', file, packagePath, '--into', 'merged.charter', '--json'], folder);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as {
      conflicts: {
        system: string;
        item: string;
        ours: { status: string; by: string };
        theirs: { status: string; by: string };
      }[];
    };
    expect(result.conflicts).toEqual([
      expect.objectContaining({
        system: a,
        item: P11,
        ours: expect.objectContaining({ status: 'compliant', by: 'Officer' }),
        theirs: expect.objectContaining({
          status: 'non_compliant',
          by: 'Assessor',
          justification: 'Criminal cases too.',
        }),
      }),
    ]);
    const merged = await open(path.join(folder, 'merged.charter'));
    expect(merged.checklist(a).frameworks[0]?.principles[0]?.items[0]).toMatchObject({ status: 'compliant' });
    expect(merged.findings(a)).toHaveLength(1);

    const text = await runCliCaptured(['merge', file, packagePath, '--into', 'merged-text.charter'], folder);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/1 conflict left as in the target \(ours\):\n {2}p1\.1 of Risk score/);
    expect(text.stdout).toMatch(/theirs: non_compliant “Criminal cases too\.” \(Assessor/);
  });

  it('refuses a file of another review unless --new-round, writing nothing (exit 2)', async () => {
    const { folder, file } = await fieldworkFolder();
    const other = await newReview('Last year');
    other.dispatch({ type: 'addSystem', attributes: { name: 'Old portal' } });
    await writeFile(path.join(folder, 'last-year.charter'), other.export());
    const refused = await runCliCaptured(['merge', file, 'last-year.charter', '--into', 'merged.charter'], folder);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(oneErrorLine('different-review'));
    await expect(readFile(path.join(folder, 'merged.charter'))).rejects.toThrow();
    const accepted = await runCliCaptured(
      ['merge', file, 'last-year.charter', '--into', 'merged.charter', '--new-round', '--json'],
      folder,
    );
    expect(accepted.code).toBe(0);
    expect((await open(path.join(folder, 'merged.charter'))).systems().map((s) => s.name)).toContain('Old portal');
  });

  it('refuses to write over an input, and a returned file from a newer version', async () => {
    const { folder, file, packagePath, pkg } = await withReturnedPackage();
    await writeFile(packagePath, pkg.export());
    const over = await runCliCaptured(['merge', file, packagePath, '--into', file], folder);
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(oneErrorLine('usage'));
    const sql = await loadSqlJs();
    const db = new sql.Database(await readFile(packagePath));
    db.run('PRAGMA user_version = 99');
    await writeFile(path.join(folder, 'newer.charter'), db.export());
    db.close();
    const newer = await runCliCaptured(['merge', file, 'newer.charter', '--into', 'merged.charter'], folder);
    expect(newer.code).toBe(2);
    expect(newer.stderr).toMatch(oneErrorLine('newer-version'));
    const none = await runCliCaptured(['merge', file, '--into', 'merged.charter'], folder);
    expect(none.stderr).toMatch(oneErrorLine('usage'));
  });
});
