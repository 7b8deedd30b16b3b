// Why a report could not be made. The codes reach the CLI's `error <code>:` line and the dialog's message.

export type ReportErrorCode =
  /** The person cancelled; nothing was written. */
  | 'cancelled'
  /** The system asked for is not in the review (any more). */
  | 'unknown-system'
  /** More than one system carries the name given; an id tells them apart. */
  | 'ambiguous-system'
  /** A checklist asked for is not embedded in the review. */
  | 'unknown-framework';

export class ReportError extends Error {
  override readonly name = 'ReportError';
  constructor(
    readonly code: ReportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function reportCancelled(): ReportError {
  return new ReportError('cancelled', 'The report was cancelled. Nothing was saved.');
}
