// The riskiest systems of the portfolio, as the engine ranks them (risk level, then lowest score, then name),
// with the reasons for each level. Filters only hide systems; they never reorder the list.
import { useTranslation } from 'react-i18next';
import type { ScoreReport } from '../../../shared/engine/scoreReview';
import { openChecklist } from './openChecklist';
import { RISK_LABELS, formatScore, riskReasons } from './portfolioView';

interface Props {
  report: ScoreReport;
  shownIds: ReadonlySet<string>;
  filtered: boolean;
}

export function RiskiestSystems({ report, shownIds, filtered }: Props) {
  const { t } = useTranslation('portfolio');
  const reasons = new Map(report.systems.map((s) => [s.id, riskReasons(s)]));
  const riskiest = report.portfolio.riskiest.filter((entry) => shownIds.has(entry.id));
  return (
    <section className="overview-panel riskiest" aria-labelledby="riskiest-title">
      <div className="panel-head">
        <h3 id="riskiest-title">{t('riskiest.title')}</h3>
        <span className="muted">{filtered ? t('riskiest.scopeFiltered') : t('riskiest.scopeAll')}</span>
      </div>
      {riskiest.length === 0 ? (
        <p className="muted">{t('riskiest.noMatch')}</p>
      ) : (
        <ol className="riskiest-list">
          {riskiest.map((entry) => (
            <li key={entry.id}>
              <div className="riskiest-head">
                <button type="button" className="link-button" onClick={() => void openChecklist(entry.id)}>
                  {entry.name}
                </button>
                <span className={`risk-pill risk-${entry.level}`}>{RISK_LABELS[entry.level]}</span>
                <span className="riskiest-score">
                  <span className="muted">{t('riskiest.score')}</span> {formatScore(entry.score)}
                </span>
              </div>
              <ul className="riskiest-reasons">
                {(reasons.get(entry.id) ?? []).map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
