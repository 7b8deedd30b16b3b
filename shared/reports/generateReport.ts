// One call from a review to the bytes of a DOCX report: gather the model, lay it out, pack it. The worker
// and the CLI both come through here; progress and Cancel are checked between systems.
import { type BuildReportOptions, type ReportSource, buildReportModel } from './buildReportModel';
import type { ReportModel, ReportRequest } from './ReportModel';
import { type RenderOptions, renderReportDocx } from './renderReportDocx';

export interface GenerateReportOptions extends BuildReportOptions, Pick<RenderOptions, 'streamBody'> {
  /** Lay the pages out to number the contents; by default only when the document is small enough to be quick. */
  estimatePages?: boolean;
}

export interface GeneratedReport {
  bytes: Uint8Array;
  /** Pages as laid out while writing; null when the document was too long to lay out in good time. */
  pages: number | null;
  systems: number;
  /** A file name to offer when saving. */
  fileName: string;
}

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Laying the pages out (to print page numbers in the contents) costs a few milliseconds per table row;
 * past this many rows the document is written without them and Word numbers the contents when it opens it.
 */
const LAYOUT_ROW_BUDGET = 1200;

/** Table rows the document will hold, roughly: what laying it out costs. */
function tableRows(model: ReportModel): number {
  let rows = 40;
  for (const system of model.systems) {
    rows += 12 + system.principles.length + system.findings.length + system.actions.length + system.evidence.length;
    for (const checklist of system.checklists ?? []) {
      for (const principle of checklist.principles) rows += principle.items.length;
    }
  }
  if (model.kind === 'portfolio') rows += model.systems.length * (model.frameworks.length + 1);
  for (const system of model.progress?.systems ?? []) {
    rows += model.kind === 'portfolio' ? model.frameworks.length : system.principles.length + system.changes.length;
  }
  return rows;
}

export function reportFileName(model: Pick<ReportModel, 'kind' | 'language' | 'review' | 'systems' | 'generatedOn'>) {
  const safe = (text: string) =>
    text
      // Characters that Windows, macOS or Linux refuse in file names, and control characters.
      // eslint-disable-next-line no-control-regex
      .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80)
      .trim();
  const subject =
    model.kind === 'system' ? (model.systems[0]?.name ?? '') : model.language === 'fr' ? 'portefeuille' : 'portfolio';
  const word = model.language === 'fr' ? 'rapport' : 'report';
  const parts = [safe(model.review.title), safe(subject), `${word} ${model.generatedOn}`].filter((part) => part !== '');
  return `${parts.join(' - ')}.docx`;
}

export async function generateReport(
  source: ReportSource,
  request: ReportRequest,
  options: GenerateReportOptions,
): Promise<GeneratedReport> {
  const model = await buildReportModel(source, request, options);
  const estimatePages = options.estimatePages ?? tableRows(model) <= LAYOUT_ROW_BUDGET;
  const rendered = await renderReportDocx(model, { ...options, estimatePages });
  return {
    bytes: rendered.bytes,
    pages: rendered.pages,
    systems: model.systems.length,
    fileName: reportFileName(model),
  };
}
