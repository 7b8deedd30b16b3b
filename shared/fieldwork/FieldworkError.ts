// Why a returned file cannot be merged or a package cannot be made, with a code (used by the CLI and the
// app) and a sentence for a person. Nothing in the review has changed when one of these is thrown.

export type FieldworkErrorCode =
  /** The returned file belongs to another review (another review id) and was not merged as a new round. */
  | 'different-review'
  /** The two files were answered against different checklist versions, so items may not mean the same. */
  | 'checklist-mismatch'
  /** A package was asked for without systems, or for systems not in the review. */
  | 'no-systems';

export class FieldworkError extends Error {
  override readonly name = 'FieldworkError';
  constructor(
    readonly code: FieldworkErrorCode,
    message: string,
  ) {
    super(message);
  }
}
