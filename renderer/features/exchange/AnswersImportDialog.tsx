// Brings answers back from a spreadsheet (a CSV, or the Answers sheet of the review workbook edited in Excel or
// LibreOffice): first what would change, row by row, then one undoable change. Rows left as exported are skipped.
import { useEffect, useId, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { AnswersImportPlan } from '../../../shared/engine/answersExchange';
import { appHost, engineClient, useSession } from '../../app/session';
import { sharedText } from '../../i18n/sharedText';
import { describeFailure } from './saveExport';

type Step =
  | { kind: 'choosing' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'preview'; fileName: string; plan: AnswersImportPlan & { sheet: string | null } }
  | { kind: 'applying'; fileName: string }
  | { kind: 'done'; fileName: string; applied: number }
  | { kind: 'failed'; message: string };

/** How many refused rows are listed; the rest are counted. */
const LISTED_ERRORS = 50;

export function AnswersImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['exchange', 'common']);
  const dialog = useRef<HTMLDialogElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'choosing' });
  const id = useId();
  const run = useSession((s) => s.run);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  async function choose() {
    try {
      const file = await appHost().pickFile({ title: t('answersImport.title'), extensions: ['xlsx', 'csv'] });
      if (!file) return;
      setStep({ kind: 'reading', fileName: file.name });
      setStep({ kind: 'preview', fileName: file.name, plan: await engineClient().planAnswersImport(file) });
    } catch (error) {
      setStep({ kind: 'failed', message: describeFailure(error) });
    }
  }

  async function apply(fileName: string, plan: AnswersImportPlan) {
    setStep({ kind: 'applying', fileName });
    const applied = await run({ type: 'setAnswers', answers: plan.answers, source: fileName });
    if (applied) setStep({ kind: 'done', fileName, applied: plan.answers.length });
    else setStep({ kind: 'failed', message: t('answersImport.notChanged') });
  }

  return (
    <dialog
      ref={dialog}
      className="modal modal-small"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        if (step.kind !== 'applying') onClose();
      }}
    >
      <div className="modal-body">
        <h2 id={`${id}-title`}>{t('answersImport.title')}</h2>
        {step.kind === 'choosing' && (
          <p>
            <Trans t={t} i18nKey="answersImport.intro" components={{ em: <em /> }} />
          </p>
        )}
        {(step.kind === 'reading' || step.kind === 'applying') && (
          <p role="status">
            {step.kind === 'reading'
              ? t('answersImport.reading', { fileName: step.fileName })
              : t('answersImport.applying', { fileName: step.fileName })}
          </p>
        )}
        {step.kind === 'preview' && <PlanSummary fileName={step.fileName} plan={step.plan} />}
        {step.kind === 'done' && (
          <p role="status">{t('answersImport.done', { count: step.applied, fileName: step.fileName })}</p>
        )}
        {step.kind === 'failed' && <p role="alert">{t('answersImport.failed', { message: step.message })}</p>}
        <div className="modal-actions">
          {step.kind === 'preview' && step.plan.answers.length > 0 ? (
            <>
              <button type="button" onClick={onClose}>
                {t('common:action.cancel')}
              </button>
              <button type="button" className="button-primary" onClick={() => void apply(step.fileName, step.plan)}>
                {t('answersImport.apply', { count: step.plan.answers.length })}
              </button>
            </>
          ) : step.kind === 'choosing' || step.kind === 'failed' ? (
            <>
              <button type="button" onClick={onClose}>
                {t('common:action.cancel')}
              </button>
              <button type="button" className="button-primary" onClick={() => void choose()}>
                {t('answersImport.chooseFile')}
              </button>
            </>
          ) : (
            <button type="button" onClick={onClose} disabled={step.kind === 'reading' || step.kind === 'applying'}>
              {t('common:action.close')}
            </button>
          )}
        </div>
      </div>
    </dialog>
  );
}

function PlanSummary({ fileName, plan }: { fileName: string; plan: AnswersImportPlan & { sheet: string | null } }) {
  const { t } = useTranslation('exchange');
  const shown = plan.errors.slice(0, LISTED_ERRORS);
  const counts = {
    fileName,
    rowsRead: plan.rowsRead,
    changes: plan.answers.length,
    unchanged: plan.unchanged,
    refused: plan.errors.length,
  };
  return (
    <>
      <p role="status">
        {plan.sheet
          ? t('answersImport.summaryOfSheet', { ...counts, sheet: plan.sheet })
          : t('answersImport.summary', counts)}
      </p>
      {plan.answers.length === 0 && plan.errors.length === 0 && <p>{t('answersImport.nothingToDo')}</p>}
      {shown.length > 0 && (
        <ul aria-label={t('answersImport.refusedRows')}>
          {shown.map((error) => (
            <li key={`${error.row}-${error.message}`}>
              {t('answersImport.refusedRow', { row: error.row, message: sharedText('exchange', error) })}
            </li>
          ))}
          {plan.errors.length > shown.length && (
            <li>{t('answersImport.more', { count: plan.errors.length - shown.length })}</li>
          )}
        </ul>
      )}
    </>
  );
}
