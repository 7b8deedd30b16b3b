// Starts a review: its title, the organisation, and the checklists it is answered against.
import { type FormEvent, useState } from 'react';
import { DEFAULT_FRAMEWORK_IDS, builtInFrameworks } from '../../../shared/frameworks/builtIn';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { contentLanguage, isLanguage } from '../../i18n/languages';

export function NewReviewForm({ onCancel }: { onCancel: () => void }) {
  const { t, i18n } = useTranslation(['welcome', 'common']);
  const content = contentLanguage(isLanguage(i18n.language) ? i18n.language : 'en');
  const createReview = useSession((s) => s.createReview);
  const busy = useSession((s) => s.busy);
  const [title, setTitle] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [frameworkIds, setFrameworkIds] = useState<string[]>(DEFAULT_FRAMEWORK_IDS);
  const [problem, setProblem] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (title.trim() === '') return setProblem(t('newReviewForm.needTitle'));
    if (frameworkIds.length === 0) return setProblem(t('newReviewForm.needChecklist'));
    setProblem('');
    void createReview({ title: title.trim(), organisation: organisation.trim(), frameworkIds });
  }

  function toggle(id: string, on: boolean) {
    setFrameworkIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
  }

  return (
    <form className="panel new-review" onSubmit={submit} aria-labelledby="new-review-title" noValidate>
      <h2 id="new-review-title">{t('newReviewForm.title')}</h2>
      <label>
        {t('newReviewForm.reviewTitle')}
        <input
          autoFocus
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder={t('newReviewForm.titleExample')}
          aria-invalid={problem !== '' && title.trim() === ''}
          maxLength={300}
        />
      </label>
      <label>
        {t('newReviewForm.organisation')}
        <input value={organisation} onChange={(e) => setOrganisation(e.target.value)} maxLength={300} />
      </label>
      <fieldset>
        <legend>{t('newReviewForm.checklists')}</legend>
        {builtInFrameworks().map((framework) => (
          <label key={framework.id} className="checkbox">
            <input
              type="checkbox"
              checked={frameworkIds.includes(framework.id)}
              onChange={(e) => toggle(framework.id, e.target.checked)}
            />
            <span>
              {framework.shortTitle[content]}{' '}
              <span className="muted">{t('newReviewForm.version', { version: framework.version })}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy !== null}>
          {t('newReviewForm.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common:action.cancel')}
        </button>
      </div>
    </form>
  );
}
