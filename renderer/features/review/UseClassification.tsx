// Appendix II of the Charter for one system: the group it is in and why, with an assistant
// that suggests a group from plain questions. The reviewer can always choose by hand, with a reason.
import { useId, useState } from 'react';
import {
  USE_CLASSIFICATION_QUESTIONS,
  type UseClassificationAnswers,
  suggestUseCategory,
} from '../../../shared/frameworks/classifyUse';
import { builtInFramework } from '../../../shared/frameworks/builtIn';
import { USE_CATEGORIES, type SystemRecord } from '../../../shared/model/system';
import { useSession } from '../../app/session';

const CATEGORY_TITLES = new Map(
  (builtInFramework('cepej-charter-2018')?.useCategories ?? []).map((c) => [c.id, c.title.en] as const),
);

export function categoryTitle(category: string | null): string {
  if (category === null) return 'Not classified yet';
  return CATEGORY_TITLES.get(category as (typeof USE_CATEGORIES)[number]) ?? category;
}

export function UseClassification({ system }: { system: SystemRecord }) {
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
      reason: suggestion.reason.en,
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
      <h3 id={`${id}-title`}>Appendix II use category</h3>
      <p className={`category-badge category-${system.useCategory ?? 'none'}`}>{categoryTitle(system.useCategory)}</p>
      {system.useCategoryReason && (
        <p className="muted">
          {system.useCategoryReason}{' '}
          {system.useCategorySource === 'assistant' ? '(suggested by the assistant)' : '(chosen by the reviewer)'}
        </p>
      )}
      {mode === 'view' && (
        <div className="actions">
          <button type="button" onClick={() => setMode('assistant')}>
            Classify with the assistant
          </button>
          <button type="button" onClick={() => setMode('manual')}>
            Choose by hand
          </button>
        </div>
      )}
      {mode === 'assistant' && (
        <div className="assistant">
          {USE_CLASSIFICATION_QUESTIONS.map((question) => (
            <fieldset key={question.id} className="yes-no">
              <legend>{question.question.en}</legend>
              <p className="muted">{question.help.en}</p>
              {(['yes', 'no'] as const).map((word) => (
                <label key={word}>
                  <input
                    type="radio"
                    name={`${id}-${question.id}`}
                    checked={answers[question.id] === (word === 'yes')}
                    onChange={() => setAnswers((a) => ({ ...a, [question.id]: word === 'yes' }))}
                  />
                  {word === 'yes' ? 'Yes' : 'No'}
                </label>
              ))}
            </fieldset>
          ))}
          <div className="suggestion" role="status" aria-live="polite">
            <strong>
              {suggestion.category ? `Suggested: ${categoryTitle(suggestion.category)}` : 'No suggestion yet'}
            </strong>
            <p>{suggestion.reason.en}</p>
          </div>
          <div className="actions">
            <button
              type="button"
              className="button-primary"
              disabled={!suggestion.category}
              onClick={() => void accept()}
            >
              Use this category
            </button>
            <button type="button" onClick={() => setMode('manual')}>
              Choose by hand instead
            </button>
            <button type="button" onClick={() => setMode('view')}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {mode === 'manual' && (
        <div className="assistant">
          <label>
            Category
            <select value={manualCategory} onChange={(e) => setManualCategory(e.target.value)}>
              {USE_CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {categoryTitle(category)}
                </option>
              ))}
            </select>
          </label>
          <label>
            Why this category (required)
            <textarea value={manualReason} onChange={(e) => setManualReason(e.target.value)} rows={2} />
          </label>
          <div className="actions">
            <button
              type="button"
              className="button-primary"
              disabled={manualReason.trim() === ''}
              onClick={() => void saveManual()}
            >
              Save category
            </button>
            <button type="button" onClick={() => setMode('view')}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
