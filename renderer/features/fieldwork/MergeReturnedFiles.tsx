// Merging returned files: choose them, see what each brings and every conflict side by side, choose a side
// per conflict (radio buttons, so the keyboard is enough), then merge as one step that Undo reverts.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictSide, MergeConflict, MergeReport, MergeResolution } from '../../../shared/fieldwork';
import type { PickedFile } from '../../../shared/host';
import { appHost, engineClient, useSession } from '../../app/session';
import { errorText } from '../../i18n/errorText';
import { useFormat } from '../../i18n/format';
import { sharedText } from '../../i18n/sharedText';
import type { ReturnedFileView } from './FieldworkFiles';
import { countsText, fieldWord, modeWord, statusWord, whoAndWhen } from './fieldworkWords';

type Choice = MergeResolution['choice'];

export function MergeReturnedFiles() {
  const { t } = useTranslation('fieldwork');
  const { date } = useFormat();
  const run = useSession((s) => s.run);
  const [picked, setPicked] = useState<PickedFile[]>([]);
  const [files, setFiles] = useState<ReturnedFileView[]>([]);
  const [report, setReport] = useState<MergeReport | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [asNewRound, setAsNewRound] = useState(false);
  const [problem, setProblem] = useState<{ code: string; text: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const resolutions = (from: Record<string, Choice>): MergeResolution[] =>
    Object.entries(from).map(([conflict, choice]) => ({ conflict, choice }));

  async function preview(nextPicked: PickedFile[], nextChoices: Record<string, Choice>, newRound: boolean) {
    setBusy(true);
    setProblem(null);
    try {
      const engine = engineClient();
      if (nextPicked !== picked || files.length === 0) setFiles(await engine.readReturnedFiles(nextPicked));
      setReport(await engine.previewMerge(resolutions(nextChoices), newRound));
    } catch (error) {
      setReport(null);
      const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'internal';
      setProblem({ code, text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  async function addFile() {
    setDone(null);
    try {
      const file = await appHost().pickFile({ title: t('merge.pickTitle'), extensions: ['charter'] });
      if (!file) return;
      const next = [...picked.filter((p) => p.name !== file.name), file];
      setPicked(next);
      await preview(next, choices, asNewRound);
    } catch (error) {
      setProblem({ code: 'internal', text: errorText(error) });
    }
  }

  async function choose(conflict: string, choice: Choice) {
    const next = { ...choices, [conflict]: choice };
    setChoices(next);
    // A choice for one file can change what a later file conflicts with: preview again.
    await preview(picked, next, asNewRound);
  }

  async function chooseAll(choice: Choice) {
    const next = { ...choices, ...Object.fromEntries((report?.conflicts ?? []).map((c) => [c.id, choice])) };
    setChoices(next);
    await preview(picked, next, asNewRound);
  }

  async function reset() {
    setPicked([]);
    setFiles([]);
    setReport(null);
    setChoices({});
    setProblem(null);
    setAsNewRound(false);
    await engineClient().clearReturnedFiles();
  }

  async function merge() {
    if (!report) return;
    setBusy(true);
    try {
      const command = await engineClient().mergeCommand(resolutions(choices), asNewRound);
      if (await run(command)) {
        const taken = report.changes;
        await reset();
        setDone(taken === 0 ? t('merge.mergedNothing') : t('merge.merged', { count: taken }));
      }
    } finally {
      setBusy(false);
    }
  }

  const conflicts = report?.conflicts ?? [];
  const open = conflicts.filter((c) => !choices[c.id]).length;
  return (
    <section className="panel fieldwork-section" aria-labelledby="merge-title">
      <h3 id="merge-title">{t('merge.title')}</h3>
      <p className="muted">{t('merge.intro')}</p>
      <div className="actions">
        <button type="button" onClick={() => void addFile()} disabled={busy}>
          {picked.length === 0 ? t('merge.chooseFile') : t('merge.addFile')}
        </button>
        {picked.length > 0 && (
          <button type="button" onClick={() => void reset()} disabled={busy}>
            {t('merge.startAgain')}
          </button>
        )}
      </div>
      {done && <p role="status">{done}</p>}
      {problem && (
        <div role="alert" className="field-problem">
          <p>{problem.text}</p>
          {problem.code === 'different-review' && (
            <label>
              <input
                type="checkbox"
                checked={asNewRound}
                onChange={(event) => {
                  setAsNewRound(event.target.checked);
                  void preview(picked, choices, event.target.checked);
                }}
              />{' '}
              {t('merge.asNewRound')}
            </label>
          )}
        </div>
      )}
      {report && (
        <>
          <table className="data-table fieldwork-sources">
            <caption>{t('merge.sources.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('merge.sources.file')}</th>
                <th scope="col">{t('merge.sources.kind')}</th>
                <th scope="col">{t('merge.sources.taken')}</th>
                <th scope="col">{t('merge.sources.kept')}</th>
                <th scope="col">{t('merge.sources.conflicts')}</th>
              </tr>
            </thead>
            <tbody>
              {report.sources.map((source) => {
                const file = files.find((f) => f.fileName === source.fileName);
                return (
                  <tr key={source.fileName}>
                    <th scope="row">
                      {source.fileName}
                      {file?.package && (
                        <span className="muted">
                          {' '}
                          {file.package.exportedBy
                            ? t('merge.madeBy', { date: date(file.package.exportedAt), who: file.package.exportedBy })
                            : t('merge.made', { date: date(file.package.exportedAt) })}
                        </span>
                      )}
                      {source.describedNotes.map((note) => (
                        <p key={note.message} className="muted">
                          {sharedText('fieldwork', note)}
                        </p>
                      ))}
                    </th>
                    <td>{modeWord(source.mode)}</td>
                    <td>{countsText(source.taken)}</td>
                    <td>{t('merge.keptOurs', { count: source.keptOurs })}</td>
                    <td>{source.conflicts}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {conflicts.length > 0 && (
            <div className="fieldwork-conflicts">
              <h4>
                {open > 0
                  ? t('merge.conflictsOpen', { count: conflicts.length, left: open })
                  : t('merge.conflicts', { count: conflicts.length })}
              </h4>
              <div className="actions">
                <button type="button" onClick={() => void chooseAll('ours')} disabled={busy}>
                  {t('merge.keepOursAll')}
                </button>
                <button type="button" onClick={() => void chooseAll('theirs')} disabled={busy}>
                  {t('merge.takeTheirsAll')}
                </button>
              </div>
              {conflicts.map((conflict) => (
                <ConflictChoice
                  key={conflict.id}
                  conflict={conflict}
                  choice={choices[conflict.id]}
                  onChoose={(choice) => void choose(conflict.id, choice)}
                />
              ))}
            </div>
          )}
          <div className="actions">
            <button type="button" className="button-primary" disabled={busy || open > 0} onClick={() => void merge()}>
              {report.changes === 0 && conflicts.length === 0 ? t('merge.mergeNothing') : t('merge.mergeInto')}
            </button>
            {open > 0 && <span className="muted">{t('merge.chooseEverySide')}</span>}
          </div>
        </>
      )}
    </section>
  );
}

function ConflictChoice({
  conflict,
  choice,
  onChoose,
}: {
  conflict: MergeConflict;
  choice: Choice | undefined;
  onChoose: (choice: Choice) => void;
}) {
  const { t } = useTranslation('fieldwork');
  const name = `conflict-${conflict.id}`;
  return (
    <fieldset className="fieldwork-conflict">
      <legend>
        {sharedText('fieldwork', conflict.describedLabel)} <span className="muted">({conflict.fileName})</span>
      </legend>
      <div className="fieldwork-sides">
        <label className="fieldwork-side">
          <input type="radio" name={name} checked={choice === 'ours'} onChange={() => onChoose('ours')} />{' '}
          {t('conflict.keepOurs')}
          <ConflictSideView side={conflict.ours} fields={conflict.fields} />
        </label>
        <label className="fieldwork-side">
          <input type="radio" name={name} checked={choice === 'theirs'} onChange={() => onChoose('theirs')} />{' '}
          {t('conflict.takeTheirs')}
          <ConflictSideView side={conflict.theirs} fields={conflict.fields} />
        </label>
      </div>
    </fieldset>
  );
}

function ConflictSideView({ side, fields }: { side: ConflictSide | null; fields: string[] }) {
  const { t } = useTranslation('fieldwork');
  if (!side) return <span className="fieldwork-value">{t('conflict.removed')}</span>;
  const shown = fields.filter((field) => field !== 'status' && field !== 'justification' && field !== 'removed');
  return (
    <dl className="fieldwork-value">
      {side.status !== null && (
        <div>
          <dt>{t('field.status')}</dt>
          <dd>{statusWord(side.status)}</dd>
        </div>
      )}
      {side.status !== null && (
        <div>
          <dt>{t('field.justification')}</dt>
          <dd>{side.justification || '—'}</dd>
        </div>
      )}
      {shown.map((field) => (
        <div key={field}>
          <dt>{fieldWord(field)}</dt>
          <dd>{side.values[field] ?? '—'}</dd>
        </div>
      ))}
      <div>
        <dt>{t('conflict.whoWhen')}</dt>
        <dd>{whoAndWhen(side)}</dd>
      </div>
    </dl>
  );
}
