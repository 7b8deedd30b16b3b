// The report dialog: choose a system or the portfolio, the language, the checklists and what to include;
// the worker writes the DOCX with progress and Cancel, and the host saves it where the person chooses.
import { proxy } from 'comlink';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { PickedFile } from '../../../shared/host';
import { DOCX_MEDIA_TYPE, type GeneratedReport, type ReportProgress, reportText } from '../../../shared/reports';
import { appHost, engineClient, useSession } from '../../app/session';
import { EngineError } from '../../engine-client';
import { useFormat } from '../../i18n/format';
import { contentLanguage, isLanguage } from '../../i18n/languages';
import { currentActor } from '../settings/settingsStore';
import {
  type ReportChoices,
  choicesProblem,
  defaultChoices,
  progressLabel,
  progressPercent,
  requestOf,
} from './reportDialogModel';
import './reports.css';
import { errorText } from '../../i18n/errorText';

interface Props {
  /** The system to report on first; without one the dialog starts on the portfolio report. */
  systemId?: string | null;
  onClose: () => void;
}

type Outcome =
  | { kind: 'saved'; fileName: string; pages: number | null }
  | { kind: 'not-saved'; report: GeneratedReport }
  | { kind: 'error'; message: string };

const message = (error: unknown) => errorText(error);

