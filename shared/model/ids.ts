// Identifiers for rows created by the engine: random UUIDs, stable across merges and exports.
export function newId(): string {
  return crypto.randomUUID();
}
