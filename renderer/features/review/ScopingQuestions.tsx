// Plain questions about a system whose answers set its attributes, and so decide which
// checklist items apply. "Not stated" keeps every item; "None of these" rules items out.
import { useId } from 'react';
import { builtInFrameworks } from '../../../shared/frameworks/builtIn';
import type { ScopingQuestion } from '../../../shared/frameworks/schema';
import type { SystemAttributes, SystemRecord } from '../../../shared/model/system';
import { useSession } from '../../app/session';

/** One question per attribute; the Appendix II group has its own assistant. */
function scopingQuestions(): ScopingQuestion[] {
  const byAttribute = new Map<string, ScopingQuestion>();
  for (const framework of builtInFrameworks()) {
    for (const question of framework.scoping ?? []) {
      if (question.attribute !== 'useCategory' && !byAttribute.has(question.attribute)) {
        byAttribute.set(question.attribute, question);
      }
    }
  }
  return [...byAttribute.values()];
}

const QUESTIONS = scopingQuestions();

export function ScopingQuestions({ system }: { system: SystemRecord }) {
  const run = useSession((s) => s.run);
  const id = useId();

  function change(changes: Partial<SystemAttributes>) {
    void run({ type: 'updateSystem', systemId: system.id, changes });
  }

  return (
    <section className="profile-block" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>What the system does</h3>
      <p className="muted">
        These answers decide which checklist items apply. Leave a question unanswered to keep its items.
      </p>
      {QUESTIONS.map((question) => {
        const value = system[question.attribute];
        const name = `${id}-${question.id}`;
        if (question.choice === 'multiple') {
          const selected = Array.isArray(value) ? value : null;
          const toggle = (option: string, on: boolean) => {
            const next = new Set<string>(selected ?? []);
            if (on) next.add(option);
            else next.delete(option);
            change({ [question.attribute]: [...next] } as Partial<SystemAttributes>);
          };
          return (
            <fieldset key={question.id} className="scoping">
              <legend>{question.question.en}</legend>
              <p className="muted">{question.help.en}</p>
              {question.options.map((option) => (
                <label key={option.value} className="checkbox">
                  <input
                    type="checkbox"
                    checked={selected?.includes(option.value as never) ?? false}
                    onChange={(e) => toggle(option.value, e.target.checked)}
                  />
                  {option.label.en}
                </label>
              ))}
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={selected !== null && selected.length === 0}
                  onChange={(e) =>
                    change({ [question.attribute]: e.target.checked ? [] : null } as Partial<SystemAttributes>)
                  }
                />
                None of these
              </label>
              {selected === null && <span className="hint-inline">Not stated yet</span>}
            </fieldset>
          );
        }
        return (
          <fieldset key={question.id} className="scoping">
            <legend>{question.question.en}</legend>
            <p className="muted">{question.help.en}</p>
            {question.options.map((option) => (
              <label key={option.value} className="checkbox">
                <input
                  type="radio"
                  name={name}
                  checked={value === option.value}
                  onChange={() => change({ [question.attribute]: option.value } as Partial<SystemAttributes>)}
                />
                {option.label.en}
              </label>
            ))}
            <label className="checkbox">
              <input
                type="radio"
                name={name}
                checked={value === null}
                onChange={() => change({ [question.attribute]: null } as Partial<SystemAttributes>)}
              />
              Not stated
            </label>
          </fieldset>
        );
      })}
    </section>
  );
}
