// The "Progress since last review" section: a report compared with last round's file says, in words, the
// movements compareRounds computes, for the portfolio (totals, systems × principles) and for one system.
import { beforeAll, describe, expect, it } from 'vitest';
import { ReviewEngine } from '../../../../shared/engine/ReviewEngine';
import { sha256Hex } from '../../../../shared/engine/hash';
import { ReviewFileError } from '../../../../shared/errors';
import { type RoundComparison, compareRounds, roundOf } from '../../../../shared/fieldwork/compareRounds';
import { generateReport, reportText } from '../../../../shared/reports';
import { itemCode } from '../../../../shared/reports/buildReportModel';
import { principleLabel } from '../../../../shared/reports/renderReportDocx';
import { type ReportLanguage, formatPercent } from '../../../../shared/reports/reportText';
import { loadSqlJs } from '../../helpers';
import { type DocxParts, expectTablesWithinMargins, fileOf, readDocx, sampleReview } from './reportFixtures';

const NOW = new Date('2026-03-02T10:00:00Z');

/** Last round: the sample review as it was. This round: a copy in which some answers moved both ways. */
let previousBytes: Uint8Array;
let current: ReviewEngine;
let firstSystemId: string;

beforeAll(async () => {
  const sample = await sampleReview();
  previousBytes = sample.engine.export();
  sample.engine.close();
  current = ReviewEngine.open(await loadSqlJs(), previousBytes).engine;
  firstSystemId = current.systems()[0]?.id ?? '';
  const second = current.systems()[1]?.id ?? '';
  current.dispatch({
    type: 'setAnswers',
    answers: [
      // Raises P1 of the first system (was partial/non-compliant in the fixture's pattern) and lowers P2.
      ...['p1.1', 'p1.2', 'p1.3'].map((item) => ({
        systemId: firstSystemId,
        itemId: `cepej-charter-2018/${item}`,
        status: 'compliant' as const,
        justification: '',
      })),
      ...['p2.1', 'p2.2'].map((item) => ({
        systemId: firstSystemId,
        itemId: `cepej-charter-2018/${item}`,
        status: 'non_compliant' as const,
        justification: 'The vendor no longer documents its training data.',
      })),
      {
        systemId: second,
        itemId: 'cepej-charter-2018/p3.1',
        status: 'non_compliant',
        justification: 'Access logs are no longer kept.',
      },
    ],
  });
  current.dispatch({ type: 'addSystem', attributes: { name: 'Court chatbot', organisation: 'Supreme Court' } });
});

async function report(
  kind: 'system' | 'portfolio',
  language: ReportLanguage,
  previous: { name: string; bytes: Uint8Array } = { name: 'Supreme Court 2025.charter', bytes: previousBytes },
): Promise<DocxParts> {
  const generated = await generateReport(
    current,
    { kind, ...(kind === 'system' ? { systemId: firstSystemId } : {}), language },
    {
      file: fileOf(current, 'Supreme Court 2026.charter'),
      now: NOW,
      estimatePages: false,
      previousRound: { ...previous, sql: await loadSqlJs() },
    },
  );
  return readDocx(generated.bytes);
}

/** What compareRounds says of the two rounds; in French, with the principles' French titles. */
async function expectedComparison(bytes: Uint8Array, language: ReportLanguage = 'en'): Promise<RoundComparison> {
  const older = ReviewEngine.open(await loadSqlJs(), bytes).engine;
  const round = (engine: ReviewEngine) =>
    language === 'en'
      ? roundOf(engine)
      : roundOf({ fieldworkSnapshot: () => engine.fieldworkSnapshot(), scores: () => engine.scores(language) });
  try {
    return compareRounds(round(older), round(current));
  } finally {
    older.close();
  }
}

/** How the renderer heads a principle's column: the title, or its code then its title. */
const columnLabel = (code: string, title: string) =>
  title.toLocaleLowerCase().includes(code.toLocaleLowerCase()) ? title : `${code} ${title}`;

/** Checks every system × principle cell of the portfolio's grids against the comparison. */
function expectGridMatches(parts: DocxParts, expected: RoundComparison, language: ReportLanguage): number {
  const text = reportText(language);
  const pct = (value: number | null) => formatPercent(value, language);
  // The heat map has the same header row; the progress grids are the tables whose cells carry an arrow.
  const grids = parts.tables.filter(
    (table) => table[0]?.[0] === text.columns.system && table.slice(1).some((row) => row[1]?.includes('→')),
  );
  let cells = 0;
  for (const system of expected.systems) {
    for (const principle of system.principles) {
      const label = columnLabel(principle.code, principle.title);
      const withArrows = grids.find((table) => table[0]?.includes(label));
      expect(withArrows, principle.id).toBeDefined();
      const column = withArrows?.[0]?.indexOf(label) ?? -1;
      const row = withArrows?.find((cells) => cells[0]?.startsWith(system.name));
      expect(row?.[column], `${system.name} ${principle.id}`).toBe(
        `${pct(principle.from)} → ${pct(principle.to)} ${text.progress.change[principle.change]}`,
      );
      cells += 1;
    }
  }
  return cells;
}