export function ReportDialog({ systemId = null, onClose }: Props) {
  const { t, i18n } = useTranslation(['reports', 'common']);
  const { percent: formatPercent } = useFormat();
  const interfaceLanguage = isLanguage(i18n.language) ? i18n.language : 'en';
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const systems = useSession((s) => s.systems);
  const frameworks = useSession((s) => s.info?.frameworks ?? []);
  const fileName = useSession((s) => s.file?.name ?? 'review.charter');
  const allFrameworkIds = frameworks.map((f) => f.id);
  const [choices, setChoices] = useState<ReportChoices>(() =>
    defaultChoices(
      systemId && systems.some((s) => s.id === systemId) ? systemId : null,
      frameworks.map((f) => f.id),
      interfaceLanguage,
    ),
  );
  const [progress, setProgress] = useState<ReportProgress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  /** Last round's review file, read once: the report then has a "Progress since last review" section. */
  const [previousRound, setPreviousRound] = useState<PickedFile | null>(null);
  const working = useRef(false);
  const [busy, setBusy] = useState(false);
  const run = useRef(0);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => {
      element?.close();
      // Closing the dialog stops a report still being written: nobody is waiting for it any more.
      if (working.current)
        void engineClient()
          .cancelReport()
          .catch(() => undefined);
    };
  }, []);

  const set = <K extends keyof ReportChoices>(key: K, value: ReportChoices[K]) => {
    setChoices((current) => ({ ...current, [key]: value }));
    setOutcome(null);
  };
  const problem = choicesProblem(choices);

  async function save(report: GeneratedReport) {
    const saved = await appHost().exportFile(report.fileName, DOCX_MEDIA_TYPE, report.bytes);
    setOutcome(
      saved ? { kind: 'saved', fileName: report.fileName, pages: report.pages } : { kind: 'not-saved', report },
    );
  }

  async function choosePreviousRound() {
    try {
      const picked = await appHost().pickFile({
        title: t('dialog.pickPreviousTitle'),
        extensions: ['charter'],
      });
      if (picked) {
        setPreviousRound(picked);
        setOutcome(null);
      }
    } catch (error) {
      setOutcome({ kind: 'error', message: message(error) });
    }
  }

  async function generate(event: FormEvent) {
    event.preventDefault();
    if (problem || busy) return;
    const token = ++run.current;
    working.current = true;
    setBusy(true);
    setOutcome(null);
    setProgress({ phase: 'collect', done: 0, total: 0 });
    // Progress reports travel on their own channel and can arrive after the answer: late ones are dropped.
    let answered = false;
    const onProgress = proxy((update: ReportProgress) => {
      if (!answered && run.current === token) setProgress(update);
    });
    try {
      const report = await engineClient()
        .generateReport(
          requestOf(choices, allFrameworkIds),
          {
            fileName,
            author: choices.anonymise ? '' : currentActor(),
            ...(previousRound ? { previousRound } : {}),
          },
          onProgress,
        )
        .finally(() => (answered = true));
      if (run.current !== token) return;
      setProgress(null);
      await save(report);
    } catch (error) {
      if (run.current !== token) return;
      setProgress(null);
      const cancelled = error instanceof EngineError && error.code === 'cancelled';
      setOutcome(
        cancelled ? { kind: 'error', message: t('dialog.cancelled') } : { kind: 'error', message: message(error) },
      );
    } finally {
      if (run.current === token) {
        working.current = false;
        setBusy(false);
      }
    }
  }

  function cancelWork() {
    void engineClient()
      .cancelReport()
      .catch(() => undefined);
  }

  const percent = progress ? progressPercent(progress) : 0;
  const portfolio = choices.kind === 'portfolio';

  return (
    <dialog
      ref={dialog}
      className="modal report-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        // Esc: stop any report being written and close.
        event.preventDefault();
        if (busy) cancelWork();
        onClose();
      }}
    >
      <form className="modal-body" onSubmit={(event) => void generate(event)}>
        <h2 id={`${id}-title`}>{t('dialog.title')}</h2>
        <p className="muted">{t('dialog.intro')}</p>

        <fieldset className="report-choice" disabled={busy}>
          <legend>{t('dialog.reportOn')}</legend>
          <label className="checkbox">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={choices.kind === 'system'}
              onChange={() => set('kind', 'system')}
              disabled={systems.length === 0}
            />
            {t('dialog.oneSystem')}
          </label>
          {choices.kind === 'system' && (
            <div className="field report-indent">
              <label htmlFor={`${id}-system`}>{t('dialog.system')}</label>
              <select
                id={`${id}-system`}
                value={choices.systemId}
                onChange={(event) => set('systemId', event.target.value)}
                aria-invalid={choices.systemId === ''}
              >
                <option value="">{t('dialog.chooseSystem')}</option>
                {systems.map((system) => (
                  <option key={system.id} value={system.id}>
                    {system.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <label className="checkbox">
            <input type="radio" name={`${id}-kind`} checked={portfolio} onChange={() => set('kind', 'portfolio')} />
            {t('dialog.portfolio', { count: systems.length })}
          </label>
        </fieldset>

        <div className="report-columns">
          <div className="field">
            <label htmlFor={`${id}-language`}>{t('dialog.language')}</label>
            <select
              id={`${id}-language`}
              value={choices.language}
              disabled={busy}
              onChange={(event) => set('language', event.target.value === 'fr' ? 'fr' : 'en')}
              aria-describedby={interfaceLanguage === 'az' ? `${id}-language-note` : undefined}
            >
              <option value="en" lang="en">
                English
              </option>
              <option value="fr" lang="fr">
                Français
              </option>
            </select>
            {/* Reports are written from the checklist content, which has no Azerbaijani text yet. */}
            {interfaceLanguage === 'az' && (
              <p id={`${id}-language-note`} className="muted report-language-note">
                {choices.language === 'fr' ? t('dialog.noAzerbaijani.fr') : t('dialog.noAzerbaijani.en')}
              </p>
            )}
          </div>

          <fieldset className="report-choice" disabled={busy}>
            <legend>{t('dialog.checklists')}</legend>
            {frameworks.map((framework) => (
              <label key={framework.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={choices.frameworkIds.includes(framework.id)}
                  onChange={(event) =>
                    set(
                      'frameworkIds',
                      event.target.checked
                        ? [...choices.frameworkIds, framework.id]
                        : choices.frameworkIds.filter((f) => f !== framework.id),
                    )
                  }
                />
                {framework.titles[contentLanguage(interfaceLanguage)]}{' '}
                <span className="muted">{framework.version}</span>
              </label>
            ))}
          </fieldset>
        </div>

        <fieldset className="report-choice" disabled={busy}>
          <legend>{t('dialog.include')}</legend>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={choices.includeNotApplicable}
              onChange={(event) => set('includeNotApplicable', event.target.checked)}
            />
            {t('dialog.includeNotApplicable')}
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={choices.includeEvidence}
              onChange={(event) => set('includeEvidence', event.target.checked)}
            />
            {t('dialog.includeEvidence')}
          </label>
          {portfolio && (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={choices.appendix}
                onChange={(event) => set('appendix', event.target.checked)}
              />
              {t('dialog.includeAppendix')}
            </label>
          )}
          <label className="checkbox">
            <input
              type="checkbox"
              checked={choices.anonymise}
              onChange={(event) => set('anonymise', event.target.checked)}
            />
            {/* The names that replace staff names are the report's, in the report's language. */}
            {t('dialog.anonymise', {
              first: reportText(choices.language).pseudonym(1),
              second: reportText(choices.language).pseudonym(2),
            })}
          </label>
        </fieldset>

        <fieldset className="report-choice" disabled={busy}>
          <legend>{t('dialog.previousRound')}</legend>
          {previousRound ? (
            <p className="report-previous">
              <Trans
                t={t}
                i18nKey="dialog.comparedWith"
                values={{ name: previousRound.name }}
                components={{ strong: <strong /> }}
              />{' '}
              <button
                type="button"
                aria-label={t('dialog.removePrevious', { name: previousRound.name })}
                onClick={() => {
                  setPreviousRound(null);
                  setOutcome(null);
                }}
              >
                {t('common:action.remove')}
              </button>
            </p>
          ) : (
            <p className="muted">{t('dialog.previousHint')}</p>
          )}
          <button type="button" onClick={() => void choosePreviousRound()}>
            {t('dialog.choosePrevious')}
          </button>
        </fieldset>

        <div className="report-status" aria-live="polite">
          {progress && (
            <div className="report-progress">
              <span id={`${id}-progress`}>{progressLabel(progress)}</span>
              <div
                className="report-bar"
                role="progressbar"
                aria-labelledby={`${id}-progress`}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent}
                aria-valuetext={formatPercent(percent / 100)}
              >
                <div className="report-bar-fill" style={{ width: `${percent}%` }} />
              </div>
            </div>
          )}
          {outcome?.kind === 'saved' && (
            <p className="report-done" role="status">
              {outcome.pages !== null
                ? t('dialog.savedPages', { fileName: outcome.fileName, count: outcome.pages })
                : t('dialog.saved', { fileName: outcome.fileName })}
            </p>
          )}
          {outcome?.kind === 'not-saved' && <p role="status">{t('dialog.notSaved')}</p>}
        </div>
        {outcome?.kind === 'error' && (
          <div className="import-problem" role="alert">
            <p>{outcome.message}</p>
          </div>
        )}
        {problem && !busy && <p className="muted">{problem}</p>}

        <div className="modal-actions">
          {busy ? (
            <button type="button" onClick={cancelWork}>
              {t('common:action.cancel')}
            </button>
          ) : (
            <button type="button" onClick={onClose}>
              {t('common:action.close')}
            </button>
          )}
          {outcome?.kind === 'not-saved' && (
            <button
              type="button"
              onClick={() =>
                void save(outcome.report).catch((e: unknown) => setOutcome({ kind: 'error', message: message(e) }))
              }
            >
              {t('dialog.saveReport')}
            </button>
          )}
          <button type="submit" className="button-primary" disabled={busy || problem !== null}>
            {busy ? t('dialog.creating') : t('dialog.create')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
