// The history's sentences and values in the interface's language, put together from the message keys, codes and
// data the engine gives with each entry. In English they read exactly as the entry's summary.
import {
  HISTORY_LIST_SEPARATOR,
  type HistoryChange,
  type HistoryEntry,
  type HistoryMessage,
  type HistoryValue,
  type HistoryWordKind,
  englishHistoryText,
  englishWord,
  isHistoryList,
} from '../../../shared/engine/historyQueries';
import { localise } from '../../../shared/frameworks/schema';
import { format } from '../../i18n/format';
import { currentLanguage, i18n, t } from '../../i18n/i18n';
import { contentLanguage } from '../../i18n/languages';

/** The sentence of an entry; its English summary when this version has no message for it. */
export function entrySentence(entry: Pick<HistoryEntry, 'summary' | 'message'>): string {
  return sentence(entry.message) ?? entry.summary;
}

/** A change's field and values before and after, in the interface's language. */
export function changeText(change: HistoryChange): { field: string; before: string; after: string } {
  return {
    field: historyText(change.parts.field),
    before: historyText(change.parts.before),
    after: historyText(change.parts.after),
  };
}

/** Any part of a sentence or change: data as it is, words of the app and sentences translated. */
export function historyText(value: HistoryValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return format().number(value);
  if (isHistoryList(value)) return value.map(historyText).join(HISTORY_LIST_SEPARATOR);
  if ('word' in value) return word(value.word, value.code);
  if ('content' in value) return localise(value.content, contentLanguage(currentLanguage()));
  return sentence(value) ?? englishHistoryText(value);
}

/** A message of the history catalogue with its values filled; undefined if the catalogue has no such message. */
function sentence(message: HistoryMessage): string | undefined {
  // Numbers stay numbers: the message formats them and chooses its plural form by `count`.
  const values = Object.fromEntries(
    Object.entries(message.values).map(([name, value]) => [
      name,
      typeof value === 'number' ? value : historyText(value),
    ]),
  );
  const key = `history:entry.${message.key}` as const;
  return i18n.exists(key, values) ? String(t(key, values)) : undefined;
}

/** A word of the app by its code, in the interface's language, else in English; a code unknown here as itself. */
function word(kind: HistoryWordKind, code: string): string {
  const key = `word.${kind}.${code}`;
  const found: unknown = i18n.getResource(currentLanguage(), 'history', key);
  return typeof found === 'string' ? found : englishWord(kind, code);
}
