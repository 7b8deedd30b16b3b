// A short summary of one framework (languages, item counts per principle), for listings such as
// the CLI's `frameworks --json` and the settings screen.
import { type ContentLanguage, type FrameworkContent, localise } from './schema';

const CONTENT_LANGUAGES: readonly ContentLanguage[] = ['en', 'fr', 'az'];

export interface FrameworkStats {
  id: string;
  version: string;
  title: string;
  /** Languages in which every text of the framework is written. */
  languages: ContentLanguage[];
  items: number;
  principles: { id: string; code: string; title: string; items: number }[];
}

export function frameworkStats(framework: FrameworkContent, language: ContentLanguage = 'en'): FrameworkStats {
  const texts = localisedTexts(framework);
  return {
    id: framework.id,
    version: framework.version,
    title: localise(framework.title, language),
    languages: CONTENT_LANGUAGES.filter((lang) => texts.every((text) => typeof text[lang] === 'string')),
    items: framework.items.length,
    principles: framework.principles.map((principle) => ({
      id: principle.id,
      code: principle.code,
      title: localise(principle.title, language),
      items: framework.items.filter((item) => item.principle === principle.id).length,
    })),
  };
}

/** Every localised text in the content, found by shape so that new optional fields are counted too. */
function localisedTexts(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) {
    for (const entry of value) localisedTexts(entry, found);
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string') found.push(record);
    else for (const entry of Object.values(record)) localisedTexts(entry, found);
  }
  return found;
}
