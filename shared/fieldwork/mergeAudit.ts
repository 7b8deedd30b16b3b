// What the audit trail keeps of a merge: the returned files by name and origin, and the choices made —
// never their whole content (the files' answers and evidence would make one audit row as large as both).
import type { MergeReport } from './mergeTypes';
import type { MergeResolution, MergeSource } from './snapshot';

/** The most conflict ids and system ids one audit row lists. */
const LISTED = 1000;

export function mergeAuditPayload(command: {
  type: string;
  sources: readonly MergeSource[];
  resolutions?: readonly MergeResolution[] | undefined;
  asNewRound?: boolean | undefined;
}): string {
  return JSON.stringify({
    type: command.type,
    sources: command.sources.map(({ fileName, snapshot }) => ({
      fileName,
      reviewId: snapshot.review.id,
      title: snapshot.review.title,
      package: snapshot.package
        ? {
            id: snapshot.package.id,
            exportedAt: snapshot.package.exportedAt,
            exportedBy: snapshot.package.exportedBy,
            systemIds: snapshot.package.systemIds,
          }
        : null,
      systems: snapshot.systems.length,
    })),
    resolutions: (command.resolutions ?? []).slice(0, LISTED),
    asNewRound: command.asNewRound ?? false,
  });
}

/** The `after` of the merge's audit row: what was taken, and what is still to decide. */
export function mergeAuditSummary(report: MergeReport) {
  const unresolved = report.conflicts.filter((c) => c.choice === null);
  return {
    changes: report.changes,
    sources: report.sources.map((s) => ({
      fileName: s.fileName,
      mode: s.mode,
      taken: s.taken,
      conflicts: s.conflicts,
    })),
    unresolvedConflicts: unresolved.slice(0, LISTED).map((c) => c.id),
    // The history screen finds a system's entries by its id appearing in the row.
    systemIds: report.systemIds.slice(0, LISTED),
  };
}
