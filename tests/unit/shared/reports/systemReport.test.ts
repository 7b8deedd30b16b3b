import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateReport, reportText } from '../../../../shared/reports';
import { itemCode } from '../../../../shared/reports/buildReportModel';
import { principleLabel } from '../../../../shared/reports/renderReportDocx';
import { runCliCaptured } from '../../cli/runCliCaptured';
import {
  type DocxParts,
  STAFF,
  type SampleReview,
  expectTablesWithinMargins,
  fileOf,
  readDocx,
  sampleReview,
  textOf,
} from './reportFixtures';

const NOW = new Date('2026-03-02T10:00:00Z');

let sample: SampleReview;
let systemId: string;

beforeAll(async () => {
  sample = await sampleReview();
  systemId = sample.systemIds[0] ?? '';
});

async function systemReport(options: Partial<Parameters<typeof generateReport>[1]> = {}): Promise<DocxParts> {
  const report = await generateReport(
    sample.engine,
    { kind: 'system', systemId, language: 'en', ...options },
    { file: fileOf(sample.engine), now: NOW, estimatePages: false },
  );
  return readDocx(report.bytes);
}

/** The text of every paragraph in a given Word style, in order. */
function styled(parts: DocxParts, style: string): string[] {
  return [...parts.document.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)]
    .map((match) => match[1] ?? '')
    .filter((xml) => xml.includes(`<w:pStyle w:val="${style}"/>`))
    .map((xml) => textOf(xml));
}

/** The table row whose first cell is exactly `first`. */
function rowStartingWith(parts: DocxParts, first: string): string[] | undefined {
  return parts.tables.flat().find((row) => row[0] === first);
}

