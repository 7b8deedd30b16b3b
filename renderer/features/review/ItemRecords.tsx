// What hangs off one checklist item: its evidence files and, for a partial or non-compliant
// answer, findings with their remediation actions.
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItemView } from '../../../shared/engine/queries';
import type { ActionView, EvidenceView, FindingView } from '../../../shared/engine/recordQueries';
import { useSession } from '../../app/session';
import { useFormat } from '../../i18n/format';
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
  const { t } = useTranslation(['review', 'common']);
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
        <ul className="evidence-list" aria-label={t('records.evidence')}>
          {evidence.map((entry) => (
            <li key={entry.id}>
              <span className="evidence-name">{entry.name}</span>
              <span className="muted">{`${formatSize(entry.size)} · SHA-256 ${entry.sha256.slice(0, 12)}…`}</span>
              <button
                type="button"
                className="button-small"
                onClick={() => setPreviewed(entry)}
                aria-label={t('records.openFile', { name: entry.name })}
              >
                {t('records.open')}
              </button>
              <button
                type="button"
                className="button-small"
                onClick={() => void run({ type: 'removeEvidence', evidenceId: entry.id })}
                aria-label={t('records.removeFile', { name: entry.name })}
              >
                {t('common:action.remove')}
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
          {t('records.attach')}
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
            {t('records.addFinding')}
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

type Severity = FindingView['severity'];
const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

function FindingForm(props: {
  defaultSeverity: Severity;
  onSave: (severity: Severity, description: string, recommendation: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['review', 'common']);
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
      <h5 id={`${id}-t`}>{t('findingForm.title')}</h5>
      <label>
        {t('findingForm.severity')}
        <select value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
          {SEVERITIES.map((level) => (
            <option key={level} value={level}>
              {t(`findingForm.severityOption.${level}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('findingForm.description')}
        <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={2} required />
      </label>
      <label>
        {t('findingForm.recommendation')}
        <textarea value={recommendation} onChange={(e) => setRecommendation(e.target.value)} rows={2} />
      </label>
      <div className="actions">
        <button type="submit" className="button-primary" disabled={!description.trim()}>
          {t('findingForm.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('common:action.cancel')}
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
  const { t } = useTranslation(['review', 'common']);
  const format = useFormat();
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
        <strong>{t(`findingCard.heading.${finding.severity}`)}</strong> {finding.description}
      </p>
      {finding.recommendation && (
        <p className="muted">{t('findingCard.recommendation', { text: finding.recommendation })}</p>
      )}
      {actions.length > 0 && (
        <ul className="action-list" aria-label={t('findingCard.actions')}>
          {actions.map((a) => (
            <li key={a.id} className={a.overdue ? 'overdue' : undefined}>
              {a.description} — {a.owner || t('findingCard.noOwner')}
              {/* A due date is a day, not a moment: read at local midnight so no time zone moves it. */}
              {a.dueDate && `, ${t('findingCard.due', { date: format.date(`${a.dueDate}T00:00:00`) })}`} ·{' '}
              {t(`findingCard.state.${a.state}`)}
              {a.overdue && <strong> · {t('findingCard.overdue')}</strong>}
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <form className="record-form" onSubmit={(e) => void addAction(e)}>
          <label>
            {t('findingCard.action')}
            <input value={description} onChange={(e) => setDescription(e.target.value)} required />
          </label>
          <label>
            {t('findingCard.owner')}
            <input value={owner} onChange={(e) => setOwner(e.target.value)} />
          </label>
          <label>
            {t('findingCard.dueDate')}
            <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
          </label>
          <div className="actions">
            <button type="submit" className="button-primary" disabled={!description.trim()}>
              {t('findingCard.saveAction')}
            </button>
            <button type="button" onClick={() => setAdding(false)}>
              {t('common:action.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button-small" onClick={() => setAdding(true)}>
          {t('findingCard.addAction')}
        </button>
      )}
    </div>
  );
}
