// The import wizard: choose a file → (a sheet) → map its columns → preview every row → import as one
// undoable command → a summary to keep. Reading and planning run in the engine worker, with progress and Cancel.
import { proxy } from 'comlink';
import { useEffect, useRef, useState } from 'react';
import { type ImportSummary, type InventoryMapping, type UnknownValue, mergeMappings } from '../../../shared/inventory';
import { appHost, engineClient, useSession } from '../../app/session';
import { EngineError } from '../../engine-client';
import type { ImportPreview, InventoryFileView } from './InventoryImportSession';
import { ImportCounts, ImportCountsLine } from './ImportCounts';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportPreviewStep } from './ImportPreviewStep';
import { exportFileName } from './inventoryExport';
import { type PreviewLine, mergeUnknownValues, previewLines, previewReportCsv } from './importWizardModel';
import { recallMapping, rememberMapping } from './mappingMemory';

type Step = 'choose' | 'sheet' | 'mapping' | 'preview' | 'done';

const STEPS: readonly { step: Step; label: string }[] = [
  { step: 'choose', label: 'File' },
  { step: 'mapping', label: 'Columns' },
  { step: 'preview', label: 'Preview' },
  { step: 'done', label: 'Done' },
];

const EXTENSIONS = ['csv', 'tsv', 'txt', 'xlsx', 'xlsm', 'json'];
/** Planning reports progress every 2,000 rows; below that it is over before a bar would mean anything. */
const SHOW_PROGRESS_FROM = 2000;

interface Work {
  label: string;
  done: number;
  total: number;
  /** Reading a CSV counts characters, so it is shown as a share; planning counts rows. */
  unit: 'rows' | 'share';
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
const wasCancelled = (error: unknown) => error instanceof EngineError && error.code === 'cancelled';

export function ImportWizard({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const run = useSession((s) => s.run);
  const reviewTitle = useSession((s) => s.info?.title ?? 'Review');
  const [step, setStep] = useState<Step>('choose');
  const [file, setFile] = useState<InventoryFileView | null>(null);
  const [sheet, setSheet] = useState('');
  const [mapping, setMapping] = useState<InventoryMapping | null>(null);
  const [remembered, setRemembered] = useState(false);
  /** The last plan, with the mapping and request it answers: a plan for an older mapping is out of date. */
  const [planned, setPlanned] = useState<{
    mapping: InventoryMapping;
    request: number;
    preview: ImportPreview | null;
    error: string | null;
  } | null>(null);
  const [unknowns, setUnknowns] = useState<UnknownValue[]>([]);
  const [work, setWork] = useState<Work | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [result, setResult] = useState<{ summary: ImportSummary; lines: PreviewLine[]; fileName: string } | null>(null);
  const [planAgain, setPlanAgain] = useState(0);
  const planSeq = useRef(0);
  const workToken = useRef(0);

  /**
   * Shows a piece of work with its progress. Progress reports travel on their own channel and may arrive
   * after the answer, so once the work is finished (or replaced) its late reports are dropped.
   */
  function startWork(label: string, unit: Work['unit'], showFrom = 0) {
    const token = ++workToken.current;
    if (showFrom === 0) setWork({ label, done: 0, total: 0, unit });
    return {
      progress: proxy((done: number, total: number) => {
        if (workToken.current === token && total >= showFrom) setWork({ label, done, total, unit });
      }),
      finish: () => {
        if (workToken.current !== token) return;
        workToken.current += 1;
        setWork(null);
      },
    };
  }

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => {
      element?.close();
      // The file's bytes and table stay in the worker only while the wizard is open.
      void engineClient()
        .closeInventoryImport()
        .catch(() => undefined);
    };
  }, []);

  const checking = step === 'mapping' || step === 'preview';
  const upToDate = planned !== null && planned.mapping === mapping && planned.request === planAgain;
  const planning = checking && !upToDate;
  const preview = planned?.preview ?? null;
  const planError = upToDate ? planned.error : null;

  useEffect(() => {
    if (!checking || !file || !mapping) return;
    const seq = ++planSeq.current;
    const request = planAgain;
    // A short pause, so choosing several columns in a row plans once, for the last choice.
    const timer = setTimeout(() => {
      const tracked = startWork('Checking rows', 'rows', SHOW_PROGRESS_FROM);
      engineClient()
        .planInventoryImport(mapping, tracked.progress)
        .then((plan) => {
          if (seq !== planSeq.current) return;
          setPlanned({ mapping, request, preview: plan, error: null });
          setUnknowns((seen) => mergeUnknownValues(seen, plan.unknownValues));
        })
        .catch((error: unknown) => {
          if (seq !== planSeq.current) return;
          setPlanned({
            mapping,
            request,
            preview: null,
            error: wasCancelled(error)
              ? 'Checking the rows was cancelled. Change a column, or choose Check again, to see the preview.'
              : message(error),
          });
        })
        .finally(tracked.finish);
    }, 150);
    return () => clearTimeout(timer);
  }, [checking, file, mapping, planAgain]);

