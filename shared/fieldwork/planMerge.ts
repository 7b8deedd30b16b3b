// Three-way merge of returned files into a review, computed without writing: the preview and the merge
// command run this same function, so what the person saw is what gets written. The common ancestor of each
// record is what an assessor package recorded at export (package_base); plain copies have none.
import { sha256OfText } from '../engine/hash';
import { FieldworkError } from './FieldworkError';
import { type MergeText, type SystemWords, mergeText } from './mergeTexts';
import {
  type ConflictKind,
  type ConflictSide,
  type MergeConflict,
  type MergeCounts,
  type MergeMode,
  type MergeOptions,
  type MergePlan,
  type MergeWrites,
  type SourceReport,
  emptyMergeCounts,
} from './mergeTypes';
import {
  type AnswerRow,
  type AssessmentRow,
  type EvidenceRow,
  type MergeSource,
  RECORD_COLUMNS,
  type RecordKind,
  type RecordRow,
  type ReviewSnapshot,
  type SignOffRow,
  answerKey,
  assessmentKey,
} from './snapshot';

type Fields = Record<string, string | null>;
type Choice = 'ours' | 'theirs';

/**
 * The ancestor of a record: `undefined` when there is none to know (plain copy, another review), `null` when
 * the record did not exist at export, else its revision id or fields.
 */
type Ancestor<T> = T | null | undefined;

/** How the records under one system are compared: against the package's base, without one, or as all new. */
type BaseMode = 'base' | 'none' | 'empty';

/** What a three-way comparison decides for one record. */
type Decision = 'keep' | 'ours-only' | 'take' | 'same' | 'conflict';

export function planMerge(
  ours: ReviewSnapshot,
  sources: readonly MergeSource[],
  options: MergeOptions = {},
): MergePlan {
  const state = new MergeState(ours);
  const choices = new Map<string, Choice>((options.resolutions ?? []).map((r) => [r.conflict, r.choice]));
  const conflicts: MergeConflict[] = [];
  const reports = sources.map((source, index) =>
    new SourceMerge(state, source, index, choices, options, conflicts).run(),
  );
  const writes = state.writes();
  return {
    report: {
      sources: reports,
      conflicts,
      unresolved: conflicts.filter((c) => c.choice === null).length,
      changes: countWrites(writes),
      systemIds: [...state.touchedSystems],
    },
    writes,
  };
}

function countWrites(writes: MergeWrites): number {
  return (
    writes.systems.length +
    writes.findings.upsert.length +
    writes.findings.remove.length +
    writes.actions.upsert.length +
    writes.actions.remove.length +
    writes.evidence.insert.length +
    writes.evidence.remove.length +
    writes.answers.length +
    writes.assessments.upsert.length +
    writes.assessments.remove.length +
    writes.signOffs.length
  );
}

// ---- the review being merged into, changed in memory one returned file after the other --------------------

class MergeState {
  readonly reviewId: string;
  readonly frameworks: Map<string, string>;
  readonly systems: Map<string, RecordRow>;
  readonly findings: Map<string, RecordRow>;
  readonly actions: Map<string, RecordRow>;
  readonly answers: Map<string, AnswerRow>;
  readonly assessments: Map<string, AssessmentRow>;
  readonly evidence: Map<string, EvidenceRow>;
  readonly signOffs: Map<string, SignOffRow>;
  readonly touchedSystems = new Set<string>();
  private readonly original: ReviewSnapshot;
  private readonly touched = {
    systems: new Set<string>(),
    findings: new Set<string>(),
    actions: new Set<string>(),
    answers: new Set<string>(),
    assessments: new Set<string>(),
    evidence: new Set<string>(),
    signOffs: new Set<string>(),
  };
  private nextPosition: number;

  constructor(ours: ReviewSnapshot) {
    this.original = ours;
    this.reviewId = ours.review.id;
    this.frameworks = new Map(ours.frameworks.map((f) => [f.id, f.version]));
    this.systems = new Map(ours.systems.map((r) => [r.id, r]));
    this.findings = new Map(ours.findings.map((r) => [r.id, r]));
    this.actions = new Map(ours.actions.map((r) => [r.id, r]));
    this.answers = new Map(ours.answers.map((r) => [answerKey(r.systemId, r.itemId), r]));
    this.assessments = new Map(
      ours.assessments.map((r) => [assessmentKey(r.systemId, r.frameworkId, r.principleId), r]),
    );
    this.evidence = new Map(ours.evidence.map((r) => [r.id, r]));
    this.signOffs = new Map(ours.signOffs.map((r) => [r.id, r]));
    this.nextPosition = Math.max(0, ...ours.systems.map((s) => Number(s.fixed.position ?? 0))) + 1;
  }

