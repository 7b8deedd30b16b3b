// Gathers what a report says from the engine's read-only queries: the same scores the app and
// `charter-review score` show, the answers item by item, findings, actions, evidence and sign-offs.
import type { SqlJsStatic } from '../db/sqljs';
import { damaged } from '../engine/openChecks';
import { ReviewEngine } from '../engine/ReviewEngine';
import type { ChecklistView } from '../engine/queries';
import type { ActionView, EvidenceView, FindingView, SignOffView } from '../engine/recordQueries';
import type { SystemScore } from '../engine/scoreReview';
import { RISK_LEVELS } from '../engine/scoring';
import { ReviewFileError } from '../errors';
import { type RoundData, type SystemProgress, compareRounds, roundOf } from '../fieldwork/compareRounds';
import { localise } from '../frameworks/schema';
import { sha256Hex } from '../engine/hash';
import { anonymiseModel } from './anonymise';
import { type PacingOptions, WorkPacer } from './pacing';
import { ReportError } from './ReportError';
import type {
  ReportAction,
  ReportChecklist,
  ReportEvidence,
  ReportFinding,
  ReportFramework,
  ReportModel,
  ReportRankingEntry,
  ReportRequest,
  ReportRisk,
  ReportRoundProgress,
  ReportSignOff,
  ReportSourceFile,
  ReportSystem,
} from './ReportModel';
import { type ReportText, reportText } from './reportText';

/** The engine queries a report reads; the engine itself in the worker and the CLI, or a stand-in in tests. */
export type ReportSource = Pick<
  ReviewEngine,
  | 'info'
  | 'system'
  | 'scores'
  | 'checklist'
  | 'findings'
  | 'actions'
  | 'evidence'
  | 'signOffs'
  | 'embeddedFrameworks'
  | 'staffNames'
  | 'fieldworkSnapshot'
>;

/** Last round's review file, for the "Progress since last review" section; its bytes are only read. */
export interface PreviousRound {
  /** The file's name as the person chose it, printed in the section. */
  name: string;
  bytes: Uint8Array;
  /** sql.js as the platform loads it (the worker's WASM, or Node's), to open the bytes in memory. */
  sql: SqlJsStatic;
}

export interface BuildReportOptions extends PacingOptions {
  file: ReportSourceFile;
  /** When the report is made; its calendar day in local time is printed. */
  now?: Date;
  /** The person making the report, for the document's author property (never in an anonymised report). */
  author?: string;
  /** Compare with this earlier round and add a "Progress since last review" section. */
  previousRound?: PreviousRound;
}

export const APP_NAME = 'Charter Review';

/** "cepej-charter-2018/p1.1" → "P1.1": the part after the checklist id, as a reader refers to it. */
export function itemCode(itemId: string): string {
  return (itemId.split('/')[1] ?? itemId).toUpperCase();
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function groupBySystem<T extends { systemId: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const group = groups.get(record.systemId);
    if (group) group.push(record);
    else groups.set(record.systemId, [record]);
  }
  return groups;
}

/** The reasons of docs/scoring.md in the report's language, from the figures the engine's risk assessment gives. */
export function riskReasons(system: SystemScore, text: ReportText): ReportRisk {
  const reasons = [
    system.useCategory === null
      ? text.riskReasons.unclassified
      : text.riskReasons.category(text.useCategory[system.useCategory].toLocaleLowerCase()),
  ];
  if (system.risk.openHighSeverity > 0) reasons.push(text.riskReasons.highSeverity(system.risk.openHighSeverity));
  if (system.risk.openNonCompliances >= 3)
    reasons.push(text.riskReasons.manyNonCompliant(system.risk.openNonCompliances));
  return { level: system.risk.level, reasons };
}

/**
 * Riskiest first: by risk level, then lowest score (no score last), then name — the order of the
 * portfolio's riskiest systems in the engine (docs/scoring.md), applied to every system.
 */
export function rankSystems(systems: readonly SystemScore[], text: ReportText): ReportRankingEntry[] {
  const rank = (level: SystemScore['risk']['level']) => RISK_LEVELS.indexOf(level);
  return [...systems]
    .sort(
      (a, b) =>
        rank(b.risk.level) - rank(a.risk.level) ||
        (a.overall.score ?? 101) - (b.overall.score ?? 101) ||
        a.name.localeCompare(b.name),
    )
    .map((system) => ({
      systemId: system.id,
      name: system.name,
      organisation: system.organisation,
      useCategory: system.useCategory,
      level: system.risk.level,
      score: system.overall.score,
      coverage: system.overall.coverage,
      reasons: riskReasons(system, text).reasons,
    }));
}

