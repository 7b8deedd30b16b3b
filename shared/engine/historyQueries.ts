// The audit trail as a person reads it: one sentence per command and, for answers and system fields,
// what each value was before and after. Filtered and paged in SQL, newest first, so long logs stay quick.
// Each sentence comes twice from the same data: in English (`summary`, for the command line and exports) and as
// a message key with its values, which the interface puts in the reader's language.
import { type Database, type Row, type SqlValue, selectAll, selectValue } from '../db/sqljs';
import { systemFromRow } from '../db/systemRows';
import type { FrameworkContent, LocalisedText } from '../frameworks/schema';
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
  /** The same three, as words of the app (by code) and data, for the interface to put in the reader's language. */
  parts: { field: HistoryValue; before: HistoryValue; after: HistoryValue };
}

export interface HistoryEntry {
  seq: number;
  at: string;
  actor: string;
  command: string;
  /** A sentence: "Set p2.1 of Risk score to non-compliant". */
  summary: string;
  /** The same sentence as a message key (`entry.<key>` of the history catalogue) and its values. */
  message: HistoryMessage;
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
  /** The system's name, or words saying it is no longer in the review. */
  system(id: string): HistoryValue;
  /** The checklist's short title in every language of the content, or its id if unknown. */
  framework(id: string): HistoryValue;
  /** The principle's code, such as "P1". */
  principle(frameworkId: string, principleId: string): string;
  integrationLevel(frameworkId: string, levelId: string): HistoryValue;
}