  takePosition(): number {
    return this.nextPosition++;
  }

  record(kind: RecordKind): Map<string, RecordRow> {
    return kind === 'system' ? this.systems : kind === 'finding' ? this.findings : this.actions;
  }

  putRecord(kind: RecordKind, row: RecordRow | null, id: string, systemId: string): void {
    const map = this.record(kind);
    if (row) map.set(id, row);
    else map.delete(id);
    this.touched[kind === 'system' ? 'systems' : kind === 'finding' ? 'findings' : 'actions'].add(id);
    this.touchedSystems.add(systemId);
  }

  putAnswer(row: AnswerRow): void {
    const key = answerKey(row.systemId, row.itemId);
    this.answers.set(key, row);
    this.touched.answers.add(key);
    this.touchedSystems.add(row.systemId);
  }

  putAssessment(key: string, row: AssessmentRow | null, systemId: string): void {
    if (row) this.assessments.set(key, row);
    else this.assessments.delete(key);
    this.touched.assessments.add(key);
    this.touchedSystems.add(systemId);
  }

  putEvidence(id: string, row: EvidenceRow | null, systemId: string): void {
    if (row) this.evidence.set(id, row);
    else this.evidence.delete(id);
    this.touched.evidence.add(id);
    this.touchedSystems.add(systemId);
  }

  putSignOff(row: SignOffRow): void {
    this.signOffs.set(row.id, row);
    this.touched.signOffs.add(row.id);
    this.touchedSystems.add(row.systemId);
  }

  /** Only what differs from the review as it was: a merge that changes nothing writes nothing. */
  writes(): MergeWrites {
    const before = {
      systems: new Map(this.original.systems.map((r) => [r.id, r])),
      findings: new Map(this.original.findings.map((r) => [r.id, r])),
      actions: new Map(this.original.actions.map((r) => [r.id, r])),
      answers: new Map(this.original.answers.map((r) => [answerKey(r.systemId, r.itemId), r])),
      assessments: new Map(
        this.original.assessments.map((r) => [assessmentKey(r.systemId, r.frameworkId, r.principleId), r]),
      ),
      evidence: new Set(this.original.evidence.map((r) => r.id)),
      signOffs: new Set(this.original.signOffs.map((r) => r.id)),
    };
    const changed = <T>(was: T | undefined, now: T | undefined) => JSON.stringify(was) !== JSON.stringify(now);
    const upserts = <T>(keys: Set<string>, now: Map<string, T>, was: Map<string, T>) =>
      [...keys].flatMap((key) => {
        const row = now.get(key);
        return row !== undefined && changed(was.get(key), row) ? [row] : [];
      });
    const removals = (keys: Set<string>, now: Map<string, unknown>, was: { has(key: string): boolean }) =>
      [...keys].filter((key) => !now.has(key) && was.has(key));

    const actions = upserts(this.touched.actions, this.actions, before.actions).map((row) =>
      // An action may only point at a finding the review keeps; otherwise it stays, without the link.
      row.fields.finding_id && !this.findings.has(row.fields.finding_id)
        ? { ...row, fields: { ...row.fields, finding_id: null } }
        : row,
    );
    return {
      systems: upserts(this.touched.systems, this.systems, before.systems),
      findings: {
        upsert: upserts(this.touched.findings, this.findings, before.findings),
        remove: removals(this.touched.findings, this.findings, before.findings),
      },
      actions: { upsert: actions, remove: removals(this.touched.actions, this.actions, before.actions) },
      evidence: {
        insert: [...this.touched.evidence].flatMap((id) => {
          const row = this.evidence.get(id);
          return row && !before.evidence.has(id) ? [row] : [];
        }),
        remove: removals(this.touched.evidence, this.evidence, before.evidence),
      },
      answers: upserts(this.touched.answers, this.answers, before.answers),
      assessments: {
        upsert: upserts(this.touched.assessments, this.assessments, before.assessments),
        remove: removals(this.touched.assessments, this.assessments, before.assessments).flatMap((key) => {
          const row = before.assessments.get(key);
          return row ? [{ systemId: row.systemId, frameworkId: row.frameworkId, principleId: row.principleId }] : [];
        }),
      },
      signOffs: [...this.touched.signOffs].flatMap((id) => {
        const row = this.signOffs.get(id);
        return row && !before.signOffs.has(id) ? [row] : [];
      }),
    };
  }
}

// ---- one returned file ------------------------------------------------------------------------------------

interface BaseIndex {
  answers: Map<string, string>;
  assessments: Map<string, string>;
  records: Map<string, { systemId: string; fields: Fields }>;
  evidence: Set<string>;
  signOffs: Set<string>;
}