describe('Progress since last review', () => {
  it('gives the portfolio the totals and every system × principle movement that compareRounds computes', async () => {
    const parts = await report('portfolio', 'en');
    const expected = await expectedComparison(previousBytes);
    const text = reportText('en');
    // The fixture moves scores both ways and adds a system, so every kind of total is exercised.
    expect(expected.totals.improved).toBeGreaterThan(0);
    expect(expected.totals.regressed).toBeGreaterThan(0);
    expect(expected.totals.new).toBeGreaterThan(0);

    expect(parts.paragraphs).toContain('Progress since last review');
    const order = ['improved', 'regressed', 'new', 'disappeared', 'unchanged'] as const;
    const totals = parts.tables.find(
      (table) => table[0]?.join('|') === order.map((c) => text.progress.change[c]).join('|'),
    );
    expect(totals?.[1]).toEqual(order.map((change) => String(expected.totals[change])));
    expect(parts.paragraphs).toContain(
      text.progress.totalsLine(
        expected.totals.systemsNew,
        expected.totals.systemsDisappeared,
        expected.totals.itemChanges,
      ),
    );

    expect(expectGridMatches(parts, expected, 'en')).toBe(
      expected.systems.reduce((sum, system) => sum + system.principles.length, 0),
    );
    const chatbot = parts.tables.flat().find((row) => row[0]?.startsWith('Court chatbot') && row[1]?.includes('→'));
    expect(chatbot?.[0]).toContain('new in this round');

    // Which round it is compared with: its title, its file and the fingerprint of the bytes read.
    const rows = parts.tables.flat();
    expect(rows.find((row) => row[0] === 'Previous round')?.[1]).toBe('Supreme Court 2026');
    expect(rows.find((row) => row[0] === 'Previous review file')?.[1]).toBe('Supreme Court 2025.charter');
    expect(rows.find((row) => row[0] === 'SHA-256 of the previous file')?.[1]).toBe(sha256Hex(previousBytes));
    expect(rows.find((row) => row[0] === 'Compared with the previous round')?.[1]).toBe(
      'Supreme Court 2026 — Supreme Court 2025.charter',
    );
    expectTablesWithinMargins(parts.document);
    // Section breaks repeat no header; every table of the section repeats its own header row.
    expect(parts.document).toContain('<w:tblHeader/>');
  });

  it('gives a system report its principles from → to and exactly the answers whose status changed', async () => {
    const parts = await report('system', 'en');
    const expected = (await expectedComparison(previousBytes)).systems.find((s) => s.newId === firstSystemId);
    const text = reportText('en');
    const pct = (value: number | null) => formatPercent(value, 'en');
    expect(expected?.changes.length).toBeGreaterThanOrEqual(3);
    for (const principle of expected?.principles ?? []) {
      const row = parts.tables
        .flat()
        .find((cells) => cells[0] === principleLabel(principle.code, principle.title) && cells.length === 4);
      expect(row, principle.id).toEqual([
        principleLabel(principle.code, principle.title),
        pct(principle.from),
        pct(principle.to),
        text.progress.change[principle.change],
      ]);
    }
    const changesTable = parts.tables.find((table) => table[0]?.join('|') === 'Item|Question|Previous|Now');
    const questions = new Map(
      current
        .checklist(firstSystemId, 'en')
        .frameworks.flatMap((f) => f.principles.flatMap((p) => p.items.map((item) => [item.id, item.question]))),
    );
    expect(changesTable?.slice(1)).toEqual(
      (expected?.changes ?? []).map((change) => [
        itemCode(change.item),
        questions.get(change.item),
        text.status[change.from],
        text.status[change.to],
      ]),
    );
    expect(parts.paragraphs).toContain('Answers whose status changed');
  });

  it('is headed in French in a French report, with the movements in French', async () => {
    const parts = await report('system', 'fr');
    const text = reportText('fr');
    expect(parts.paragraphs).toContain('Progrès depuis la dernière revue');
    expect(parts.paragraphs).not.toContain('Progress since last review');
    const words = parts.tables.flat().map((row) => row[3]);
    expect(words).toContain(text.progress.change.improved);
    expect(words).toContain(text.progress.change.regressed);
    const portfolio = await report('portfolio', 'fr');
    expect(expectGridMatches(portfolio, await expectedComparison(previousBytes, 'fr'), 'fr')).toBeGreaterThan(0);
  });

  it('compares with the file of another review, matching systems by name and court', async () => {
    const other = await sampleReview();
    other.engine.dispatch({
      type: 'addSystem',
      attributes: { name: 'Sentencing statistics', organisation: 'Ministry of Justice' },
    });
    const otherBytes = other.engine.export();
    other.engine.close();
    const expected = await expectedComparison(otherBytes);
    expect(expected.systems.filter((system) => system.matchedBy === 'name')).toHaveLength(3);
    expect(expected.totals.systemsDisappeared).toBe(1);

    const parts = await report('portfolio', 'en', { name: 'Another review.charter', bytes: otherBytes });
    expect(expectGridMatches(parts, expected, 'en')).toBeGreaterThan(0);
    const firstColumn = parts.tables.flat().map((row) => row[0] ?? '');
    expect(
      firstColumn.some(
        (cell) => cell.startsWith('Hearing transcription') && cell.includes('recognised by name and court'),
      ),
    ).toBe(true);
    expect(
      firstColumn.some((cell) => cell.startsWith('Sentencing statistics') && cell.includes('no longer in the review')),
    ).toBe(true);
  });

  it('refuses a previous file that is not a review, naming it, and writes nothing', async () => {
    const damaged = previousBytes.slice(0, 4096);
    await expect(report('portfolio', 'en', { name: 'old.charter', bytes: damaged })).rejects.toSatisfy(
      (error: unknown) => error instanceof ReviewFileError && error.message.includes('"old.charter"'),
    );
  });

  it('leaves the section out when no previous round is given', async () => {
    const generated = await generateReport(
      current,
      { kind: 'portfolio', language: 'en' },
      { file: fileOf(current), now: NOW, estimatePages: false },
    );
    const parts = await readDocx(generated.bytes);
    expect(parts.paragraphs).not.toContain('Progress since last review');
  });
});
