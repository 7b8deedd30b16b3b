// Anonymised reports: every staff name the review records is replaced by "Person 1", "Person 2"… wherever
// it appears in the report's data, in the fields that hold names and in free text (a justification that
// says "confirmed with Leyla Aliyeva"), the same person keeping the same number throughout.
import type { ReportModel } from './ReportModel';

/**
 * Keys whose values are identifiers, fingerprints or fixed vocabularies, never words a person wrote:
 * left as they are so that a name that happens to be a common word cannot damage them.
 */
const UNTOUCHED_KEYS = new Set([
  'id',
  'systemId',
  'frameworkId',
  'principleId',
  'sha256',
  'status',
  'severity',
  'state',
  'role',
  'level',
  'kind',
  'language',
  'stage',
  'providerType',
  'useCategory',
  'useCategorySource',
  'automation',
  'dataProcessed',
  'legalAreas',
  'generatedOn',
  'createdAt',
  'updatedAt',
  'signedAt',
  'dueDate',
  'version',
]);

const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const personKey = (text: string) => text.toLocaleLowerCase().replace(/\s+/g, ' ');

/**
 * Replaces the given names throughout the model. A name matches whole words only, ignoring case and
 * how many spaces separate its parts; longer names are tried first, so "Anna Smith" wins over "Anna".
 * A recorded "name" that is an ordinary word ("IT") is replaced too: the safe side for a report that
 * promises no staff names.
 */
export function anonymiseModel(
  model: ReportModel,
  names: readonly string[],
  pseudonym: (n: number) => string,
): ReportModel {
  const distinct = [...new Set(names.map((name) => name.trim().replace(/\s+/g, ' ')).filter((name) => name !== ''))];
  const numbers = new Map<string, number>();
  if (distinct.length === 0) return { ...model, anonymised: true };
  distinct.sort((a, b) => b.length - a.length);
  const alternatives = distinct.map((name) => escapeForPattern(name).replace(/ /g, '\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');

  const scrub = (text: string): string =>
    text.replace(pattern, (match) => {
      const key = personKey(match);
      let number = numbers.get(key);
      if (number === undefined) {
        number = numbers.size + 1;
        numbers.set(key, number);
      }
      return pseudonym(number);
    });

  const walk = (value: unknown, key: string | null): unknown => {
    if (typeof value === 'string') return key !== null && UNTOUCHED_KEYS.has(key) ? value : scrub(value);
    if (Array.isArray(value)) return value.map((entry) => walk(entry, key));
    if (value !== null && typeof value === 'object') {
      const copy: Record<string, unknown> = {};
      for (const [childKey, child] of Object.entries(value)) copy[childKey] = walk(child, childKey);
      return copy;
    }
    return value;
  };

  // The walk keeps the shape of what it is given, so the copy is the same model with its text replaced.
  const copy = walk(model, null) as ReportModel;
  return { ...copy, anonymised: true };
}