const recordKey = (kind: RecordKind, id: string) => `${kind} ${id}`;

/** The returned file's records, per system. */
interface TheirRecords {
  answers: Map<string, AnswerRow[]>;
  assessments: Map<string, AssessmentRow[]>;
  findings: Map<string, RecordRow[]>;
  actions: Map<string, RecordRow[]>;
  evidence: Map<string, EvidenceRow[]>;
  signOffs: Map<string, SignOffRow[]>;
}

function groupBySystem<T extends { systemId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.systemId);
    if (group) group.push(row);
    else groups.set(row.systemId, [row]);
  }
  return groups;
}

class SourceMerge {
  private readonly theirs: ReviewSnapshot;
  private readonly mode: MergeMode;
  private readonly base: BaseIndex | null;
  /** Base entries per system, to notice what the returned file removed. */
  private readonly baseBySystem = new Map<string, { kind: string; id: string }[]>();
  private readonly report: SourceReport;
  private readonly taken: MergeCounts = emptyMergeCounts();

  constructor(
    private readonly state: MergeState,
    private readonly source: MergeSource,
    private readonly index: number,
    private readonly choices: ReadonlyMap<string, Choice>,
    private readonly options: MergeOptions,
    private readonly conflicts: MergeConflict[],
  ) {
    this.theirs = source.snapshot;
    const sameReview = this.theirs.review.id === state.reviewId;
    if (!sameReview && !options.asNewRound) {
      throw new FieldworkError(
        'different-review',
        `"${source.fileName}" belongs to another review ("${this.theirs.review.title}", created ${this.theirs.review.createdAt.slice(0, 10)}), not to this one. Nothing was merged. To see what changed since that round, compare the two rounds instead; to bring its systems and answers into this review anyway, merge it explicitly as a new round.`,
      );
    }
    this.checkFrameworks();
    this.mode = !sameReview ? 'new-round' : this.theirs.package && this.theirs.base ? 'package' : 'copy';
    this.base = this.mode === 'package' && this.theirs.base ? this.indexBase() : null;
    this.report = {
      fileName: source.fileName,
      title: this.theirs.review.title,
      mode: this.mode,
      package: this.theirs.package
        ? {
            id: this.theirs.package.id,
            exportedAt: this.theirs.package.exportedAt,
            exportedBy: this.theirs.package.exportedBy,
            systems: this.theirs.package.systemIds.length,
          }
        : null,
      taken: this.taken,
      keptOurs: 0,
      same: 0,
      conflicts: 0,
      notes: [],
      describedNotes: [],
    };
  }

  run(): SourceReport {
    const theirs = this.theirs;
    const systems = new Map(theirs.systems.map((s) => [s.id, s]));
    const children: TheirRecords = {
      answers: groupBySystem(theirs.answers),
      assessments: groupBySystem(theirs.assessments),
      findings: groupBySystem(theirs.findings),
      actions: groupBySystem(theirs.actions),
      evidence: groupBySystem(theirs.evidence),
      signOffs: groupBySystem(theirs.signOffs),
    };
    const scope = [...systems.keys()];
    if (this.mode === 'package') {
      for (const id of theirs.package?.systemIds ?? []) if (!systems.has(id)) scope.push(id);
    }
    for (const systemId of scope) {
      const mode = this.mergeSystem(systemId, systems.get(systemId) ?? null, children);
      if (mode === null) continue;
      for (const row of children.findings.get(systemId) ?? []) this.mergeRecord('finding', row.id, row, mode);
      for (const row of children.actions.get(systemId) ?? []) this.mergeRecord('action', row.id, row, mode);
      for (const row of children.answers.get(systemId) ?? []) this.mergeAnswer(row, mode);
      for (const row of children.assessments.get(systemId) ?? []) this.mergeAssessment(row, mode);
      for (const row of children.evidence.get(systemId) ?? []) this.mergeEvidence(row.id, row, mode);
      for (const row of children.signOffs.get(systemId) ?? []) this.mergeSignOff(row, mode);
      if (mode === 'base') this.mergeRemovals(systemId, children);
    }
    this.report.conflicts = this.conflicts.filter((c) => c.source === this.index).length;
    return this.report;
  }

  // ---- checks --------------------------------------------------------------------------------------------

