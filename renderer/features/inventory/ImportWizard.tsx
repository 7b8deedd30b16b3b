// The import wizard: choose a file → (a sheet) → map its columns → preview every row → import as one
// undoable command → a summary to keep. Reading and planning run in the engine worker, with progress and Cancel.
import { proxy } from 'comlink';
import { useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { type ImportSummary, type InventoryMapping, type UnknownValue, mergeMappings } from '../../../shared/inventory';
import { appHost, engineClient, useSession } from '../../app/session';
import { EngineError } from '../../engine-client';
import { errorText } from '../../i18n/errorText';
import { useFormat } from '../../i18n/format';
import { t as translate } from '../../i18n/i18n';
import type { ImportPreview, InventoryFileView, PreviewRow } from './InventoryImportSession';
import { ImportCounts, ImportCountsLine } from './ImportCounts';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportPreviewStep } from './ImportPreviewStep';
import { exportFileName } from './inventoryExport';
import { mergeUnknownValues, previewLines, previewReportCsv } from './importWizardModel';
import { recallMapping, rememberMapping } from './mappingMemory';

type Step = 'choose' | 'sheet' | 'mapping' | 'preview' | 'done';

const STEPS: readonly Exclude<Step, 'sheet'>[] = ['choose', 'mapping', 'preview', 'done'];

const EXTENSIONS = ['csv', 'tsv', 'txt', 'xlsx', 'xlsm', 'json'];
/** Planning reports progress every 2,000 rows; below that it is over before a bar would mean anything. */
const SHOW_PROGRESS_FROM = 2000;

interface Work {
  /** What is being done, worded each time it is shown (global `t`: the language of that moment). */
  label: () => string;
  done: number;
  total: number;
  /** Reading a CSV counts characters, so it is shown as a share; planning counts rows. */
  unit: 'rows' | 'share';
}

const wasCancelled = (error: unknown) => error instanceof EngineError && error.code === 'cancelled';

/** Problems the wizard words itself. Any other is an engine error, or a sentence the session already worded. */
const CHECK_CANCELLED = { problem: 'checkCancelled' } as const;
const NOT_APPLIED = { problem: 'notApplied' } as const;

/** A problem in the interface's language of the moment it is shown. */
function problemText(problem: unknown): string {
  if (problem === CHECK_CANCELLED) return translate('inventory:wizard.problem.checkCancelled');
  if (problem === NOT_APPLIED) return translate('inventory:wizard.problem.notApplied');
  return typeof problem === 'string' ? problem : errorText(problem);
}

