// The name of a system's Appendix II group, as the Charter's content gives it in the content language.
import { builtInFramework } from '../../../shared/frameworks/builtIn';
import { type ContentLanguage, localise } from '../../../shared/frameworks/schema';
import type { USE_CATEGORIES } from '../../../shared/model/system';
import { t } from '../../i18n/i18n';

/** Every language the content has; one is picked when shown, so a change of language is followed. */
const CATEGORY_TITLES = new Map(
  (builtInFramework('cepej-charter-2018')?.useCategories ?? []).map((c) => [c.id, c.title] as const),
);

/** The group's name, or a phrase in the interface language saying there is none yet. */
export function categoryTitle(category: string | null, language: ContentLanguage): string {
  if (category === null) return t('review:useClassification.notClassified');
  const title = CATEGORY_TITLES.get(category as (typeof USE_CATEGORIES)[number]);
  return title ? localise(title, language) : category;
}