  private checkFrameworks(): void {
    const mismatched = this.theirs.frameworks.filter((f) => this.state.frameworks.get(f.id) !== f.version);
    if (mismatched.length === 0) return;
    const describe = (list: { id: string; version: string | undefined }[]) =>
      list.map((f) => (f.version ? `${f.id} ${f.version}` : `no ${f.id}`)).join(', ');
    throw new FieldworkError(
      'checklist-mismatch',
      `"${this.source.fileName}" was answered against ${describe(mismatched)}, but this review has ${describe(
        mismatched.map((f) => ({ id: f.id, version: this.state.frameworks.get(f.id) })),
      )}. Nothing was merged. Open the older of the two files, upgrade or add the checklists so both match, save it and merge again.`,
    );
  }

  private indexBase(): BaseIndex {
    const base = this.theirs.base;
    const index: BaseIndex = {
      answers: new Map(),
      assessments: new Map(),
      records: new Map(),
      evidence: new Set(),
      signOffs: new Set(),
    };
    if (!base) return index;
    const remember = (systemId: string, kind: string, id: string) => {
      const list = this.baseBySystem.get(systemId);
      if (list) list.push({ kind, id });
      else this.baseBySystem.set(systemId, [{ kind, id }]);
    };
    for (const a of base.answers) index.answers.set(answerKey(a.systemId, a.itemId), a.revision);
    for (const a of base.assessments) {
      const key = assessmentKey(a.systemId, a.frameworkId, a.principleId);
      index.assessments.set(key, a.revision);
      remember(a.systemId, 'assessment', key);
    }
    for (const r of base.records) {
      index.records.set(recordKey(r.kind, r.id), { systemId: r.systemId, fields: r.fields });
      if (r.kind !== 'system') remember(r.systemId, r.kind, r.id);
    }
    for (const e of base.evidence) {
      index.evidence.add(e.id);
      remember(e.systemId, 'evidence', e.id);
    }
    for (const s of base.signOffs) index.signOffs.add(s.id);
    return index;
  }

  // ---- ancestors -----------------------------------------------------------------------------------------

  private baseRevision(map: 'answers' | 'assessments', key: string, mode: BaseMode): Ancestor<string> {
    if (mode === 'none' || !this.base) return mode === 'empty' ? null : undefined;
    if (mode === 'empty') return null;
    return this.base[map].get(key) ?? null;
  }

  private baseFields(kind: RecordKind, id: string, mode: BaseMode): Ancestor<Fields> {
    if (mode === 'empty') return null;
    if (mode === 'none' || !this.base) return undefined;
    return this.base.records.get(recordKey(kind, id))?.fields ?? null;
  }

  private hasBase(set: 'evidence' | 'signOffs', id: string, mode: BaseMode): Ancestor<true> {
    if (mode === 'empty') return null;
    if (mode === 'none' || !this.base) return undefined;
    return this.base[set].has(id) ? true : null;
  }

  // ---- systems -------------------------------------------------------------------------------------------

  /** Merges the system's own profile; returns how to merge its records, or null to leave them alone. */
  private mergeSystem(systemId: string, theirs: RecordRow | null, children: TheirRecords): BaseMode | null {
    const ours = this.state.systems.get(systemId) ?? null;
    const base = this.baseFields('system', systemId, this.mode === 'package' ? 'base' : 'none');
    const childMode: BaseMode = this.mode === 'package' ? 'base' : 'none';
    if (!theirs) {
      // Removing a system takes every answer with it: a returned file never does that to the review.
      if (ours) this.note(mergeText('removed-there-kept', { system: namedSystem(ours) }));
      return null;
    }
    if (!ours) {
      if (base === null || base === undefined) {
        this.addSystem(theirs);
        return 'empty';
      }
      if (!this.changedSinceExport(systemId, theirs, children)) {
        this.note(mergeText('removed-here-stays', { system: namedSystem(theirs) }));
        return null;
      }
      const choice = this.conflict(
        'system',
        `system:${systemId}`,
        systemId,
        null,
        systemId,
        mergeText('conflict.system-removed-here', { system: namedSystem(theirs) }),
        ['removed'],
        null,
        recordSide('system', theirs, SYSTEM_LABEL_FIELDS, theirs.fields),
      );
      if (choice !== 'theirs') return null;
      this.addSystem(theirs);
      return 'empty';
    }
    this.mergeFields('system', systemId, ours, theirs, base);
    return childMode;
  }

  private addSystem(theirs: RecordRow): void {
    const row = withMerged(
      { ...theirs, fixed: { ...theirs.fixed, position: this.state.takePosition() } },
      fingerprint('system', theirs.fields),
    );
    this.state.putRecord('system', row, theirs.id, theirs.id);
    this.taken.systemsAdded += 1;
  }

