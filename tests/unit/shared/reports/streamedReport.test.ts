import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSqlJs } from '../../../../cli/sqlJsNode';
import type { ReviewEngine } from '../../../../shared/engine/ReviewEngine';
import { generateReport } from '../../../../shared/reports';
import { fileOf, largePortfolio, readDocx } from './reportFixtures';

const NOW = new Date('2026-03-02T10:00:00Z');

/** Where two texts first differ, with a little of each around it; null when they are the same. */
function firstDifference(expected: string, actual: string) {
  if (expected === actual) return null;
  let at = 0;
  while (expected[at] === actual[at]) at += 1;
  return { at, expected: expected.slice(at - 80, at + 80), actual: actual.slice(at - 80, at + 80) };
}

/** Every part of a DOCX by name; the bookmark numbers of the headings (counted per process) are renumbered. */
async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    const ids = new Map<string, number>();
    const text = (await zip.file(name)?.async('string')) ?? '';
    parts.set(
      name,
      text
        .replace(/_Toc(\d+)/g, (_all, id: string) => `_Toc${ids.get(id) ?? ids.set(id, ids.size).size - 1}`)
        .replace(/(<w:bookmark(?:Start|End)[^>]*w:id=")\d+/g, '$1#'),
    );
  }
  return parts;
}

describe('a long portfolio report written a piece at a time', () => {
  let engine: ReviewEngine;
  let previous: Uint8Array;

  beforeAll(async () => {
    // More systems than the contents list one by one, so the body is written in pieces.
    engine = await largePortfolio(45);
    previous = engine.export();
    const systems = engine.systems();
    for (const [index, system] of systems.slice(0, 6).entries()) {
      engine.dispatch({
        type: 'addFinding',
        systemId: system.id,
        severity: index % 2 === 0 ? 'high' : 'medium',
        description: `Scores <& "quoted"> \u0007 and ‘curly’ text — for ${system.name}`,
        recommendation: 'Publish the model card.',
      });
    }
    engine.dispatch({
      type: 'signOff',
      systemId: systems[0]?.id ?? '',
      person: 'Ana Ruiz',
      role: 'assessor',
      statement: 'Seen.',
    });
  }, 120_000);

  it('is the same document as the one built whole, with the appendix and the progress since last round', async () => {
    const report = async (streamBody: boolean) =>
      generateReport(
        engine,
        { kind: 'portfolio', language: 'fr', appendix: true },
        {
          file: fileOf(engine, 'national.charter'),
          now: NOW,
          estimatePages: false,
          streamBody,
          previousRound: { name: 'last year.charter', bytes: previous, sql: await loadSqlJs() },
        },
      );
    const whole = await partsOf((await report(false)).bytes);
    const streamed = await partsOf((await report(true)).bytes);
    expect([...streamed.keys()]).toEqual([...whole.keys()]);
    // The parts docx writes with the time of writing are left aside.
    whole.delete('docProps/core.xml');
    for (const [name, xml] of whole) expect(firstDifference(xml, streamed.get(name) ?? ''), name).toBeNull();
    // The pieces are there: every system's summary, its findings, and the long tables.
    const document = whole.get('word/document.xml') ?? '';
    expect(document).toContain('Scores &lt;&amp; &quot;quoted&quot;&gt;  and ‘curly’ text — for System 0001');
    expect(document.match(/System 0045/g)?.length).toBeGreaterThanOrEqual(4);
  }, 120_000);

  it('still reports progress per system and can be cancelled while writing', async () => {
    const seen: number[] = [];
    const signal = { aborted: false };
    const writing = generateReport(
      engine,
      { kind: 'portfolio', language: 'en' },
      {
        file: fileOf(engine),
        estimatePages: false,
        signal,
        onProgress: (progress) => {
          if (progress.phase !== 'write') return;
          seen.push(progress.done);
          if (progress.done > 0) signal.aborted = true;
        },
      },
    );
    await expect(writing).rejects.toMatchObject({ code: 'cancelled' });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBeGreaterThan(0);
  });

  it('lists in the contents the headings of the parts written apart', async () => {
    const report = await generateReport(
      engine,
      { kind: 'portfolio', language: 'en' },
      { file: fileOf(engine), now: NOW, estimatePages: false },
    );
    const parts = await readDocx(report.bytes);
    const contents = parts.document.slice(0, parts.document.indexOf('</w:sdt>'));
    for (const heading of ['Executive summary', 'Heat map of scores by principle', 'Combined action plan']) {
      expect(contents).toContain(`>${heading}</w:t>`);
    }
  });
});
