// The language checklist content (items, guidance, Appendix II groups, scoping questions) is shown in: the
// interface's language where the content has it, English otherwise. Follows a change of interface language.
import { useTranslation } from 'react-i18next';
import { contentLanguage, isLanguage } from '../../i18n/languages';

export function useContentLanguage(): 'en' | 'fr' {
  const { i18n } = useTranslation();
  return contentLanguage(isLanguage(i18n.language) ? i18n.language : 'en');
}
