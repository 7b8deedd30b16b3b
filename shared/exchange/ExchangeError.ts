// Why a review could not be exported to, or rebuilt from, the open exchange format. Each code is part of
// the CLI contract and each message is a sentence for a person: what happened, what was kept safe, what next.

export type ExchangeErrorCode =
  /** Not JSON, or JSON that is not a Charter Review export (no `format` marker). */
  | 'not-an-export'
  /** Written in a newer `formatVersion` than this build reads. */
  | 'newer-version'
  /** A field is missing or of the wrong type, an id repeats, or a reference points nowhere; the message names the path. */
  | 'invalid-export'
  /** Content whose SHA-256 does not match the hash stored beside it: changed or cut off since the export. */
  | 'damaged'
  /** The review holds a table or column the format does not carry yet: exporting would silently lose it. */
  | 'not-covered';

export class ExchangeError extends Error {
  override readonly name = 'ExchangeError';
  constructor(
    readonly code: ExchangeErrorCode,
    message: string,
    /** Where in the document the problem is, as `systems[3].name`; empty when it concerns the whole document. */
    readonly path = '',
  ) {
    super(message);
  }

  /** Plain data for crossing the worker boundary, which keeps only an error's message otherwise. */
  toJSON(): { name: 'ExchangeError'; code: ExchangeErrorCode; message: string; path: string } {
    return { name: this.name, code: this.code, message: this.message, path: this.path };
  }
}
