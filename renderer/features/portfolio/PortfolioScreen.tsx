// The portfolio: every system of the review against every principle, answers by status, systems by risk
// and the riskiest systems. Every figure is the engine's scores() query, the one `charter-review score` prints.
import { useCallback } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ScoreReport } from '../../../shared/engine/scoreReview';
import { useSession } from '../../app/session';
import type { EngineClient } from '../../engine-client';
import { useFormat } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { contentLanguage } from '../../i18n/languages';
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
  const { t } = useTranslation('portfolio');
  // Principle titles come from the checklist content, in the language closest to the interface's.
  const language = contentLanguage(currentLanguage());
  const load = useCallback((engine: EngineClient) => engine.scores(language), [language]);
  const result = useEngineQuery(load);

  return (
    <main className="overview-screen portfolio" aria-labelledby="portfolio-title">
      <header className="overview-header">
        <div>
          <h2 id="portfolio-title">{t('screen.title')}</h2>
          <p className="overview-lead">
            <Trans t={t} i18nKey="screen.lead" components={{ code: <code /> }} />
          </p>
        </div>
        {result.status === 'ready' && <WholeReview report={result.data} />}
      </header>
      {result.status === 'loading' && <p className="muted">{t('screen.loading')}</p>}
      {result.status === 'failed' && (
        <p className="overview-problem" role="alert">
          {t('screen.failed', { message: result.message })}
        </p>
      )}
      {result.status === 'ready' && <PortfolioBody reviewId={reviewId} report={result.data} />}
    </main>
  );
}

function WholeReview({ report }: { report: ScoreReport }) {
  const { t } = useTranslation('portfolio');
  const { number } = useFormat();
  const { overall } = report.portfolio;
  return (
    <dl className="overview-figures" aria-label={t('whole.label')}>
      <div>
        <dt>{t('whole.systems')}</dt>
        <dd>{number(report.portfolio.systems)}</dd>
      </div>
      <div>
        <dt>{t('whole.score')}</dt>
        <dd>{formatScore(overall.score)}</dd>
      </div>
      <div>
        <dt>{t('whole.coverage')}</dt>
        <dd>{formatScore(overall.coverage)}</dd>
      </div>
    </dl>
  );
}

function PortfolioBody({ reviewId, report }: { reviewId: string; report: ScoreReport }) {
  const filters = usePortfolioFilters(reviewId);
  const clearFilters = usePortfolio((s) => s.clearFilters);
  const setView = useSession((s) => s.setView);
  const { t } = useTranslation('portfolio');

  if (report.systems.length === 0) {
    return (
      <div className="overview-empty">
        <h3>{t('empty.title')}</h3>
        <p>{t('empty.text')}</p>
        <div className="actions">
          <button type="button" className="button-primary" onClick={() => setView('checklists')}>
            {t('empty.goToChecklists')}
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
        sheetName={t('screen.sheetName')}
        table={() => portfolioTable(report, shown)}
        disabled={shown.length === 0}
      />
      {shown.length === 0 ? (
        <div className="overview-no-match">
          <p>{t('noMatch')}</p>
          <button type="button" onClick={clearFilters}>
            {t('filters.clear')}
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
