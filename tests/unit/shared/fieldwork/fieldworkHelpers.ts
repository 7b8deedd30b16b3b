// Helpers for the field-work tests: an office review with a few systems, opening bytes as a review, and the
// whole state of a review (every table but the audit log) to compare before and after.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ReviewEngine } from '../../../../shared/engine/ReviewEngine';
import type { MergeSource } from '../../../../shared/fieldwork';
import { builtInFramework } from '../../../../shared/frameworks/builtIn';
import type { FrameworkContent } from '../../../../shared/frameworks/schema';
import { fixedClock, loadSqlJs, newReview } from '../../helpers';

export const CEPEJ = 'cepej-charter-2018';
export const item = (code: string) => `${CEPEJ}/${code}`;

export function charter(): FrameworkContent {
  const framework = builtInFramework(CEPEJ);
  if (!framework) throw new Error('The CEPEJ Charter is not built in.');
  return framework;
}

/** A review with the Charter only and the named systems; returns the engine and the systems' ids by name. */
export async function officeReview(names: readonly string[], start?: string) {
  const engine = await ReviewEngine.create(
    await loadSqlJs(),
    { title: 'Court of Appeal 2026', organisation: 'Court of Appeal', frameworks: [charter()] },
    { now: fixedClock(start) },
  );
  const ids: Record<string, string> = {};
  for (const name of names) {
    ids[name] =
      engine.dispatch({ type: 'addSystem', attributes: { name, organisation: 'Court of Appeal' } }, 'Officer')
        .createdId ?? '';
  }
  return { engine, ids };
}

export async function openReview(bytes: Uint8Array, start = '2026-04-01T09:00:00.000Z'): Promise<ReviewEngine> {
  return ReviewEngine.open(await loadSqlJs(), bytes, { now: fixedClock(start) }).engine;
}

export async function exportPackage(engine: ReviewEngine, systemIds: string[], by = 'Officer'): Promise<ReviewEngine> {
  return openReview(engine.exportPackage(await loadSqlJs(), { systemIds, exportedBy: by }));
}

export function returned(engine: ReviewEngine, fileName = 'returned.charter'): MergeSource {
  return { fileName, snapshot: engine.fieldworkSnapshot({ evidenceContent: true }) };
}

/** Every row of every table but the audit log (which undo adds to on purpose), in a stable order. */
export async function wholeState(engine: ReviewEngine): Promise<Record<string, string[]>> {
  const db = new (await loadSqlJs()).Database(engine.export());
  try {
    const tables = (db.exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")[0]?.values ?? [])
      .map(([name]) => String(name))
      .filter((name) => name !== 'audit_log' && !name.startsWith('sqlite_'));
    return Object.fromEntries(
      tables.map((table) => {
        const result = db.exec(`SELECT * FROM "${table}"`)[0];
        const rows = (result?.values ?? []).map((row) =>
          JSON.stringify(row.map((value) => (value instanceof Uint8Array ? [...value] : value))),
        );
        return [table, rows.sort()];
      }),
    );
  } finally {
    db.close();
  }
}

export function answerOf(engine: ReviewEngine, systemId: string, itemId: string) {
  return engine.fieldworkSnapshot().answers.find((a) => a.systemId === systemId && a.itemId === itemId) ?? null;
}

/** For the CLI tests: a folder with a review file of two systems, one answered. */
export async function fieldworkFolder() {
  const engine = await newReview();
  const a = engine.dispatch({ type: 'addSystem', attributes: { name: 'Risk score' } }).createdId ?? '';
  const b = engine.dispatch({ type: 'addSystem', attributes: { name: 'Chatbot' } }).createdId ?? '';
  engine.dispatch({
    type: 'setAnswer',
    systemId: a,
    itemId: 'cepej-charter-2018/p1.1',
    status: 'partial',
    justification: 'Civil only.',
  });
  const folder = await mkdtemp(path.join(tmpdir(), 'charter-fieldwork-'));
  const file = path.join(folder, 'review.charter');
  await writeFile(file, engine.export());
  engine.close();
  return { folder, file, a, b };
}

/** SHA-256 of a file, to show an input was left as it was. */
export const sha = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