  function acceptFile(view: InventoryFileView, fromChoose: boolean) {
    const recalled = recallMapping(view.headers);
    setFile(view);
    setSheet(view.sheet ?? '');
    setMapping(recalled ? mergeMappings(view.guessed, recalled) : view.guessed);
    setRemembered(recalled !== null);
    setUnknowns([]);
    setPlanned(null);
    const sheets = (view.sheets ?? []).filter((s) => s.rows > 0);
    setStep(fromChoose && view.format === 'xlsx' && sheets.length > 1 ? 'sheet' : 'mapping');
  }

  function chooseFile() {
    setFileError(null);
    // Asked for at once, inside the click: browsers open a file chooser only in answer to one.
    const picking = appHost().pickFile({ title: 'Import an inventory', extensions: EXTENSIONS });
    void (async () => {
      try {
        const picked = await picking;
        if (!picked) return;
        const tracked = startWork(`Reading ${picked.name}`, 'share');
        try {
          acceptFile(await engineClient().openInventory(picked, tracked.progress), true);
        } finally {
          tracked.finish();
        }
      } catch (error) {
        setFileError(wasCancelled(error) ? null : message(error));
      }
    })();
  }

  async function continueWithSheet() {
    if (!file) return;
    if (sheet === file.sheet) {
      setStep('mapping');
      return;
    }
    const tracked = startWork(`Reading the sheet “${sheet}”`, 'share');
    try {
      acceptFile(await engineClient().chooseInventorySheet(sheet, tracked.progress), false);
    } catch (error) {
      setFileError(wasCancelled(error) ? null : message(error));
    } finally {
      tracked.finish();
    }
  }

  async function importNow() {
    if (!file || !mapping || !preview) return;
    setImporting(true);
    setImportError(null);
    try {
      const command = await engineClient().inventoryImportCommand();
      if (await run(command)) {
        rememberMapping(file.headers, { ...mapping, key: preview.key });
        setResult({ summary: preview.summary, lines: previewLines(preview.rows), fileName: file.fileName });
        setStep('done');
      } else {
        // The session reports a refused command in its banner, which this modal dialog covers: say it here.
        const { notice, dismissNotice } = useSession.getState();
        setImportError(notice?.message ?? 'The import was not applied. Nothing was changed.');
        dismissNotice();
      }
    } catch (error) {
      setImportError(message(error));
      // The review changed since the preview: plan again so what is shown is what would happen.
      if (error instanceof EngineError && error.code === 'conflict') setPlanAgain((n) => n + 1);
    } finally {
      setImporting(false);
    }
  }

  async function exportReport() {
    if (!result) return;
    try {
      await appHost().exportFile(
        exportFileName(reviewTitle, 'import report', 'csv'),
        'text/csv',
        previewReportCsv(result.lines),
      );
    } catch (error) {
      setImportError(message(error));
    }
  }

  function close() {
    if (work || planning)
      void engineClient()
        .cancelInventoryWork()
        .catch(() => undefined);
    onClose();
  }

  const current = step === 'sheet' ? 'choose' : step;
  const changes = preview ? preview.summary.added + preview.summary.updated : 0;