  /** Whether the returned file holds any work on this system since the package was made. */
  private changedSinceExport(systemId: string, theirs: RecordRow, children: TheirRecords): boolean {
    const base = this.base;
    if (!base) return true;
    const fields = base.records.get(recordKey('system', systemId))?.fields;
    if (!fields || !sameFields('system', fields, theirs.fields)) return true;
    for (const row of children.answers.get(systemId) ?? []) {
      if (base.answers.get(answerKey(row.systemId, row.itemId)) !== row.revision) return true;
    }
    for (const row of children.assessments.get(systemId) ?? []) {
      if (base.assessments.get(assessmentKey(row.systemId, row.frameworkId, row.principleId)) !== row.revision)
        return true;
    }
    for (const kind of ['finding', 'action'] as const) {
      for (const row of children[kind === 'finding' ? 'findings' : 'actions'].get(systemId) ?? []) {
        const was = base.records.get(recordKey(kind, row.id));
        if (!was || !sameFields(kind, was.fields, row.fields)) return true;
      }
    }
    for (const row of children.evidence.get(systemId) ?? []) if (!base.evidence.has(row.id)) return true;
    for (const row of children.signOffs.get(systemId) ?? []) if (!base.signOffs.has(row.id)) return true;
    const kept = new Set(
      [...(children.findings.get(systemId) ?? []), ...(children.actions.get(systemId) ?? [])].map((r) => r.id),
    );
    return (this.baseBySystem.get(systemId) ?? []).some(
      (entry) => (entry.kind === 'finding' || entry.kind === 'action') && !kept.has(entry.id),
    );
  }

  // ---- systems, findings and actions: field by field ------------------------------------------------------

  private mergeRecord(kind: 'finding' | 'action', id: string, theirs: RecordRow | null, mode: BaseMode): void {
    const ours = this.state.record(kind).get(id) ?? null;
    const base = this.baseFields(kind, id, mode);
    const systemId = theirs?.systemId ?? ours?.systemId ?? '';
    const label = this.recordLabel(kind, theirs?.fields.description ?? ours?.fields.description ?? '', systemId);
    const added = kind === 'finding' ? 'findingsAdded' : 'actionsAdded';
    const removed = kind === 'finding' ? 'findingsRemoved' : 'actionsRemoved';
    const fields = RECORD_COLUMNS[kind].fields;
    if (!theirs && !ours) return;
    if (!theirs && ours) {
      // Removed there. Only a record that existed at export can have been removed there.
      if (base === null || base === undefined) return;
      if (sameFields(kind, base, ours.fields)) {
        this.state.putRecord(kind, null, id, systemId);
        this.taken[removed] += 1;
        return;
      }
      const token = `removed:${fingerprint(kind, base)}`;
      if (ours.merged.includes(token)) return;
      const choice = this.conflict(
        kind,
        `${kind}:${id}`,
        systemId,
        null,
        id,
        label,
        ['removed'],
        recordSide(kind, ours, fields, ours.fields),
        null,
      );
      if (choice === 'theirs') {
        this.state.putRecord(kind, null, id, systemId);
        this.taken[removed] += 1;
      } else if (choice === 'ours') {
        this.state.putRecord(kind, withMerged(ours, token), id, systemId);
      }
      return;
    }
    if (theirs && !ours) {
      if (base === null || base === undefined) {
        this.state.putRecord(kind, withMerged(theirs, fingerprint(kind, theirs.fields)), id, systemId);
        this.taken[added] += 1;
        return;
      }
      // Removed here while the returned file kept it: stays removed unless it was changed there.
      if (sameFields(kind, base, theirs.fields)) return;
      const choice = this.conflict(
        kind,
        `${kind}:${id}`,
        systemId,
        null,
        id,
        label,
        ['removed'],
        null,
        recordSide(kind, theirs, fields, theirs.fields),
      );
      if (choice === 'theirs') {
        this.state.putRecord(kind, withMerged(theirs, fingerprint(kind, theirs.fields)), id, systemId);
        this.taken[added] += 1;
      }
      return;
    }
    if (theirs && ours) this.mergeFields(kind, id, ours, theirs, base);
  }

