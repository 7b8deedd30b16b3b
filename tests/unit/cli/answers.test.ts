import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { loadSqlJs, newReview } from '../helpers';
import { runCliCaptured } from './runCliCaptured';

async function reviewFile() {
  const engine = await newReview();
  const a = engine.dispatch({ type: 'addSystem', attributes: { name: 'Chatbot' } }).createdId ?? '';
  const b = engine.dispatch({ type: 'addSystem', attributes: { name: 'Transcription' } }).createdId ?? '';
  engine.dispatch({ type: 'setAnswer', systemId: a, itemId: 'cepej-charter-2018/p1.1', status: 'compliant' });
  const folder = await mkdtemp(path.join(tmpdir(), 'charter-answers-'));
  const file = path.join(folder, 'review.charter');
  await writeFile(file, engine.export());
  return { folder, file, a, b };
}

const sha = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

describe('charter-review answers', () => {
  it('exports one row per system and applicable item, with the answers given', async () => {
    const { folder, file, a } = await reviewFile();
    const run = await runCliCaptured(['answers', file, 'export', '--json'], folder);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as { system_id: string; item: string; status: string }[];
    expect(rows.find((r) => r.system_id === a && r.item === 'cepej-charter-2018/p1.1')?.status).toBe('compliant');
    expect(new Set(rows.map((r) => r.system_id)).size).toBe(2);
    const csv = await runCliCaptured(['answers', file, 'export', '--csv'], folder);
    expect(csv.stdout.startsWith('\uFEFFsystem_id,system,framework,principle,item,question,status,justification')).toBe(
      true,
    );
  });

  it('imports an edited spreadsheet: applies the changed rows, reports unknown ones by row, touches nothing else', async () => {
    const { folder, file, a, b } = await reviewFile();
    const sheet = path.join(folder, 'answers.csv');
    await writeFile(
      sheet,
      [
        'system_id,system,item,status,justification',
        `${a},Chatbot,cepej-charter-2018/p1.1,compliant,`,
        `,Transcription,cepej-charter-2018/p2.1,Non conforme,Pas de test de biais`,
        `${b},Transcription,cepej-charter-2018/p9.9,compliant,`,
        `,Unknown system,cepej-charter-2018/p1.1,compliant,`,
        `${b},Transcription,cepej-charter-2018/p1.1,maybe,`,
      ].join('\n'),
    );
    const run = await runCliCaptured(['answers', file, 'import', sheet, '--json'], folder);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as {
      rowsRead: number;
      applied: number;
      unchanged: number;
      errors: { row: number }[];
    };
    expect(result).toMatchObject({ rowsRead: 5, applied: 1, unchanged: 1 });
    expect(result.errors.map((e) => e.row)).toEqual([4, 5, 6]);

    const engine = ReviewEngine.open(await loadSqlJs(), await readFile(file)).engine;
    const item = engine
      .checklist(b)
      .frameworks[0]?.principles.flatMap((p) => p.items)
      .find((i) => i.id === 'cepej-charter-2018/p2.1');
    expect(item).toMatchObject({ status: 'non_compliant', justification: 'Pas de test de biais' });
    // The whole import is one change in the audit trail (and so one Undo in the app).
    expect(engine.auditLog()[0]).toMatchObject({ command: 'setAnswers' });
    expect(engine.auditLog()[1]?.command).not.toBe('setAnswers');
  });

  it('--dry-run reports without writing', async () => {
    const { folder, file, b } = await reviewFile();
    const sheet = path.join(folder, 'answers.csv');
    await writeFile(sheet, `system_id,item,status\n${b},cepej-charter-2018/p1.1,partial\n`);
    const before = await sha(file);
    const run = await runCliCaptured(['answers', file, 'import', sheet, '--dry-run', '--json'], folder);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ rowsRead: 1, applied: 0, dryRun: true });
    expect(await sha(file)).toBe(before);
  });
});

describe('answering several items in one step', () => {
  it('applies every answer of a batch and undoes them together', async () => {
    const engine = await newReview();
    const a = engine.dispatch({ type: 'addSystem', attributes: { name: 'A' } }).createdId ?? '';
    const b = engine.dispatch({ type: 'addSystem', attributes: { name: 'B' } }).createdId ?? '';
    engine.dispatch({
      type: 'setAnswers',
      answers: [a, b].map((systemId) => ({
        systemId,
        itemId: 'cepej-charter-2018/p1.1',
        status: 'compliant' as const,
      })),
      source: 'apply to several systems',
    });
    expect(engine.scores().portfolio.overall.counts.compliant).toBe(2);
    engine.undo();
    expect(engine.scores().portfolio.overall.counts.compliant).toBe(0);
  });

  it('changes nothing when one answer of the batch is refused', async () => {
    const engine = await newReview();
    const a = engine.dispatch({ type: 'addSystem', attributes: { name: 'A' } }).createdId ?? '';
    expect(() =>
      engine.dispatch({
        type: 'setAnswers',
        answers: [
          { systemId: a, itemId: 'cepej-charter-2018/p1.1', status: 'compliant' },
          { systemId: a, itemId: 'cepej-charter-2018/nope', status: 'compliant' },
        ],
      }),
    ).toThrow(/no checklist item/);
    expect(engine.scores().portfolio.overall.counts.compliant).toBe(0);
  });
});

describe('copying answers between systems', () => {
  it('copies given answers, keeping the target answers unless asked to overwrite, as one undoable step', async () => {
    const engine = await newReview();
    const from = engine.dispatch({ type: 'addSystem', attributes: { name: 'Court A chatbot' } }).createdId ?? '';
    const to = engine.dispatch({ type: 'addSystem', attributes: { name: 'Court B chatbot' } }).createdId ?? '';
    engine.dispatch({ type: 'setAnswer', systemId: from, itemId: 'cepej-charter-2018/p1.1', status: 'compliant' });
    engine.dispatch({
      type: 'setAnswer',
      systemId: from,
      itemId: 'cepej-charter-2018/p1.3',
      status: 'partial',
      justification: 'Half',
    });
    engine.dispatch({
      type: 'setAnswer',
      systemId: to,
      itemId: 'cepej-charter-2018/p1.3',
      status: 'non_compliant',
      justification: 'Own',
    });
    engine.dispatch({ type: 'copyAnswers', fromSystemId: from, toSystemIds: [to], overwrite: false });
    const items = () => new Map(engine.checklist(to).frameworks[0]?.principles[0]?.items.map((i) => [i.id, i]));
    expect(items().get('cepej-charter-2018/p1.1')?.status).toBe('compliant');
    expect(items().get('cepej-charter-2018/p1.3')).toMatchObject({ status: 'non_compliant', justification: 'Own' });
    engine.undo();
    expect(items().get('cepej-charter-2018/p1.1')?.status).toBe('not_reviewed');
    engine.dispatch({ type: 'copyAnswers', fromSystemId: from, toSystemIds: [to], overwrite: true });
    expect(items().get('cepej-charter-2018/p1.3')).toMatchObject({ status: 'partial', justification: 'Half' });
  });
});
