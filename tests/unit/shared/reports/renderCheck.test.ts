// Renders the reports with LibreOffice, as a reader without Word would see them: the page count, the
// text that must survive, and one page of each kind kept as a PNG for the README (docs/report-*.png).
import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type GeneratedReport, generateReport } from '../../../../shared/reports';
import { type SampleReview, fileOf, sampleReview } from './reportFixtures';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const hasPoppler = spawnSync('pdfinfo', ['-v'], { encoding: 'utf8' }).error === undefined;

// CI installs LibreOffice and poppler: there, missing tools are a broken set-up, not a reason to skip.
if (process.env.CI && !(hasSoffice && hasPoppler)) {
  throw new Error('The report render check needs soffice, pdfinfo, pdftotext and pdftoppm, which CI installs.');
}

const NOW = new Date('2026-03-02T10:00:00Z');
const DOCS = path.resolve(__dirname, '../../../../docs');

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 240_000 });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.error?.message || ''}`);
  return result.stdout;
}

interface Rendered {
  report: GeneratedReport;
  pdf: string;
  pages: number;
  /** The text of each page. */
  text: string[];
}

async function render(folder: string, name: string, report: GeneratedReport): Promise<Rendered> {
  const docx = path.join(folder, `${name}.docx`);
  await writeFile(docx, report.bytes);
  run('soffice', [
    `-env:UserInstallation=${pathToFileURL(path.join(folder, 'profile')).href}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    folder,
    docx,
  ]);
  const pdf = path.join(folder, `${name}.pdf`);
  const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1]);
  const text = run('pdftotext', ['-layout', pdf, '-']).split('\f');
  return { report, pdf, pages, text };
}

function keepPage(rendered: Rendered, page: number, file: string): void {
  const base = path.join(DOCS, file.replace(/\.png$/, ''));
  run('pdftoppm', ['-png', '-r', '80', '-f', String(page), '-l', String(page), '-singlefile', rendered.pdf, base]);
}

describe.skipIf(!(hasSoffice && hasPoppler))('reports rendered by LibreOffice', () => {
  let sample: SampleReview;
  let folder: string;

  beforeAll(async () => {
    sample = await sampleReview();
    folder = await mkdtemp(path.join(tmpdir(), 'charter-render-'));
  });

  it('a system report keeps its pages, its figures and its page numbering', async () => {
    const systemId = sample.systemIds[0] ?? '';
    const file = fileOf(sample.engine);
    const report = await generateReport(
      sample.engine,
      { kind: 'system', systemId, language: 'en' },
      { file, now: NOW, estimatePages: true },
    );
    const rendered = await render(folder, 'system', report);
    expect(report.pages).not.toBeNull();
    // The page count written into the contents is Word's layout; LibreOffice, drawing Liberation Sans for
    // Arial with exact line heights, lands on the same count or, at worst, one page either side.
    expect(Math.abs(rendered.pages - (report.pages ?? 0))).toBeLessThanOrEqual(1);
    expect(rendered.pages).toBeGreaterThanOrEqual(12);
    const all = rendered.text.join('\n');
    expect(all).toContain('Hearing transcription');
    expect(all).toContain(file.sha256);
    expect(all).toContain('Results by principle');
    expect(all).toContain('Principle of respect for fundamental rights');
    expect(all).toContain('No fundamental-rights assessment was made before go-live.');
    expect(rendered.text[2]).toContain(`Page 3 of ${rendered.pages}`);
    const summaryPage = rendered.text.findIndex((page, index) => index > 1 && /^\s*Summary\s*$/m.test(page));
    expect(summaryPage).toBeGreaterThan(1);
    keepPage(rendered, summaryPage + 1, 'report-system.png');
  }, 300_000);

  it('a portfolio report shows every system in its landscape heat map', async () => {
    const report = await generateReport(
      sample.engine,
      { kind: 'portfolio', language: 'en' },
      { file: fileOf(sample.engine), now: NOW, estimatePages: true },
    );
    const rendered = await render(folder, 'portfolio', report);
    expect(Math.abs(rendered.pages - (report.pages ?? 0))).toBeLessThanOrEqual(1);
    const heatMapPage = rendered.text.findIndex(
      (page, index) => index > 1 && page.includes('Heat map of scores by principle'),
    );
    expect(heatMapPage).toBeGreaterThan(1);
    for (const name of ['Hearing transcription', 'Case-law search', 'Recidivism risk score']) {
      expect(rendered.text[heatMapPage]).toContain(name);
    }
    const size = run('pdfinfo', ['-f', String(heatMapPage + 1), '-l', String(heatMapPage + 1), rendered.pdf]);
    const [width, height] = (/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/.exec(size) ?? []).slice(1).map(Number);
    expect(width).toBeGreaterThan(height ?? Infinity);
    keepPage(rendered, heatMapPage + 1, 'report-heatmap.png');
  }, 300_000);

  it('a French report keeps its French text through the conversion', async () => {
    const report = await generateReport(
      sample.engine,
      { kind: 'system', systemId: sample.systemIds[0] ?? '', language: 'fr' },
      { file: fileOf(sample.engine), now: NOW, estimatePages: false },
    );
    const rendered = await render(folder, 'system-fr', report);
    const all = rendered.text.join('\n');
    expect(all).toContain('Résultats par principe');
    expect(all).toContain('Principe de respect des droits fondamentaux');
    expect(all).toContain(`Page 2 sur ${rendered.pages}`);
  }, 300_000);
});
