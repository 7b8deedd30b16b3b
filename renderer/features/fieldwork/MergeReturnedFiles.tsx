// Merging returned files: choose them, see what each brings and every conflict side by side, choose a side
// per conflict (radio buttons, so the keyboard is enough), then merge as one step that Undo reverts.
import { useState } from 'react';
import type { ConflictSide, MergeConflict, MergeReport, MergeResolution } from '../../../shared/fieldwork';
import type { PickedFile } from '../../../shared/host';
import { appHost, engineClient, useSession } from '../../app/session';
import type { ReturnedFileView } from './FieldworkFiles';
import { MODE_WORDS, countsText, fieldWord, statusWord, whoAndWhen } from './fieldworkWords';

type Choice = MergeResolution['choice'];

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function MergeReturnedFiles() {
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
      setProblem({ code, text: describe(error) });
    } finally {
      setBusy(false);
    }
  }

  async function addFile() {
    setDone(null);
    try {
      const file = await appHost().pickFile({ title: 'Choose a returned review file', extensions: ['charter'] });
      if (!file) return;
      const next = [...picked.filter((p) => p.name !== file.name), file];
      setPicked(next);
      await preview(next, choices, asNewRound);
    } catch (error) {
      setProblem({ code: 'internal', text: describe(error) });
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
        setDone(
          taken === 0
            ? 'Merged: nothing new — these files were merged before.'
            : `Merged ${taken} change${taken === 1 ? '' : 's'} into this review. Undo reverts the whole merge.`,
        );
      }
    } finally {
      setBusy(false);
    }
  }

  const conflicts = report?.conflicts ?? [];
  const open = conflicts.filter((c) => !choices[c.id]).length;
  return (
    <section className="panel fieldwork-section" aria-labelledby="merge-title">
      <h3 id="merge-title">Merge returned files…</h3>
      <p className="muted">
        Bring back the packages assessors worked on, or copies of this review. What changed on one side only is taken;
        an answer changed differently on both sides is shown below for you to choose. Nothing is written until you
        merge, and the whole merge is one step you can undo.
      </p>
      <div className="actions">
        <button type="button" onClick={() => void addFile()} disabled={busy}>
          {picked.length === 0 ? 'Choose a returned file…' : 'Add another returned file…'}
        </button>
        {picked.length > 0 && (
          <button type="button" onClick={() => void reset()} disabled={busy}>
            Start again
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
              Bring it in anyway, as a new round (every value the two reviews hold differently becomes a conflict)
            </label>
          )}
        </div>
      )}
      {report && (
        <>
          <table className="data-table fieldwork-sources">
            <caption>What each file brings</caption>
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Kind</th>
                <th scope="col">Taken from the file</th>
                <th scope="col">Kept from this review</th>
                <th scope="col">Conflicts</th>
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
                          · made {new Date(file.package.exportedAt).toLocaleDateString()}
                          {file.package.exportedBy ? ` by ${file.package.exportedBy}` : ''}
                        </span>
                      )}
                      {source.notes.map((note) => (
                        <p key={note} className="muted">
                          {note}
                        </p>
                      ))}
                    </th>
                    <td>{MODE_WORDS[source.mode]}</td>
                    <td>{countsText(source.taken)}</td>
                    <td>{source.keptOurs} changed here only</td>
                    <td>{source.conflicts}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {conflicts.length > 0 && (
            <div className="fieldwork-conflicts">
              <h4>
                {conflicts.length} conflict{conflicts.length === 1 ? '' : 's'}: choose which side to keep
                {open > 0 ? ` (${open} left)` : ''}
              </h4>
              <div className="actions">
                <button type="button" onClick={() => void chooseAll('ours')} disabled={busy}>
                  Keep this review’s side for all
                </button>
                <button type="button" onClick={() => void chooseAll('theirs')} disabled={busy}>
                  Take the returned files’ side for all
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
              {report.changes === 0 && conflicts.length === 0 ? 'Merge (nothing new)' : 'Merge into this review'}
            </button>
            {open > 0 && <span className="muted">Choose a side for every conflict first.</span>}
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
  const name = `conflict-${conflict.id}`;
  return (
    <fieldset className="fieldwork-conflict">
      <legend>
        {conflict.label} <span className="muted">({conflict.fileName})</span>
      </legend>
      <div className="fieldwork-sides">
        <label className="fieldwork-side">
          <input type="radio" name={name} checked={choice === 'ours'} onChange={() => onChoose('ours')} /> Keep this
          review’s version
          <ConflictSideView side={conflict.ours} fields={conflict.fields} />
        </label>
        <label className="fieldwork-side">
          <input type="radio" name={name} checked={choice === 'theirs'} onChange={() => onChoose('theirs')} /> Take the
          returned file’s version
          <ConflictSideView side={conflict.theirs} fields={conflict.fields} />
        </label>
      </div>
    </fieldset>
  );
}

function ConflictSideView({ side, fields }: { side: ConflictSide | null; fields: string[] }) {
  if (!side) return <span className="fieldwork-value">Removed on this side</span>;
  const shown = fields.filter((field) => field !== 'status' && field !== 'justification' && field !== 'removed');
  return (
    <dl className="fieldwork-value">
      {side.status !== null && (
        <div>
          <dt>Status</dt>
          <dd>{statusWord(side.status)}</dd>
        </div>
      )}
      {side.status !== null && (
        <div>
          <dt>Justification</dt>
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
        <dt>Who, when</dt>
        <dd>{whoAndWhen(side)}</dd>
      </div>
    </dl>
  );
}
