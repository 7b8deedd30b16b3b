import { beforeAll, describe, expect, it } from 'vitest';
import { type ReportProgress, generateReport, reportText } from '../../../../shared/reports';
import { principleLabel } from '../../../../shared/reports/renderReportDocx';
import {
  type DocxParts,
  type SampleReview,
  expectTablesWithinMargins,
  fileOf,
  largePortfolio,
  readDocx,
  sampleReview,
  textOf,
} from './reportFixtures';

const NOW = new Date('2026-03-02T10:00:00Z');
let sample: SampleReview;

beforeAll(async () => {
  sample = await sampleReview();
});

async function portfolioReport(options: { language?: 'en' | 'fr'; appendix?: boolean } = {}): Promise<DocxParts> {
  const report = await generateReport(
    sample.engine,
    { kind: 'portfolio', language: options.language ?? 'en', appendix: options.appendix ?? false },
    { file: fileOf(sample.engine), now: NOW, estimatePages: false },
  );
  return readDocx(report.bytes);
}

const figure = (n: number | null) => (n === null ? '—' : `${n}%`);

describe('portfolio report', () => {
  it('puts every system in the heat map, with each principle score as text in its cell', async () => {
    const parts = await portfolioReport();
    const scores = sample.engine.scores('en');
    for (const system of scores.systems) {
      for (const frameworkId of ['cepej-charter-2018', 'eu-ai-act-deployer', 'huderia-2024']) {
        const principles = system.principles.filter((p) => p.frameworkId === frameworkId);
        const row = parts.tables
          .flat()
          .find((cells) => cells[0]?.startsWith(system.name) && cells.length === principles.length + 1);
        expect(row, `${system.name} ${frameworkId}`).toBeDefined();
        const expected = principles.map((p) => figure(p.score));
        // Each heat-map table of the checklist has this system's row; one of them matches these principles.
        const rows = parts.tables
          .flat()
          .filter((cells) => cells[0]?.startsWith(system.name) && cells.length === principles.length + 1)
          .map((cells) => cells.slice(1));
        expect(rows).toContainEqual(expected);
      }
    }
  });

  it('sets the heat map in a landscape section between portrait pages', async () => {
    const parts = await portfolioReport();
    const sections = [...parts.document.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => ({
      at: m.index ?? 0,
      landscape: /w:orient="landscape"/.test(m[0]),
    }));
    expect(sections.map((s) => s.landscape)).toEqual([false, false, true, false]);
    const heatMapAt = parts.document.lastIndexOf('>Heat map of scores by principle</w:t>');
    expect(heatMapAt).toBeGreaterThan(sections[1]?.at ?? Infinity);
    expect(heatMapAt).toBeLessThan(sections[2]?.at ?? -1);
    // A section's properties close it: the third section's are those of the heat map.
    const landscape = /<w:pgSz[^>]*\/>/.exec(parts.document.slice(sections[2]?.at))?.[0] ?? '';
    expect(Number(/w:w="(\d+)"/.exec(landscape)?.[1])).toBeGreaterThan(Number(/w:h="(\d+)"/.exec(landscape)?.[1]));
    expectTablesWithinMargins(parts.document);
  });

  it('shows the counts of `score --json` in the executive summary: by status, by risk and per principle', async () => {
    const parts = await portfolioReport();
    const { portfolio } = sample.engine.scores('en');
    const text = reportText('en');
    const rows = parts.tables.flat();
    for (const status of ['compliant', 'partial', 'non_compliant', 'not_applicable', 'not_reviewed'] as const) {
      expect(rows.find((row) => row[0] === text.status[status] && row.length === 2)?.[1]).toBe(
        String(portfolio.overall.counts[status]),
      );
    }
    for (const level of ['low', 'medium', 'high', 'critical'] as const) {
      expect(rows.find((row) => row[0] === text.risk[level] && row.length === 2)?.[1]).toBe(
        String(portfolio.byRisk[level]),
      );
    }
    for (const principle of portfolio.principles) {
      const row = rows.find(
        (cells) => cells[0] === principleLabel(principle.code, principle.title) && cells.length === 8,
      );
      expect(row?.slice(1, 3)).toEqual([figure(principle.score), figure(principle.coverage)]);
    }
  });

  it('ranks every system by risk, then score, as the portfolio screen does', async () => {
    const parts = await portfolioReport();
    const ranked = parts.tables
      .flat()
      .filter((row) => row.length === 7 && /^\d+$/.test(row[0] ?? ''))
      .map((row) => row[1]);
    expect(ranked).toEqual(sample.engine.scores('en').portfolio.riskiest.map((s) => s.name));
  });

  it('lists every action of every system, soonest due first', async () => {
    const parts = await portfolioReport();
    const plan = parts.tables.flat().filter((row) => row.length === 5 && /\d{4}$|no date/.test(row[0] ?? ''));
    expect(plan.map((row) => row[2])).toEqual(['Commission the fundamental-rights assessment', 'Suspend the pilot']);
  });

  it('adds every system’s items in an appendix only when asked', async () => {
    const without = await portfolioReport();
    const withAppendix = await portfolioReport({ appendix: true });
    const itemRows = (parts: DocxParts) => parts.tables.flat().filter((row) => /^P1\.1 /.test(row[0] ?? '')).length;
    expect(itemRows(without)).toBe(0);
    expect(itemRows(withAppendix)).toBe(3);
    expect(withAppendix.paragraphs).toContain('Appendix: system details');
  });

  it('is in French when asked', async () => {
    const parts = await portfolioReport({ language: 'fr' });
    const fr = reportText('fr').headings;
    for (const heading of [
      fr.executiveSummary,
      fr.heatMap,
      fr.riskRanking,
      fr.systemSummaries,
      fr.combinedActions,
      fr.methodology,
    ]) {
      expect(parts.paragraphs).toContain(heading);
    }
    expect(textOf(parts.document)).not.toContain('Executive summary');
  });

  it('reports progress through each phase and stops, writing nothing, when cancelled', async () => {
    const seen: ReportProgress[] = [];
    await generateReport(
      sample.engine,
      { kind: 'portfolio', language: 'en' },
      { file: fileOf(sample.engine), estimatePages: false, onProgress: (p) => seen.push(p) },
    );
    expect(seen.map((p) => p.phase).filter((phase, i, all) => all[i - 1] !== phase)).toEqual([
      'collect',
      'write',
      'pack',
    ]);
    expect(seen.find((p) => p.phase === 'collect' && p.done === 3)?.total).toBe(3);

    const signal = { aborted: false };
    const cancelled = generateReport(
      sample.engine,
      { kind: 'portfolio', language: 'en' },
      {
        file: fileOf(sample.engine),
        signal,
        onProgress: () => {
          signal.aborted = true;
        },
      },
    );
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('produces a 200-system portfolio report', async () => {
    const engine = await largePortfolio(200);
    const started = Date.now();
    const report = await generateReport(
      engine,
      { kind: 'portfolio', language: 'en' },
      { file: fileOf(engine, 'national.charter') },
    );
    const seconds = (Date.now() - started) / 1000;
    const parts = await readDocx(report.bytes);
    expect(report.systems).toBe(200);
    // Every system is in the heat map (three checklists) and the ranking.
    const rows = parts.tables.flat();
    for (const name of ['System 0001', 'System 0100', 'System 0200']) {
      expect(rows.filter((row) => row[0]?.startsWith(`${name} `)).length).toBe(3);
      expect(rows.filter((row) => row[1] === name && /^\d+$/.test(row[0] ?? '')).length).toBe(1);
    }
    console.info(`200-system portfolio report: ${seconds.toFixed(1)} s, ${(report.bytes.length / 1024).toFixed(0)} KB`);
  }, 300_000);
});
