// Appendix II of the Charter for one system: the group it is in and why, with an assistant
// that suggests a group from plain questions. The reviewer can always choose by hand, with a reason.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  USE_CLASSIFICATION_QUESTIONS,
  type UseClassificationAnswers,
  suggestUseCategory,
} from '../../../shared/frameworks/classifyUse';
import { localise } from '../../../shared/frameworks/schema';
import { USE_CATEGORIES, type SystemRecord } from '../../../shared/model/system';
import { useSession } from '../../app/session';
import { categoryTitle } from './categoryTitle';
import { useContentLanguage } from './useContentLanguage';

export function UseClassification({ system }: { system: SystemRecord }) {
  const { t } = useTranslation(['review', 'common']);
  const language = useContentLanguage();
  const run = useSession((s) => s.run);
  const id = useId();
  const [mode, setMode] = useState<'view' | 'assistant' | 'manual'>('view');
  const [answers, setAnswers] = useState<UseClassificationAnswers>({});
  const [manualCategory, setManualCategory] = useState<string>(system.useCategory ?? USE_CATEGORIES[0]);
  const [manualReason, setManualReason] = useState('');
  const suggestion = suggestUseCategory(answers);

  async function accept() {
    if (!suggestion.category) return;
    await run({
      type: 'classifyUse',
      systemId: system.id,
      useCategory: suggestion.category,
      reason: localise(suggestion.reason, language),
      source: 'assistant',
    });
    setMode('view');
  }

  async function saveManual() {
    await run({
      type: 'classifyUse',
      systemId: system.id,
      useCategory: manualCategory as (typeof USE_CATEGORIES)[number],
      reason: manualReason.trim(),
      source: 'reviewer',
    });
    setMode('view');
  }

  return (
    <section className="profile-block" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('useClassification.title')}</h3>
      <p className={`category-badge category-${system.useCategory ?? 'none'}`}>
        {categoryTitle(system.useCategory, language)}
      </p>
      {system.useCategoryReason && (
        <p className="muted">
          {system.useCategoryReason}{' '}
          {system.useCategorySource === 'assistant'
            ? t('useClassification.byAssistant')
            : t('useClassification.byReviewer')}
        </p>
      )}
      {mode === 'view' && (
        <div className="actions">
          <button type="button" onClick={() => setMode('assistant')}>
            {t('useClassification.classify')}
          </button>
          <button type="button" onClick={() => setMode('manual')}>
            {t('useClassification.chooseByHand')}
          </button>
        </div>
      )}
      {mode === 'assistant' && (
        <div className="assistant">
          {USE_CLASSIFICATION_QUESTIONS.map((question) => (
            <fieldset key={question.id} className="yes-no">
              <legend>{localise(question.question, language)}</legend>
              <p className="muted">{localise(question.help, language)}</p>
              {(['yes', 'no'] as const).map((word) => (
                <label key={word}>
                  <input
                    type="radio"
                    name={`${id}-${question.id}`}
                    checked={answers[question.id] === (word === 'yes')}
                    onChange={() => setAnswers((a) => ({ ...a, [question.id]: word === 'yes' }))}
                  />
                  {t(`common:word.${word}`)}
                </label>
              ))}
            </fieldset>
          ))}
          <div className="suggestion" role="status" aria-live="polite">
            <strong>
              {suggestion.category
                ? t('useClassification.suggested', { category: categoryTitle(suggestion.category, language) })
                : t('useClassification.noSuggestion')}
            </strong>
            <p>{localise(suggestion.reason, language)}</p>
          </div>
          <div className="actions">
            <button
              type="button"
              className="button-primary"
              disabled={!suggestion.category}
              onClick={() => void accept()}
            >
              {t('useClassification.useThis')}
            </button>
            <button type="button" onClick={() => setMode('manual')}>
              {t('useClassification.chooseByHandInstead')}
            </button>
            <button type="button" onClick={() => setMode('view')}>
              {t('common:action.cancel')}
            </button>
          </div>
        </div>
      )}
      {mode === 'manual' && (
        <div className="assistant">
          <label>
            {t('useClassification.category')}
            <select value={manualCategory} onChange={(e) => setManualCategory(e.target.value)}>
              {USE_CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {categoryTitle(category, language)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('useClassification.why')}
            <textarea value={manualReason} onChange={(e) => setManualReason(e.target.value)} rows={2} />
          </label>
          <div className="actions">
            <button
              type="button"
              className="button-primary"
              disabled={manualReason.trim() === ''}
              onClick={() => void saveManual()}
            >
              {t('useClassification.save')}
            </button>
            <button type="button" onClick={() => setMode('view')}>
              {t('common:action.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
