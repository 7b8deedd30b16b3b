// The audit trail as a person reads it: one sentence per command and, for answers and system fields,
// what each value was before and after. Filtered and paged in SQL, newest first, so long logs stay quick.
import { type Database, type Row, type SqlValue, selectAll, selectValue } from '../db/sqljs';
import { systemFromRow } from '../db/systemRows';
import type { FrameworkContent } from '../frameworks/schema';
import type { SystemRecord } from '../model/system';

export interface HistoryQuery {
  /** Only the changes recorded under this name ('' for changes recorded without one). */
  actor?: string;
  /** Only this command type ("setAnswer", "undo", …). */
  command?: string;
  /** Only the changes that concern this system, including undoing and redoing them. */
  systemId?: string;
  /** How many of the newest matching entries to skip. */
  offset?: number;
  /** Entries per page; 50 unless given, at most 500. */
  limit?: number;
}

/** One value a change replaced: "Status: Not reviewed → Non-compliant". */
export interface HistoryChange {
  field: string;
  before: string;
  after: string;
}

export interface HistoryEntry {
  seq: number;
  at: string;
  actor: string;
  command: string;
  /** A sentence: "Set p2.1 of Risk score to non-compliant". */
  summary: string;
  changes: HistoryChange[];
  /** Changes of this entry not listed (a bulk change lists its first ones only). */
  moreChanges: number;
}

export interface HistoryPage {
  entries: HistoryEntry[];
  /** How many entries match the filters. */
  total: number;
  offset: number;
  limit: number;
  /** For the filters: every name changes were recorded under, and the command types with their counts. */
  actors: string[];
  commands: { command: string; count: number }[];
  /** Systems of the review, then those removed from it, by the name they last had. */
  systems: { id: string; name: string; removed: boolean }[];
}

/** A row of the audit log with its JSON read back. */
export interface AuditRecord {
  command: string;
  payload: unknown;
  before: unknown;
  after: unknown;
}

/** What describing needs to know beyond the entry itself. */
export interface HistoryNames {
  system(id: string): string;
  framework(id: string): string;
  /** The principle's code, such as "P1". */
  principle(frameworkId: string, principleId: string): string;
  integrationLevel(frameworkId: string, levelId: string): string;
}

export interface DescribedEntry {
  summary: string;
  changes: HistoryChange[];
  moreChanges: number;
}

/** A bulk change lists this many of its changes; the rest are counted. */
export const LISTED_CHANGES = 20;
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

