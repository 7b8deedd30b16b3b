import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReviewEngine } from '../../../shared/engine/ReviewEngine';
import { loadSqlJs } from '../helpers';
import { fieldworkFolder, sha } from '../shared/fieldwork/fieldworkHelpers';
import { runCliCaptured } from './runCliCaptured';

describe('charter-review diff', () => {
  it('lists per system the answers that changed and how each principle moved', async () => {
    const { folder, file, a, b } = await fieldworkFolder();
    const { readFile } = await import('node:fs/promises');
    const next = ReviewEngine.open(await loadSqlJs(), await readFile(file)).engine;
    next.dispatch({ type: 'setAnswer', systemId: a, itemId: 'cepej-charter-2018/p1.1', status: 'compliant' });
    next.dispatch({ type: 'removeSystem', systemId: b });
    next.dispatch({ type: 'addSystem', attributes: { name: 'Transcription' } });
    await writeFile(path.join(folder, 'next.charter'), next.export());
    const before = await sha(file);

    const run = await runCliCaptured(['diff', file, 'next.charter', '--json'], folder);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      systems: {
        id: string;
        name: string;
        presence: string;
        changes: { item: string; from: string; to: string }[];
        principles: { id: string; change: string }[];
      }[];
    };
    const risk = result.systems.find((s) => s.id === a);
    expect(risk?.changes).toEqual([{ item: 'cepej-charter-2018/p1.1', from: 'partial', to: 'compliant' }]);
    expect(risk?.principles.find((p) => p.id === 'cepej-charter-2018/p1')?.change).toBe('improved');
    expect(result.systems.find((s) => s.name === 'Chatbot')?.presence).toBe('disappeared');
    expect(result.systems.find((s) => s.name === 'Transcription')?.presence).toBe('new');
    expect(await sha(file)).toBe(before);

    const text = await runCliCaptured(['diff', file, 'next.charter'], folder);
    expect(text.stdout).toMatch(
      /Risk score:\n {2}P1 improved: 50 → 100\n {2}cepej-charter-2018\/p1\.1: partial → compliant/,
    );
    expect(text.stdout).toMatch(/Chatbot: no longer in the review/);
  });
});
