// Read-only queries over findings, actions, evidence and sign-offs.
import { type Database, selectAll, selectOne } from '../db/sqljs';
import { answersHash } from './answersHash';

export interface FindingView {
  id: string;
  systemId: string;
  systemName: string;
  itemId: string | null;
  severity: 'low' | 'medium' | 'high';
  description: string;
  recommendation: string;
  createdAt: string;
  createdBy: string;
}

export interface ActionView {
  id: string;
  systemId: string;
  systemName: string;
  findingId: string | null;
  description: string;
  owner: string;
  dueDate: string | null;
  state: 'open' | 'in_progress' | 'done' | 'cancelled';
  /** Open or in progress with a due date before `today`. */
  overdue: boolean;
  updatedAt: string;
}

export interface EvidenceView {
  id: string;
  systemId: string;
  itemId: string | null;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  addedAt: string;
  addedBy: string;
}

export interface SignOffView {
  id: string;
  systemId: string;
  person: string;
  role: 'assessor' | 'reviewer';
  statement: string;
  signedAt: string;
  answersSha256: string;
  /** The system's answers differ from those that were signed. */
  changedSinceSignOff: boolean;
}

const nullable = (v: unknown) => (v === null || v === undefined ? null : String(v));

export function listFindings(db: Database, systemId?: string): FindingView[] {
  return selectAll(
    db,
    `SELECT f.*, s.name AS system_name FROM finding f JOIN system s ON s.id = f.system_id
     ${systemId ? 'WHERE f.system_id = ?' : ''} ORDER BY s.position, f.created_at`,
    systemId ? [systemId] : [],
  ).map((row) => ({
    id: String(row.id),
    systemId: String(row.system_id),
    systemName: String(row.system_name),
    itemId: nullable(row.item_id),
    severity: row.severity as FindingView['severity'],
    description: String(row.description),
    recommendation: String(row.recommendation),
    createdAt: String(row.created_at),
    createdBy: String(row.created_by),
  }));
}

export function listActions(db: Database, today: string, systemId?: string): ActionView[] {
  return selectAll(
    db,
    `SELECT a.*, s.name AS system_name FROM action a JOIN system s ON s.id = a.system_id
     ${systemId ? 'WHERE a.system_id = ?' : ''} ORDER BY a.due_date IS NULL, a.due_date, s.position`,
    systemId ? [systemId] : [],
  ).map((row) => {
    const state = row.state as ActionView['state'];
    const dueDate = nullable(row.due_date);
    return {
      id: String(row.id),
      systemId: String(row.system_id),
      systemName: String(row.system_name),
      findingId: nullable(row.finding_id),
      description: String(row.description),
      owner: String(row.owner),
      dueDate,
      state,
      overdue: (state === 'open' || state === 'in_progress') && dueDate !== null && dueDate < today,
      updatedAt: String(row.updated_at),
    };
  });
}

export function listEvidence(db: Database, systemId?: string): EvidenceView[] {
  return selectAll(
    db,
    `SELECT id, system_id, item_id, name, media_type, size, sha256, added_at, added_by FROM evidence
     ${systemId ? 'WHERE system_id = ?' : ''} ORDER BY added_at, name`,
    systemId ? [systemId] : [],
  ).map((row) => ({
    id: String(row.id),
    systemId: String(row.system_id),
    itemId: nullable(row.item_id),
    name: String(row.name),
    mediaType: String(row.media_type),
    size: Number(row.size),
    sha256: String(row.sha256),
    addedAt: String(row.added_at),
    addedBy: String(row.added_by),
  }));
}

export function evidenceContent(
  db: Database,
  evidenceId: string,
): { name: string; mediaType: string; content: Uint8Array } | null {
  const row = selectOne(db, 'SELECT name, media_type, content FROM evidence WHERE id = ?', [evidenceId]);
  if (!row || !(row.content instanceof Uint8Array)) return null;
  return { name: String(row.name), mediaType: String(row.media_type), content: row.content };
}

export function listSignOffs(db: Database, systemId?: string): SignOffView[] {
  const current = new Map<string, string>();
  return selectAll(
    db,
    `SELECT * FROM signoff ${systemId ? 'WHERE system_id = ?' : ''} ORDER BY signed_at`,
    systemId ? [systemId] : [],
  ).map((row) => {
    const id = String(row.system_id);
    if (!current.has(id)) current.set(id, answersHash(db, id));
    return {
      id: String(row.id),
      systemId: id,
      person: String(row.person),
      role: row.role as SignOffView['role'],
      statement: String(row.statement),
      signedAt: String(row.signed_at),
      answersSha256: String(row.answers_sha256),
      changedSinceSignOff: current.get(id) !== String(row.answers_sha256),
    };
  });
}