function checklistResults(
  view: ChecklistView,
  frameworkIds: ReadonlySet<string>,
  score: SystemScore,
  evidenceByItem: Map<string, string[]>,
  includeNotApplicable: boolean,
): ReportChecklist[] {
  return view.frameworks
    .filter((framework) => frameworkIds.has(framework.id))
    .map((framework) => ({
      frameworkId: framework.id,
      title: framework.title,
      version: framework.version,
      principles: framework.principles.map((principle) => {
        const id = `${framework.id}/${principle.id}`;
        const listed = principle.items.filter(
          (item) => includeNotApplicable || (item.applicable && item.status !== 'not_applicable'),
        );
        const levelLabel = (level: string | null) =>
          framework.integrationLevels.find((candidate) => candidate.id === level)?.label ?? null;
        const confirmed = principle.integration?.confirmed ?? null;
        const suggested = levelLabel(principle.integration?.suggested ?? null);
        const integration = confirmed
          ? {
              label: levelLabel(confirmed.level) ?? confirmed.level,
              confirmed: true,
              justification: confirmed.justification,
            }
          : suggested
            ? { label: suggested, confirmed: false, justification: '' }
            : null;
        const principleScore = score.principles.find((candidate) => candidate.id === id);
        return {
          id,
          code: principle.code,
          title: principleScore?.title ?? principle.title,
          score: principleScore ?? {
            score: null,
            coverage: null,
            counts: { not_reviewed: 0, compliant: 0, partial: 0, non_compliant: 0, not_applicable: 0 },
          },
          hiddenItems: principle.items.length - listed.length,
          integration,
          items: listed.map((item) => ({
            id: item.id,
            code: itemCode(item.id),
            question: item.question,
            status: item.applicable ? item.status : 'does_not_apply',
            severity: item.severity,
            justification: item.justification,
            // A reviewer's reason for setting the rule aside says more about this system than the rule's note.
            applicabilityNote: item.applicable ? '' : item.override?.justification || item.applicabilityNote,
            evidence: evidenceByItem.get(item.id) ?? [],
            recheck: item.recheck,
          })),
        };
      }),
    }));
}

const findingLine = (finding: FindingView): ReportFinding => ({
  id: finding.id,
  systemId: finding.systemId,
  systemName: finding.systemName,
  itemCode: finding.itemId === null ? null : itemCode(finding.itemId),
  severity: finding.severity,
  description: finding.description,
  recommendation: finding.recommendation,
  createdAt: finding.createdAt,
});

const actionLine = (action: ActionView): ReportAction => ({
  id: action.id,
  systemId: action.systemId,
  systemName: action.systemName,
  description: action.description,
  owner: action.owner,
  dueDate: action.dueDate,
  state: action.state,
  overdue: action.overdue,
});

const evidenceLine = (evidence: EvidenceView): ReportEvidence => ({
  name: evidence.name,
  itemCode: evidence.itemId === null ? null : itemCode(evidence.itemId),
  mediaType: evidence.mediaType,
  size: evidence.size,
  sha256: evidence.sha256,
});

const signOffLine = (signOff: SignOffView): ReportSignOff => ({
  person: signOff.person,
  role: signOff.role,
  signedAt: signOff.signedAt,
  statement: signOff.statement,
  changedSinceSignOff: signOff.changedSinceSignOff,
});

/** Soonest due first, undated last; ties keep the review's order of systems. */
function byDueDate(actions: readonly ReportAction[]): ReportAction[] {
  return [...actions].sort((a, b) => {
    if (a.dueDate === b.dueDate) return 0;
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  });
}

function distinctNames(names: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const name of names) {
    const trimmed = name.trim();
    if (trimmed !== '' && !seen.has(trimmed.toLocaleLowerCase())) seen.set(trimmed.toLocaleLowerCase(), trimmed);
  }
  return [...seen.values()];
}

/** Opens last round's bytes in memory (never written); a file that cannot be used is named in the message. */
function openPreviousRound(previous: PreviousRound): ReviewEngine {
  let engine: ReviewEngine | undefined;
  try {
    engine = ReviewEngine.open(previous.sql, previous.bytes).engine;
    // A file can pass SQLite's checks yet lack the review record: asking for it now says "damaged" up front.
    engine.info();
    return engine;
  } catch (error) {
    engine?.close();
    const reason =
      error instanceof ReviewFileError
        ? error
        : damaged(`it could not be read as a review (${error instanceof Error ? error.message : String(error)})`);
    throw new ReviewFileError(
      reason.code,
      `The previous round "${previous.name}" cannot be compared. ${reason.message} No report was written.`,
    );
  }
}

