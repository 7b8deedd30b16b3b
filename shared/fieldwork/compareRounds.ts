// Comparing two review rounds (last year's review and this one): per system and principle, what improved,
// regressed, is new or disappeared, and which answers changed. The result is plain data for the app, the
// CLI `diff` and the "Progress since last review" section of the reports.
import type { ScoreReport } from '../engine/scoreReview';
import type { AnswerStatus } from '../model/status';
import type { ReviewSnapshot } from './snapshot';

/**
 * How a principle of a system moved between rounds. A score first given this round counts as `new`; a score
 * no longer given (nothing assessed any more) as `disappeared`.
 */
export type RoundChange = 'improved' | 'regressed' | 'unchanged' | 'new' | 'disappeared';
export const ROUND_CHANGES: readonly RoundChange[] = ['improved', 'regressed', 'unchanged', 'new', 'disappeared'];

export interface RoundReview {
  id: string;
  title: string;
  organisation: string;
  createdAt: string;
}

export interface PrincipleProgress {
  /** `<framework id>/<principle id>`, as in the scores. */
  id: string;
  frameworkId: string;
  principleId: string;
  code: string;
  title: string;
  /** Compliance scores (0–100) of the old and the new round; null when not scored there. */
  from: number | null;
  to: number | null;
  coverageFrom: number | null;
  coverageTo: number | null;
  change: RoundChange;
}

export interface ItemProgress {
  item: string;
  from: AnswerStatus;
  to: AnswerStatus;
}

export interface SystemProgress {
  /** The system's id in the new round, or in the old one when it disappeared. */
  id: string;
  name: string;
  organisation: string;
  /** `both`: in both rounds; `new`: only in the new one; `disappeared`: only in the old one. */
  presence: 'both' | 'new' | 'disappeared';
  /** How the two were recognised as the same system: the same id, or the same name and organisation. */
  matchedBy: 'id' | 'name' | null;
  oldId: string | null;
  newId: string | null;
  principles: PrincipleProgress[];
  /** Answers whose status differs between the rounds (systems in both rounds only). */
  changes: ItemProgress[];
  counts: Record<RoundChange, number>;
}

/** The plain-data result of comparing two rounds. */
export interface RoundComparison {
  old: RoundReview;
  new: RoundReview;
  systems: SystemProgress[];
  totals: Record<RoundChange, number> & { systemsNew: number; systemsDisappeared: number; itemChanges: number };
}

/** What comparing needs of one round; `roundOf` reads it from an engine. */
export interface RoundData {
  review: RoundReview;
  systems: { id: string; name: string; organisation: string }[];
  scores: ScoreReport['systems'];
  answers: { systemId: string; itemId: string; status: AnswerStatus }[];
}

export function roundOf(engine: { fieldworkSnapshot(): ReviewSnapshot; scores(): ScoreReport }): RoundData {
  const snapshot = engine.fieldworkSnapshot();
  return {
    review: snapshot.review,
    systems: snapshot.systems.map((s) => ({
      id: s.id,
      name: s.fields.name ?? '',
      organisation: s.fields.organisation ?? '',
    })),
    scores: engine.scores().systems,
    answers: snapshot.answers.map((a) => ({ systemId: a.systemId, itemId: a.itemId, status: a.status })),
  };
}

const emptyCounts = (): Record<RoundChange, number> => ({
  improved: 0,
  regressed: 0,
  unchanged: 0,
  new: 0,
  disappeared: 0,
});

/** Names typed twice a year apart differ in case and spacing more often than in words. */
const matchKey = (s: { name: string; organisation: string }) =>
  [s.name, s.organisation]
    .map((part) => part.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim())
    .join('\u0000');

