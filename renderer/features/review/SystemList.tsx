// The systems of the review with their progress, and a field to add one by name.
import { type FormEvent, useState } from 'react';
import { useSession } from '../../app/session';

export function SystemList() {
  const { systems, selectedSystemId, selectSystem, addSystem } = useSession();
  const [name, setName] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') return;
    void addSystem(name.trim());
    setName('');
  }

  return (
    <nav className="system-list" aria-labelledby="systems-title">
      <h2 id="systems-title">AI systems</h2>
      {systems.length === 0 && <p className="empty">No systems yet. Add the first AI system used in your court.</p>}
      <ul>
        {systems.map((system) => {
          const answered = system.applicableItems - system.counts.not_reviewed;
          return (
            <li key={system.id}>
              <button
                type="button"
                className="system-item"
                aria-current={system.id === selectedSystemId ? 'true' : undefined}
                onClick={() => void selectSystem(system.id)}
              >
                <span className="system-name">{system.name}</span>
                <span
                  className="system-progress"
                  aria-label={`${answered} of ${system.applicableItems} items answered`}
                >
                  <span className="bar" aria-hidden="true">
                    <span
                      style={{ width: `${system.applicableItems ? (100 * answered) / system.applicableItems : 0}%` }}
                    />
                  </span>
                  {answered}/{system.applicableItems}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <form onSubmit={submit} className="add-system">
        <label htmlFor="new-system-name">Add a system</label>
        <div className="inline-field">
          <input
            id="new-system-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. Hearing transcription"
            maxLength={300}
          />
          <button type="submit">Add</button>
        </div>
      </form>
    </nav>
  );
}
