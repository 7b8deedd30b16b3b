// The riskiest systems of the portfolio, as the engine ranks them (risk level, then lowest score, then name),
// with the reasons for each level. Filters only hide systems; they never reorder the list.
import type { ScoreReport } from '../../../shared/engine/scoreReview';
import { openChecklist } from './openChecklist';
import { RISK_LABELS, formatScore } from './portfolioView';

interface Props {
  report: ScoreReport;
  shownIds: ReadonlySet<string>;
  filtered: boolean;
}

export function RiskiestSystems({ report, shownIds, filtered }: Props) {
  const reasons = new Map(report.systems.map((s) => [s.id, s.risk.reasons]));
  const riskiest = report.portfolio.riskiest.filter((entry) => shownIds.has(entry.id));
  return (
    <section className="overview-panel riskiest" aria-labelledby="riskiest-title">
      <div className="panel-head">
        <h3 id="riskiest-title">Riskiest systems</h3>
        <span className="muted">{filtered ? 'of those shown, among the ten riskiest' : 'ten at most'}</span>
      </div>
      {riskiest.length === 0 ? (
        <p className="muted">None of the ten riskiest systems of the review matches the filters.</p>
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
                  <span className="muted">score</span> {formatScore(entry.score)}
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