/**
 * One round as compareRounds reads it, with principle titles in the report's language and only the covered
 * checklists, so the section speaks of what the rest of the report covers.
 */
function roundFor(engine: ReportSource, language: ReportRequest['language'], frameworkIds: readonly string[]) {
  const round: RoundData = roundOf({
    fieldworkSnapshot: () => engine.fieldworkSnapshot(),
    scores: () => engine.scores(language, frameworkIds),
  });
  const covered = new Set(frameworkIds);
  return { ...round, answers: round.answers.filter((a) => covered.has(a.itemId.split('/')[0] ?? '')) };
}

function roundProgress(
  source: ReportSource,
  request: ReportRequest,
  frameworkIds: readonly string[],
  previous: PreviousRound,
): ReportRoundProgress {
  const older = openPreviousRound(previous);
  try {
    const comparison = compareRounds(
      roundFor(older, request.language, frameworkIds),
      roundFor(source, request.language, frameworkIds),
    );
    const questions = new Map<string, string>();
    for (const framework of source.embeddedFrameworks()) {
      for (const item of framework.items) questions.set(item.id, localise(item.question, request.language));
    }
    const chosen =
      request.kind === 'system'
        ? comparison.systems.filter((system) => system.newId === request.systemId)
        : comparison.systems;
    const systems = chosen.map((system: SystemProgress) => ({
      id: system.id,
      name: system.name,
      organisation: system.organisation,
      kind: system.presence,
      matchedByName: system.matchedBy === 'name',
      principles: system.principles.map((p) => ({
        id: p.id,
        frameworkId: p.frameworkId,
        code: p.code,
        title: p.title,
        was: { score: p.from, coverage: p.coverageFrom },
        now: { score: p.to, coverage: p.coverageTo },
        state: p.change,
      })),
      changes: system.changes.map((change) => ({
        id: change.item,
        code: itemCode(change.item),
        question: questions.get(change.item) ?? '',
        was: { status: change.from },
        now: { status: change.to },
      })),
    }));
    const totals =
      request.kind === 'portfolio'
        ? comparison.totals
        : {
            ...(chosen[0]?.counts ?? { improved: 0, regressed: 0, unchanged: 0, new: 0, disappeared: 0 }),
            systemsNew: chosen[0]?.presence === 'new' ? 1 : 0,
            systemsDisappeared: 0,
            itemChanges: chosen[0]?.changes.length ?? 0,
          };
    return {
      previous: {
        title: comparison.old.title,
        organisation: comparison.old.organisation,
        createdAt: comparison.old.createdAt,
        file: { name: previous.name, sha256: sha256Hex(previous.bytes) },
      },
      totals,
      systems,
    };
  } finally {
    older.close();
  }
}

