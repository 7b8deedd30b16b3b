// DOCX reports of a review, per system and for the portfolio, in English and French (issue #7).
export { type ReportSource, buildReportModel, itemCode, rankSystems } from './buildReportModel';
export { DOCX_MEDIA_TYPE, type GeneratedReport, generateReport, reportFileName } from './generateReport';
export type { CancellationSignal } from './pacing';
export { ReportError, type ReportErrorCode } from './ReportError';
export type { ReportKind, ReportModel, ReportProgress, ReportProgressCallback, ReportRequest } from './ReportModel';
export { renderReportDocx } from './renderReportDocx';
export { REPORT_LANGUAGES, type ReportLanguage, reportText } from './reportText';
