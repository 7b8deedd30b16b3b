// The counts of an import plan: every row read is added, updated, unchanged, a duplicate or rejected.
import type { ImportSummary } from '../../../shared/inventory';

const COUNTS: readonly { key: keyof Omit<ImportSummary, 'errors'>; label: string; tone?: string }[] = [
  { key: 'rowsRead', label: 'Rows read' },
  { key: 'added', label: 'To add', tone: 'good' },
  { key: 'updated', label: 'To update', tone: 'good' },
  { key: 'unchanged', label: 'Unchanged' },
  { key: 'duplicates', label: 'Duplicates', tone: 'warn' },
  { key: 'rejected', label: 'Rejected', tone: 'bad' },
];

/** One line for the footer of the mapping step, so the effect of each choice shows at once. */
export function ImportCountsLine({ summary }: { summary: ImportSummary }) {
  return (
    <p className="import-counts-line">
      {COUNTS.map(({ key, label, tone }) => (
        <span key={key} className={summary[key] > 0 && tone ? `tone-${tone}` : undefined}>
          {label} <strong data-testid={`import-count-${key}`}>{summary[key].toLocaleString()}</strong>
        </span>
      ))}
    </p>
  );
}

/** Once imported, the plan's words turn into what happened. */
const DONE_LABELS: Partial<Record<keyof ImportSummary, string>> = { added: 'Added', updated: 'Updated' };

export function ImportCounts({ summary, done = false }: { summary: ImportSummary; done?: boolean }) {
  return (
    <div className="import-counts">
      <dl>
        {COUNTS.map(({ key, label, tone }) => (
          <div key={key} className={`count-tile ${summary[key] > 0 && tone ? `tone-${tone}` : ''}`}>
            <dt>{(done && DONE_LABELS[key]) || label}</dt>
            <dd data-testid={`import-count-${key}`}>{summary[key].toLocaleString()}</dd>
          </div>
        ))}
      </dl>
      {summary.blankRows > 0 && (
        <p className="muted">
          {summary.blankRows} blank {summary.blankRows === 1 ? 'row was' : 'rows were'} skipped.
        </p>
      )}
    </div>
  );
}