  return (
    <dialog
      ref={dialog}
      className="modal import-wizard"
      aria-labelledby="import-title"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <header className="modal-header">
        <h2 id="import-title">Import an inventory</h2>
        <ol className="wizard-steps" aria-label="Steps">
          {STEPS.map(({ step: s, label }, index) => (
            <li key={s} aria-current={s === current ? 'step' : undefined}>
              <span className="wizard-step-number" aria-hidden="true">
                {index + 1}
              </span>
              {label}
            </li>
          ))}
        </ol>
        <button type="button" className="button-quiet modal-close" aria-label="Close the import" onClick={close}>
          ✕
        </button>
      </header>

      <div className="modal-content">
        {step === 'choose' && (
          <div className="import-step import-choose">
            <p>
              Choose the spreadsheet in which your courts list their AI systems: a CSV file, an Excel workbook (.xlsx)
              or a JSON list. Columns are recognised by their names in English, French, Azerbaijani or Russian; you
              check the mapping and a preview of every row before anything is added.
            </p>
            <button type="button" className="button-primary" disabled={work !== null} onClick={chooseFile}>
              Choose a file…
            </button>
            {fileError && (
              <div className="import-problem" role="alert">
                <strong>This file cannot be imported</strong>
                <p>{fileError}</p>
              </div>
            )}
          </div>
        )}

        {step === 'sheet' && file && (
          <fieldset className="import-step sheet-choice">
            <legend>Which sheet of {file.fileName} lists the systems?</legend>
            {(file.sheets ?? [])
              .filter((s) => s.rows > 0)
              .map((s) => (
                <label key={s.name} className="checkbox">
                  <input type="radio" name="sheet" checked={sheet === s.name} onChange={() => setSheet(s.name)} />
                  <span>
                    {s.name}{' '}
                    <span className="muted">
                      · {s.rows.toLocaleString()} rows{s.hidden ? ' · hidden' : ''}
                    </span>
                  </span>
                </label>
              ))}
            {fileError && (
              <div className="import-problem" role="alert">
                <strong>This sheet cannot be imported</strong>
                <p>{fileError}</p>
              </div>
            )}
          </fieldset>
        )}

        {step === 'mapping' && file && mapping && (
          <ImportMappingStep
            file={file}
            mapping={mapping}
            onMappingChange={setMapping}
            remembered={remembered}
            unknowns={unknowns}
            planError={planError}
          />
        )}

        {step === 'preview' && preview && <ImportPreviewStep preview={preview} />}
        {step === 'preview' && !preview && planError && (
          <div className="import-problem" role="alert">
            <p>{planError}</p>
          </div>
        )}

        {step === 'done' && result && (
          <div className="import-step import-done">
            <p className="import-done-lead" role="status">
              Imported from <strong>{result.fileName}</strong>: {result.summary.added.toLocaleString()}{' '}
              {result.summary.added === 1 ? 'system' : 'systems'} added and {result.summary.updated.toLocaleString()}{' '}
              updated.
              {result.summary.rejected > 0 &&
                ` ${result.summary.rejected.toLocaleString()} ${result.summary.rejected === 1 ? 'row was' : 'rows were'} not imported.`}
            </p>
            <ImportCounts summary={result.summary} done />
            <p className="hint">
              The whole import is one step: Undo in the title bar (Ctrl+Z) takes it back at once. The row report lists
              what happened to each row, with the reason for every rejection.
            </p>
          </div>
        )}

        {importError && (
          <div className="import-problem" role="alert">
            <strong>Nothing was imported</strong>
            <p>{importError}</p>
          </div>
        )}
      </div>

      <footer className="modal-footer">
        <div className="wizard-status" aria-live="polite">
          {work && (
            <div className="work-progress">
              <span>
                {work.label}
                {work.total > 0 &&
                  (work.unit === 'rows'
                    ? ` — ${work.done.toLocaleString()} of ${work.total.toLocaleString()} rows`
                    : ` — ${Math.round((100 * work.done) / work.total)}%`)}
              </span>
              <progress max={work.total || undefined} value={work.total ? work.done : undefined} />
              <button type="button" onClick={() => void engineClient().cancelInventoryWork()}>
                Cancel
              </button>
            </div>
          )}
          {!work && planning && checking && <span className="muted">Checking the rows…</span>}
          {!work && !planning && step === 'mapping' && preview && <ImportCountsLine summary={preview.summary} />}
          {!work && importing && <span className="muted">Importing…</span>}
        </div>
        <div className="modal-actions">
          {step === 'sheet' && (
            <>
              <button type="button" onClick={() => setStep('choose')}>
                Back
              </button>
              <button
                type="button"
                className="button-primary"
                disabled={work !== null || sheet === ''}
                onClick={() => void continueWithSheet()}
              >
                Continue
              </button>
            </>
          )}
          {step === 'mapping' && (
            <>
              <button
                type="button"
                onClick={() =>
                  setStep(file && (file.sheets ?? []).filter((s) => s.rows > 0).length > 1 ? 'sheet' : 'choose')
                }
              >
                Back
              </button>
              {planError && !planning && (
                <button type="button" onClick={() => setPlanAgain((n) => n + 1)}>
                  Check again
                </button>
              )}
              <button
                type="button"
                className="button-primary"
                disabled={planning || !preview || planError !== null}
                onClick={() => setStep('preview')}
              >
                Preview import
              </button>
            </>
          )}
          {step === 'preview' && (
            <>
              <button type="button" disabled={importing} onClick={() => setStep('mapping')}>
                Back to columns
              </button>
              <button
                type="button"
                className="button-primary"
                disabled={importing || planning || changes === 0}
                title={
                  changes === 0 ? 'Nothing to import: every row is unchanged, a duplicate or rejected.' : undefined
                }
                onClick={() => void importNow()}
              >
                {importing
                  ? 'Importing…'
                  : `Import ${changes.toLocaleString()} ${changes === 1 ? 'system' : 'systems'}`}
              </button>
            </>
          )}
          {step === 'done' && (
            <>
              <button type="button" onClick={() => void exportReport()}>
                Export the row report (CSV)
              </button>
              <button type="button" className="button-primary" onClick={onClose}>
                Close
              </button>
            </>
          )}
          {/* While a file is being read, the only Cancel is the one that stops the reading. */}
          {step === 'choose' && !work && (
            <button type="button" onClick={close}>
              Cancel
            </button>
          )}
        </div>
      </footer>
    </dialog>
  );
}
