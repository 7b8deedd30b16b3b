// The only place that knows SQL: a review held in a sql.js database, changed by commands
// and read by queries. Runs unchanged in the worker, the CLI and the unit tests.
import { runMigrations, schemaVersionOf } from '../db/migrate';
import { APPLICATION_ID } from '../db/schema';
import { type Database, type Row, type SqlJsStatic, run, selectAll, selectOne, selectValue } from '../db/sqljs';
import { systemFromRow } from '../db/systemRows';
import { CommandError, ReviewFileError } from '../errors';
import { itemAppliesWithOverride } from '../frameworks/applicability';
import { builtInFrameworks } from '../frameworks/builtIn';
import { compareVersions, diffFrameworks, type FrameworkDiff } from '../frameworks/diffFrameworks';
import { type ContentLanguage, FrameworkContent, localise } from '../frameworks/schema';
import { newId } from '../model/ids';
import { ANSWER_STATUSES, type AnswerStatus, STATUSES_NEEDING_JUSTIFICATION } from '../model/status';
import type { SystemRecord } from '../model/system';
import { Command, type CommandResult, auditPayload } from './commands';
import { sha256Hex } from './hash';
import type { AuditEntry, Handler } from './handlers/context';
import { CONTENT_COMMANDS, HANDLERS } from './handlers';
import { embedFramework } from './handlers/frameworkHandlers';
import { reviewRow } from './handlers/rows';
import { type PackageSpec, buildPackage, readSnapshot } from './handlers/fieldworkRows';
import type { MergeOptions, MergeReport } from '../fieldwork/mergeTypes';
import { planMerge } from '../fieldwork/planMerge';
import type { MergeSource, ReviewSnapshot } from '../fieldwork/snapshot';
import { damaged, openDatabase } from './openChecks';
import { installUndoTriggers, replayReversed, takeUndoStatements } from './undoLog';
import {
  JournalReplayError,
  applyRowChanges,
  installRowJournal,
  reviewTables,
  takeRowChangeTexts,
  takeRowChanges,
} from './rowJournal';
import { forgetStatements, runKept, valueKept } from './statementCache';
import { suggestIntegration } from './integration';
import {
  type ActionView,
  type EvidenceView,
  type FindingView,
  type SignOffView,
  evidenceContent,
  listActions,
  listEvidence,
  listFindings,
  listSignOffs,
} from './recordQueries';
import { type ScoreReport, scoreReview } from './scoreReview';
import { readReviewDocument } from '../exchange/exportReviewJson';
import type { ReviewDocument } from '../exchange/reviewDocument';
import { type HistoryPage, type HistoryQuery, historyPage } from './historyQueries';
import type {
  ChecklistView,
  PrincipleIntegrationView,
  RelatedItemView,
  RetiredAnswerView,
  ReviewInfo,
  SystemSummary,
} from './queries';

export interface EngineOptions {
  /** Injected so tests and replays get predictable times. */
  now?: () => Date;
  /** The checklist content this build ships, for adding and upgrading frameworks. */
  catalogue?: readonly FrameworkContent[];
}

export interface NewReview {
  title: string;
  organisation?: string;
  createdBy?: string;
  frameworks: FrameworkContent[];
}

/**
 * The audit row of a command. Its JSON goes to SQLite as UTF-8 bytes and is stored as text (CAST): TextEncoder
 * turns megabytes (an import of thousands of rows) into bytes several times faster than sql.js, which encodes a
 * bound string character by character.
 */
const AUDIT_INSERT =
  'INSERT INTO audit_log (at, actor, command, payload, before, after) ' +
  'VALUES (?, ?, ?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT))';
const encoder = new TextEncoder();
const utf8 = (text: string): Uint8Array => encoder.encode(text);

/** How many commands of a session can be undone. */
const MAX_UNDO_STEPS = 200;

interface UndoStep {
  command: string;
  /** The audit-log sequence number of the command. */
  seq: number;
  at: string;
  statements: string[];
}

export interface UndoState {
  undo: { command: string; seq: number; at: string } | null;
  redo: { command: string; seq: number; at: string } | null;
}

