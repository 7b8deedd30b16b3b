// One comparison key for headers and values, so "Nom du système", "NOM DU SYSTEME", "nom-du-systeme"
// and our own export's "nomDuSysteme" are all recognised as the same label.

export function normaliseLabel(text: string): string {
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
