// The preview step: the counts, the file's warnings, and what happens to every row (row number, column and
// reason for each rejection), before anything is written.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { sharedText } from '../../i18n/sharedText';
import type { ImportPreview } from './InventoryImportSession';
import { ImportCounts } from './ImportCounts';
import { type PreviewLine, outcomeLabel, previewLines } from './importWizardModel';

type Shown = 'all' | PreviewLine['outcome'];

const LINE_HEIGHT = 34;

export function ImportPreviewStep({ preview }: { preview: ImportPreview }) {
  const { t, i18n } = useTranslation('inventory');
  const format = useFormat();
  const lines = useMemo(
    () => previewLines(preview.rows),
    // The lines' details are worded in the interface's language: worded again when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [preview, i18n.language],
  );
  const [shown, setShown] = useState<Shown>(preview.summary.rejected > 0 ? 'rejected' : 'all');
  const visible = useMemo(() => (shown === 'all' ? lines : lines.filter((l) => l.outcome === shown)), [lines, shown]);
  const { summary } = preview;
  const choices: { value: Shown; label: string; count: number }[] = [
    { value: 'all', label: t('preview.allRows'), count: summary.rowsRead },
    { value: 'added', label: outcomeLabel('added'), count: summary.added },
    { value: 'updated', label: outcomeLabel('updated'), count: summary.updated },
    { value: 'unchanged', label: outcomeLabel('unchanged'), count: summary.unchanged },
    { value: 'duplicate', label: t('preview.duplicates'), count: summary.duplicates },
    { value: 'rejected', label: outcomeLabel('rejected'), count: summary.rejected },
  ];

  return (
    <div className="import-step">
      <ImportCounts summary={summary} />
      {preview.warnings.length > 0 && (
        <section className="import-warnings" aria-label={t('fileWarnings')}>
          <ul>
            {preview.warnings.map((warning) => (
              <li key={warning.code + warning.message}>{sharedText('inventory', warning)}</li>
            ))}
          </ul>
        </section>
      )}
      <div className="segmented preview-filter" role="group" aria-label={t('preview.rowsShown')}>
        {choices
          .filter((choice) => choice.value === 'all' || choice.count > 0)
          .map((choice) => (
            <button
              key={choice.value}
              type="button"
              aria-pressed={shown === choice.value}
              onClick={() => setShown(choice.value)}
            >
              {choice.label} <span className="segment-count">{format.number(choice.count)}</span>
            </button>
          ))}
      </div>
      <PreviewTable lines={visible} />
    </div>
  );
}

function PreviewTable({ lines }: { lines: readonly PreviewLine[] }) {
  const { t } = useTranslation('inventory');
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual hands out new functions each render; this project does not use the React Compiler,
  // so nothing memoizes them and the compiler's warning does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => LINE_HEIGHT,
    overscan: 10,
    paddingStart: LINE_HEIGHT,
    // Rejection reasons wrap over several lines: measure each row as it is drawn.
    measureElement: (element) => element.getBoundingClientRect().height,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const above = first ? first.start - LINE_HEIGHT : 0;
  const below = last ? virtualizer.getTotalSize() - last.end : 0;

  return (
    // The scrolling box is a stop in the Tab order, so the rows can be scrolled with the keyboard.
    <div className="preview-scroller" ref={scroller} tabIndex={0} role="region" aria-label={t('preview.eachRow')}>
      <table className="preview-table" aria-rowcount={lines.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="preview-row">
              {t('preview.header.row')}
            </th>
            <th scope="col" className="preview-outcome">
              {t('preview.header.outcome')}
            </th>
            <th scope="col" className="preview-system">
              {t('preview.header.system')}
            </th>
            <th scope="col" className="preview-column">
              {t('preview.header.column')}
            </th>
            <th scope="col">{t('preview.header.details')}</th>
          </tr>
        </thead>
        <tbody>
          {above > 0 && (
            <tr aria-hidden="true">
              <td colSpan={5} style={{ height: above, padding: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const line = lines[item.index];
            if (!line) return null;
            return (
              <tr
                key={line.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-rowindex={item.index + 2}
              >
                <td className="preview-row">{line.row}</td>
                <td>
                  <span className={`outcome outcome-${line.outcome}`}>{outcomeLabel(line.outcome)}</span>
                </td>
                <td>{line.system}</td>
                <td>{line.column}</td>
                <td className="preview-details">{line.details}</td>
              </tr>
            );
          })}
          {below > 0 && (
            <tr aria-hidden="true">
              <td colSpan={5} style={{ height: below, padding: 0 }} />
            </tr>
          )}
          {lines.length === 0 && (
            <tr>
              <td colSpan={5} className="muted">
                {t('preview.noRows')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