export interface OpenedReview {
  engine: ReviewEngine;
  /** Set when the file was written with an older schema and was migrated in memory. */
  migratedFrom?: number;
}

/** What replaying a journal did: how many of its entries were applied, and why it stopped early if it did. */
export interface JournalReplay {
  applied: number;
  total: number;
  problem?: string;
}

/** What counting and scoring need of an answer row. */
interface BookedAnswer {
  status: AnswerStatus;
  override: boolean | null;
}

export class ReviewEngine {
  private revisionCounter = 0;
  private readonly undoStack: UndoStep[] = [];
  private readonly redoStack: UndoStep[] = [];
  private readonly frameworks = new Map<string, FrameworkContent>();
  /** Whether the rows each change writes are recorded for the journal beside the file (startJournal). */
  private journaling = false;
  /** The answer book (answerBook) as of a revision; every change raises the revision, so it is never stale. */
  private bookCache: { revision: number; book: Map<string, Map<string, BookedAnswer>> } | null = null;

  private constructor(
    private db: Database,
    private readonly now: () => Date,
    private readonly catalogue: readonly FrameworkContent[],
  ) {
    this.applyConnectionSettings();
    this.loadFrameworks();
  }

  /** A new, empty review with the given frameworks embedded. */
  static async create(sql: SqlJsStatic, init: NewReview, options: EngineOptions = {}): Promise<ReviewEngine> {
    const db = new sql.Database();
    const now = options.now ?? (() => new Date());
    const at = now().toISOString();
    db.run(`PRAGMA application_id = ${APPLICATION_ID}`);
    runMigrations(db);
    db.run('BEGIN');
    try {
      run(db, 'INSERT INTO review (id, title, organisation, created_at, created_by) VALUES (?, ?, ?, ?, ?)', [
        newId(),
        init.title.trim(),
        (init.organisation ?? '').trim(),
        at,
        init.createdBy ?? '',
      ]);
      for (const framework of init.frameworks) embedFramework(db, FrameworkContent.parse(framework), at);
      db.run('COMMIT');
    } catch (error) {
      db.run('ROLLBACK');
      db.close();
      throw error;
    }
    return new ReviewEngine(db, now, options.catalogue ?? builtInFrameworks());
  }

  /**
   * Opens the bytes of a review file. The bytes are copied into memory and never
   * modified; a file of an older schema is migrated in memory only.
   */
  static open(sql: SqlJsStatic, bytes: Uint8Array, options: EngineOptions = {}): OpenedReview {
    const db = openDatabase(sql, bytes);
    try {
      const outcome = runMigrations(db);
      if (!selectOne(db, 'SELECT id FROM review LIMIT 1')) throw damaged('it has no review record');
      let engine: ReviewEngine;
      try {
        engine = new ReviewEngine(db, options.now ?? (() => new Date()), options.catalogue ?? builtInFrameworks());
      } catch {
        throw damaged('the checklist content stored in it cannot be read');
      }
      return outcome.from < outcome.to ? { engine, migratedFrom: outcome.from } : { engine };
    } catch (error) {
      db.close();
      if (error instanceof ReviewFileError) throw error;
      throw damaged(`it could not be read (${error instanceof Error ? error.message : String(error)})`);
    }
  }

  /** Increases with every applied command; saving compares it with the last saved value. */
  get revision(): number {
    return this.revisionCounter;
  }

  /** The whole review file as bytes. */
  export(): Uint8Array {
    // sql.js frees every prepared statement when it reopens the connection.
    forgetStatements(this.db);
    const bytes = this.db.export();
    // sql.js reopens the connection on export, which resets per-connection settings.
    this.applyConnectionSettings();
    return bytes;
  }

  close(): void {
    forgetStatements(this.db);
    this.db.close();
  }

  /**
   * Records from now on the rows every change writes, for the journal kept beside the file
   * (shared/saving/journalFile.ts). The app turns it on; the command line, which writes whole files, does not.
   */
  startJournal(): void {
    this.journaling = true;
    installRowJournal(this.db);
    takeRowChanges(this.db);
  }

