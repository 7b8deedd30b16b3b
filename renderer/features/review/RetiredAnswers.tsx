// Answers to items that a newer version of a checklist removed: no longer asked, never lost.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetiredAnswerView } from '../../../shared/engine/queries';
import { useSession } from '../../app/session';
import { statusLabel } from './statusLabels';

export function RetiredAnswers({ systemId }: { systemId: string }) {
  const { t } = useTranslation('review');
  const loadRetiredAnswers = useSession((s) => s.loadRetiredAnswers);
  const revision = useSession((s) => s.info?.auditEntries ?? 0);
  const [answers, setAnswers] = useState<RetiredAnswerView[]>([]);

  useEffect(() => {
    let live = true;
    void loadRetiredAnswers().then((all) => {
      if (live) setAnswers(all.filter((a) => a.systemId === systemId));
    });
    return () => {
      live = false;
    };
  }, [loadRetiredAnswers, systemId, revision]);

  if (answers.length === 0) return null;
  return (
    <section className="retired" aria-labelledby="retired-title">
      <h3 id="retired-title">{t('retired.title')}</h3>
      <p className="muted">{t('retired.text')}</p>
      <ul>
        {answers.map((a) => (
          <li key={a.itemId}>
            <span className="item-id">{a.itemId.split('/')[1]}</span> {a.question} —{' '}
            <strong>{statusLabel(a.status)}</strong>
            {a.justification && <span className="muted"> · {a.justification}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
