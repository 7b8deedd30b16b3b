// The portfolio: every system of the review against every principle, answers by status, systems by risk
// and the riskiest systems. Every figure is the engine's scores() query, the one `charter-review score` prints.
import { useCallback } from 'react';
import type { ScoreReport } from '../../../shared/engine/scoreReview';
import { useSession } from '../../app/session';
import type { EngineClient } from '../../engine-client';
import { ExportViewButtons } from '../exchange/ExportViewButtons';
import { portfolioTable } from '../exchange/viewTables';
import { HeatMap } from './HeatMap';
import { PortfolioCounts } from './PortfolioCounts';
import { PortfolioFilterBar } from './PortfolioFilterBar';
import { RiskiestSystems } from './RiskiestSystems';
import { usePortfolio, usePortfolioFilters } from './portfolioStore';
import { filterScoredSystems, formatScore, isFiltered } from './portfolioView';
import { useEngineQuery } from './useEngineQuery';

export function PortfolioScreen() {
  const reviewId = useSession((s) => s.info?.id ?? '');
  const load = useCallback((engine: EngineClient) => engine.scores('en'), []);
  const result = useEngineQuery(load);

  return (
    <main className="overview-screen portfolio" aria-labelledby="portfolio-title">
      <header className="overview-header">
        <div>
          <h2 id="portfolio-title">Portfolio</h2>
          <p className="overview-lead">
            How each AI system stands against each principle. The figures are those of the report and of{' '}
            <code>charter-review score</code> (method in docs/scoring.md).
          </p>
        </div>
        {result.status === 'ready' && <WholeReview report={result.data} />}
      </header>
      {result.status === 'loading' && <p className="muted">Loading the scores…</p>}
      {result.status === 'failed' && (
        <p className="overview-problem" role="alert">
          The scores could not be loaded: {result.message}
        </p>
      )}
      {result.status === 'ready' && <PortfolioBody reviewId={reviewId} report={result.data} />}
    </main>
  );
}

function WholeReview({ report }: { report: ScoreReport }) {
  const { overall } = report.portfolio;
  return (
    <dl className="overview-figures" aria-label="Whole review">
      <div>
        <dt>Systems</dt>
        <dd>{report.portfolio.systems}</dd>
      </div>
      <div>
        <dt>Score</dt>
        <dd>{formatScore(overall.score)}</dd>
      </div>
      <div>
        <dt>Coverage</dt>
        <dd>{formatScore(overall.coverage)}</dd>
      </div>
    </dl>
  );
}

function PortfolioBody({ reviewId, report }: { reviewId: string; report: ScoreReport }) {
  const filters = usePortfolioFilters(reviewId);
  const clearFilters = usePortfolio((s) => s.clearFilters);
  const setView = useSession((s) => s.setView);

  if (report.systems.length === 0) {
    return (
      <div className="overview-empty">
        <h3>No systems to compare yet</h3>
        <p>Add the AI systems used in your courts; each one appears here once it is in the review.</p>
        <div className="actions">
          <button type="button" className="button-primary" onClick={() => setView('checklists')}>
            Go to the checklists
          </button>
        </div>
      </div>
    );
  }

  const shown = filterScoredSystems(report.systems, filters);
  const filtered = isFiltered(filters);
  return (
    <>
      <PortfolioFilterBar reviewId={reviewId} systems={report.systems} shownCount={shown.length} />
      <ExportViewButtons
        what="portfolio"
        sheetName="Portfolio"
        table={() => portfolioTable(report, shown)}
        disabled={shown.length === 0}
      />
      {shown.length === 0 ? (
        <div className="overview-no-match">
          <p>No system matches these filters.</p>
          <button type="button" onClick={clearFilters}>
            Clear filters
          </button>
        </div>
      ) : (
        <>
          <PortfolioCounts report={report} shown={shown} filtered={filtered} />
          <div className="portfolio-grid">
            <HeatMap report={report} systems={shown} />
            <RiskiestSystems report={report} shownIds={new Set(shown.map((s) => s.id))} filtered={filtered} />
          </div>
        </>
      )}
    </>
  );
}
