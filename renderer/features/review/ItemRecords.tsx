// What hangs off one checklist item: its evidence files and, for a partial or non-compliant
// answer, findings with their remediation actions.
import { type FormEvent, useId, useRef, useState } from 'react';
import type { ChecklistItemView } from '../../../shared/engine/queries';
import type { ActionView, EvidenceView, FindingView } from '../../../shared/engine/recordQueries';
import { useSession } from '../../app/session';
import { EvidencePreview } from './EvidencePreview';
import { formatSize } from './formatSize';

export { formatSize } from './formatSize';

interface Props {
  systemId: string;
  item: ChecklistItemView;
  findings: FindingView[];
  actions: ActionView[];
  evidence: EvidenceView[];
}

export function ItemRecords({ systemId, item, findings, actions, evidence }: Props) {
  const run = useSession((s) => s.run);
  const fileInput = useRef<HTMLInputElement>(null);
  const [addingFinding, setAddingFinding] = useState(false);
  const canHaveFinding = item.status === 'partial' || item.status === 'non_compliant' || findings.length > 0;

  async function attach(files: FileList | null) {
    for (const file of files ? [...files] : []) {
      await run({
        type: 'addEvidence',
        systemId,
        itemId: item.id,
        name: file.name,
        mediaType: file.type || 'application/octet-stream',
        content: new Uint8Array(await file.arrayBuffer()),
      });
    }
    if (fileInput.current) fileInput.current.value = '';
  }

  const [previewed, setPreviewed] = useState<EvidenceView | null>(null);

  return (
    <div className="item-records">
      {previewed && <EvidencePreview entry={previewed} onClose={() => setPreviewed(null)} />}
      {evidence.length > 0 && (
        <ul className="evidence-list" aria-label="Evidence">
          {evidence.map((entry) => (
            <li key={entry.id}>
              <span className="evidence-name">{entry.name}</span>
              <span className="muted">
                {formatSize(entry.size)} · SHA-256 {entry.sha256.slice(0, 12)}…
              </span>
              <button
                type="button"
                className="button-small"
                onClick={() => setPreviewed(entry)}
                aria-label={`Open ${entry.name}`}
              >
                Open
              </button>
              <button
                type="button"
                className="button-small"
                onClick={() => void run({ type: 'removeEvidence', evidenceId: entry.id })}
                aria-label={`Remove ${entry.name}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {findings.map((finding) => (
        <FindingCard
          key={finding.id}
          finding={finding}
          actions={actions.filter((a) => a.findingId === finding.id)}
          systemId={systemId}
        />
      ))}
      <div className="record-buttons">
        <label className="button-like button-small">
          Attach evidence
          <input
            ref={fileInput}
            type="file"
            multiple
            className="visually-hidden"
            onChange={(e) => void attach(e.target.files)}
          />
        </label>
        {canHaveFinding && !addingFinding && (
          <button type="button" className="button-small" onClick={() => setAddingFinding(true)}>
            Add finding
          </button>
        )}
      </div>
      {addingFinding && (
        <FindingForm
          defaultSeverity={item.severity}
          onCancel={() => setAddingFinding(false)}
          onSave={async (severity, description, recommendation) => {
            await run({ type: 'addFinding', systemId, itemId: item.id, severity, description, recommendation });
            setAddingFinding(false);
          }}
        />
      )}
    </div>
  );
}

type Severity = 'low' | 'medium' | 'high';

function FindingForm(props: {
  defaultSeverity: Severity;
  onSave: (severity: Severity, description: string, recommendation: string) => Promise<void>;
  onCancel: () => void;
}) {
  const id = useId();
  const [severity, setSeverity] = useState<Severity>(props.defaultSeverity);
  const [description, setDescription] = useState('');
  const [recommendation, setRecommendation] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    if (description.trim()) void props.onSave(severity, description.trim(), recommendation.trim());
  }
  return (
    <form className="record-form" onSubmit={submit} aria-labelledby={`${id}-t`}>
      <h5 id={`${id}-t`}>New finding</h5>
      <label>
        Severity
        <select value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
          <option value="high">High</option>
          <option value="medium">Medium</option>
          <option value="low">Low</option>
        </select>
      </label>
      <label>
        What was found
        <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={2} required />
      </label>
      <label>
        Recommendation
        <textarea value={recommendation} onChange={(e) => setRecommendation(e.target.value)} rows={2} />
      </label>
      <div className="actions">
        <button type="submit" className="button-primary" disabled={!description.trim()}>
          Save finding
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function FindingCard({
  finding,
  actions,
  systemId,
}: {
  finding: FindingView;
  actions: ActionView[];
  systemId: string;
}) {
  const run = useSession((s) => s.run);
  const [adding, setAdding] = useState(false);
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');

  async function addAction(event: FormEvent) {
    event.preventDefault();
    if (!description.trim()) return;
    await run({
      type: 'addAction',
      systemId,
      findingId: finding.id,
      description: description.trim(),
      owner: owner.trim(),
      dueDate: dueDate || null,
    });
    setAdding(false);
    setDescription('');
    setOwner('');
    setDueDate('');
  }

  return (
    <div className={`finding-card finding-${finding.severity}`}>
      <p>
        <strong>Finding ({finding.severity} severity):</strong> {finding.description}
      </p>
      {finding.recommendation && <p className="muted">Recommendation: {finding.recommendation}</p>}
      {actions.length > 0 && (
        <ul className="action-list" aria-label="Actions">
          {actions.map((a) => (
            <li key={a.id} className={a.overdue ? 'overdue' : undefined}>
              {a.description} — {a.owner || 'no owner'}
              {a.dueDate && `, due ${a.dueDate}`} · {a.state.replace('_', ' ')}
              {a.overdue && <strong> · Overdue</strong>}
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <form className="record-form" onSubmit={(e) => void addAction(e)}>
          <label>
            Action
            <input value={description} onChange={(e) => setDescription(e.target.value)} required />
          </label>
          <label>
            Owner
            <input value={owner} onChange={(e) => setOwner(e.target.value)} />
          </label>
          <label>
            Due date
            <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
          </label>
          <div className="actions">
            <button type="submit" className="button-primary" disabled={!description.trim()}>
              Save action
            </button>
            <button type="button" onClick={() => setAdding(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button-small" onClick={() => setAdding(true)}>
          Add action
        </button>
      )}
    </div>
  );
}
