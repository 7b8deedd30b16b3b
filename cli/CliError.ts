// Failures of the command line itself (bad usage, a file in the way), next to the
// ReviewFileError codes from shared/errors.ts; each code is part of the CLI contract.

/** Codes the CLI adds to the review-file codes of the contract. */
export type CliErrorCode =
  /** The command line could not be understood. */
  | 'usage'
  /** `create` was asked to write where a file already exists. */
  | 'exists'
  /** A folder on the way to the file does not exist. */
  | 'not-found'
  /** The file exists but the operating system would not let us read it. */
  | 'cannot-read'
  /** The operating system refused the write (permissions, read-only or full disk). */
  | 'cannot-write';

export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly code: CliErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The `code` of a Node system error (ENOENT, EACCES, …), if it has one. */
export function systemErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
