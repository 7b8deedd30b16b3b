// The preview step: the counts, the file's warnings, and what happens to every row (row number, column and
// reason for each rejection), before anything is written.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { ImportPreview } from './InventoryImportSession';
import { ImportCounts } from './ImportCounts';
import { OUTCOME_LABELS, type PreviewLine, previewLines } from './importWizardModel';

type Shown = 'all' | PreviewLine['outcome'];

const LINE_HEIGHT = 34;

export function ImportPreviewStep({ preview }: { preview: ImportPreview }) {
  const lines = useMemo(() => previewLines(preview.rows), [preview]);
  const [shown, setShown] = useState<Shown>(preview.summary.rejected > 0 ? 'rejected' : 'all');
  const visible = useMemo(() => (shown === 'all' ? lines : lines.filter((l) => l.outcome === shown)), [lines, shown]);
  const { summary } = preview;
  const choices: { value: Shown; label: string; count: number }[] = [
    { value: 'all', label: 'All rows', count: summary.rowsRead },
    { value: 'added', label: OUTCOME_LABELS.added, count: summary.added },
    { value: 'updated', label: OUTCOME_LABELS.updated, count: summary.updated },
    { value: 'unchanged', label: OUTCOME_LABELS.unchanged, count: summary.unchanged },
    { value: 'duplicate', label: 'Duplicates', count: summary.duplicates },
    { value: 'rejected', label: OUTCOME_LABELS.rejected, count: summary.rejected },
  ];

  return (
    <div className="import-step">
      <ImportCounts summary={summary} />
      {preview.warnings.length > 0 && (
        <section className="import-warnings" aria-label="About how the file was read">
          <ul>
            {preview.warnings.map((warning) => (
              <li key={warning.code + warning.message}>{warning.message}</li>
            ))}
          </ul>
        </section>
      )}
      <div className="segmented preview-filter" role="group" aria-label="Rows shown">
        {choices
          .filter((choice) => choice.value === 'all' || choice.count > 0)
          .map((choice) => (
            <button
              key={choice.value}
              type="button"
              aria-pressed={shown === choice.value}
              onClick={() => setShown(choice.value)}
            >
              {choice.label} <span className="segment-count">{choice.count.toLocaleString()}</span>
            </button>
          ))}
      </div>
      <PreviewTable lines={visible} />
    </div>
  );
}

function PreviewTable({ lines }: { lines: readonly PreviewLine[] }) {
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
    <div className="preview-scroller" ref={scroller} tabIndex={0} role="region" aria-label="What happens to each row">
      <table className="preview-table" aria-rowcount={lines.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="preview-row">
              Row
            </th>
            <th scope="col" className="preview-outcome">
              Outcome
            </th>
            <th scope="col" className="preview-system">
              System
            </th>
            <th scope="col" className="preview-column">
              Column
            </th>
            <th scope="col">Details</th>
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
                  <span className={`outcome outcome-${line.outcome}`}>{OUTCOME_LABELS[line.outcome]}</span>
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
                No rows.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
