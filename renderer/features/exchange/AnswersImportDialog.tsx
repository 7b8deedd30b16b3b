// Brings answers back from a spreadsheet (a CSV, or the Answers sheet of the review workbook edited in Excel or
// LibreOffice): first what would change, row by row, then one undoable change. Rows left as exported are skipped.
import { useEffect, useId, useRef, useState } from 'react';
import type { AnswersImportPlan } from '../../../shared/engine/answersExchange';
import { appHost, engineClient, useSession } from '../../app/session';
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
      const file = await appHost().pickFile({
        title: 'Import answers from a spreadsheet',
        extensions: ['xlsx', 'csv'],
      });
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
    else setStep({ kind: 'failed', message: 'The answers were not changed; the message above says why.' });
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
        <h2 id={`${id}-title`}>Import answers from a spreadsheet</h2>
        {step.kind === 'choosing' && (
          <p>
            Choose the Excel workbook exported from this review (its <em>Answers</em> sheet is read) or a CSV with the
            columns system_id or system, item, status and justification. Only rows you changed are applied, as one
            change you can undo.
          </p>
        )}
        {(step.kind === 'reading' || step.kind === 'applying') && (
          <p role="status">
            {step.kind === 'reading' ? 'Reading' : 'Applying'} {step.fileName}…
          </p>
        )}
        {step.kind === 'preview' && <PlanSummary fileName={step.fileName} plan={step.plan} />}
        {step.kind === 'done' && (
          <p role="status">
            {step.applied} {step.applied === 1 ? 'answer was' : 'answers were'} changed from {step.fileName}. Undo
            reverts them all at once.
          </p>
        )}
        {step.kind === 'failed' && <p role="alert">Nothing was imported: {step.message}</p>}
        <div className="modal-actions">
          {step.kind === 'preview' && step.plan.answers.length > 0 ? (
            <>
              <button type="button" onClick={onClose}>
                Cancel
              </button>
              <button type="button" className="button-primary" onClick={() => void apply(step.fileName, step.plan)}>
                Apply {step.plan.answers.length} {step.plan.answers.length === 1 ? 'change' : 'changes'}
              </button>
            </>
          ) : step.kind === 'choosing' || step.kind === 'failed' ? (
            <>
              <button type="button" onClick={onClose}>
                Cancel
              </button>
              <button type="button" className="button-primary" onClick={() => void choose()}>
                Choose a file…
              </button>
            </>
          ) : (
            <button type="button" onClick={onClose} disabled={step.kind === 'reading' || step.kind === 'applying'}>
              Close
            </button>
          )}
        </div>
      </div>
    </dialog>
  );
}

function PlanSummary({ fileName, plan }: { fileName: string; plan: AnswersImportPlan & { sheet: string | null } }) {
  const shown = plan.errors.slice(0, LISTED_ERRORS);
  return (
    <>
      <p role="status">
        {fileName}
        {plan.sheet ? ` (sheet “${plan.sheet}”)` : ''}: {plan.rowsRead} rows read — {plan.answers.length} would change,{' '}
        {plan.unchanged} unchanged, {plan.errors.length} refused.
      </p>
      {plan.answers.length === 0 && plan.errors.length === 0 && <p>Every row matches the review: nothing to do.</p>}
      {shown.length > 0 && (
        <ul aria-label="Rows refused">
          {shown.map((error) => (
            <li key={`${error.row}-${error.message}`}>
              Row {error.row}: {error.message}
            </li>
          ))}
          {plan.errors.length > shown.length && <li>…and {plan.errors.length - shown.length} more</li>}
        </ul>
      )}
    </>
  );
}
