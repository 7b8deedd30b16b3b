// Comparing with another round: the open review against an earlier review file, per system and principle,
// with words and signs for each change (never colour alone) and the answers that changed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundComparison } from '../../../shared/fieldwork';
import { appHost, engineClient } from '../../app/session';
import { errorText } from '../../i18n/errorText';
import { useFormat } from '../../i18n/format';
import { roundWord, statusWord } from './fieldworkWords';

export function CompareRounds() {
  const { t } = useTranslation('fieldwork');
  const { number } = useFormat();
  const score = (value: number | null) => (value === null ? '—' : number(value));
  const [comparison, setComparison] = useState<RoundComparison | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function compare() {
    setProblem(null);
    setBusy(true);
    try {
      const file = await appHost().pickFile({ title: t('compare.pickTitle'), extensions: ['charter'] });
      if (file) setComparison(await engineClient().compareWithRound(file));
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  const principles = comparison
    ? [
        ...new Map(
          comparison.systems
            .flatMap((s) => s.principles)
            .map((p) => [p.id, { id: p.id, code: p.code, title: p.title }]),
        ).values(),
      ]
    : [];
  return (
    <section className="panel fieldwork-section" aria-labelledby="compare-title">
      <h3 id="compare-title">{t('compare.title')}</h3>
      <p className="muted">{t('compare.intro')}</p>
      <div className="actions">
        <button type="button" onClick={() => void compare()} disabled={busy}>
          {t('compare.choose')}
        </button>
      </div>
      {problem && (
        <p role="alert" className="field-problem">
          {problem}
        </p>
      )}
      {comparison && (
        <>
          <p role="status">
            {t('compare.summary', {
              count: comparison.totals.systemsNew,
              earlier: comparison.old.title,
              current: comparison.new.title,
              improved: comparison.totals.improved,
              regressed: comparison.totals.regressed,
              disappeared: comparison.totals.systemsDisappeared,
              answersChanged: comparison.totals.itemChanges,
            })}
          </p>
          <div className="fieldwork-table-wrap">
            <table className="data-table fieldwork-rounds">
              <caption>{t('compare.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('compare.system')}</th>
                  {principles.map((p) => (
                    <th scope="col" key={p.id} title={p.title}>
                      {p.code}
                    </th>
                  ))}
                  <th scope="col">{t('compare.answersChanged')}</th>
                </tr>
              </thead>
              <tbody>
                {comparison.systems.map((system) => (
                  <tr key={`${system.oldId ?? ''}-${system.newId ?? ''}`}>
                    <th scope="row">
                      {system.name}
                      {system.presence !== 'both' && (
                        <span className="muted">
                          {' '}
                          ({system.presence === 'new' ? t('compare.presenceNew') : t('compare.presenceDisappeared')})
                        </span>
                      )}
                      {system.matchedBy === 'name' && <span className="muted"> ({t('compare.matchedByName')})</span>}
                    </th>
                    {principles.map((p) => {
                      const cell = system.principles.find((candidate) => candidate.id === p.id);
                      return (
                        <td key={p.id} data-change={cell?.change}>
                          {cell ? (
                            <>
                              {roundWord(cell.change)}
                              <br />
                              <span className="muted">
                                {score(cell.from)} → {score(cell.to)}
                              </span>
                            </>
                          ) : (
                            '—'
                          )}
                        </td>
                      );
                    })}
                    <td>
                      {system.changes.length === 0 ? (
                        '—'
                      ) : (
                        <details>
                          <summary>{number(system.changes.length)}</summary>
                          <ul>
                            {system.changes.map((change) => (
                              <li key={change.item}>
                                {change.item.split('/').pop()}: {statusWord(change.from)} → {statusWord(change.to)}
                              </li>
                            ))}
                          </ul>
                        </details>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
