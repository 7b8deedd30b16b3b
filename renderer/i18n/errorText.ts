// What an error says to the person, in the interface's language. Errors from the engine and the host carry a stable
// kind and code; their own message is an English sentence with the particulars (a row, a file name). In English the
// message is shown as it is; in other languages the code's translated sentence comes first and the English
// particulars follow as a detail, so nothing useful is hidden.
import { currentLanguage, i18n, t } from './i18n';

interface Coded {
  kind: string;
  code: string;
  message: string;
}

function coded(error: unknown): Coded | null {
  if (!(error instanceof Error)) return null;
  const { kind, code } = error as Error & { kind?: unknown; code?: unknown };
  if (typeof code !== 'string') return null;
  return { kind: typeof kind === 'string' ? kind : error.name, code, message: error.message };
}

export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (currentLanguage() === 'en') return message;
  const found = coded(error);
  const key = found ? `errors:${found.kind}.${found.code}` : null;
  // The key is built from the error's own kind and code, so it is checked at run time rather than by the compiler.
  const sentence = key !== null && i18n.exists(key) ? String(i18n.t(key as 'errors:generic')) : t('errors:generic');
  return message ? `${sentence} ${t('errors:detail', { message })}` : sentence;
}
