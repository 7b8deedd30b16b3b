// Why a row of an answers spreadsheet is refused: the English sentence the CLI prints, kept with a code and the
// data it mentions, so the interface words it in its own language (`exchange:shared.<code>`).

const REFUSALS = {
  'missing-columns': (v: { columns: string }) => `The header row has no ${v.columns} column.`,
  'missing-system-column': () => 'The header row has no "system_id" or "system" column.',
  'missing-columns-and-system': (v: { columns: string }) =>
    `The header row has no ${v.columns}, "system_id" or "system" column.`,
  'ambiguous-system': (v: { count: number; name: string }) =>
    `${v.count} systems are named "${v.name}"; give the system_id.`,
  'unknown-system': (v: { system: string }) => `No system "${v.system}" in this review.`,
  'unknown-item': (v: { item: string }) => `No checklist item "${v.item}" in this review.`,
  'unknown-status': (v: { value: string }) =>
    `"${v.value}" is not a status (use compliant, partial, non_compliant, not_applicable or not_reviewed).`,
  'justification-too-long': (v: { length: number; maximum: number }) =>
    `The justification has ${v.length} characters; at most ${v.maximum} are kept. Nothing from this row was imported: shorten it and import again.`,
};

export type AnswersRefusalCode = keyof typeof REFUSALS;

/** The data each refusal mentions. */
export type AnswersRefusalValues<C extends AnswersRefusalCode> =
  Parameters<(typeof REFUSALS)[C]> extends [infer V] ? V : Record<string, never>;

/** A refused row: its number, the English reason, and the same reason as a code with its data. */
export interface AnswersRefusal {
  row: number;
  message: string;
  code: AnswersRefusalCode;
  values: Readonly<Record<string, string | number>>;
}

export const ANSWERS_REFUSAL_CODES = Object.keys(REFUSALS) as AnswersRefusalCode[];

export function answersRefusal<C extends AnswersRefusalCode>(
  row: number,
  code: C,
  values: AnswersRefusalValues<C>,
): AnswersRefusal {
  // Each code's sentence takes that code's values: the compiler cannot follow the pairing through the index.
  const sentence = REFUSALS[code] as (values: AnswersRefusalValues<C>) => string;
  return { row, message: sentence(values), code, values: values as AnswersRefusal['values'] };
}

/**
 * The refusal of a header row that lacks columns the import needs ("item", "status", and "system_id" or
 * "system"); undefined when none is missing.
 */
export function missingColumnsRefusal(
  row: number,
  missing: { item: boolean; status: boolean; system: boolean },
): AnswersRefusal | undefined {
  const columns = [missing.item && '"item"', missing.status && '"status"'].filter(Boolean).join(', ');
  if (columns === '') return missing.system ? answersRefusal(row, 'missing-system-column', {}) : undefined;
  return missing.system
    ? answersRefusal(row, 'missing-columns-and-system', { columns })
    : answersRefusal(row, 'missing-columns', { columns });
}