  /** The rows written since the last call as one journal entry (JSON text), or null when nothing was written. */
  takeJournalEntry(): string | null {
    // Each row is already JSON text (written by the journal triggers): listed as it is, not parsed and rewritten.
    const changes = takeRowChangeTexts(this.db);
    return changes.length === 0 ? null : `[${changes.join(',')}]`;
  }

  /**
   * Redoes the changes of a journal found beside the file (after a crash), each entry in its own transaction.
   * Stops at the first entry that does not fit the file, keeping what was applied before it. The replayed
   * changes are not recorded again: they are already in the journal.
   */
  replayJournal(entries: readonly string[]): JournalReplay {
    const tables = reviewTables(this.db);
    let applied = 0;
    let problem: string | undefined;
    for (const entry of entries) {
      this.db.run('BEGIN');
      try {
        const changes: unknown = JSON.parse(entry);
        if (!Array.isArray(changes)) throw new JournalReplayError('an entry is not a list of row changes');
        this.db.run('PRAGMA defer_foreign_keys = ON');
        applyRowChanges(this.db, changes, tables);
        this.loadFrameworks();
        this.db.run('COMMIT');
        applied += 1;
      } catch (error) {
        this.db.run('ROLLBACK');
        problem = error instanceof Error ? error.message : String(error);
        break;
      }
    }
    this.loadFrameworks();
    if (this.journaling) takeRowChanges(this.db);
    this.revisionCounter += applied;
    return problem === undefined
      ? { applied, total: entries.length }
      : { applied, total: entries.length, problem: `entry ${applied + 1} could not be applied (${problem})` };
  }

