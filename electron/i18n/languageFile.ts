// Remembers the interface language between launches, so the menu bar starts in it before the page has loaded.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { replaceSmallFileSync } from '../files/replaceSmallFileSync';
import { MAIN_LANGUAGES, type MainLanguage } from './mainText';

export const LANGUAGE_FILE_NAME = 'interface-language.json';

const savedLanguageSchema = z.object({ version: z.literal(1), language: z.enum(MAIN_LANGUAGES) });

/** The language last chosen, or null when none was saved or the file cannot be used (it is only a convenience). */
export function loadRememberedLanguage(folder: string): MainLanguage | null {
  try {
    const parsed = savedLanguageSchema.safeParse(
      JSON.parse(readFileSync(path.join(folder, LANGUAGE_FILE_NAME), 'utf8')),
    );
    return parsed.success ? parsed.data.language : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(folder: string, language: MainLanguage): void {
  replaceSmallFileSync(path.join(folder, LANGUAGE_FILE_NAME), JSON.stringify({ version: 1, language }));
}
