// Answers by status and systems by risk level. Unfiltered, the engine's portfolio figures; filtered, the
// sum of the shown systems' own counts (which add up exactly to the portfolio's when nothing is filtered).
import { useTranslation } from 'react-i18next';
import type { ScoreReport, SystemScore } from '../../../shared/engine/scoreReview';
import { RISK_LEVELS } from '../../../shared/engine/scoring';
import { useFormat } from '../../i18n/format';
import { RISK_LABELS, countByRisk, sumCounts } from './portfolioView';

interface Props {
  report: ScoreReport;
  shown: readonly SystemScore[];
  filtered: boolean;
}

/** Status tiles in the order a reader scans them: the good news, the gaps, then what is left to do. */
const STATUS_ORDER = ['compliant', 'partial', 'non_compliant', 'not_applicable', 'not_reviewed'] as const;

export function PortfolioCounts({ report, shown, filtered }: Props) {
  const counts = filtered ? sumCounts(shown) : report.portfolio.overall.counts;
  const byRisk = filtered ? countByRisk(shown) : report.portfolio.byRisk;
  const { t } = useTranslation(['portfolio', 'common']);
  const { number } = useFormat();
  const scope = filtered ? t('counts.scopeShown') : t('counts.scopeAll');
  return (
    <div className="stat-groups">
      <section className="stat-group" aria-labelledby="answers-by-status">
        <h3 id="answers-by-status">
          {t('counts.byStatus')} <span className="muted">· {scope}</span>
        </h3>
        <dl className="stat-tiles stat-tiles-5">
          {STATUS_ORDER.map((status) => (
            <div key={status} className={`stat-tile tone-${status}`} data-testid={`count-${status}`}>
              <dt>
                <span className="swatch" aria-hidden="true" />
                {t(`common:status.${status}`)}
              </dt>
              <dd>{number(counts[status])}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="stat-group" aria-labelledby="systems-by-risk">
        <h3 id="systems-by-risk">
          {t('counts.byRisk')} <span className="muted">· {scope}</span>
        </h3>
        <dl className="stat-tiles stat-tiles-4">
          {RISK_LEVELS.map((level) => (
            <div key={level} className={`stat-tile risk-${level}`} data-testid={`risk-${level}`}>
              <dt>
                <span className="swatch" aria-hidden="true" />
                {RISK_LABELS[level]}
              </dt>
              <dd>{number(byRisk[level])}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