export function ImportWizard({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['inventory', 'common']);
  const format = useFormat();
  const dialog = useRef<HTMLDialogElement>(null);
  const run = useSession((s) => s.run);
  const reviewTitle = useSession((s) => s.info?.title);
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
    /** Why there is no preview: the error, or CHECK_CANCELLED; worded when shown. */
    error: unknown;
  } | null>(null);
  const [unknowns, setUnknowns] = useState<UnknownValue[]>([]);
  const [work, setWork] = useState<Work | null>(null);
  const [fileError, setFileError] = useState<unknown>(null);
  const [importError, setImportError] = useState<unknown>(null);
  const [importing, setImporting] = useState(false);
  const [result, setResult] = useState<{ summary: ImportSummary; rows: PreviewRow[]; fileName: string } | null>(null);
  const [planAgain, setPlanAgain] = useState(0);
  const planSeq = useRef(0);
  const workToken = useRef(0);

  /**
   * Shows a piece of work with its progress. Progress reports travel on their own channel and may arrive
   * after the answer, so once the work is finished (or replaced) its late reports are dropped.
   */
  function startWork(label: Work['label'], unit: Work['unit'], showFrom = 0) {
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
  const planError = upToDate && planned.error !== null ? problemText(planned.error) : null;

  useEffect(() => {
    if (!checking || !file || !mapping) return;
    const seq = ++planSeq.current;
    const request = planAgain;
    // A short pause, so choosing several columns in a row plans once, for the last choice.
    const timer = setTimeout(() => {
      const tracked = startWork(() => translate('inventory:wizard.work.checking'), 'rows', SHOW_PROGRESS_FROM);
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
            error: wasCancelled(error) ? CHECK_CANCELLED : error,
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
    const picking = appHost().pickFile({ title: t('wizard.title'), extensions: EXTENSIONS });
    void (async () => {
      try {
        const picked = await picking;
        if (!picked) return;
        const tracked = startWork(() => translate('inventory:wizard.work.reading', { fileName: picked.name }), 'share');
        try {
          acceptFile(await engineClient().openInventory(picked, tracked.progress), true);
        } finally {
          tracked.finish();
        }
      } catch (error) {
        setFileError(wasCancelled(error) ? null : error);
      }
    })();
  }

  async function continueWithSheet() {
    if (!file) return;
    if (sheet === file.sheet) {
      setStep('mapping');
      return;
    }
    const tracked = startWork(() => translate('inventory:wizard.work.readingSheet', { sheet }), 'share');
    try {
      acceptFile(await engineClient().chooseInventorySheet(sheet, tracked.progress), false);
    } catch (error) {
      setFileError(wasCancelled(error) ? null : error);
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
        setResult({ summary: preview.summary, rows: preview.rows, fileName: file.fileName });
        setStep('done');
      } else {
        // The session reports a refused command in its banner, which this modal dialog covers: say it here.
        const { notice, dismissNotice } = useSession.getState();
        setImportError(notice?.message ?? NOT_APPLIED);
        dismissNotice();
      }
    } catch (error) {
      setImportError(error);
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
        exportFileName(reviewTitle ?? t('wizard.done.untitledReview'), t('wizard.done.reportFileName'), 'csv'),
        'text/csv',
        // The report in the language of the moment it is saved.
        previewReportCsv(previewLines(result.rows)),
      );
    } catch (error) {
      setImportError(error);
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
        <h2 id="import-title">{t('wizard.title')}</h2>
        <ol className="wizard-steps" aria-label={t('wizard.steps.label')}>
          {STEPS.map((s, index) => (
            <li key={s} aria-current={s === current ? 'step' : undefined}>
              <span className="wizard-step-number" aria-hidden="true">
                {index + 1}
              </span>
              {t(`wizard.steps.${s}`)}
            </li>
          ))}
        </ol>
        <button type="button" className="button-quiet modal-close" aria-label={t('wizard.closeLabel')} onClick={close}>
          ✕
        </button>
      </header>

      <div className="modal-content">
        {step === 'choose' && (
          <div className="import-step import-choose">
            <p>{t('wizard.choose.intro')}</p>
            <button type="button" className="button-primary" disabled={work !== null} onClick={chooseFile}>
              {t('wizard.choose.button')}
            </button>
            {fileError !== null && (
              <div className="import-problem" role="alert">
                <strong>{t('wizard.choose.problem')}</strong>
                <p>{problemText(fileError)}</p>
              </div>
            )}
          </div>
        )}

        {step === 'sheet' && file && (
          <fieldset className="import-step sheet-choice">
            <legend>{t('wizard.sheet.question', { fileName: file.fileName })}</legend>
            {(file.sheets ?? [])
              .filter((s) => s.rows > 0)
              .map((s) => (
                <label key={s.name} className="checkbox">
                  <input type="radio" name="sheet" checked={sheet === s.name} onChange={() => setSheet(s.name)} />
                  <span>
                    {s.name}{' '}
                    <span className="muted">
                      · {t('common:count.rows', { count: s.rows })}
                      {s.hidden && ` · ${t('wizard.sheet.hidden')}`}
                    </span>
                  </span>
                </label>
              ))}
            {fileError !== null && (
              <div className="import-problem" role="alert">
                <strong>{t('wizard.sheet.problem')}</strong>
                <p>{problemText(fileError)}</p>
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
              <Trans
                t={t}
                i18nKey="wizard.done.lead"
                count={result.summary.added}
                values={{ fileName: result.fileName, updated: result.summary.updated }}
                components={{ strong: <strong /> }}
              />
              {result.summary.rejected > 0 && ` ${t('wizard.done.rejected', { count: result.summary.rejected })}`}
            </p>
            <ImportCounts summary={result.summary} done />
            <p className="hint">{t('wizard.done.hint')}</p>
          </div>
        )}

        {importError !== null && (
          <div className="import-problem" role="alert">
            <strong>{t('wizard.importProblem')}</strong>
            <p>{problemText(importError)}</p>
          </div>
        )}
      </div>

      <footer className="modal-footer">
        <div className="wizard-status" aria-live="polite">
          {work && (
            <div className="work-progress">
              <span>
                {work.total === 0
                  ? work.label()
                  : work.unit === 'rows'
                    ? t('wizard.work.rows', { work: work.label(), done: work.done, count: work.total })
                    : t('wizard.work.share', { work: work.label(), share: format.percent(work.done / work.total) })}
              </span>
              <progress max={work.total || undefined} value={work.total ? work.done : undefined} />
              <button type="button" onClick={() => void engineClient().cancelInventoryWork()}>
                {t('common:action.cancel')}
              </button>
            </div>
          )}
          {!work && planning && checking && <span className="muted">{t('wizard.checking')}</span>}
          {!work && !planning && step === 'mapping' && preview && <ImportCountsLine summary={preview.summary} />}
          {!work && importing && <span className="muted">{t('wizard.importing')}</span>}
        </div>
        <div className="modal-actions">
          {step === 'sheet' && (
            <>
              <button type="button" onClick={() => setStep('choose')}>
                {t('common:action.back')}
              </button>
              <button
                type="button"
                className="button-primary"
                disabled={work !== null || sheet === ''}
                onClick={() => void continueWithSheet()}
              >
                {t('common:action.continue')}
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
                {t('common:action.back')}
              </button>
              {planError && !planning && (
                <button type="button" onClick={() => setPlanAgain((n) => n + 1)}>
                  {t('wizard.checkAgain')}
                </button>
              )}
              <button
                type="button"
                className="button-primary"
                disabled={planning || !preview || planError !== null}
                onClick={() => setStep('preview')}
              >
                {t('wizard.previewImport')}
              </button>
            </>
          )}
          {step === 'preview' && (
            <>
              <button type="button" disabled={importing} onClick={() => setStep('mapping')}>
                {t('wizard.backToColumns')}
              </button>
              <button
                type="button"
                className="button-primary"
                disabled={importing || planning || changes === 0}
                title={changes === 0 ? t('wizard.nothingToImport') : undefined}
                onClick={() => void importNow()}
              >
                {importing ? t('wizard.importing') : t('wizard.importButton', { count: changes })}
              </button>
            </>
          )}
          {step === 'done' && (
            <>
              <button type="button" onClick={() => void exportReport()}>
                {t('wizard.done.exportReport')}
              </button>
              <button type="button" className="button-primary" onClick={onClose}>
                {t('common:action.close')}
              </button>
            </>
          )}
          {/* While a file is being read, the only Cancel is the one that stops the reading. */}
          {step === 'choose' && !work && (
            <button type="button" onClick={close}>
              {t('common:action.cancel')}
            </button>
          )}
        </div>
      </footer>
    </dialog>
  );
}