export interface DescribedEntry {
  summary: string;
  message: HistoryMessage;
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
  const content = (text: LocalisedText | undefined, otherwise: string): HistoryValue =>
    text ? { content: text } : otherwise;
  return {
    system: (id) => systemName(id) ?? word('value', 'unknownSystem'),
    framework: (id) => content(frameworks.get(id)?.shortTitle, id),
    principle: (frameworkId, principleId) =>
      frameworks.get(frameworkId)?.principles.find((p) => p.id === principleId)?.code ?? principleId,
    integrationLevel: (frameworkId, levelId) =>
      content(frameworks.get(frameworkId)?.integrationScale?.levels.find((l) => l.id === levelId)?.label, levelId),
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

// ---- sentences and words, in English ------------------------------------------------------------

/**
 * The English of every history sentence (`entry`) and of every word of the app a sentence or a change may hold
 * (`word`: statuses, stages, field names…), in the syntax of the interface's message catalogues. `summary` is
 * written from it; the English history catalogue holds the same text, and a test keeps the two identical, so the
 * interface in English shows exactly the summary and the other languages translate the same keys.
 */
export const HISTORY_ENGLISH = {
  entry: {
    undo: { of: 'Undid: {{change}}', missing: 'Undid an earlier change (#{{seq}})' },
    redo: { of: 'Redid: {{change}}', missing: 'Redid an earlier change (#{{seq}})' },
    setAnswer: {
      set: 'Set {{item}} of {{system}} to {{status}}',
      unchanged: 'Set {{item}} of {{system}} to {{status}} (unchanged)',
      justification: 'Changed the justification of {{item}} of {{system}} ({{status}})',
    },
    setAnswers: {
      plain_one: 'Set {{count, number}} answer',
      plain_other: 'Set {{count, number}} answers',
      ofSystem_one: 'Set {{count, number}} answer of {{system}}',
      ofSystem_other: 'Set {{count, number}} answers of {{system}}',
      fromSource_one: 'Set {{count, number}} answer from {{source}}',
      fromSource_other: 'Set {{count, number}} answers from {{source}}',
      ofSystemFromSource_one: 'Set {{count, number}} answer of {{system}} from {{source}}',
      ofSystemFromSource_other: 'Set {{count, number}} answers of {{system}} from {{source}}',
    },
    mergeReturnedFiles: {
      merged: 'Merged {{files}}: {{taken}}',
      mergedWithConflicts: 'Merged {{files}}: {{taken}}, {{conflicts}}',
      asNewRound: 'Merged {{files}} as a new round: {{taken}}',
      asNewRoundWithConflicts: 'Merged {{files}} as a new round: {{taken}}, {{conflicts}}',
      taken_one: '{{count, number}} change taken',
      taken_other: '{{count, number}} changes taken',
      conflicts_one: '{{count, number}} conflict left as they were here',
      conflicts_other: '{{count, number}} conflicts left as they were here',
    },
    setApplicability: {
      rule: 'Returned {{item}} of {{system}} to its applicability rule',
      applies: 'Marked {{item}} of {{system}} as applying despite the rule: {{justification}}',
      doesNotApply: 'Marked {{item}} of {{system}} as not applying despite the rule: {{justification}}',
    },
    copyAnswers: {
      done: 'Copied the answers of {{from}} to {{to}}: {{copied}}, {{kept}}',
      copied_one: '{{count, number}} copied',
      copied_other: '{{count, number}} copied',
      kept_one: '{{count, number}} kept',
      kept_other: '{{count, number}} kept',
    },
    addSystem: 'Added system {{name}}',
    removeSystem: {
      plain: 'Removed system {{name}}',
      withAnswers_one: 'Removed system {{name}} and its {{count, number}} answer',
      withAnswers_other: 'Removed system {{name}} and its {{count, number}} answers',
    },
    updateSystem: { changed: 'Changed {{fields}} of {{name}}', unchanged: 'Saved {{name}} unchanged' },
    updateSystems: {
      one: 'Changed {{name}}',
      several_one: 'Changed {{count, number}} system at once',
      several_other: 'Changed {{count, number}} systems at once',
    },
    classifyUse: {
      placed: 'Placed {{name}} in Appendix II group “{{group}}”',
      removed: 'Removed {{name}} from its Appendix II group',
    },
    importInventory: {
      imported: 'Imported the inventory {{file}}: {{added}}, {{updated}}',
      withRejected: 'Imported the inventory {{file}}: {{added}}, {{updated}}, {{rejected}}',
      added_one: '{{count, number}} system added',
      added_other: '{{count, number}} systems added',
      updated_one: '{{count, number}} updated',
      updated_other: '{{count, number}} updated',
      rejected_one: '{{count, number}} row rejected',
      rejected_other: '{{count, number}} rows rejected',
    },
    updateReview: 'Changed the review details',
    addFramework: {
      plain: 'Added the checklist {{framework}}',
      withVersion: 'Added the checklist {{framework}} v{{version}}',
    },
    upgradeFramework: 'Upgraded the checklist {{framework}} to v{{version}}',
    setPrincipleIntegration: {
      confirmed: 'Confirmed {{principle}} of {{system}} as “{{level}}”',
      withdrawn: 'Withdrew the integration level of {{principle}} of {{system}}',
    },
    addFinding: {
      onItem: 'Recorded a {{severity}}-severity finding on {{item}} of {{system}}: “{{description}}”',
      onSystem: 'Recorded a {{severity}}-severity finding on {{system}}: “{{description}}”',
    },
    updateFinding: 'Changed a finding on {{system}}',
    removeFinding: 'Removed the finding “{{description}}” on {{system}}',
    addAction: {
      plain: 'Added the action “{{description}}” for {{system}}',
      withOwner: 'Added the action “{{description}}” for {{system}} (owner {{owner}})',
      withDue: 'Added the action “{{description}}” for {{system}} (due {{due}})',
      withOwnerAndDue: 'Added the action “{{description}}” for {{system}} (owner {{owner}}, due {{due}})',
    },
    updateAction: {
      marked: 'Marked the action “{{description}}” of {{system}} as {{state}}',
      changed: 'Changed the action “{{description}}” of {{system}}',
    },
    removeAction: 'Removed the action “{{description}}” of {{system}}',
    addEvidence: {
      toItem: 'Attached the evidence file {{file}} to {{item}} of {{system}}',
      toSystem: 'Attached the evidence file {{file}} to {{system}}',
    },
    removeEvidence: 'Removed the evidence file {{file}} from {{system}}',
    signOff: '{{person}} signed off {{system}} as {{role}}',
    /** A command of a newer version of the app, named after its type: "Merge assessor file". */
    unknown: '{{command}}',
    /** Parts of a change's field name. */
    part: { itemOfSystem: '{{item}} of {{system}}', systemField: '{{system}} · {{field}}' },
  },
  word: {
    status: {
      compliant: 'Compliant',
      partial: 'Partial',
      non_compliant: 'Non-compliant',
      not_applicable: 'Not applicable',
      not_reviewed: 'Not reviewed',
    },
    statusInSentence: {
      compliant: 'compliant',
      partial: 'partial',
      non_compliant: 'non-compliant',
      not_applicable: 'not applicable',
      not_reviewed: 'not reviewed',
    },
    stage: { idea: 'Idea', pilot: 'Pilot', production: 'Production', retired: 'Retired' },
    providerType: { in_house: 'In-house', vendor: 'Vendor' },
    useCategory: {
      encouraged: 'Encouraged',
      precautions: 'Precautions',
      further_study: 'Further study',
      extreme_reservations: 'Extreme reservations',
    },
    automation: { information: 'Information', support: 'Decision support', decision: 'Decision' },
    dataKind: {
      personal: 'Personal',
      special_categories: 'Special categories',
      criminal: 'Criminal',
      biometric: 'Biometric',
    },
    legalArea: {
      civil: 'Civil',
      criminal: 'Criminal',
      administrative: 'Administrative',
      commercial: 'Commercial',
      family: 'Family',
      other: 'Other',
    },
    severity: { low: 'Low', medium: 'Medium', high: 'High' },
    severityInSentence: { low: 'low', medium: 'medium', high: 'high' },
    actionState: { open: 'Open', in_progress: 'In progress', done: 'Done', cancelled: 'Cancelled' },
    actionStateInSentence: { open: 'open', in_progress: 'in progress', done: 'done', cancelled: 'cancelled' },
    role: { assessor: 'assessor', reviewer: 'reviewer' },
    field: {
      answer: { status: 'Status', justification: 'Justification' },
      system: {
        name: 'Name',
        organisation: 'Court or organisation',
        country: 'Country',
        purpose: 'Purpose',
        stage: 'Stage',
        providerType: 'Provider',
        providerName: 'Provider name',
        useCategory: 'Appendix II group',
        useCategoryReason: 'Reason for the Appendix II group',
        automation: 'Level of automation',
        dataProcessed: 'Data processed',
        legalAreas: 'Legal areas',
        users: 'Users',
        hosting: 'Hosting',
        contact: 'Contact',
        goLive: 'Go-live',
        notes: 'Notes',
      },
      action: { description: 'Description', owner: 'Owner', dueDate: 'Due date', state: 'State' },
      finding: { severity: 'Severity', description: 'Description', recommendation: 'Recommendation' },
      review: { title: 'Title', organisation: 'Organisation' },
      version: 'Version',
      integration: 'Integration',
    },
    /** System fields named inside a sentence ("Changed stage, notes of …"): the names above in lower case. */
    fieldInSentence: {
      system: {
        name: 'name',
        organisation: 'court or organisation',
        country: 'country',
        purpose: 'purpose',
        stage: 'stage',
        providerType: 'provider',
        providerName: 'provider name',
        useCategory: 'appendix ii group',
        useCategoryReason: 'reason for the appendix ii group',
        automation: 'level of automation',
        dataProcessed: 'data processed',
        legalAreas: 'legal areas',
        users: 'users',
        hosting: 'hosting',
        contact: 'contact',
        goLive: 'go-live',
        notes: 'notes',
      },
    },
    value: {
      notStated: 'Not stated',
      none: 'None',
      notConfirmed: 'Not confirmed',
      unknownSystem: 'a system no longer in the review',
      aSystem: 'a system',
      aReturnedFile: 'a returned file',
    },
  },
};

/** "a.b_one" → "a.b": the keys a message names, plural forms counted once. */
type MessageKeys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K extends `${infer Base}_${'one' | 'other'}` ? Base : K}`
    : MessageKeys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A sentence of the history: `entry.<key>` of the history catalogue. */
export type HistoryMessageKey = MessageKeys<typeof HISTORY_ENGLISH.entry>;
/** A group of words of the app: `word.<kind>.<code>` of the history catalogue. */
export type HistoryWordKind = keyof typeof HISTORY_ENGLISH.word;

/** A sentence with its values; a number named `count` chooses the plural form. */
export interface HistoryMessage {
  key: HistoryMessageKey;
  values: { readonly [name: string]: HistoryValue };
}
/** A word of the app by its stored code (a status, a stage, a field), translated where it is shown. */
export interface HistoryWord {
  word: HistoryWordKind;
  code: string;
}
/** Checklist content, which carries its own languages (a checklist's title, an integration level). */
export interface HistoryContent {
  content: LocalisedText;
}
/**
 * What a sentence or a change holds: data shown as it is (a name, a file name, a description), a count, a word
 * of the app, checklist content, another sentence, or a list of these.
 */
export type HistoryValue = string | number | HistoryWord | HistoryContent | HistoryMessage | readonly HistoryValue[];

export const isHistoryList = (value: HistoryValue): value is readonly HistoryValue[] => Array.isArray(value);

/** How the parts of a list are joined, in every language of the interface. */
export const HISTORY_LIST_SEPARATOR = ', ';

/** A history value in English: how `summary` and the English of each change are written. */
export function englishHistoryText(value: HistoryValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (isHistoryList(value)) return value.map(englishHistoryText).join(HISTORY_LIST_SEPARATOR);
  if ('word' in value) return englishWord(value.word, value.code);
  if ('content' in value) return value.content.en;
  return fillTemplate(englishTemplate(value), (name) => englishHistoryText(value.values[name] ?? ''));
}

/** Puts values in the `{{name}}` and `{{name, format}}` places of a catalogue message. */
function fillTemplate(template: string, valueOf: (name: string) => string): string {
  return template.replace(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g, (_placeholder, name: string) => valueOf(name));
}

function child(node: unknown, key: string): unknown {
  const object = asObject(node);
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** The English message of a key, in its plural form when the values hold a `count`. */
function englishTemplate({ key, values }: HistoryMessage): string {
  const path = key.split('.');
  const last = path.pop() ?? '';
  const parent = path.reduce<unknown>(child, HISTORY_ENGLISH.entry);
  const template = child(parent, last) ?? child(parent, `${last}_${values.count === 1 ? 'one' : 'other'}`);
  return typeof template === 'string' ? template : key;
}

/** A word of the app in English; a code this version does not know reads as itself, made readable. */
export function englishWord(kind: HistoryWordKind, code: string): string {
  const found = code.split('.').reduce<unknown>(child, HISTORY_ENGLISH.word[kind]);
  if (typeof found === 'string') return found;
  switch (kind) {
    case 'status':
    case 'stage':
    case 'providerType':
    case 'useCategory':
    case 'automation':
    case 'dataKind':
    case 'legalArea':
    case 'severity':
    case 'actionState':
      return capital(code.replace(/_/g, ' '));
    case 'actionStateInSentence':
      return code.replace(/_/g, ' ');
    default:
      return code;
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
/** A count as the log stored it; none stored reads 0. */
const countOf = (value: unknown): number => (typeof value === 'number' ? value : Number(text(value) || '0'));

function message(key: HistoryMessageKey, values: HistoryMessage['values'] = {}): HistoryMessage {
  return { key, values };
}

function word(kind: HistoryWordKind, code: string): HistoryWord {
  return { word: kind, code };
}

const isWord = (value: HistoryValue, kind: HistoryWordKind, code: string) =>
  typeof value === 'object' && !isHistoryList(value) && 'word' in value && value.word === kind && value.code === code;

/** "cepej-charter-2018/p2.1" → "p2.1", as the checklist shows it. */
export function itemCode(itemId: string): string {
  const slash = itemId.indexOf('/');
  return slash === -1 ? itemId : itemId.slice(slash + 1);
}

/** A description on one line and at most `max` characters, to be quoted in a sentence. */
function excerpt(value: string, max = 80): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const EMPTY = '—';
const orEmpty = (value: string) => (value.trim() === '' ? EMPTY : value);

const SYSTEM_FIELDS: readonly (keyof SystemRecord)[] = [
  'name',
  'organisation',
  'country',
  'purpose',
  'stage',
  'providerType',
  'providerName',
  'useCategory',
  'useCategoryReason',
  'automation',
  'dataProcessed',
  'legalAreas',
  'users',
  'hosting',
  'contact',
  'goLive',
  'notes',
];
/** System fields whose values are codes, with the words that name them. */
const SYSTEM_FIELD_WORDS: Partial<Record<keyof SystemRecord, HistoryWordKind>> = {
  stage: 'stage',
  providerType: 'providerType',
  useCategory: 'useCategory',
  automation: 'automation',
  dataProcessed: 'dataKind',
  legalAreas: 'legalArea',
};

/** A system attribute as the history shows it; a value never stated reads "Not stated". */
function systemValue(field: keyof SystemRecord, value: unknown): HistoryValue {
  if (value === null || value === undefined) return word('value', 'notStated');
  const kind = SYSTEM_FIELD_WORDS[field];
  if (Array.isArray(value)) {
    return value.length === 0 ? word('value', 'none') : value.map((v) => (kind ? word(kind, text(v)) : text(v)));
  }
  return kind ? word(kind, text(value)) : orEmpty(text(value));
}

/** A value replaced by another, in English and in parts. */
function change(field: HistoryValue, before: HistoryValue, after: HistoryValue): HistoryChange {
  return {
    field: englishHistoryText(field),
    before: englishHistoryText(before),
    after: englishHistoryText(after),
    parts: { field, before, after },
  };
}

const changed = (c: HistoryChange) => c.before !== c.after;

/** An undone change: what it set becomes what it replaced. */
const reversed = (c: HistoryChange): HistoryChange => ({
  field: c.field,
  before: c.after,
  after: c.before,
  parts: { field: c.parts.field, before: c.parts.after, after: c.parts.before },
});

function toRow(value: unknown): Row | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const row: Row = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string' || typeof v === 'number' || v === null) row[key] = v;
  }
  return row;
}

/**
 * What changed between a system before and after; `changes` holds the new attribute values. With `systemName`,
 * each field is named "Risk score · Stage" (changes to several systems listed together).
 */
function systemChanges(
  before: SystemRecord,
  changes: Partial<Record<keyof SystemRecord, unknown>>,
  systemName?: string,
): HistoryChange[] {
  const label = (field: HistoryValue): HistoryValue =>
    systemName === undefined ? field : message('part.systemField', { system: systemName, field });
  const listed: HistoryChange[] = [];
  for (const field of SYSTEM_FIELDS) {
    if (!(field in changes)) continue;
    const c = change(
      label(word('field', `system.${field}`)),
      systemValue(field, before[field]),
      systemValue(field, changes[field]),
    );
    if (changed(c)) listed.push(c);
  }
  if ('customFields' in changes) {
    const now = asObject(changes.customFields);
    for (const key of new Set([...Object.keys(before.customFields), ...Object.keys(now)])) {
      const c = change(label(key), orEmpty(before.customFields[key] ?? ''), orEmpty(text(now[key])));
      if (changed(c)) listed.push(c);
    }
  }
  return listed;
}

function rowChanges(before: unknown, after: unknown, systemName?: string): HistoryChange[] {
  const was = toRow(before);
  const now = toRow(after);
  if (!was || !now) return [];
  const next = systemFromRow(now);
  const fields = Object.fromEntries([...SYSTEM_FIELDS.map((f) => [f, next[f]]), ['customFields', next.customFields]]);
  return systemChanges(systemFromRow(was), fields, systemName);
}

function listed(changes: HistoryChange[], alsoCounted = 0): Pick<DescribedEntry, 'changes' | 'moreChanges'> {
  return {
    changes: changes.slice(0, LISTED_CHANGES),
    moreChanges: Math.max(changes.length - LISTED_CHANGES, 0) + alsoCounted,
  };
}

const none = { changes: [], moreChanges: 0 };

/** An entry's sentence, its English, and the changes it lists. */
function described(sentence: HistoryMessage, changes: Pick<DescribedEntry, 'changes' | 'moreChanges'> = none) {
  return { summary: englishHistoryText(sentence), message: sentence, ...changes };
}

function answerChanges(before: unknown, after: unknown): HistoryChange[] {
  const was = asObject(before);
  const now = asObject(after);
  const wasStatus = text(was.status) || 'not_reviewed';
  const nowStatus = text(now.status) || 'not_reviewed';
  return [
    change(word('field', 'answer.status'), word('status', wasStatus), word('status', nowStatus)),
    change(word('field', 'answer.justification'), orEmpty(text(was.justification)), orEmpty(text(now.justification))),
  ].filter(changed);
}

/** Fields of a stored record: its column, the field's name (`word.field.<code>`) and what names its values. */
type RecordFields = readonly (readonly [column: string, field: string, values?: HistoryWordKind])[];

const ACTION_FIELDS: RecordFields = [
  ['description', 'action.description'],
  ['owner', 'action.owner'],
  ['due_date', 'action.dueDate'],
  ['state', 'action.state', 'actionState'],
];
const FINDING_FIELDS: RecordFields = [
  ['severity', 'finding.severity', 'severity'],
  ['description', 'finding.description'],
  ['recommendation', 'finding.recommendation'],
];
const REVIEW_FIELDS: RecordFields = [
  ['title', 'review.title'],
  ['organisation', 'review.organisation'],
];

function recordChanges(fields: RecordFields, before: unknown, after: unknown): HistoryChange[] {
  const was = asObject(before);
  const now = asObject(after);
  const value = (kind: HistoryWordKind | undefined, v: unknown) => (kind ? word(kind, text(v)) : orEmpty(text(v)));
  return fields
    .filter(([column]) => text(was[column]) !== text(now[column]))
    .map(([column, field, kind]) => change(word('field', field), value(kind, was[column]), value(kind, now[column])));
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
      const undo = record.command === 'undo';
      if (!original) return described(message(undo ? 'undo.missing' : 'redo.missing', { seq: text(p.seq) || '?' }));
      const replayed = describeAuditRecord(original, names);
      return described(message(undo ? 'undo.of' : 'redo.of', { change: replayed.message }), {
        changes: undo ? replayed.changes.map(reversed) : replayed.changes,
        moreChanges: replayed.moreChanges,
      });
    }
    case 'setAnswer': {
      const changes = answerChanges(record.before, record.after);
      const values = {
        item: item(p.itemId),
        system: system(p.systemId),
        status: word('statusInSentence', text(p.status)),
      };
      const statusChanged = changes.some((c) => isWord(c.parts.field, 'field', 'answer.status'));
      const key =
        changes.length === 0 ? 'setAnswer.unchanged' : statusChanged ? 'setAnswer.set' : 'setAnswer.justification';
      return described(message(key, values), { changes, moreChanges: 0 });
    }
    case 'setAnswers': {
      const answers = asArray(p.answers).map(asObject);
      const previous = asArray(before.answers);
      const source = text(p.source);
      const systems = new Set(answers.map((a) => text(a.systemId)));
      const [only] = systems;
      const whose = systems.size === 1 && only !== undefined ? names.system(only) : undefined;
      const changes = answers.map((answer, index) =>
        change(
          whose === undefined
            ? message('part.itemOfSystem', { item: item(answer.itemId), system: system(answer.systemId) })
            : item(answer.itemId),
          word('status', text(asObject(previous[index]).status) || 'not_reviewed'),
          word('status', text(answer.status)),
        ),
      );
      const key =
        whose === undefined
          ? source
            ? 'setAnswers.fromSource'
            : 'setAnswers.plain'
          : source
            ? 'setAnswers.ofSystemFromSource'
            : 'setAnswers.ofSystem';
      return described(
        message(key, { count: answers.length, ...(whose === undefined ? {} : { system: whose }), source }),
        listed(changes.filter(changed)),
      );
    }
    case 'mergeReturnedFiles': {
      const files = asArray(p.sources).map(
        (source): HistoryValue => text(asObject(source).fileName) || word('value', 'aReturnedFile'),
      );
      const taken = Number(after.changes ?? 0);
      const open = asArray(after.unresolvedConflicts).length;
      const values = {
        files,
        taken: message('mergeReturnedFiles.taken', { count: Number.isFinite(taken) ? taken : 0 }),
        conflicts: message('mergeReturnedFiles.conflicts', { count: open }),
      };
      const asNewRound = p.asNewRound === true;
      const key =
        open > 0
          ? asNewRound
            ? 'mergeReturnedFiles.asNewRoundWithConflicts'
            : 'mergeReturnedFiles.mergedWithConflicts'
          : asNewRound
            ? 'mergeReturnedFiles.asNewRound'
            : 'mergeReturnedFiles.merged';
      return described(message(key, values));
    }
    case 'setApplicability': {
      const values = { item: item(p.itemId), system: system(p.systemId), justification: text(p.justification).trim() };
      const key =
        p.applies === null
          ? 'setApplicability.rule'
          : p.applies === true
            ? 'setApplicability.applies'
            : 'setApplicability.doesNotApply';
      return described(message(key, values));
    }
    case 'copyAnswers':
      return described(
        message('copyAnswers.done', {
          from: system(p.fromSystemId),
          to: asArray(p.toSystemIds).map(system),
          copied: message('copyAnswers.copied', { count: countOf(after.copied) }),
          kept: message('copyAnswers.kept', { count: countOf(after.kept) }),
        }),
      );
    case 'addSystem':
      return described(message('addSystem', { name: text(after.name) || text(asObject(p.attributes).name) }));
    case 'removeSystem': {
      const answers = asArray(before.answers).length;
      const name = text(asObject(before.system).name) || system(p.systemId);
      return described(
        answers > 0
          ? message('removeSystem.withAnswers', { name, count: answers })
          : message('removeSystem.plain', { name }),
      );
    }
    case 'updateSystem': {
      const changes = rowChanges(record.before, record.after);
      const name = text(after.name) || system(p.systemId);
      // Custom fields are named by their heading, which is data: lower-cased as the app's own field names are.
      const fields = changes.map(({ parts: { field } }) =>
        typeof field === 'string' ? field.toLowerCase() : inSentence(field),
      );
      return described(
        fields.length > 0
          ? message('updateSystem.changed', { fields, name })
          : message('updateSystem.unchanged', { name }),
        listed(changes),
      );
    }
    case 'updateSystems': {
      const befores = asArray(record.before);
      const afters = asArray(record.after);
      const changes = befores.flatMap((was, index) => {
        const name = text(asObject(afters[index]).name) || text(asObject(was).name);
        return rowChanges(was, afters[index], befores.length > 1 ? name : undefined);
      });
      const count = asArray(p.changes).length;
      return described(
        count === 1
          ? message('updateSystems.one', { name: text(asObject(afters[0]).name) || word('value', 'aSystem') })
          : message('updateSystems.several', { count }),
        listed(changes),
      );
    }
    case 'classifyUse': {
      const category = p.useCategory;
      const name = text(after.name) || system(p.systemId);
      return described(
        typeof category === 'string'
          ? message('classifyUse.placed', { name, group: word('useCategory', category) })
          : message('classifyUse.removed', { name }),
        listed(rowChanges(record.before, record.after)),
      );
    }
    case 'importInventory': {
      const counts = asObject(p.summary);
      const rejected = Number(counts.rejected ?? 0);
      const values = {
        file: text(asObject(p.source).fileName),
        added: message('importInventory.added', { count: Number(counts.added ?? 0) }),
        updated: message('importInventory.updated', { count: countOf(counts.updated) }),
        rejected: message('importInventory.rejected', { count: rejected }),
      };
      const updates = asArray(p.updates).map(asObject);
      const replaced = asArray(before.updatedSystems);
      const changes = updates.flatMap((update, index) => {
        const was = toRow(replaced[index]);
        if (!was) return [];
        const system = systemFromRow(was);
        return systemChanges(system, asObject(update.changes), system.name);
      });
      return described(
        message(rejected > 0 ? 'importInventory.withRejected' : 'importInventory.imported', values),
        listed(changes),
      );
    }
    case 'updateReview':
      return described(message('updateReview'), {
        changes: recordChanges(REVIEW_FIELDS, record.before, record.after),
        moreChanges: 0,
      });
    case 'addFramework': {
      const framework = names.framework(text(p.frameworkId));
      const version = text(after.version);
      return described(
        version
          ? message('addFramework.withVersion', { framework, version })
          : message('addFramework.plain', { framework }),
      );
    }
    case 'upgradeFramework':
      return described(
        message('upgradeFramework', { framework: names.framework(text(p.frameworkId)), version: text(p.toVersion) }),
        {
          changes: [change(word('field', 'version'), orEmpty(text(before.version)), orEmpty(text(after.version)))],
          moreChanges: 0,
        },
      );
    case 'setPrincipleIntegration': {
      const frameworkId = text(p.frameworkId);
      const values = { principle: names.principle(frameworkId, text(p.principleId)), system: system(p.systemId) };
      const level = (row: Json) =>
        text(row.level) ? names.integrationLevel(frameworkId, text(row.level)) : word('value', 'notConfirmed');
      const changes = [change(word('field', 'integration'), level(before), level(after))].filter(changed);
      return described(
        typeof p.level === 'string'
          ? message('setPrincipleIntegration.confirmed', {
              ...values,
              level: names.integrationLevel(frameworkId, p.level),
            })
          : message('setPrincipleIntegration.withdrawn', values),
        { changes, moreChanges: 0 },
      );
    }
    case 'addFinding': {
      const values = {
        severity: word('severityInSentence', text(p.severity)),
        system: system(p.systemId),
        description: excerpt(text(p.description)),
      };
      return described(
        after.item_id
          ? message('addFinding.onItem', { ...values, item: item(after.item_id) })
          : message('addFinding.onSystem', values),
      );
    }
    case 'updateFinding':
      return described(message('updateFinding', { system: system(after.system_id ?? before.system_id) }), {
        changes: recordChanges(FINDING_FIELDS, record.before, record.after),
        moreChanges: 0,
      });
    case 'removeFinding':
      return described(
        message('removeFinding', { description: excerpt(text(before.description)), system: system(before.system_id) }),
      );
    case 'addAction': {
      const owner = text(after.owner);
      const due = text(after.due_date);
      const key =
        owner && due
          ? 'addAction.withOwnerAndDue'
          : owner
            ? 'addAction.withOwner'
            : due
              ? 'addAction.withDue'
              : 'addAction.plain';
      return described(
        message(key, { description: excerpt(text(p.description)), system: system(p.systemId), owner, due }),
      );
    }
    case 'updateAction': {
      const changes = recordChanges(ACTION_FIELDS, record.before, record.after);
      const values = { description: excerpt(text(before.description)), system: system(before.system_id) };
      const onlyState =
        changes.length === 1 && changes[0] !== undefined && isWord(changes[0].parts.field, 'field', 'action.state');
      return described(
        onlyState
          ? message('updateAction.marked', { ...values, state: word('actionStateInSentence', text(after.state)) })
          : message('updateAction.changed', values),
        { changes, moreChanges: 0 },
      );
    }
    case 'removeAction':
      return described(
        message('removeAction', { description: excerpt(text(before.description)), system: system(before.system_id) }),
      );
    case 'addEvidence': {
      const values = { file: text(p.name), system: system(p.systemId) };
      return described(
        p.itemId
          ? message('addEvidence.toItem', { ...values, item: item(p.itemId) })
          : message('addEvidence.toSystem', values),
      );
    }
    case 'removeEvidence':
      return described(message('removeEvidence', { file: text(before.name), system: system(before.system_id) }));
    case 'signOff':
      return described(
        message('signOff', { person: text(p.person), system: system(p.systemId), role: word('role', text(p.role)) }),
      );
    default:
      return described(
        message('unknown', { command: capital(record.command.replace(/([A-Z])/g, ' $1').toLowerCase()) }),
      );
  }
}

/** A system field's name as it reads inside a sentence: "Stage" → "stage". */
function inSentence(field: HistoryValue): HistoryValue {
  return typeof field === 'object' && !isHistoryList(field) && 'word' in field && field.word === 'field'
    ? word('fieldInSentence', field.code)
    : field;
}
