// Sentences the platform-free layer (shared/) builds in English for a person — an import's rejected rows, a
// merge's notes and conflict labels — in the interface's language. Shared code keeps each with a stable code and
// the data it mentions next to its English message; the feature's catalogue words the code as
// `<namespace>:shared.<code>`. A sentence without a code, or with one the catalogue lacks, is shown as it is.
import { i18n } from './i18n';

/** Anything shared code describes: the English message and, where it has them, a code and its data. */
export interface SharedText {
  message: string;
  code?: string | undefined;
  /** Names, numbers, or phrases described in their turn (worded first, then put in the sentence). */
  values?: Readonly<Record<string, string | number | SharedText>> | undefined;
}

export type SharedTextNamespace = 'inventory' | 'fieldwork' | 'exchange';

export function sharedText(namespace: SharedTextNamespace, text: SharedText): string {
  if (text.code === undefined) return text.message;
  const key = `${namespace}:shared.${text.code}`;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.values ?? {})) {
    values[name] = typeof value === 'object' ? sharedText(namespace, value) : value;
  }
  // A sentence that has only plural (or context) forms exists for i18next only with its count (or context).
  if (!i18n.exists(key, values)) return text.message;
  // The key is built from the sentence's own code, so it is checked at run time rather than by the compiler.
  return String(i18n.t(key as 'inventory:shared.no-name', values));
}