  private mergeFields(kind: RecordKind, id: string, ours: RecordRow, theirs: RecordRow, base: Ancestor<Fields>): void {
    const columns = RECORD_COLUMNS[kind].fields;
    const token = fingerprint(kind, theirs.fields);
    if (sameFields(kind, ours.fields, theirs.fields) || ours.merged.includes(token)) return;
    const next: Fields = { ...ours.fields };
    const conflicting: string[] = [];
    let taken = 0;
    let oursOnly = 0;
    for (const column of columns) {
      const o = ours.fields[column] ?? null;
      const t = theirs.fields[column] ?? null;
      if (o === t) continue;
      if (base) {
        const b = base[column] ?? null;
        if (t === b) {
          oursOnly += 1;
          continue;
        }
        if (o === b) {
          next[column] = t;
          taken += 1;
          continue;
        }
      }
      conflicting.push(column);
    }
    let merged = ours.merged;
    if (conflicting.length > 0) {
      const systemId = kind === 'system' ? id : ours.systemId;
      const label =
        kind === 'system'
          ? mergeText('conflict.profile', { system: this.systemWords(id) })
          : this.recordLabel(kind, ours.fields.description ?? '', systemId);
      const choice = this.conflict(
        kind,
        kind === 'system' ? `system:${id}` : `${kind}:${id}`,
        systemId,
        null,
        id,
        label,
        conflicting,
        recordSide(kind, ours, conflicting, ours.fields),
        recordSide(kind, theirs, conflicting, theirs.fields),
      );
      if (choice === 'theirs') for (const column of conflicting) next[column] = theirs.fields[column] ?? null;
      if (choice !== null) merged = union(merged, [token]);
    } else if (taken > 0) {
      merged = union(merged, [token]);
    } else if (oursOnly > 0) {
      this.report.keptOurs += 1;
      return;
    }
    if (taken > 0 || merged !== ours.merged || !sameFields(kind, next, ours.fields)) {
      const updated = { ...ours, fields: next, merged };
      if (!sameFields(kind, next, ours.fields) && 'updated_at' in ours.fixed && this.options.at) {
        updated.fixed = { ...ours.fixed, updated_at: this.options.at };
      }
      this.state.putRecord(kind, updated, id, kind === 'system' ? id : ours.systemId);
      if (!sameFields(kind, next, ours.fields)) {
        this.taken[kind === 'system' ? 'systemsChanged' : kind === 'finding' ? 'findingsChanged' : 'actionsChanged'] +=
          1;
      }
    }
    if (oursOnly > 0) this.report.keptOurs += 1;
  }

  // ---- answers and principle assessments: by revision ---------------------------------------------------

  private mergeAnswer(theirs: AnswerRow, mode: BaseMode): void {
    const key = answerKey(theirs.systemId, theirs.itemId);
    const ours = this.state.answers.get(key) ?? null;
    const decision = decide(this.baseRevision('answers', key, mode), ours, theirs, sameAnswer);
    if (!this.count(decision)) return;
    const take = () => {
      this.state.putAnswer({ ...theirs, merged: union(ours?.merged ?? [], theirs.merged, [theirs.revision]) });
      this.taken.answers += 1;
    };
    if (decision === 'take' || !ours) return take();
    const choice = this.conflict(
      'answer',
      `answer:${key}`,
      theirs.systemId,
      theirs.itemId,
      null,
      mergeText('conflict.answer', { item: itemCode(theirs.itemId), system: this.systemWords(theirs.systemId) }),
      answerFields(ours, theirs),
      answerSide(ours),
      answerSide(theirs),
    );
    if (choice === 'theirs') take();
    else if (choice === 'ours') this.state.putAnswer({ ...ours, merged: union(ours.merged, [theirs.revision]) });
  }

  private mergeAssessment(theirs: AssessmentRow, mode: BaseMode): void {
    const key = assessmentKey(theirs.systemId, theirs.frameworkId, theirs.principleId);
    this.mergeAssessmentKey(key, theirs.systemId, theirs.frameworkId, theirs.principleId, theirs, mode);
  }

  private mergeAssessmentKey(
    key: string,
    systemId: string,
    frameworkId: string,
    principleId: string,
    theirs: AssessmentRow | null,
    mode: BaseMode,
  ): void {
    const ours = this.state.assessments.get(key) ?? null;
    const base = this.baseRevision('assessments', key, mode);
    // A confirmation withdrawn there has no revision of its own: it is known by the one it withdrew.
    const withdrawn = theirs === null && base ? `withdrawn:${base}` : null;
    if (withdrawn && ours?.merged.includes(withdrawn)) return;
    const decision = decide(base, ours, theirs, sameAssessment);
    if (!this.count(decision)) return;
    const take = () => {
      this.state.putAssessment(
        key,
        theirs ? { ...theirs, merged: union(ours?.merged ?? [], theirs.merged, [theirs.revision]) } : null,
        systemId,
      );
      this.taken.principles += 1;
    };
    if (decision === 'take') return take();
    const choice = this.conflict(
      'principle',
      `principle:${key}`,
      systemId,
      `${frameworkId}/${principleId}`,
      null,
      mergeText('conflict.principle', {
        principle: principleId,
        framework: frameworkId,
        system: this.systemWords(systemId),
      }),
      ['level', 'justification'],
      ours ? assessmentSide(ours) : null,
      theirs ? assessmentSide(theirs) : null,
    );
    if (choice === 'theirs') take();
    else if (choice === 'ours' && ours) {
      this.state.putAssessment(
        key,
        { ...ours, merged: union(ours.merged, [theirs?.revision ?? withdrawn ?? '']) },
        systemId,
      );
    }
  }

