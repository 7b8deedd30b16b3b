// Starts a review: its title, the organisation, and the checklists it is answered against.
import { type FormEvent, useState } from 'react';
import { DEFAULT_FRAMEWORK_IDS, builtInFrameworks } from '../../../shared/frameworks/builtIn';
import { useSession } from '../../app/session';

export function NewReviewForm({ onCancel }: { onCancel: () => void }) {
  const createReview = useSession((s) => s.createReview);
  const busy = useSession((s) => s.busy);
  const [title, setTitle] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [frameworkIds, setFrameworkIds] = useState<string[]>(DEFAULT_FRAMEWORK_IDS);
  const [problem, setProblem] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (title.trim() === '') return setProblem('Give the review a title, for example the court and the year.');
    if (frameworkIds.length === 0) return setProblem('Choose at least one checklist.');
    setProblem('');
    void createReview({ title: title.trim(), organisation: organisation.trim(), frameworkIds });
  }

  function toggle(id: string, on: boolean) {
    setFrameworkIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
  }

  return (
    <form className="panel new-review" onSubmit={submit} aria-labelledby="new-review-title" noValidate>
      <h2 id="new-review-title">New review</h2>
      <label>
        Title
        <input
          autoFocus
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder="Supreme Court — AI systems 2026"
          aria-invalid={problem !== '' && title.trim() === ''}
          maxLength={300}
        />
      </label>
      <label>
        Court or organisation
        <input value={organisation} onChange={(e) => setOrganisation(e.target.value)} maxLength={300} />
      </label>
      <fieldset>
        <legend>Checklists</legend>
        {builtInFrameworks().map((framework) => (
          <label key={framework.id} className="checkbox">
            <input
              type="checkbox"
              checked={frameworkIds.includes(framework.id)}
              onChange={(e) => toggle(framework.id, e.target.checked)}
            />
            <span>
              {framework.shortTitle.en} <span className="muted">v{framework.version}</span>
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
          Create review
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