export function historyPage(
  db: Database,
  frameworks: ReadonlyMap<string, FrameworkContent>,
  query: HistoryQuery = {},
): HistoryPage {
  const limit = Math.min(Math.max(Math.trunc(query.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
  const offset = Math.max(Math.trunc(query.offset ?? 0), 0);
  const { where, params } = historyFilter(query);
  const total = Number(selectValue(db, `SELECT COUNT(*) FROM audit_log a ${where}`, params) ?? 0);
  const rows = selectAll(
    db,
    `SELECT a.seq, a.at, a.actor, a.command, a.payload, a.before, a.after FROM audit_log a ${where}
     ORDER BY a.seq DESC LIMIT ? OFFSET ?`,
    [...params, limit, offset],
  );
  const originals = originalsOf(db, rows);
  const systems = systemNames(db);
  const byId = new Map(systems.map((s) => [s.id, s.name]));
  const names = historyNames(frameworks, (id) => byId.get(id));

  return {
    entries: rows.map((row) => {
      const record = auditRecord(row);
      const original = originals.get(Number(asObject(record.payload).seq));
      return {
        seq: Number(row.seq),
        at: String(row.at),
        actor: String(row.actor),
        command: String(row.command),
        ...describeAuditRecord(record, names, original),
      };
    }),
    total,
    offset,
    limit,
    actors: selectAll(db, 'SELECT DISTINCT actor FROM audit_log ORDER BY actor').map((r) => String(r.actor)),
    commands: selectAll(db, 'SELECT command, COUNT(*) AS n FROM audit_log GROUP BY command ORDER BY command').map(
      (r) => ({ command: String(r.command), count: Number(r.n) }),
    ),
    systems,
  };
}

/**
 * A system is concerned by an entry whose command, before or after mentions its id as a JSON string
 * (ids are UUIDs, so this never matches by accident); an undo or redo by the entry it replays.
 */
function historyFilter(query: HistoryQuery): { where: string; params: SqlValue[] } {
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  if (query.actor !== undefined) {
    clauses.push('a.actor = ?');
    params.push(query.actor);
  }
  if (query.command) {
    clauses.push('a.command = ?');
    params.push(query.command);
  }
  if (query.systemId) {
    const token = JSON.stringify(query.systemId);
    const mentions = (t: string) =>
      `(instr(${t}.payload, ?) > 0 OR instr(COALESCE(${t}.before, ''), ?) > 0 OR instr(COALESCE(${t}.after, ''), ?) > 0)`;
    clauses.push(
      `(${mentions('a')} OR (a.command IN ('undo', 'redo') AND json_valid(a.payload) AND EXISTS (
         SELECT 1 FROM audit_log o WHERE o.seq = json_extract(a.payload, '$.seq') AND ${mentions('o')})))`,
    );
    params.push(token, token, token, token, token, token);
  }
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** The entries that the undo and redo rows of a page replay, by sequence number. */
function originalsOf(db: Database, rows: readonly Row[]): Map<number, AuditRecord> {
  const seqs = rows
    .filter((row) => row.command === 'undo' || row.command === 'redo')
    .map((row) => Number(asObject(parseJson(row.payload)).seq))
    .filter((seq) => Number.isInteger(seq));
  if (seqs.length === 0) return new Map();
  const found = selectAll(
    db,
    `SELECT seq, command, payload, before, after FROM audit_log WHERE seq IN (${seqs.map(() => '?').join(', ')})`,
    seqs,
  );
  return new Map(found.map((row) => [Number(row.seq), auditRecord(row)]));
}

/** Current systems in their order, then systems no longer in the review with the name they last had. */
function systemNames(db: Database): HistoryPage['systems'] {
  const current = selectAll(db, 'SELECT id, name FROM system ORDER BY position').map((r) => ({
    id: String(r.id),
    name: String(r.name),
    removed: false,
  }));
  const known = new Set(current.map((s) => s.id));
  const removed = new Map<string, string>();
  // Every way a system enters or leaves the review keeps its name in the log; later rows win.
  const rows = selectAll(
    db,
    `SELECT json_extract(after, '$.id') AS id, json_extract(after, '$.name') AS name, seq FROM audit_log
       WHERE command = 'addSystem' AND json_valid(after)
     UNION ALL
     SELECT json_extract(before, '$.system.id'), json_extract(before, '$.system.name'), seq FROM audit_log
       WHERE command = 'removeSystem' AND json_valid(before)
     UNION ALL
     SELECT added.value, json_extract(a.payload, '$.adds[' || added.key || '].attributes.name'), a.seq
       FROM audit_log a, json_each(a.after, '$.addedSystemIds') added
       WHERE a.command = 'importInventory' AND json_valid(a.after) AND json_valid(a.payload)
     ORDER BY seq`,
  );
  for (const row of rows) {
    const id = row.id === null || row.id === undefined ? '' : String(row.id);
    if (id !== '' && !known.has(id) && typeof row.name === 'string') removed.set(id, row.name);
  }
  return [
    ...current,
    ...[...removed].map(([id, name]) => ({ id, name, removed: true })).sort((a, b) => a.name.localeCompare(b.name)),
  ];
}

export function historyNames(
  frameworks: ReadonlyMap<string, FrameworkContent>,
  systemName: (id: string) => string | undefined,
): HistoryNames {
  return {
    system: (id) => systemName(id) ?? 'a system no longer in the review',
    framework: (id) => frameworks.get(id)?.shortTitle.en ?? id,
    principle: (frameworkId, principleId) =>
      frameworks.get(frameworkId)?.principles.find((p) => p.id === principleId)?.code ?? principleId,
    integrationLevel: (frameworkId, levelId) =>
      frameworks.get(frameworkId)?.integrationScale?.levels.find((l) => l.id === levelId)?.label.en ?? levelId,
  };
}

function auditRecord(row: Row): AuditRecord {
  return {
    command: String(row.command),
    payload: parseJson(row.payload),
    before: parseJson(row.before),
    after: parseJson(row.after),
  };
}

function parseJson(value: SqlValue | undefined): unknown {
  if (typeof value !== 'string') return null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

// ---- describing one entry -----------------------------------------------------------------------

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "cepej-charter-2018/p2.1" → "p2.1", as the checklist shows it. */
export function itemCode(itemId: string): string {
  const slash = itemId.indexOf('/');
  return slash === -1 ? itemId : itemId.slice(slash + 1);
}

function quoted(value: string, max = 80): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}”`;
}

const STATUS_WORDS: Record<string, string> = {
  compliant: 'compliant',
  partial: 'partial',
  non_compliant: 'non-compliant',
  not_applicable: 'not applicable',
  not_reviewed: 'not reviewed',
};
const statusWord = (status: string) => STATUS_WORDS[status] ?? status;

/** Words for stored values where "capitalise and drop the underscores" is not enough. */
const VALUE_WORDS: Record<string, string> = {
  in_house: 'In-house',
  support: 'Decision support',
  non_compliant: 'Non-compliant',
  in_progress: 'In progress',
};
const valueWord = (value: string) => VALUE_WORDS[value] ?? capital(value.replace(/_/g, ' '));

const EMPTY = '—';
const orEmpty = (value: string) => (value.trim() === '' ? EMPTY : value);

const SYSTEM_FIELDS: readonly (readonly [keyof SystemRecord, string])[] = [
  ['name', 'Name'],
  ['organisation', 'Court or organisation'],
  ['country', 'Country'],
  ['purpose', 'Purpose'],
  ['stage', 'Stage'],
  ['providerType', 'Provider'],
  ['providerName', 'Provider name'],
  ['useCategory', 'Appendix II group'],
  ['useCategoryReason', 'Reason for the Appendix II group'],
  ['automation', 'Level of automation'],
  ['dataProcessed', 'Data processed'],
  ['legalAreas', 'Legal areas'],
  ['users', 'Users'],
  ['hosting', 'Hosting'],
  ['contact', 'Contact'],
  ['goLive', 'Go-live'],
  ['notes', 'Notes'],
];
const ENUM_FIELDS: ReadonlySet<string> = new Set(['stage', 'providerType', 'useCategory', 'automation']);

/** A system attribute as the history shows it; a value never stated reads "Not stated". */
function systemValue(field: keyof SystemRecord, value: unknown): string {
  if (value === null || value === undefined) return 'Not stated';
  if (Array.isArray(value)) return value.length === 0 ? 'None' : value.map((v) => valueWord(text(v))).join(', ');
  if (ENUM_FIELDS.has(field)) return valueWord(text(value));
  return orEmpty(text(value));
}

function toRow(value: unknown): Row | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const row: Row = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string' || typeof v === 'number' || v === null) row[key] = v;
  }
  return row;
}

/** What changed between a system before and after; `changes` holds the new attribute values. */
function systemChanges(before: SystemRecord, changes: Partial<Record<keyof SystemRecord, unknown>>, prefix = '') {
  const listed: HistoryChange[] = [];
  for (const [field, label] of SYSTEM_FIELDS) {
    if (!(field in changes)) continue;
    const was = systemValue(field, before[field]);
    const now = systemValue(field, changes[field]);
    if (was !== now) listed.push({ field: `${prefix}${label}`, before: was, after: now });
  }
  if ('customFields' in changes) {
    const now = asObject(changes.customFields);
    for (const key of new Set([...Object.keys(before.customFields), ...Object.keys(now)])) {
      const was = orEmpty(before.customFields[key] ?? '');
      const is = orEmpty(text(now[key]));
      if (was !== is) listed.push({ field: `${prefix}${key}`, before: was, after: is });
    }
  }
  return listed;
}

function rowChanges(before: unknown, after: unknown, prefix = ''): HistoryChange[] {
  const was = toRow(before);
  const now = toRow(after);
  if (!was || !now) return [];
  const next = systemFromRow(now);
  const fields = Object.fromEntries([...SYSTEM_FIELDS.map(([f]) => [f, next[f]]), ['customFields', next.customFields]]);
  return systemChanges(systemFromRow(was), fields, prefix);
}

function listed(changes: HistoryChange[], alsoCounted = 0): Pick<DescribedEntry, 'changes' | 'moreChanges'> {
  return {
    changes: changes.slice(0, LISTED_CHANGES),
    moreChanges: Math.max(changes.length - LISTED_CHANGES, 0) + alsoCounted,
  };
}

const none = { changes: [], moreChanges: 0 };

function answerChanges(before: unknown, after: unknown): HistoryChange[] {
  const was = asObject(before);
  const now = asObject(after);
  const changes: HistoryChange[] = [];
  const wasStatus = text(was.status) || 'not_reviewed';
  const nowStatus = text(now.status) || 'not_reviewed';
  if (wasStatus !== nowStatus) {
    changes.push({ field: 'Status', before: valueWord(wasStatus), after: valueWord(nowStatus) });
  }
  const wasWhy = text(was.justification);
  const nowWhy = text(now.justification);
  if (wasWhy !== nowWhy) changes.push({ field: 'Justification', before: orEmpty(wasWhy), after: orEmpty(nowWhy) });
  return changes;
}

const ACTION_FIELDS: readonly (readonly [string, string])[] = [
  ['description', 'Description'],
  ['owner', 'Owner'],
  ['due_date', 'Due date'],
  ['state', 'State'],
];
const FINDING_FIELDS: readonly (readonly [string, string])[] = [
  ['severity', 'Severity'],
  ['description', 'Description'],
  ['recommendation', 'Recommendation'],
];

const REVIEW_FIELDS: readonly (readonly [string, string])[] = [
  ['title', 'Title'],
  ['organisation', 'Organisation'],
];

function recordChanges(fields: typeof ACTION_FIELDS, before: unknown, after: unknown): HistoryChange[] {
  const was = asObject(before);
  const now = asObject(after);
  const word = (key: string, value: unknown) =>
    key === 'state' || key === 'severity' ? valueWord(text(value)) : orEmpty(text(value));
  return fields
    .filter(([key]) => text(was[key]) !== text(now[key]))
    .map(([key, label]) => ({ field: label, before: word(key, was[key]), after: word(key, now[key]) }));
}

/**
 * Describes one audit entry. Undo and redo rows name the entry they replay (`original`): an undo shows
 * that entry's changes reversed.
 */
export function describeAuditRecord(record: AuditRecord, names: HistoryNames, original?: AuditRecord): DescribedEntry {
  const p = asObject(record.payload);
  const before = asObject(record.before);
  const after = asObject(record.after);
  const system = (id: unknown) => names.system(text(id));
  const item = (id: unknown) => itemCode(text(id));

  switch (record.command) {
    case 'undo':
    case 'redo': {
      const verb = record.command === 'undo' ? 'Undid' : 'Redid';
      if (!original) return { summary: `${verb} an earlier change (#${text(p.seq) || '?'})`, ...none };
      const replayed = describeAuditRecord(original, names);
      return {
        summary: `${verb}: ${replayed.summary}`,
        changes:
          record.command === 'undo'
            ? replayed.changes.map((c) => ({ field: c.field, before: c.after, after: c.before }))
            : replayed.changes,
        moreChanges: replayed.moreChanges,
      };
    }
    case 'setAnswer': {
      const changes = answerChanges(record.before, record.after);
      const where = `${item(p.itemId)} of ${system(p.systemId)}`;
      const statusChanged = changes.some((c) => c.field === 'Status');
      const set = `Set ${where} to ${statusWord(text(p.status))}`;
      const summary =
        changes.length === 0
          ? `${set} (unchanged)`
          : statusChanged
            ? set
            : `Changed the justification of ${where} (${statusWord(text(p.status))})`;
      return { summary, changes, moreChanges: 0 };
    }
    case 'setAnswers': {
      const answers = asArray(p.answers).map(asObject);
      const previous = asArray(before.answers);
      const source = text(p.source);
      const systems = new Set(answers.map((a) => text(a.systemId)));
      const [only] = systems;
      const whose = systems.size === 1 && only !== undefined ? ` of ${names.system(only)}` : '';
      const changes = answers.map((answer, index) => {
        const was = text(asObject(previous[index]).status) || 'not_reviewed';
        return {
          field: `${item(answer.itemId)}${whose ? '' : ` of ${system(answer.systemId)}`}`,
          before: valueWord(was),
          after: valueWord(text(answer.status)),
        };
      });
      return {
        summary: `Set ${plural(answers.length, 'answer')}${whose}${source ? ` from ${source}` : ''}`,
        ...listed(changes.filter((c) => c.before !== c.after)),
      };
    }
    case 'mergeReturnedFiles': {
      const files = asArray(p.sources).map((source) => text(asObject(source).fileName) || 'a returned file');
      const changes = Number(after.changes ?? 0);
      const open = asArray(after.unresolvedConflicts).length;
      const newRound = p.asNewRound === true ? ' as a new round' : '';
      return {
        summary:
          `Merged ${files.join(', ')}${newRound}: ${plural(Number.isFinite(changes) ? changes : 0, 'change')} taken` +
          (open > 0 ? `, ${plural(open, 'conflict')} left as they were here` : ''),
        ...none,
      };
    }
    case 'setApplicability': {
      const where = `${item(p.itemId)} of ${system(p.systemId)}`;
      const justification = text(p.justification).trim();
      const summary =
        p.applies === null
          ? `Returned ${where} to its applicability rule`
          : `Marked ${where} as ${p.applies === true ? 'applying' : 'not applying'} despite the rule: ${justification}`;
      return { summary, ...none };
    }
    case 'copyAnswers': {
      const targets = asArray(p.toSystemIds).map(system);
      return {
        summary: `Copied the answers of ${system(p.fromSystemId)} to ${targets.join(', ')}: ${text(after.copied) || '0'} copied, ${text(after.kept) || '0'} kept`,
        ...none,
      };
    }
    case 'addSystem':
      return { summary: `Added system ${text(after.name) || text(asObject(p.attributes).name)}`, ...none };
    case 'removeSystem': {
      const answers = asArray(before.answers).length;
      const name = text(asObject(before.system).name) || system(p.systemId);
      return {
        summary: `Removed system ${name}${answers > 0 ? ` and its ${plural(answers, 'answer')}` : ''}`,
        ...none,
      };
    }
    case 'updateSystem': {
      const changes = rowChanges(record.before, record.after);
      const name = text(after.name) || system(p.systemId);
      const fields = changes.map((c) => c.field.toLowerCase());
      return {
        summary: fields.length > 0 ? `Changed ${fields.join(', ')} of ${name}` : `Saved ${name} unchanged`,
        ...listed(changes),
      };
    }
    case 'updateSystems': {
      const befores = asArray(record.before);
      const afters = asArray(record.after);
      const changes = befores.flatMap((was, index) => {
        const name = text(asObject(afters[index]).name) || text(asObject(was).name);
        return rowChanges(was, afters[index], befores.length > 1 ? `${name} · ` : '');
      });
      const count = asArray(p.changes).length;
      const summary =
        count === 1
          ? `Changed ${text(asObject(afters[0]).name) || 'a system'}`
          : `Changed ${plural(count, 'system')} at once`;
      return { summary, ...listed(changes) };
    }
    case 'classifyUse': {
      const category = p.useCategory;
      const name = text(after.name) || system(p.systemId);
      return {
        summary:
          typeof category === 'string'
            ? `Placed ${name} in Appendix II group “${valueWord(category)}”`
            : `Removed ${name} from its Appendix II group`,
        ...listed(rowChanges(record.before, record.after)),
      };
    }
    case 'importInventory': {
      const summary = asObject(p.summary);
      const counts = [
        `${plural(Number(summary.added ?? 0), 'system')} added`,
        `${text(summary.updated) || '0'} updated`,
        ...(Number(summary.rejected ?? 0) > 0 ? [`${plural(Number(summary.rejected), 'row')} rejected`] : []),
      ];
      const updates = asArray(p.updates).map(asObject);
      const replaced = asArray(before.updatedSystems);
      const changes = updates.flatMap((update, index) => {
        const was = toRow(replaced[index]);
        if (!was) return [];
        const record = systemFromRow(was);
        return systemChanges(record, asObject(update.changes), `${record.name} · `);
      });
      return {
        summary: `Imported the inventory ${text(asObject(p.source).fileName)}: ${counts.join(', ')}`,
        ...listed(changes),
      };
    }
    case 'updateReview':
      return {
        summary: 'Changed the review details',
        changes: recordChanges(REVIEW_FIELDS, record.before, record.after),
        moreChanges: 0,
      };
    case 'addFramework':
      return {
        summary: `Added the checklist ${names.framework(text(p.frameworkId))}${after.version ? ` v${text(after.version)}` : ''}`,
        ...none,
      };
    case 'upgradeFramework':
      return {
        summary: `Upgraded the checklist ${names.framework(text(p.frameworkId))} to v${text(p.toVersion)}`,
        changes: [{ field: 'Version', before: orEmpty(text(before.version)), after: orEmpty(text(after.version)) }],
        moreChanges: 0,
      };
    case 'setPrincipleIntegration': {
      const frameworkId = text(p.frameworkId);
      const principle = `${names.principle(frameworkId, text(p.principleId))} of ${system(p.systemId)}`;
      const level = (row: Json) =>
        text(row.level) ? names.integrationLevel(frameworkId, text(row.level)) : 'Not confirmed';
      const changes = [{ field: 'Integration', before: level(before), after: level(after) }].filter(
        (c) => c.before !== c.after,
      );
      return {
        summary:
          typeof p.level === 'string'
            ? `Confirmed ${principle} as “${names.integrationLevel(frameworkId, p.level)}”`
            : `Withdrew the integration level of ${principle}`,
        changes,
        moreChanges: 0,
      };
    }
    case 'addFinding': {
      const on = after.item_id ? `${item(after.item_id)} of ${system(p.systemId)}` : system(p.systemId);
      return {
        summary: `Recorded a ${text(p.severity)}-severity finding on ${on}: ${quoted(text(p.description))}`,
        ...none,
      };
    }
    case 'updateFinding':
      return {
        summary: `Changed a finding on ${system(after.system_id ?? before.system_id)}`,
        changes: recordChanges(FINDING_FIELDS, record.before, record.after),
        moreChanges: 0,
      };
    case 'removeFinding':
      return {
        summary: `Removed the finding ${quoted(text(before.description))} on ${system(before.system_id)}`,
        ...none,
      };
    case 'addAction': {
      const details = [
        text(after.owner) && `owner ${text(after.owner)}`,
        text(after.due_date) && `due ${text(after.due_date)}`,
      ].filter(Boolean);
      return {
        summary: `Added the action ${quoted(text(p.description))} for ${system(p.systemId)}${details.length > 0 ? ` (${details.join(', ')})` : ''}`,
        ...none,
      };
    }
    case 'updateAction': {
      const changes = recordChanges(ACTION_FIELDS, record.before, record.after);
      const what = `the action ${quoted(text(before.description))} of ${system(before.system_id)}`;
      const onlyState = changes.length === 1 && changes[0]?.field === 'State';
      return {
        summary: onlyState ? `Marked ${what} as ${text(after.state).replace(/_/g, ' ')}` : `Changed ${what}`,
        changes,
        moreChanges: 0,
      };
    }
    case 'removeAction':
      return {
        summary: `Removed the action ${quoted(text(before.description))} of ${system(before.system_id)}`,
        ...none,
      };
    case 'addEvidence': {
      const to = p.itemId ? `${item(p.itemId)} of ${system(p.systemId)}` : system(p.systemId);
      return { summary: `Attached the evidence file ${text(p.name)} to ${to}`, ...none };
    }
    case 'removeEvidence':
      return { summary: `Removed the evidence file ${text(before.name)} from ${system(before.system_id)}`, ...none };
    case 'signOff':
      return { summary: `${text(p.person)} signed off ${system(p.systemId)} as ${text(p.role)}`, ...none };
    default:
      return { summary: `${capital(record.command.replace(/([A-Z])/g, ' $1').toLowerCase())}`, ...none };
  }
}
