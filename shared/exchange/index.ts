// The open exchange of whole reviews (JSON) and workbooks (XLSX), the same for the app's worker and the CLI.
export { ExchangeError, type ExchangeErrorCode } from './ExchangeError';
export { EXCHANGE_FORMAT, EXCHANGE_FORMAT_VERSION, ReviewDocument } from './reviewDocument';
export { exportReviewJson, readReviewDocument, serialiseReviewDocument, uncoveredSchema } from './exportReviewJson';
export { buildReviewFile, importReviewJson, parseReviewDocument, type ImportedReview } from './importReviewJson';
export { REVIEW_TABLES, type TableSpec, type ColumnSpec } from './reviewTables';