  /** Validates and applies one command, with its audit row, in one transaction. */
  dispatch(input: unknown, actor = ''): CommandResult {
    const parsed = Command.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
      throw new CommandError('invalid-command', `${issue?.message ?? 'Invalid command'}${where}.`);
    }
    const command = parsed.data;
    const at = this.now().toISOString();
    takeUndoStatements(this.db);
    this.db.run('BEGIN');
    try {
      const entry = this.apply(command, at, actor);
      const undo = takeUndoStatements(this.db);
      runKept(this.db, AUDIT_INSERT, [
        at,
        actor,
        command.type,
        utf8(auditPayload(command, sha256Hex)),
        entry.before === undefined ? null : utf8(JSON.stringify(entry.before)),
        entry.after === undefined ? null : utf8(JSON.stringify(entry.after)),
      ]);
      const seq = Number(valueKept(this.db, 'SELECT last_insert_rowid()') ?? 0);
      this.db.run('COMMIT');
      this.revisionCounter += 1;
      if (undo.length > 0) this.pushUndo({ command: command.type, seq, at, statements: undo });
      this.redoStack.length = 0;
      if (CONTENT_COMMANDS.has(command.type)) this.loadFrameworks();
      return entry.createdId === undefined
        ? { revision: this.revisionCounter }
        : { revision: this.revisionCounter, createdId: entry.createdId };
    } catch (error) {
      this.db.run('ROLLBACK');
      throw error;
    }
  }

  /** What undo and redo would do now, for menus and buttons. */
  undoState(): UndoState {
    const describe = (step: UndoStep | undefined) =>
      step ? { command: step.command, seq: step.seq, at: step.at } : null;
    return { undo: describe(this.undoStack.at(-1)), redo: describe(this.redoStack.at(-1)) };
  }

  /** Reverses the last command of this session, exactly, as one new audited change. */
  undo(actor = ''): CommandResult {
    const step = this.undoStack.pop();
    if (!step) throw new CommandError('not-found', 'There is nothing to undo.');
    const redo = this.replay(step, 'undo', actor);
    this.redoStack.push(redo);
    return { revision: this.revisionCounter };
  }

  /** Applies again the last undone command. */
  redo(actor = ''): CommandResult {
    const step = this.redoStack.pop();
    if (!step) throw new CommandError('not-found', 'There is nothing to redo.');
    this.pushUndo(this.replay(step, 'redo', actor));
    return { revision: this.revisionCounter };
  }

  private replay(step: UndoStep, kind: 'undo' | 'redo', actor: string): UndoStep {
    const at = this.now().toISOString();
    takeUndoStatements(this.db);
    this.db.run('BEGIN');
    try {
      replayReversed(this.db, step.statements);
      const reverse = takeUndoStatements(this.db);
      run(
        this.db,
        'INSERT INTO audit_log (at, actor, command, payload, before, after) VALUES (?, ?, ?, ?, NULL, NULL)',
        [at, actor, kind, JSON.stringify({ type: kind, command: step.command, seq: step.seq })],
      );
      this.db.run('COMMIT');
      this.revisionCounter += 1;
      this.loadFrameworks();
      return { command: step.command, seq: step.seq, at, statements: reverse };
    } catch (error) {
      this.db.run('ROLLBACK');
      // The stacks no longer match the data: start afresh rather than undo the wrong thing.
      this.undoStack.length = 0;
      this.redoStack.length = 0;
      throw error;
    }
  }

  private pushUndo(step: UndoStep): void {
    this.undoStack.push(step);
    if (this.undoStack.length > MAX_UNDO_STEPS) this.undoStack.shift();
  }

  private apply(command: Command, at: string, actor: string): AuditEntry {
    const handler = HANDLERS[command.type] as Handler<Command>;
    return handler({ db: this.db, at, actor, frameworks: this.frameworks, catalogue: this.catalogue }, command);
  }

  // ---- queries -------------------------------------------------------------

  info(): ReviewInfo {
    const review = reviewRow(this.db);
    const counts = Object.fromEntries(ANSWER_STATUSES.map((s) => [s, 0])) as Record<AnswerStatus, number>;
    const systems = this.systems();
    for (const system of systems) {
      for (const [status, count] of Object.entries(system.counts) as [AnswerStatus, number][]) counts[status] += count;
    }
    return {
      id: String(review.id),
      title: String(review.title),
      organisation: String(review.organisation),
      createdAt: String(review.created_at),
      schemaVersion: schemaVersionOf(this.db),
      frameworks: [...this.frameworks.values()].map((f) => ({
        id: f.id,
        version: f.version,
        title: f.title.en,
        titles: f.title,
      })),
      systems: systems.length,
      answers: counts,
      auditEntries: Number(selectValue(this.db, 'SELECT COUNT(*) FROM audit_log') ?? 0),
    };
  }

  /** Every system with its answer counts over the items that apply to it. */
  systems(): SystemSummary[] {
    const records = selectAll(this.db, 'SELECT * FROM system ORDER BY position').map(systemFromRow);
    const book = this.answerBook();
    return records.map((system) => {
      const counts = Object.fromEntries(ANSWER_STATUSES.map((s) => [s, 0])) as Record<AnswerStatus, number>;
      const given = book.get(system.id);
      let applicable = 0;
      for (const item of this.allItems()) {
        const answer = given?.get(item.id);
        if (!itemAppliesWithOverride(item.appliesWhen, system, answer?.override)) continue;
        applicable += 1;
        counts[answer?.status ?? 'not_reviewed'] += 1;
      }
      return { ...system, applicableItems: applicable, counts };
    });
  }

  /**
   * Status and applicability override of every answer row, by system then item. Kept until the next change:
   * the app asks for info(), systems() and scores() together after each one, and each needs every answer.
   */
  private answerBook(): Map<string, Map<string, BookedAnswer>> {
    if (this.bookCache?.revision === this.revisionCounter) return this.bookCache.book;
    const book = new Map<string, Map<string, BookedAnswer>>();
    // Rows as arrays rather than objects: tens of thousands of answers, and no column names needed per row.
    const statement = this.db.prepare('SELECT system_id, item_id, status, applies_override FROM answer');
    try {
      while (statement.step()) {
        const [systemId, itemId, status, override] = statement.get();
        const key = String(systemId);
        let answers = book.get(key);
        if (!answers) book.set(key, (answers = new Map()));
        answers.set(String(itemId), {
          status: status as AnswerStatus,
          override: override === null || override === undefined ? null : Number(override) === 1,
        });
      }
    } finally {
      statement.free();
    }
    this.bookCache = { revision: this.revisionCounter, book };
    return book;
  }

  system(systemId: string): SystemRecord | undefined {
    const row = selectOne(this.db, 'SELECT * FROM system WHERE id = ?', [systemId]);
    return row ? systemFromRow(row) : undefined;
  }

  /** The checklist of one system, grouped by framework and principle, in the given language. */
  checklist(systemId: string, language: ContentLanguage = 'en'): ChecklistView {
    const system = this.system(systemId);
    if (!system) throw new CommandError('not-found', 'This system is no longer in the review.');
    const answers = new Map(
      selectAll(this.db, 'SELECT * FROM answer WHERE system_id = ?', [systemId]).map((row) => [
        String(row.item_id),
        row,
      ]),
    );
    const assessments = new Map(
      selectAll(this.db, 'SELECT * FROM principle_assessment WHERE system_id = ?', [systemId]).map((row) => [
        `${String(row.framework_id)}/${String(row.principle_id)}`,
        row,
      ]),
    );
    const statusOf = (itemId: string) => (answers.get(itemId)?.status as AnswerStatus | undefined) ?? 'not_reviewed';
    const overrideOf = (itemId: string): boolean | null => {
      const value = answers.get(itemId)?.applies_override;
      return value === undefined || value === null ? null : Number(value) === 1;
    };
    return {
      system,
      frameworks: [...this.frameworks.values()].map((framework) => ({
        id: framework.id,
        version: framework.version,
        title: localise(framework.shortTitle, language),
        integrationLevels: (framework.integrationScale?.levels ?? []).map((level) => ({
          id: level.id,
          label: localise(level.label, language),
        })),
        principles: framework.principles.map((principle) => ({
          id: principle.id,
          code: principle.code,
          title: localise(principle.title, language),
          integration: this.integrationOf(framework, principle.id, system, statusOf, overrideOf, assessments),
          items: framework.items
            .filter((item) => item.principle === principle.id)
            .map((item) => {
              const answer = answers.get(item.id);
              const status = (answer?.status as AnswerStatus | undefined) ?? 'not_reviewed';
              const justification = answer ? String(answer.justification) : '';
              const override = overrideOf(item.id);
              return {
                id: item.id,
                question: localise(item.question, language),
                guidance: localise(item.guidance, language),
                references: item.references,
                severity: item.severity,
                applicable: itemAppliesWithOverride(item.appliesWhen, system, override),
                applicableByRule: itemAppliesWithOverride(item.appliesWhen, system, null),
                applicabilityNote: item.applicabilityNote ? localise(item.applicabilityNote, language) : '',
                override:
                  override === null
                    ? null
                    : { applies: override, justification: String(answer?.applies_override_reason ?? '') },
                status,
                justification,
                needsJustification: STATUSES_NEEDING_JUSTIFICATION.has(status) && justification.trim() === '',
                updatedAt: answer ? String(answer.updated_at) : '',
                updatedBy: answer ? String(answer.updated_by) : '',
                recheck: answer ? Number(answer.recheck) === 1 : false,
                related: this.relatedItems(item.related ?? [], language, statusOf),
              };
            }),
        })),
      })),
    };
  }

  /** Crosswalk links that land in a framework of this review; links to frameworks it lacks are left out. */
  private relatedItems(
    ids: readonly string[],
    language: ContentLanguage,
    statusOf: (itemId: string) => AnswerStatus,
  ): RelatedItemView[] {
    return ids.flatMap((id) => {
      const framework = this.frameworks.get(id.split('/')[0] ?? '');
      const item = framework?.items.find((candidate) => candidate.id === id);
      if (!framework || !item) return [];
      return [
        {
          id,
          frameworkTitle: localise(framework.shortTitle, language),
          question: localise(item.question, language),
          status: statusOf(id),
        },
      ];
    });
  }

  /** The exact framework versions embedded in this review, for browsing their content. */
  embeddedFrameworks(): FrameworkContent[] {
    return [...this.frameworks.values()];
  }

  private integrationOf(
    framework: FrameworkContent,
    principleId: string,
    system: SystemRecord,
    statusOf: (itemId: string) => AnswerStatus,
    overrideOf: (itemId: string) => boolean | null,
    assessments: Map<string, Row>,
  ): PrincipleIntegrationView | null {
    const scale = framework.integrationScale;
    if (!scale) return null;
    const statuses = framework.items
      .filter(
        (item) =>
          item.principle === principleId && itemAppliesWithOverride(item.appliesWhen, system, overrideOf(item.id)),
      )
      .map((item) => statusOf(item.id));
    const confirmed = assessments.get(`${framework.id}/${principleId}`);
    return {
      suggested: suggestIntegration(
        statuses,
        scale.levels.map((level) => level.id),
      ),
      confirmed: confirmed
        ? {
            level: String(confirmed.level),
            justification: String(confirmed.justification),
            updatedAt: String(confirmed.updated_at),
            updatedBy: String(confirmed.updated_by),
          }
        : null,
    };
  }

  /** Newer versions of the embedded frameworks that this build ships, with what would change. */
  availableUpgrades(): FrameworkDiff[] {
    const upgrades: FrameworkDiff[] = [];
    for (const current of this.frameworks.values()) {
      const newest = this.catalogue
        .filter((f) => f.id === current.id && compareVersions(f.version, current.version) > 0)
        .sort((a, b) => compareVersions(b.version, a.version))[0];
      if (newest) upgrades.push(diffFrameworks(current, newest));
    }
    return upgrades;
  }

  findings(systemId?: string): FindingView[] {
    return listFindings(this.db, systemId);
  }

  /** Remediation actions, soonest due first; `overdue` is judged against today's date. */
  actions(systemId?: string): ActionView[] {
    return listActions(this.db, this.now().toISOString().slice(0, 10), systemId);
  }

  evidence(systemId?: string): EvidenceView[] {
    return listEvidence(this.db, systemId);
  }

  evidenceContent(evidenceId: string): { name: string; mediaType: string; content: Uint8Array } | null {
    return evidenceContent(this.db, evidenceId);
  }

  signOffs(systemId?: string): SignOffView[] {
    return listSignOffs(this.db, systemId);
  }

  /**
   * Scores per system, framework and principle, and for the whole portfolio (docs/scoring.md).
   * `frameworkIds` limits every figure, risk included, to those checklists (a report on some of them).
   */
  scores(language: ContentLanguage = 'en', frameworkIds?: readonly string[]): ScoreReport {
    const book = this.answerBook();
    const systems = selectAll(this.db, 'SELECT * FROM system ORDER BY position').map(systemFromRow);
    return scoreReview(
      [...this.frameworks.values()].filter((f) => !frameworkIds || frameworkIds.includes(f.id)),
      systems,
      (systemId, itemId) => book.get(systemId)?.get(itemId) ?? null,
      language,
    );
  }

  /**
   * Every personal name the review records (people who changed it, answered, signed, own actions or are
   * a system's contact), so an anonymised report can replace each one wherever it appears.
   */
  staffNames(): string[] {
    const rows = selectAll(
      this.db,
      `SELECT actor AS name FROM audit_log UNION SELECT created_by FROM review UNION SELECT updated_by FROM answer
       UNION SELECT updated_by FROM principle_assessment UNION SELECT created_by FROM finding
       UNION SELECT added_by FROM evidence UNION SELECT person FROM signoff UNION SELECT owner FROM action
       UNION SELECT contact FROM system`,
    );
    return [...new Set(rows.map((row) => String(row.name ?? '').trim()).filter((name) => name !== ''))];
  }

  /** Answers given to items that a framework upgrade retired: kept, and shown in history. */
  retiredAnswers(language: ContentLanguage = 'en'): RetiredAnswerView[] {
    const rows = selectAll(
      this.db,
      `SELECT a.system_id, s.name AS system_name, a.item_id, i.framework_id, i.retired_at, a.status, a.justification,
              a.updated_at, a.updated_by
       FROM answer a JOIN item i ON i.id = a.item_id JOIN system s ON s.id = a.system_id
       WHERE i.retired_at IS NOT NULL ORDER BY s.position, i.framework_id, i.position`,
    );
    const questions = new Map<string, string>();
    for (const version of selectAll(this.db, 'SELECT content FROM framework_version ORDER BY embedded_at')) {
      const content = FrameworkContent.safeParse(JSON.parse(String(version.content)));
      if (!content.success) continue;
      for (const item of content.data.items) questions.set(item.id, localise(item.question, language));
    }
    return rows.map((row) => ({
      systemId: String(row.system_id),
      systemName: String(row.system_name),
      itemId: String(row.item_id),
      frameworkId: String(row.framework_id),
      question: questions.get(String(row.item_id)) ?? '',
      retiredAt: String(row.retired_at),
      status: row.status as AnswerStatus,
      justification: String(row.justification),
      updatedAt: String(row.updated_at),
      updatedBy: String(row.updated_by),
    }));
  }

  /** Built-in frameworks not yet part of this review. */
  addableFrameworks(): { id: string; version: string; title: string; titles: { en: string; fr: string } }[] {
    return this.catalogue
      .filter((f) => !this.frameworks.has(f.id))
      .map((f) => ({ id: f.id, version: f.version, title: f.shortTitle.en, titles: f.shortTitle }));
  }

  auditLog(limit = 200): { seq: number; at: string; actor: string; command: string; payload: string }[] {
    return selectAll(this.db, 'SELECT seq, at, actor, command, payload FROM audit_log ORDER BY seq DESC LIMIT ?', [
      limit,
    ]).map((row) => ({
      seq: Number(row.seq),
      at: String(row.at),
      actor: String(row.actor),
      command: String(row.command),
      payload: String(row.payload),
    }));
  }

  /** The whole review as the open exchange document (shared/exchange, docs/exchange.md): every table, every column. */
  exchangeDocument(): ReviewDocument {
    return readReviewDocument(this.db);
  }

  /** The audit trail as sentences with before → after, filtered and paged, newest first (historyQueries). */
  history(query: HistoryQuery = {}): HistoryPage {
    return historyPage(this.db, this.frameworks, query);
  }

  // ---- field work (shared/fieldwork) ------------------------------------------

  /** The review as plain data, for merging returned files and comparing rounds. */
  fieldworkSnapshot(options: { evidenceContent?: boolean } = {}): ReviewSnapshot {
    return readSnapshot(this.db, options);
  }

  /** What the mergeReturnedFiles command would do with these files and choices, computed without writing. */
  previewMerge(sources: readonly MergeSource[], options: Omit<MergeOptions, 'at'> = {}): MergeReport {
    return planMerge(readSnapshot(this.db), sources, { ...options, at: this.now().toISOString() }).report;
  }

  /** A new review file with only the chosen systems, marked as an assessor package. This review is untouched. */
  exportPackage(sql: SqlJsStatic, spec: PackageSpec): Uint8Array {
    const copy = new sql.Database(this.export());
    try {
      return buildPackage(copy, spec, this.now().toISOString());
    } finally {
      copy.close();
    }
  }

  // ---- internals -----------------------------------------------------------

  private applyConnectionSettings(): void {
    // sql.js keeps the file in memory, so a rollback journal written to its in-memory file system protects
    // nothing a journal in memory would not, and every write there copies whole buffers as the file grows.
    // Set before the temporary tables exist: changing temp_store afterwards would drop them.
    this.db.run('PRAGMA temp_store = MEMORY');
    this.db.run('PRAGMA journal_mode = MEMORY');
    // No other connection ever opens this in-memory file: holding its lock spares every statement and transaction
    // the lock round trip and the look for a hot journal on the in-memory file system (a quarter of a change's time).
    this.db.run('PRAGMA locking_mode = EXCLUSIVE');
    // Temporary triggers live on this connection only; the file itself never holds any (see openChecks).
    installUndoTriggers(this.db);
    if (this.journaling) installRowJournal(this.db);
    this.db.run('PRAGMA foreign_keys = ON');
    this.db.run('PRAGMA recursive_triggers = OFF');
  }

  private loadFrameworks(): void {
    this.frameworks.clear();
    for (const row of selectAll(this.db, 'SELECT content FROM framework ORDER BY rowid')) {
      const framework = FrameworkContent.parse(JSON.parse(String(row.content)));
      this.frameworks.set(framework.id, framework);
    }
  }

  private *allItems() {
    for (const framework of this.frameworks.values()) yield* framework.items;
  }
}