  /** Counts a decision; true when it needs a write or a conflict. */
  private count(decision: Decision): boolean {
    if (decision === 'same') this.report.same += 1;
    if (decision === 'ours-only') this.report.keptOurs += 1;
    return decision === 'take' || decision === 'conflict';
  }

  // ---- evidence and sign-offs: never edited, only added (evidence also removed) ---------------------------

  private mergeEvidence(id: string, theirs: EvidenceRow | null, mode: BaseMode): void {
    const ours = this.state.evidence.get(id) ?? null;
    const base = this.hasBase('evidence', id, mode);
    if (theirs && !ours && base !== true) {
      this.state.putEvidence(id, theirs, theirs.systemId);
      this.taken.evidenceAdded += 1;
    } else if (!theirs && ours && base === true) {
      this.state.putEvidence(id, null, ours.systemId);
      this.taken.evidenceRemoved += 1;
    }
  }

  private mergeSignOff(theirs: SignOffRow, mode: BaseMode): void {
    if (this.state.signOffs.has(theirs.id) || this.hasBase('signOffs', theirs.id, mode) === true) return;
    this.state.putSignOff(theirs);
    this.taken.signOffsAdded += 1;
  }

  /** Records of the package's base that the returned file no longer has: removed there. */
  private mergeRemovals(systemId: string, children: TheirRecords): void {
    const present = {
      finding: new Set((children.findings.get(systemId) ?? []).map((r) => r.id)),
      action: new Set((children.actions.get(systemId) ?? []).map((r) => r.id)),
      evidence: new Set((children.evidence.get(systemId) ?? []).map((r) => r.id)),
      assessment: new Set(
        (children.assessments.get(systemId) ?? []).map((r) => assessmentKey(r.systemId, r.frameworkId, r.principleId)),
      ),
    };
    for (const entry of this.baseBySystem.get(systemId) ?? []) {
      if (entry.kind === 'finding' && !present.finding.has(entry.id))
        this.mergeRecord('finding', entry.id, null, 'base');
      if (entry.kind === 'action' && !present.action.has(entry.id)) this.mergeRecord('action', entry.id, null, 'base');
      if (entry.kind === 'evidence' && !present.evidence.has(entry.id)) this.mergeEvidence(entry.id, null, 'base');
      if (entry.kind === 'assessment' && !present.assessment.has(entry.id)) {
        const [, frameworkId = '', principleId = ''] = entry.id.split(' ');
        this.mergeAssessmentKey(entry.id, systemId, frameworkId, principleId, null, 'base');
      }
    }
  }

  // ---- conflicts -----------------------------------------------------------------------------------------

  private conflict(
    kind: ConflictKind,
    key: string,
    systemId: string,
    item: string | null,
    recordId: string | null,
    label: MergeText,
    fields: string[],
    ours: ConflictSide | null,
    theirs: ConflictSide | null,
  ): Choice | null {
    const id = `${this.index}:${key}`;
    const choice = this.choices.get(id) ?? null;
    this.conflicts.push({
      id,
      source: this.index,
      fileName: this.source.fileName,
      kind,
      systemId,
      systemName: this.systemName(systemId),
      item,
      recordId,
      label: label.message,
      describedLabel: label,
      fields,
      ours,
      theirs,
      choice,
    });
    return choice;
  }

  private systemName(systemId: string): string {
    const system = this.systemWords(systemId);
    return typeof system === 'string' ? system : system.message;
  }

  private systemWords(systemId: string): SystemWords {
    const row = this.state.systems.get(systemId) ?? this.theirs.systems.find((s) => s.id === systemId);
    return row ? namedSystem(row) : mergeText('system.gone', {});
  }

  /** "the finding “No bias test” on Risk score", "the action “Retrain” of Risk score". */
  private recordLabel(kind: 'finding' | 'action', description: string, systemId: string): MergeText {
    const values = { description: excerpt(description), system: this.systemWords(systemId) };
    return kind === 'finding' ? mergeText('conflict.finding', values) : mergeText('conflict.action', values);
  }

  private note(text: MergeText): void {
    this.report.notes.push(text.message);
    this.report.describedNotes.push(text);
  }
}

// ---- the three-way rule for records with revision ids --------------------------------------------------------

interface Revisioned {
  revision: string;
  merged: string[];
  baseRevision?: string | null;
}

