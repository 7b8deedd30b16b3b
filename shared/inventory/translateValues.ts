// Translates a cell's text into the review's vocabulary: the person's own translations first, then the
// built-in words. A value neither knows is reported, never guessed.
import {
  AUTOMATION_LEVELS,
  DATA_KINDS,
  LEGAL_AREAS,
  PROVIDER_TYPES,
  SYSTEM_STAGES,
  USE_CATEGORIES,
} from '../model/system';
import type { ValueTranslations } from './InventoryMapping';
import { normaliseLabel } from './normaliseLabel';
import { shorten } from './shorten';
import {
  AUTOMATION_WORDS,
  DATA_KIND_WORDS,
  LEGAL_AREA_WORDS,
  NO_WORDS,
  NOT_KNOWN_WORDS,
  PROVIDER_WORDS,
  STAGE_WORDS,
  USE_CATEGORY_WORDS,
  VENDOR_PREFIX_WORDS,
  YES_WORDS,
  wordsOf,
} from './valueNames';

type Stage = (typeof SYSTEM_STAGES)[number];
type ProviderType = (typeof PROVIDER_TYPES)[number];
type UseCategory = (typeof USE_CATEGORIES)[number];
type Automation = (typeof AUTOMATION_LEVELS)[number];
type DataKind = (typeof DATA_KINDS)[number];
type LegalArea = (typeof LEGAL_AREAS)[number];

/**
 * A sentence or phrase for a person, described so the interface can word it in its own language: `code` names
 * it (the key `shared.<code>` of the feature's catalogue), `values` holds the data it mentions. The English
 * `message` stays what the CLI prints and the tests read; without a code, it is all there is.
 */
export interface DescribedText {
  message: string;
  code?: string;
  values?: DescribedValues;
}

/** The data a described sentence mentions: names, numbers, or a phrase described in its turn. */
export type DescribedValues = Readonly<Record<string, string | number | DescribedText>>;

/** What an unknown value's sentence mentions: the value, what it should have been, the words accepted. */
export type UnknownValueValues = { value: string; what: DescribedText; known: string; mappingKey: string };

/** The outcome for one cell: a value, "nothing stated" (as for an empty cell), or a sentence saying what is wrong. */
export type Translation<T> =
  | { kind: 'value'; value: T }
  | { kind: 'not-stated' }
  | { kind: 'unknown'; message: string; values: UnknownValueValues };

const value = <T>(v: T): Translation<T> => ({ kind: 'value', value: v });
const NOT_STATED = { kind: 'not-stated' } as const;

function lookup<T extends string>(entries: Record<T, Parameters<typeof wordsOf>[0]>): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [key, words] of Object.entries(entries) as [T, Parameters<typeof wordsOf>[0]][]) {
    // The value's own key too ("further_study"), so our exports read back.
    for (const word of [key, ...wordsOf(words)]) map.set(normaliseLabel(word), key);
  }
  return map;
}

const wordSet = (words: Parameters<typeof wordsOf>[0]) => new Set(wordsOf(words).map(normaliseLabel));

const STAGES = lookup(STAGE_WORDS);
const PROVIDERS = lookup(PROVIDER_WORDS);
const USE_CATEGORY_MAP = lookup(USE_CATEGORY_WORDS);
const AUTOMATION_MAP = lookup(AUTOMATION_WORDS);
const DATA_KIND_MAP = lookup(DATA_KIND_WORDS);
const LEGAL_AREA_MAP = lookup(LEGAL_AREA_WORDS);
const YES = wordSet(YES_WORDS);
const NO = wordSet(NO_WORDS);
const NOT_KNOWN = wordSet(NOT_KNOWN_WORDS);
const VENDOR_PREFIXES = wordSet(VENDOR_PREFIX_WORDS);

/** Empty after normalising ("-", "?", "—") or a word for "unknown": nothing is stated. */
function isNotKnown(label: string): boolean {
  return label === '' || NOT_KNOWN.has(label);
}

/** A person's translation for this value, matched as the built-in words are: ignoring case and accents. */
function override<T>(
  translations: Record<string, T> | undefined,
  label: string,
): { found: true; value: T } | undefined {
  if (!translations) return undefined;
  for (const [written, translated] of Object.entries(translations)) {
    if (normaliseLabel(written) === label) return { found: true, value: translated };
  }
  return undefined;
}

/** What a column should hold, as the sentence about an unknown value names it ("a stage"). */
const what = (code: string, message: string): DescribedText => ({ code: `what.${code}`, message });
const EXPECTED = {
  stage: what('stage', 'a stage'),
  useCategory: what('use-category', 'an Appendix II use category'),
  automation: what('automation', 'a level of automation'),
  providerType: what('provider-type', 'a kind of provider'),
  dataKind: what('data-kind', 'a kind of data'),
  legalArea: what('legal-area', 'a legal area'),
};

function unknownValue(
  raw: string,
  expected: DescribedText,
  known: readonly string[],
  mappingKey: string,
): Translation<never> {
  const shown = shorten(raw);
  return {
    kind: 'unknown',
    message: `"${shown}" is not ${expected.message} Charter Review recognises (${known.join(', ')}). Write one of these in the file, or translate "${shown}" in the mapping (values.${mappingKey}).`,
    values: { value: shown, what: expected, known: known.join(', '), mappingKey },
  };
}

function single<T extends string>(
  raw: string,
  map: ReadonlyMap<string, T>,
  translations: Record<string, T | null> | undefined,
  expected: DescribedText,
  known: readonly T[],
  mappingKey: string,
): Translation<T> {
  const label = normaliseLabel(raw);
  const own = override(translations, label);
  if (own) return own.value === null ? NOT_STATED : value(own.value);
  if (isNotKnown(label)) return NOT_STATED;
  const found = map.get(label);
  return found === undefined ? unknownValue(raw, expected, known, mappingKey) : value(found);
}

