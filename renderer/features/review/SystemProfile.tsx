// The "about this system" panel above its checklist: scoping answers and the Appendix II category.
import { useTranslation } from 'react-i18next';
import type { SystemRecord } from '../../../shared/model/system';
import { CopyAnswers } from './CopyAnswers';
import { CustomFields } from './CustomFields';
import { ScopingQuestions } from './ScopingQuestions';
import { UseClassification } from './UseClassification';
import { categoryTitle } from './categoryTitle';
import { useContentLanguage } from './useContentLanguage';

export function SystemProfile({ system }: { system: SystemRecord }) {
  const { t } = useTranslation('review');
  const language = useContentLanguage();
  return (
    <details className="system-profile">
      <summary>
        {t('profile.summary')} <span className="muted">· {categoryTitle(system.useCategory, language)}</span>
      </summary>
      <div className="profile-grid">
        <UseClassification system={system} />
        <ScopingQuestions system={system} />
        <CustomFields system={system} />
        <CopyAnswers system={system} />
      </div>
    </details>
  );
}
