// What the report dialog asks and shows, as plain functions: the request its choices make, a file name,
// and the words and share of the progress bar. Kept apart from React so they are easy to test and reuse.
import type { ReportProgress, ReportRequest } from '../../../shared/reports';
import type { ReportLanguage } from '../../../shared/reports/reportText';

export interface ReportChoices {
  kind: 'system' | 'portfolio';
  systemId: string;
  language: ReportLanguage;
  /** Checklist ids ticked; all of the review's when every box is ticked. */
  frameworkIds: string[];
  includeNotApplicable: boolean;
  includeEvidence: boolean;
  anonymise: boolean;
  appendix: boolean;
}

export function defaultChoices(systemId: string | null, frameworkIds: readonly string[]): ReportChoices {
  return {
    kind: systemId ? 'system' : 'portfolio',
    systemId: systemId ?? '',
    language: 'en',
    frameworkIds: [...frameworkIds],
    includeNotApplicable: false,
    includeEvidence: true,
    anonymise: false,
    appendix: false,
  };
}

/** Why the choices cannot make a report yet, or null when they can. */
export function choicesProblem(choices: ReportChoices): string | null {
  if (choices.kind === 'system' && choices.systemId === '') return 'Choose the system to report on.';
  if (choices.frameworkIds.length === 0) return 'Tick at least one checklist.';
  return null;
}

export function requestOf(choices: ReportChoices, allFrameworkIds: readonly string[]): ReportRequest {
  const everyChecklist = allFrameworkIds.every((id) => choices.frameworkIds.includes(id));
  return {
    kind: choices.kind,
    ...(choices.kind === 'system' ? { systemId: choices.systemId } : {}),
    language: choices.language,
    ...(everyChecklist ? {} : { frameworkIds: allFrameworkIds.filter((id) => choices.frameworkIds.includes(id)) }),
    includeNotApplicable: choices.includeNotApplicable,
    includeEvidence: choices.includeEvidence,
    anonymise: choices.anonymise,
    appendix: choices.kind === 'portfolio' && choices.appendix,
  };
}

/** Share of the bar per phase: reading answers is quick, writing the document takes longest, then packing. */
const PHASES: Record<ReportProgress['phase'], { from: number; to: number }> = {
  collect: { from: 0, to: 30 },
  write: { from: 30, to: 85 },
  pack: { from: 85, to: 100 },
};

export function progressPercent(progress: ReportProgress): number {
  const { from, to } = PHASES[progress.phase];
  const share = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  return Math.round(from + (to - from) * share);
}

export function progressLabel(progress: ReportProgress): string {
  const of = (word: string) =>
    progress.total > 1 ? ` — ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} ${word}` : '';
  switch (progress.phase) {
    case 'collect':
      return `Reading the answers${of('systems')}`;
    case 'write':
      return `Writing the document${of('systems')}`;
    case 'pack':
      return 'Packing the Word file…';
  }
}
