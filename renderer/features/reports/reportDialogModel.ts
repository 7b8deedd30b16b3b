// What the report dialog asks and shows, as plain functions: the request its choices make, a file name,
// and the words and share of the progress bar. Kept apart from React so they are easy to test and reuse.
import type { ReportProgress, ReportRequest } from '../../../shared/reports';
import type { ReportLanguage } from '../../../shared/reports/reportText';
import { t } from '../../i18n/i18n';
import { type Language, contentLanguage } from '../../i18n/languages';

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

/**
 * The language a report is written in when the person has not chosen: the interface's, where reports can be
 * written in it. Reports follow the checklist content, which exists in English and French only.
 */
export function reportLanguageFor(interfaceLanguage: Language): ReportLanguage {
  return contentLanguage(interfaceLanguage);
}

export function defaultChoices(
  systemId: string | null,
  frameworkIds: readonly string[],
  interfaceLanguage: Language,
): ReportChoices {
  return {
    kind: systemId ? 'system' : 'portfolio',
    systemId: systemId ?? '',
    language: reportLanguageFor(interfaceLanguage),
    frameworkIds: [...frameworkIds],
    includeNotApplicable: false,
    includeEvidence: true,
    anonymise: false,
    appendix: false,
  };
}

/** Why the choices cannot make a report yet, or null when they can. */
export function choicesProblem(choices: ReportChoices): string | null {
  if (choices.kind === 'system' && choices.systemId === '') return t('reports:problem.chooseSystem');
  if (choices.frameworkIds.length === 0) return t('reports:problem.tickChecklist');
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
  const counted = progress.total > 1;
  const numbers = { done: progress.done, total: progress.total };
  switch (progress.phase) {
    case 'collect':
      return counted ? t('reports:progress.collectOf', numbers) : t('reports:progress.collect');
    case 'write':
      return counted ? t('reports:progress.writeOf', numbers) : t('reports:progress.write');
    case 'pack':
      return t('reports:progress.pack');
  }
}
