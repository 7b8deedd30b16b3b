// The working screen of an open review: systems on the left, the chosen system's checklist on the right.
import { useCallback } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { AnswerStatus } from '../../../shared/model/status';
import type { ChecklistItemView } from '../../../shared/engine/queries';
import { useSession } from '../../app/session';
import { FrameworkUpgrades } from './FrameworkUpgrades';
import { ItemCard } from './ItemCard';
import { PrincipleIntegration } from './PrincipleIntegration';
import { RetiredAnswers } from './RetiredAnswers';
import { SystemProfile } from './SystemProfile';
import { SignOffPanel } from './SignOffPanel';
import { useChecklistKeys } from './useChecklistKeys';
import { useSystemRecords } from './useSystemRecords';
import { SystemList } from './SystemList';
import { ExportViewButtons } from '../exchange/ExportViewButtons';
import { checklistTable } from './checklistTable';

export function ReviewScreen() {
  const { t, i18n } = useTranslation(['review', 'common']);
  const { checklist, setAnswer } = useSession();
  const systemId = checklist?.system.id;
  const answer = useCallback(
    async (itemId: string, status: AnswerStatus) => {
      if (systemId) await setAnswer(systemId, itemId, status);
    },
    [systemId, setAnswer],
  );
  const onKeyDown = useChecklistKeys(answer);
  const records = useSystemRecords(systemId ?? '');

  return (
    <div className="review-layout">
      <SystemList />
      <main className="checklist" aria-label={t('screen.checklist')} onKeyDown={onKeyDown}>
        {!checklist ? (
          <div className="empty-state">
            <h2>{t('screen.emptyTitle')}</h2>
            <p>{t('screen.emptyText')}</p>
          </div>
        ) : (
          <>
            <div className="checklist-head">
              <h2 className="checklist-title">{checklist.system.name}</h2>
              <ExportViewButtons
                what={t('screen.exportWhat', { name: checklist.system.name })}
                sheetName={t('screen.sheetName')}
                table={() => checklistTable(checklist)}
              />
            </div>
            {i18n.language === 'az' && <p className="muted content-note">{t('common:contentNote')}</p>}
            <Progress items={checklist.frameworks.flatMap((f) => f.principles.flatMap((p) => p.items))} />
            <FrameworkUpgrades />
            <SystemProfile key={checklist.system.id} system={checklist.system} />
            <p className="key-hint" aria-hidden="true">
              <Trans t={t} i18nKey="screen.keyHint" components={{ kbd: <kbd /> }} />
            </p>
            {checklist.frameworks.map((framework) => (
              <section key={framework.id} aria-label={framework.title}>
                <p className="framework-title">
                  {framework.title} <span className="muted">{t('screen.version', { version: framework.version })}</span>
                </p>
                {framework.principles.map((principle) => (
                  <section
                    key={principle.id}
                    className="principle"
                    aria-labelledby={`principle-${framework.id}-${principle.id}`}
                  >
                    <h3 id={`principle-${framework.id}-${principle.id}`}>
                      <span className="principle-code">{principle.code}</span> {principle.title}
                    </h3>
                    <Progress principleCode={principle.code} items={principle.items} />
                    {principle.integration && framework.integrationLevels.length > 0 && (
                      <PrincipleIntegration
                        key={`${checklist.system.id}-${principle.integration.confirmed?.level ?? ''}`}
                        systemId={checklist.system.id}
                        frameworkId={framework.id}
                        principleId={principle.id}
                        levels={framework.integrationLevels}
                        integration={principle.integration}
                      />
                    )}
                    {principle.items.map((item) => (
                      <ItemCard
                        key={item.id}
                        item={item}
                        onAnswer={(status, justification) =>
                          void setAnswer(checklist.system.id, item.id, status, justification)
                        }
                        records={{
                          systemId: checklist.system.id,
                          findings: records.findings.filter((f) => f.itemId === item.id),
                          actions: records.actions,
                          evidence: records.evidence.filter((e) => e.itemId === item.id),
                        }}
                      />
                    ))}
                  </section>
                ))}
              </section>
            ))}
            <RetiredAnswers systemId={checklist.system.id} />
            <SignOffPanel systemId={checklist.system.id} signOffs={records.signOffs} />
          </>
        )}
      </main>
    </div>
  );
}

/** How many of the applicable items have an answer, as text and a bar: of the system, or of one principle. */
function Progress({ principleCode, items }: { principleCode?: string; items: ChecklistItemView[] }) {
  const { t } = useTranslation('review');
  const applicable = items.filter((item) => item.applicable);
  const answered = applicable.filter((item) => item.status !== 'not_reviewed').length;
  const share = applicable.length === 0 ? 0 : Math.round((100 * answered) / applicable.length);
  return (
    <p className="progress-line">
      <span className="bar" aria-hidden="true">
        <span style={{ width: `${share}%` }} />
      </span>
      <span>
        {principleCode === undefined
          ? t('screen.progressSystem', { answered, total: applicable.length })
          : t('screen.progressPrinciple', { code: principleCode, answered, total: applicable.length })}
      </span>
    </p>
  );
}
