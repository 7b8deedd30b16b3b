// Comparing with another round: the open review against an earlier review file, per system and principle,
// with words and signs for each change (never colour alone) and the answers that changed.
import { useState } from 'react';
import type { RoundComparison } from '../../../shared/fieldwork';
import { appHost, engineClient } from '../../app/session';
import { ROUND_WORDS, statusWord } from './fieldworkWords';

const score = (value: number | null) => (value === null ? '—' : String(value));

export function CompareRounds() {
  const [comparison, setComparison] = useState<RoundComparison | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function compare() {
    setProblem(null);
    setBusy(true);
    try {
      const file = await appHost().pickFile({ title: 'Choose the earlier round', extensions: ['charter'] });
      if (file) setComparison(await engineClient().compareWithRound(file));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  const principles = comparison
    ? [
        ...new Map(
          comparison.systems
            .flatMap((s) => s.principles)
            .map((p) => [p.id, { id: p.id, code: p.code, title: p.title }]),
        ).values(),
      ]
    : [];
  return (
    <section className="panel fieldwork-section" aria-labelledby="compare-title">
      <h3 id="compare-title">Compare with another round…</h3>
      <p className="muted">
        Choose last round’s review file. Systems are matched by id, else by name and court; each principle shows whether
        its compliance score improved, regressed, is new or disappeared.
      </p>
      <div className="actions">
        <button type="button" onClick={() => void compare()} disabled={busy}>
          Choose the earlier round…
        </button>
      </div>
      {problem && (
        <p role="alert" className="field-problem">
          {problem}
        </p>
      )}
      {comparison && (
        <>
          <p role="status">
            “{comparison.old.title}” → “{comparison.new.title}”: {comparison.totals.improved} improved,{' '}
            {comparison.totals.regressed} regressed, {comparison.totals.systemsNew} new system
            {comparison.totals.systemsNew === 1 ? '' : 's'}, {comparison.totals.systemsDisappeared} disappeared,{' '}
            {comparison.totals.itemChanges} answers changed.
          </p>
          <div className="fieldwork-table-wrap">
            <table className="data-table fieldwork-rounds">
              <caption>Principles per system, earlier score → this round’s score</caption>
              <thead>
                <tr>
                  <th scope="col">System</th>
                  {principles.map((p) => (
                    <th scope="col" key={p.id} title={p.title}>
                      {p.code}
                    </th>
                  ))}
                  <th scope="col">Answers changed</th>
                </tr>
              </thead>
              <tbody>
                {comparison.systems.map((system) => (
                  <tr key={`${system.oldId ?? ''}-${system.newId ?? ''}`}>
                    <th scope="row">
                      {system.name}
                      {system.presence !== 'both' && (
                        <span className="muted"> ({system.presence === 'new' ? 'new' : 'disappeared'})</span>
                      )}
                      {system.matchedBy === 'name' && <span className="muted"> (matched by name)</span>}
                    </th>
                    {principles.map((p) => {
                      const cell = system.principles.find((candidate) => candidate.id === p.id);
                      return (
                        <td key={p.id} data-change={cell?.change}>
                          {cell ? (
                            <>
                              {ROUND_WORDS[cell.change]}
                              <br />
                              <span className="muted">
                                {score(cell.from)} → {score(cell.to)}
                              </span>
                            </>
                          ) : (
                            '—'
                          )}
                        </td>
                      );
                    })}
                    <td>
                      {system.changes.length === 0 ? (
                        '—'
                      ) : (
                        <details>
                          <summary>{system.changes.length}</summary>
                          <ul>
                            {system.changes.map((change) => (
                              <li key={change.item}>
                                {change.item.split('/').pop()}: {statusWord(change.from)} → {statusWord(change.to)}
                              </li>
                            ))}
                          </ul>
                        </details>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
