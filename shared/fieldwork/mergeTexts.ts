// The sentences a merge reports to a person (notes on a returned file, conflict labels), each kept with a code
// and the data it mentions, so the interface words it in its own language (`fieldwork:shared.<code>`) while the
// CLI prints the English as it always has.

/** A system as a sentence names it: its name, or a phrase when there is no name to give. */
export type SystemWords = string | MergeText;

const words = (system: SystemWords): string => (typeof system === 'string' ? system : system.message);

const SENTENCES = {
  'removed-there-kept': (v: { system: SystemWords }) =>
    `${words(v.system)} was removed in the returned file; it is kept here.`,
  'removed-here-stays': (v: { system: SystemWords }) =>
    `${words(v.system)} was removed here and not changed in the returned file; it stays removed.`,
  'conflict.answer': (v: { item: string; system: SystemWords }) => `${v.item} of ${words(v.system)}`,
  'conflict.principle': (v: { principle: string; framework: string; system: SystemWords }) =>
    `${v.principle} (${v.framework}) of ${words(v.system)}`,
  'conflict.system-removed-here': (v: { system: SystemWords }) =>
    `the system ${words(v.system)}, removed here and worked on in the returned file`,
  'conflict.profile': (v: { system: SystemWords }) => `the profile of ${words(v.system)}`,
  'conflict.finding': (v: { description: string; system: SystemWords }) =>
    `the finding “${v.description}” on ${words(v.system)}`,
  'conflict.action': (v: { description: string; system: SystemWords }) =>
    `the action “${v.description}” of ${words(v.system)}`,
  'system.gone': () => 'a system no longer in the review',
  'system.unnamed': () => 'a system without a name',
};

export type MergeTextCode = keyof typeof SENTENCES;

/** The data each sentence mentions. */
export type MergeTextValues<C extends MergeTextCode> =
  Parameters<(typeof SENTENCES)[C]> extends [infer V] ? V : Record<string, never>;

/** A sentence for a person: the English `message`, and the same as a code with its data. */
export interface MergeText {
  code: MergeTextCode;
  values: Readonly<Record<string, string | MergeText>>;
  message: string;
}

export const MERGE_TEXT_CODES = Object.keys(SENTENCES) as MergeTextCode[];

export function mergeText<C extends MergeTextCode>(code: C, values: MergeTextValues<C>): MergeText {
  // Each code's sentence takes that code's values: the compiler cannot follow the pairing through the index.
  const sentence = SENTENCES[code] as (values: MergeTextValues<C>) => string;
  return { code, values: values as MergeText['values'], message: sentence(values) };
}