export function compareRounds(oldRound: RoundData, newRound: RoundData): RoundComparison {
  const pairs = matchSystems(oldRound.systems, newRound.systems);
  const scoresOf = (round: RoundData) => new Map(round.scores.map((s) => [s.id, s]));
  const oldScores = scoresOf(oldRound);
  const newScores = scoresOf(newRound);
  const statusesOf = (round: RoundData) => {
    const bySystem = new Map<string, Map<string, AnswerStatus>>();
    for (const a of round.answers) {
      const map = bySystem.get(a.systemId) ?? new Map<string, AnswerStatus>();
      map.set(a.itemId, a.status);
      bySystem.set(a.systemId, map);
    }
    return bySystem;
  };
  const oldStatuses = statusesOf(oldRound);
  const newStatuses = statusesOf(newRound);

  const systems = pairs.map(({ old, now, matchedBy }): SystemProgress => {
    const principles = comparePrinciples(
      old ? (oldScores.get(old.id)?.principles ?? []) : null,
      now ? (newScores.get(now.id)?.principles ?? []) : null,
    );
    const counts = emptyCounts();
    for (const p of principles) counts[p.change] += 1;
    const shown = now ?? old;
    return {
      id: shown?.id ?? '',
      name: shown?.name ?? '',
      organisation: shown?.organisation ?? '',
      presence: old && now ? 'both' : now ? 'new' : 'disappeared',
      matchedBy,
      oldId: old?.id ?? null,
      newId: now?.id ?? null,
      principles,
      changes:
        old && now ? compareItems(oldStatuses.get(old.id) ?? new Map(), newStatuses.get(now.id) ?? new Map()) : [],
      counts,
    };
  });

  const totals = { ...emptyCounts(), systemsNew: 0, systemsDisappeared: 0, itemChanges: 0 };
  for (const system of systems) {
    for (const change of ROUND_CHANGES) totals[change] += system.counts[change];
    if (system.presence === 'new') totals.systemsNew += 1;
    if (system.presence === 'disappeared') totals.systemsDisappeared += 1;
    totals.itemChanges += system.changes.length;
  }
  return { old: oldRound.review, new: newRound.review, systems, totals };
}

type Named = RoundData['systems'][number];

/** Pairs systems by id, then the rest by name and organisation; new-round order, then the disappeared. */
function matchSystems(
  oldSystems: readonly Named[],
  newSystems: readonly Named[],
): { old: Named | null; now: Named | null; matchedBy: 'id' | 'name' | null }[] {
  const oldById = new Map(oldSystems.map((s) => [s.id, s]));
  const used = new Set<string>();
  const pairs: { old: Named | null; now: Named | null; matchedBy: 'id' | 'name' | null }[] = newSystems.map((now) => {
    const old = oldById.get(now.id);
    if (old) used.add(old.id);
    return { old: old ?? null, now, matchedBy: old ? 'id' : null };
  });
  const unmatchedByKey = new Map<string, Named[]>();
  for (const old of oldSystems) {
    if (used.has(old.id)) continue;
    const key = matchKey(old);
    unmatchedByKey.set(key, [...(unmatchedByKey.get(key) ?? []), old]);
  }
  for (const pair of pairs) {
    if (pair.old || !pair.now) continue;
    const old = unmatchedByKey.get(matchKey(pair.now))?.shift();
    if (old) {
      used.add(old.id);
      pair.old = old;
      pair.matchedBy = 'name';
    }
  }
  for (const old of oldSystems) if (!used.has(old.id)) pairs.push({ old, now: null, matchedBy: null });
  return pairs;
}

type ScoredPrinciple = ScoreReport['systems'][number]['principles'][number];

function comparePrinciples(
  oldPrinciples: readonly ScoredPrinciple[] | null,
  newPrinciples: readonly ScoredPrinciple[] | null,
): PrincipleProgress[] {
  const oldById = new Map((oldPrinciples ?? []).map((p) => [p.id, p]));
  const newById = new Map((newPrinciples ?? []).map((p) => [p.id, p]));
  const ids = [...new Set([...newById.keys(), ...oldById.keys()])];
  return ids.map((id) => {
    const was = oldById.get(id);
    const now = newById.get(id);
    const shown = now ?? was;
    const from = was?.score ?? null;
    const to = now?.score ?? null;
    return {
      id,
      frameworkId: shown?.frameworkId ?? '',
      principleId: shown?.principleId ?? '',
      code: shown?.code ?? '',
      title: shown?.title ?? '',
      from,
      to,
      coverageFrom: was?.coverage ?? null,
      coverageTo: now?.coverage ?? null,
      change: !was ? 'new' : !now ? 'disappeared' : scoreChange(from, to),
    };
  });
}

function scoreChange(from: number | null, to: number | null): RoundChange {
  if (from === null && to === null) return 'unchanged';
  if (from === null) return 'new';
  if (to === null) return 'disappeared';
  return to > from ? 'improved' : to < from ? 'regressed' : 'unchanged';
}

function compareItems(was: Map<string, AnswerStatus>, now: Map<string, AnswerStatus>): ItemProgress[] {
  const items = [...new Set([...was.keys(), ...now.keys()])].sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
  return items.flatMap((item) => {
    const from = was.get(item) ?? 'not_reviewed';
    const to = now.get(item) ?? 'not_reviewed';
    return from === to ? [] : [{ item, from, to }];
  });
}
