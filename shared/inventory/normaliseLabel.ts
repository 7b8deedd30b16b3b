// One comparison key for headers and values, so "Nom du système", "NOM DU SYSTEME", "nom-du-systeme"
// and our own export's "nomDuSysteme" are all recognised as the same label.

/**
 * Keys already worked out: an import asks for the same few values ("Production", "Yes") in every row, and the
 * Unicode work below costs microseconds each. Emptied when full, so a file of unique values cannot make it grow.
 */
const known = new Map<string, string>();
const KNOWN_LIMIT = 5000;
/** Labels and values worth remembering are short; long texts are worked out each time and never kept. */
const KNOWN_LENGTH = 200;

export function normaliseLabel(text: string): string {
  if (text.length > KNOWN_LENGTH) return computeLabel(text);
  const cached = known.get(text);
  if (cached !== undefined) return cached;
  if (known.size >= KNOWN_LIMIT) known.clear();
  const label = computeLabel(text);
  known.set(text, label);
  return label;
}

function computeLabel(text: string): string {
  return (
    text
      // camelCase keys, as in our own JSON and CSV exports: goLive → go Live.
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
      .normalize('NFKD')
      // Accents and other combining marks: é → e, ç → c, ş → s, ğ → g, İ → I, й → и.
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      // Azerbaijani dotless ı: "ADI" in capitals lowercases to "adi", so "adı" must too.
      .replace(/ı/g, 'i')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}
