// Errors that reach a person: each carries a stable code (used by the CLI contract) and a sentence.

/** Why a review file could not be used. The codes are part of the CLI contract. */
export type ReviewFileErrorCode = 'not-found' | 'empty' | 'not-a-review' | 'damaged' | 'newer-version' | 'locked';

export class ReviewFileError extends Error {
  override readonly name = 'ReviewFileError';
  constructor(
    readonly code: ReviewFileErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type CommandErrorCode = 'invalid-command' | 'not-found' | 'conflict' | 'read-only';

/** A command that was refused. Nothing in the review changed. */
export class CommandError extends Error {
  override readonly name = 'CommandError';
  constructor(
    readonly code: CommandErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