/**
 * One side changed → that side; both changed to the same value → nothing to do; both changed differently →
 * conflict. "Changed" means the revision differs from the ancestor's. A revision our record already
 * accounts for (merged before, or the one our latest change replaced) is not a change there.
 */
export function decide<T extends Revisioned>(
  base: Ancestor<string>,
  ours: T | null,
  theirs: T | null,
  same: (a: T, b: T) => boolean,
): Decision {
  if (!ours && !theirs) return 'keep';
  if (ours && theirs && ours.revision === theirs.revision) return 'keep';
  const theirsRevision = theirs?.revision ?? null;
  const oursRevision = ours?.revision ?? null;
  if (base !== undefined && theirsRevision === base) return oursRevision === base ? 'keep' : 'ours-only';
  if (ours && theirs && (ours.merged.includes(theirs.revision) || ours.baseRevision === theirs.revision)) return 'keep';
  if (base !== undefined) {
    if (oursRevision === base) return 'take';
    if (!ours || !theirs) return ours || theirs ? 'conflict' : 'keep';
    return same(ours, theirs) ? 'same' : 'conflict';
  }
  if (!theirs) return 'keep';
  if (!ours) return 'take';
  // A plain copy knows the revision its own change replaced: if that is ours, it simply came later.
  if (theirs.baseRevision && theirs.baseRevision === ours.revision) return 'take';
  return same(ours, theirs) ? 'same' : 'conflict';
}

const sameAnswer = (a: AnswerRow, b: AnswerRow) =>
  a.status === b.status &&
  a.justification === b.justification &&
  a.appliesOverride === b.appliesOverride &&
  a.appliesOverrideReason === b.appliesOverrideReason;

const sameAssessment = (a: AssessmentRow, b: AssessmentRow) =>
  a.level === b.level && a.justification === b.justification;

function answerValues(row: AnswerRow): Record<string, string | null> {
  return {
    status: row.status,
    justification: row.justification,
    applies_override: row.appliesOverride === null ? null : row.appliesOverride ? 'applies' : 'does not apply',
    applies_override_reason: row.appliesOverrideReason,
  };
}

function answerFields(ours: AnswerRow, theirs: AnswerRow): string[] {
  const a = answerValues(ours);
  const b = answerValues(theirs);
  return Object.keys(a).filter((key) => a[key] !== b[key]);
}

function answerSide(row: AnswerRow): ConflictSide {
  return {
    status: row.status,
    justification: row.justification,
    values: answerValues(row),
    by: row.updatedBy,
    at: row.updatedAt,
  };
}

function assessmentSide(row: AssessmentRow): ConflictSide {
  return {
    status: row.level,
    justification: row.justification,
    values: { level: row.level, justification: row.justification },
    by: row.updatedBy,
    at: row.updatedAt,
  };
}

/** Fields shown for a whole system on one side of a conflict (restoring a removed system). */
const SYSTEM_LABEL_FIELDS = ['name', 'organisation', 'purpose'];

function recordSide(kind: RecordKind, row: RecordRow, columns: readonly string[], fields: Fields): ConflictSide {
  const values = Object.fromEntries(columns.filter((c) => c in fields).map((c) => [c, fields[c] ?? null]));
  const at = row.fixed.updated_at ?? row.fixed.created_at ?? '';
  return {
    status: null,
    justification: '',
    values,
    by: kind === 'finding' ? String(row.fixed.created_by ?? '') : '',
    at: at === null ? '' : String(at),
  };
}

// ---- small helpers -----------------------------------------------------------------------------------------

function sameFields(kind: RecordKind, a: Fields, b: Fields): boolean {
  return RECORD_COLUMNS[kind].fields.every((column) => (a[column] ?? null) === (b[column] ?? null));
}

/** Identifies one version of a record's fields, for the merged list (revision ids exist for answers only). */
function fingerprint(kind: RecordKind, fields: Fields): string {
  const values = RECORD_COLUMNS[kind].fields.map((column) => fields[column] ?? null);
  return `f:${sha256OfText(JSON.stringify(values)).slice(0, 32)}`;
}

function withMerged(row: RecordRow, token: string): RecordRow {
  return { ...row, merged: union(row.merged, [token]) };
}

function union(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat().filter((token) => token !== ''))];
}

/** A system record as a sentence names it: its name, or a phrase when it has none. */
function namedSystem(row: RecordRow): SystemWords {
  return row.fields.name ?? mergeText('system.unnamed', {});
}

/** A description on one line, cut to `max` characters, as a label quotes it. */
function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** "cepej-charter-2018/p2.1" → "p2.1", as the checklist shows it. */
function itemCode(itemId: string): string {
  const slash = itemId.indexOf('/');
  return slash === -1 ? itemId : itemId.slice(slash + 1);
}