export function translateStage(raw: string, values: ValueTranslations): Translation<Stage> {
  return single(raw, STAGES, values.stage, EXPECTED.stage, SYSTEM_STAGES, 'stage');
}

export function translateUseCategory(raw: string, values: ValueTranslations): Translation<UseCategory> {
  return single(raw, USE_CATEGORY_MAP, values.useCategory, EXPECTED.useCategory, USE_CATEGORIES, 'useCategory');
}

export function translateAutomation(raw: string, values: ValueTranslations): Translation<Automation> {
  return single(raw, AUTOMATION_MAP, values.automation, EXPECTED.automation, AUTOMATION_LEVELS, 'automation');
}

export function translateProviderType(raw: string, values: ValueTranslations): Translation<ProviderType> {
  return single(raw, PROVIDERS, values.providerType, EXPECTED.providerType, PROVIDER_TYPES, 'providerType');
}

export interface Provider {
  providerType: ProviderType;
  providerName: string;
}

/**
 * A combined provider column: "In-house" → in-house; "Vendor: SpeechCo", "Éditeur : LinguaJuris",
 * "Supplier SpeechCo" → that vendor. Any other text is the name of the supplier the column lists, so
 * it is read as a vendor of that name: the column exists to name who supplies the system.
 */
export function translateProvider(raw: string, values: ValueTranslations): Translation<Provider> {
  const text = raw.trim();
  const label = normaliseLabel(text);
  const own = override(values.providerType, label);
  if (own) {
    if (own.value === null) return NOT_STATED;
    return value({ providerType: own.value, providerName: PROVIDERS.has(label) ? '' : text });
  }
  if (isNotKnown(label)) return NOT_STATED;
  const whole = PROVIDERS.get(label);
  if (whole) return value({ providerType: whole, providerName: '' });

  // "Vendor: X", "In-house (Ministry IT)", "Fournisseur – X": a kind of provider, then its name.
  const separated = /^(.+?)\s*(?::|\(|\s[-–—]\s)\s*(.+?)\s*\)?$/u.exec(text);
  if (separated?.[1] && separated[2]) {
    const kind = PROVIDERS.get(normaliseLabel(separated[1]));
    if (kind) return value({ providerType: kind, providerName: separated[2].trim() });
  }
  // "Supplier SpeechCo": only words that name a supplier may run into the name without punctuation.
  const words = text.split(/\s+/u);
  for (let count = 1; count < words.length && count <= 2; count += 1) {
    if (VENDOR_PREFIXES.has(normaliseLabel(words.slice(0, count).join(' ')))) {
      return value({ providerType: 'vendor', providerName: words.slice(count).join(' ') });
    }
  }
  return value({ providerType: 'vendor', providerName: text });
}

/** Splits "Yes (criminal data)", "personal, biometric", "civil and family" into their parts. */
function parts(raw: string): string[] {
  return raw
    .split(/[,;/+|\n():]|\s[-–—]\s|\s+(?:and|et|və|и)\s+/iu)
    .map((part) => part.trim())
    .filter((part) => normaliseLabel(part) !== '');
}

/**
 * The kinds of data a system processes. "Yes" means personal data; "Yes (criminal data)" personal and
 * criminal; "No" none ([]). Every other kind is a kind of personal data (GDPR Articles 9 and 10), so
 * naming one states that personal data is processed too.
 */
export function translateDataProcessed(raw: string, values: ValueTranslations): Translation<DataKind[]> {
  const label = normaliseLabel(raw);
  const own = override(values.dataProcessed, label);
  if (own) return own.value === null ? NOT_STATED : value(orderedKinds(own.value));
  if (isNotKnown(label)) return NOT_STATED;
  if (NO.has(label)) return value([]);
  if (YES.has(label)) return value(['personal']);
  const kinds = new Set<DataKind>();
  const unknown: string[] = [];
  for (const part of parts(raw)) {
    const partLabel = normaliseLabel(part);
    const kind = DATA_KIND_MAP.get(partLabel);
    if (YES.has(partLabel)) kinds.add('personal');
    else if (kind) kinds.add(kind);
    else unknown.push(part);
  }
  if (unknown.length > 0 || kinds.size === 0) {
    return unknownValue(unknown[0] ?? raw, EXPECTED.dataKind, ['yes', 'no', ...DATA_KINDS], 'dataProcessed');
  }
  kinds.add('personal');
  return value(orderedKinds([...kinds]));
}

function orderedKinds(kinds: readonly DataKind[]): DataKind[] {
  return DATA_KINDS.filter((kind) => kinds.includes(kind));
}

export function translateLegalAreas(raw: string, values: ValueTranslations): Translation<LegalArea[]> {
  const label = normaliseLabel(raw);
  const own = override(values.legalAreas, label);
  if (own) return own.value === null ? NOT_STATED : value(LEGAL_AREAS.filter((a) => own.value?.includes(a)));
  if (isNotKnown(label)) return NOT_STATED;
  if (NO.has(label)) return value([]);
  const areas = new Set<LegalArea>();
  for (const part of parts(raw)) {
    const area = LEGAL_AREA_MAP.get(normaliseLabel(part));
    if (!area) return unknownValue(part, EXPECTED.legalArea, LEGAL_AREAS, 'legalAreas');
    areas.add(area);
  }
  if (areas.size === 0) return unknownValue(raw, EXPECTED.legalArea, LEGAL_AREAS, 'legalAreas');
  return value(LEGAL_AREAS.filter((area) => areas.has(area)));
}
