// The counts of an import plan: every row read is added, updated, unchanged, a duplicate or rejected.
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../shared/inventory';
import { useFormat } from '../../i18n/format';

type CountKey = Exclude<keyof ImportSummary, 'errors' | 'blankRows'>;

const COUNTS: readonly { key: CountKey; tone?: string }[] = [
  { key: 'rowsRead' },
  { key: 'added', tone: 'good' },
  { key: 'updated', tone: 'good' },
  { key: 'unchanged' },
  { key: 'duplicates', tone: 'warn' },
  { key: 'rejected', tone: 'bad' },
];

/** One line for the footer of the mapping step, so the effect of each choice shows at once. */
export function ImportCountsLine({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation('inventory');
  const format = useFormat();
  return (
    <p className="import-counts-line">
      {COUNTS.map(({ key, tone }) => (
        <span key={key} className={summary[key] > 0 && tone ? `tone-${tone}` : undefined}>
          {t(`counts.${key}`)} <strong data-testid={`import-count-${key}`}>{format.number(summary[key])}</strong>
        </span>
      ))}
    </p>
  );
}

export function ImportCounts({ summary, done = false }: { summary: ImportSummary; done?: boolean }) {
  const { t } = useTranslation('inventory');
  const format = useFormat();
  /** Once imported, the plan's words turn into what happened. */
  const label = (key: CountKey) =>
    done && key === 'added'
      ? t('counts.doneAdded')
      : done && key === 'updated'
        ? t('counts.doneUpdated')
        : t(`counts.${key}`);
  return (
    <div className="import-counts">
      <dl>
        {COUNTS.map(({ key, tone }) => (
          <div key={key} className={`count-tile ${summary[key] > 0 && tone ? `tone-${tone}` : ''}`}>
            <dt>{label(key)}</dt>
            <dd data-testid={`import-count-${key}`}>{format.number(summary[key])}</dd>
          </div>
        ))}
      </dl>
      {summary.blankRows > 0 && <p className="muted">{t('counts.blankRows', { count: summary.blankRows })}</p>}
    </div>
  );
}
