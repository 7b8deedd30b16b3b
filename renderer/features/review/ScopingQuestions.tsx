// Plain questions about a system whose answers set its attributes, and so decide which
// checklist items apply. "Not stated" keeps every item; "None of these" rules items out.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { builtInFrameworks } from '../../../shared/frameworks/builtIn';
import { type ScopingQuestion, localise } from '../../../shared/frameworks/schema';
import type { SystemAttributes, SystemRecord } from '../../../shared/model/system';
import { useSession } from '../../app/session';
import { useContentLanguage } from './useContentLanguage';

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
  const { t } = useTranslation('review');
  const language = useContentLanguage();
  const run = useSession((s) => s.run);
  const id = useId();

  function change(changes: Partial<SystemAttributes>) {
    void run({ type: 'updateSystem', systemId: system.id, changes });
  }

  return (
    <section className="profile-block" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('scoping.title')}</h3>
      <p className="muted">{t('scoping.hint')}</p>
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
              <legend>{localise(question.question, language)}</legend>
              <p className="muted">{localise(question.help, language)}</p>
              {question.options.map((option) => (
                <label key={option.value} className="checkbox">
                  <input
                    type="checkbox"
                    checked={selected?.includes(option.value as never) ?? false}
                    onChange={(e) => toggle(option.value, e.target.checked)}
                  />
                  {localise(option.label, language)}
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
                {t('scoping.noneOfThese')}
              </label>
              {selected === null && <span className="hint-inline">{t('scoping.notStatedYet')}</span>}
            </fieldset>
          );
        }
        return (
          <fieldset key={question.id} className="scoping">
            <legend>{localise(question.question, language)}</legend>
            <p className="muted">{localise(question.help, language)}</p>
            {question.options.map((option) => (
              <label key={option.value} className="checkbox">
                <input
                  type="radio"
                  name={name}
                  checked={value === option.value}
                  onChange={() => change({ [question.attribute]: option.value } as Partial<SystemAttributes>)}
                />
                {localise(option.label, language)}
              </label>
            ))}
            <label className="checkbox">
              <input
                type="radio"
                name={name}
                checked={value === null}
                onChange={() => change({ [question.attribute]: null } as Partial<SystemAttributes>)}
              />
              {t('scoping.notStated')}
            </label>
          </fieldset>
        );
      })}
    </section>
  );
}
