// The "about this system" panel above its checklist: scoping answers and the Appendix II category.
import type { SystemRecord } from '../../../shared/model/system';
import { CopyAnswers } from './CopyAnswers';
import { CustomFields } from './CustomFields';
import { ScopingQuestions } from './ScopingQuestions';
import { UseClassification, categoryTitle } from './UseClassification';

export function SystemProfile({ system }: { system: SystemRecord }) {
  return (
    <details className="system-profile">
      <summary>
        About this system <span className="muted">· {categoryTitle(system.useCategory)}</span>
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