/** Collects the report's content; checks the request against the review first, so nothing half-made is returned. */
export async function buildReportModel(
  source: ReportSource,
  request: ReportRequest,
  options: BuildReportOptions,
): Promise<ReportModel> {
  const text = reportText(request.language);
  const embedded = source.embeddedFrameworks();
  const wanted = request.frameworkIds && request.frameworkIds.length > 0 ? request.frameworkIds : null;
  for (const id of wanted ?? []) {
    if (!embedded.some((framework) => framework.id === id)) {
      throw new ReportError(
        'unknown-framework',
        `The review has no checklist "${id}". Nothing was written. It has: ${embedded.map((f) => f.id).join(', ')}.`,
      );
    }
  }
  const covered = embedded.filter((framework) => !wanted || wanted.includes(framework.id));
  const coveredIds = new Set(covered.map((framework) => framework.id));
  if (request.kind === 'system' && (!request.systemId || !source.system(request.systemId))) {
    throw new ReportError(
      'unknown-system',
      'The system to report on is not in the review. Nothing was written. Choose one of the review’s systems.',
    );
  }

  // Last round is opened before anything is collected, so a file that cannot be used stops the report at once.
  const progress = options.previousRound
    ? roundProgress(
        source,
        request,
        covered.map((framework) => framework.id),
        options.previousRound,
      )
    : null;

  const info = source.info();
  const scores = source.scores(request.language, wanted ?? undefined);
  const inScope =
    request.kind === 'system' ? scores.systems.filter((system) => system.id === request.systemId) : scores.systems;
  const only = request.kind === 'system' ? request.systemId : undefined;
  const includeNotApplicable = request.includeNotApplicable ?? false;
  const includeEvidence = request.includeEvidence ?? true;
  const appendix = request.kind === 'portfolio' && (request.appendix ?? false);
  const withChecklists = request.kind === 'system' || appendix;

  // Records tied to an item of a checklist the report leaves out are left out with it.
  const itemCovered = (itemId: string | null) => itemId === null || coveredIds.has(itemId.split('/')[0] ?? '');
  const allFindings = source.findings(only);
  const findings = allFindings.filter((finding) => itemCovered(finding.itemId));
  const excludedFindings = new Set(
    allFindings.filter((finding) => !itemCovered(finding.itemId)).map((finding) => finding.id),
  );
  const actions = source.actions(only).filter((action) => !action.findingId || !excludedFindings.has(action.findingId));
  const evidence = source.evidence(only).filter((entry) => itemCovered(entry.itemId));
  const signOffs = source.signOffs(only);
  const findingsBySystem = groupBySystem(findings);
  const actionsBySystem = groupBySystem(actions);
  const evidenceBySystem = groupBySystem(evidence);
  const signOffsBySystem = groupBySystem(signOffs);

  const pacer = new WorkPacer('collect', inScope.length, options);
  await pacer.start();
  const systems: ReportSystem[] = [];
  const answerAuthors: string[] = [];
  for (const [index, score] of inScope.entries()) {
    const facts = source.system(score.id);
    if (!facts) continue;
    const systemEvidence = evidenceBySystem.get(score.id) ?? [];
    let checklists: ReportChecklist[] | null = null;
    if (withChecklists) {
      const view = source.checklist(score.id, request.language);
      const evidenceByItem = new Map<string, string[]>();
      for (const entry of systemEvidence) {
        if (entry.itemId === null) continue;
        evidenceByItem.set(entry.itemId, [...(evidenceByItem.get(entry.itemId) ?? []), entry.name]);
      }
      checklists = checklistResults(view, coveredIds, score, evidenceByItem, includeNotApplicable);
      for (const framework of view.frameworks) {
        if (!coveredIds.has(framework.id)) continue;
        for (const principle of framework.principles) {
          for (const item of principle.items) if (item.updatedBy) answerAuthors.push(item.updatedBy);
        }
      }
    }
    systems.push({
      id: score.id,
      name: score.name,
      facts,
      overall: score.overall,
      risk: riskReasons(score, text),
      principles: score.principles,
      findings: (findingsBySystem.get(score.id) ?? []).map(findingLine),
      actions: (actionsBySystem.get(score.id) ?? []).map(actionLine),
      evidence: includeEvidence ? systemEvidence.map(evidenceLine) : [],
      signOffs: (signOffsBySystem.get(score.id) ?? []).map(signOffLine),
      checklists,
    });
    await pacer.step(index + 1);
  }

  const frameworks: ReportFramework[] = covered.map((framework) => ({
    id: framework.id,
    version: framework.version,
    title: localise(framework.title, request.language),
    shortTitle: localise(framework.shortTitle, request.language),
    publisher: framework.publisher,
    published: framework.published,
    sourceTitle: framework.source.title,
    sourceReference: framework.source.reference,
  }));
  const signed = systems.flatMap((system) => system.signOffs);
  const assessors = distinctNames(signed.filter((s) => s.role === 'assessor').map((s) => s.person));

  const model: ReportModel = {
    kind: request.kind,
    language: request.language,
    includeNotApplicable,
    includeEvidence,
    appendix,
    anonymised: false,
    frameworksSubset: covered.length < embedded.length,
    generatedOn: localDay(options.now ?? new Date()),
    author: (!request.anonymise && options.author?.trim()) || APP_NAME,
    review: { title: info.title, organisation: info.organisation, file: options.file },
    frameworks,
    systems,
    portfolio:
      request.kind === 'portfolio'
        ? {
            overall: scores.portfolio.overall,
            byRisk: scores.portfolio.byRisk,
            principles: scores.portfolio.principles,
            ranking: rankSystems(scores.systems, text),
          }
        : null,
    actions: byDueDate(systems.flatMap((system) => system.actions)),
    people: {
      // Until someone signs as assessor, the people who recorded the answers are the assessors.
      assessors: assessors.length > 0 ? assessors : distinctNames(answerAuthors),
      reviewers: distinctNames(signed.filter((s) => s.role === 'reviewer').map((s) => s.person)),
    },
    progress,
  };
  return request.anonymise ? anonymiseModel(model, source.staffNames(), text.pseudonym) : model;
}
