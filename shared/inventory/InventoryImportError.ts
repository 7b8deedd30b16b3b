// Why an inventory file could not be imported at all. Each code is part of the CLI contract and each
// message is a sentence for a person: what happened, that nothing was changed, what to do next.

export type InventoryImportErrorCode =
  /** The file has no bytes, or nothing but blank lines, or names columns but holds no system. */
  | 'empty'
  /** Binary where text was expected, a damaged workbook, invalid JSON or JSON of another shape. */
  | 'unreadable-inventory'
  /** No row names the columns in a way Charter Review recognises (no system-name column). */
  | 'no-header'
  /** The sheet asked for is not in the workbook. */
  | 'unknown-sheet'
  /** The column mapping does not parse, or it contradicts itself. */
  | 'invalid-mapping'
  /** The person cancelled reading or planning the import. */
  | 'cancelled';

export class InventoryImportError extends Error {
  override readonly name = 'InventoryImportError';
  constructor(
    readonly code: InventoryImportErrorCode,
    message: string,
  ) {
    super(message);
  }

  /**
   * Plain data for crossing the worker boundary: structured clone (and comlink's default error
   * handler) keep only an error's message, and the UI needs the code too.
   */
  toJSON(): { name: 'InventoryImportError'; code: InventoryImportErrorCode; message: string } {
    return { name: this.name, code: this.code, message: this.message };
  }
}

export function cancelledError(): InventoryImportError {
  return new InventoryImportError('cancelled', 'The import was cancelled. Nothing was changed in the review.');
}