describe('system report', () => {
  it('lists every principle and every item of the system with the status the review gives it', async () => {
    const parts = await systemReport({ includeNotApplicable: true });
    const text = reportText('en');
    const checklist = sample.engine.checklist(systemId, 'en');
    let items = 0;
    for (const framework of checklist.frameworks) {
      for (const principle of framework.principles) {
        expect(styled(parts, 'Heading3')).toContain(principleLabel(principle.code, principle.title));
        for (const item of principle.items) {
          const row = parts.tables
            .flat()
            .find((cells) => cells[0]?.startsWith(itemCode(item.id)) && cells[1] === item.question);
          expect(row, item.id).toBeDefined();
          expect(row?.[2]).toBe(item.applicable ? text.status[item.status] : text.doesNotApply);
          items += 1;
        }
      }
    }
    expect(items).toBe(95);
  });

  it('shows the same scores and counts per principle as `charter-review score --json`', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'charter-report-'));
    const file = path.join(folder, 'review.charter');
    await writeFile(file, sample.engine.export());
    const run = await runCliCaptured(['score', file, '--json'], folder);
    expect(run.code).toBe(0);
    const scored = JSON.parse(run.stdout) as {
      systems: {
        id: string;
        score: number | null;
        counts: Record<string, number>;
        principles: {
          code: string;
          title: string;
          score: number | null;
          coverage: number | null;
          counts: Record<string, number>;
        }[];
      }[];
    };
    const expected = scored.systems.find((system) => system.id === systemId);
    expect(expected?.principles.length).toBe(16);
    const parts = await systemReport();
    const figure = (n: number | null) => (n === null ? '—' : `${n}%`);
    const order = ['compliant', 'partial', 'non_compliant', 'not_applicable', 'not_reviewed'];
    for (const principle of expected?.principles ?? []) {
      const row = rowStartingWith(parts, principleLabel(principle.code, principle.title));
      expect(row, principle.code).toEqual([
        principleLabel(principle.code, principle.title),
        figure(principle.score),
        figure(principle.coverage),
        ...order.map((status) => String(principle.counts[status])),
      ]);
    }
    const total = rowStartingWith(parts, reportText('en').summary.overallRow);
    expect(total?.slice(3)).toEqual(order.map((status) => String(expected?.counts[status])));
    expect(total?.[1]).toBe(figure(expected?.score ?? null));
  });

  it('leaves out items that do not apply unless asked, and says how many', async () => {
    const without = await systemReport();
    const hidden = without.paragraphs.filter((p) => /not listed\.$/.test(p));
    expect(hidden.length).toBeGreaterThan(0);
    const listedWithout = without.tables.flat().filter((row) => /^[A-Z]+\d*\.\d+/.test(row[0] ?? '')).length;
    const withAll = await systemReport({ includeNotApplicable: true });
    const listedWith = withAll.tables.flat().filter((row) => /^[A-Z]+\d*\.\d+/.test(row[0] ?? '')).length;
    const counted = hidden.reduce((sum, line) => sum + Number(/^(\d+)/.exec(line)?.[1] ?? 0), 0);
    expect(listedWith - listedWithout).toBe(counted);
  });

  it('is in French when asked: headings, statuses and labels', async () => {
    const parts = await systemReport({ language: 'fr' });
    const fr = reportText('fr');
    expect(styled(parts, 'Heading1')).toEqual([
      fr.headings.summary,
      fr.headings.facts,
      fr.headings.results,
      fr.headings.findings,
      fr.headings.actions,
      fr.headings.evidence,
      fr.headings.signOffs,
      fr.headings.methodology,
    ]);
    expect(parts.paragraphs).toContain(fr.contents);
    expect(parts.document).toContain('Principe de respect des droits fondamentaux');
    expect(parts.tables.flat().some((row) => row[2] === 'Non conforme')).toBe(true);
    expect(parts.document).not.toContain('Results by principle');
    expect(parts.footers.map(textOf).join(' ')).toContain('sur');
  });

  it('carries findings, the action plan, evidence names and hashes, and both sign-offs', async () => {
    const parts = await systemReport();
    const rows = parts.tables.flat();
    expect(rows.some((row) => row[2] === 'No fundamental-rights assessment was made before go-live.')).toBe(true);
    expect(rows.find((row) => row[1] === 'Commission the fundamental-rights assessment')).toEqual([
      '31 January 2026',
      'Commission the fundamental-rights assessment',
      STAFF.owner,
      'Open, overdue',
    ]);
    const evidence = sample.engine.evidence(systemId);
    for (const entry of evidence) {
      expect(rows.find((row) => row[0] === entry.name)?.[3]).toBe(entry.sha256);
    }
    expect(rows.some((row) => row[0] === 'P1.1 High' && row[3]?.includes('Evidence: dpia-2025.pdf'))).toBe(true);
    expect(rows.filter((row) => row[0] === 'Assessor' || row[0] === 'Reviewer').map((row) => row[1])).toEqual([
      STAFF.assessor,
      STAFF.reviewer,
    ]);
  });

  it('names the review file and its SHA-256 on the cover', async () => {
    const file = fileOf(sample.engine);
    const parts = await systemReport();
    expect(rowStartingWith(parts, 'Review file')?.[1]).toBe(file.name);
    expect(rowStartingWith(parts, 'SHA-256 of the review file')?.[1]).toBe(file.sha256);
  });

  it('contains no staff name anywhere when anonymised, and numbers the people instead', async () => {
    const report = await generateReport(
      sample.engine,
      { kind: 'system', systemId, language: 'en', anonymise: true, includeNotApplicable: true },
      {
        file: fileOf(sample.engine, `${STAFF.assessor} copy.charter`),
        now: NOW,
        author: STAFF.assessor,
        estimatePages: false,
      },
    );
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(report.bytes);
    const everything = (
      await Promise.all(
        Object.values(zip.files)
          .filter((f) => !f.dir)
          .map((f) => f.async('string')),
      )
    ).join('\n');
    for (const name of Object.values(STAFF)) {
      expect(everything.toLowerCase()).not.toContain(name.toLowerCase());
      // Names split across runs would escape a plain search; the visible text is checked too.
      expect(textOf(everything).toLowerCase()).not.toContain(name.toLowerCase());
    }
    const parts = await readDocx(report.bytes);
    const signers = parts.tables.flat().filter((row) => row[0] === 'Assessor' || row[0] === 'Reviewer');
    expect(signers.map((row) => row[1])).toEqual([
      expect.stringMatching(/^Person \d+$/),
      expect.stringMatching(/^Person \d+$/),
    ]);
    expect(new Set(signers.map((row) => row[1])).size).toBe(2);
    expect(parts.core).toContain('<dc:creator>Charter Review</dc:creator>');
  });

  it('is a navigable Word document: heading styles, contents, repeated header rows, page X of Y, properties', async () => {
    const parts = await systemReport();
    expect(styled(parts, 'Heading1').length).toBe(8);
    expect(styled(parts, 'Heading2').length).toBeGreaterThanOrEqual(4);
    const toc = (/<w:instrText[^>]*>(TOC [^<]*)<\/w:instrText>/.exec(parts.document)?.[1] ?? '').replace(
      /&quot;/g,
      '"',
    );
    expect(toc).toContain('\\o "1-3"');
    expect(toc).toContain('\\h');
    const headerRows = parts.document.match(/<w:tblHeader\/>/g)?.length ?? 0;
    expect(headerRows).toBeGreaterThanOrEqual(16 + 4);
    const footer = parts.footers.join('');
    expect(footer.includes('PAGE')).toBe(true);
    expect(footer.includes('NUMPAGES')).toBe(true);
    expect(textOf(footer)).toContain('Page ');
    expect(parts.core).toContain('<dc:title>AI system assessment report: Hearing transcription</dc:title>');
    expect(parts.core).toContain('<dc:subject>Assessment of Hearing transcription');
    expect(parts.core).toContain('<dc:creator>');
    // The fonts of the document defaults and headings: Arial, which LibreOffice draws as Liberation Sans.
    expect(parts.styles).toContain('w:ascii="Arial"');
    expect(parts.styles).not.toMatch(/w:ascii="(Calibri|Cambria|Aptos)"/);
  });

  it('keeps every table within the page margins', async () => {
    const parts = await systemReport({ includeNotApplicable: true });
    expectTablesWithinMargins(parts.document);
  });

  it('covers only the checklists asked for, with the scores over those alone', async () => {
    const parts = await systemReport({ frameworkIds: ['cepej-charter-2018'] });
    expect(parts.document).not.toContain('Fundamental rights impact assessment');
    expect(parts.document).toContain('Principle of respect for fundamental rights');
    const alone = sample.engine.scores('en', ['cepej-charter-2018']).systems.find((s) => s.id === systemId);
    const total = rowStartingWith(parts, reportText('en').summary.overallRow);
    expect(total?.[1]).toBe(alone?.overall.score === null ? '—' : `${alone?.overall.score}%`);
    expect(parts.paragraphs.some((p) => p.startsWith('This report covers only the checklists'))).toBe(true);
  });

  it('refuses a system that is not in the review, and a checklist the review lacks', async () => {
    await expect(
      generateReport(
        sample.engine,
        { kind: 'system', systemId: 'nope', language: 'en' },
        { file: fileOf(sample.engine) },
      ),
    ).rejects.toMatchObject({ code: 'unknown-system' });
    await expect(
      generateReport(
        sample.engine,
        { kind: 'portfolio', language: 'en', frameworkIds: ['unesco-2025'] },
        { file: fileOf(sample.engine) },
      ),
    ).rejects.toMatchObject({ code: 'unknown-framework' });
  });
});
