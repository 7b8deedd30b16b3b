// Lays a report model out as a Word document: a cover, a table of contents, the sections of a system or
// portfolio report, and the method. Headings use Word's own heading styles, so the Navigation pane, the
// table of contents and LibreOffice's Navigator all find them.
import {
  Document,
  Footer,
  Header,
  HeadingLevel,
  type ISectionOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type PageNumberEstimator,
  TabStopType,
  type Table,
  TableOfContents,
  TextRun,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { PrincipleScore } from '../engine/scoreReview';
import type { RiskLevel, Score } from '../engine/scoring';
import type { RoundChange } from '../fieldwork/compareRounds';
import { ANSWER_STATUSES } from '../model/status';
import { APP_NAME } from './buildReportModel';
import {
  BODY_FONT,
  COLOUR,
  type Cell,
  type CellContent,
  MONO_FONT,
  PAGE,
  SIZE,
  type TableSpec,
  cellText,
  clean,
  dataTable,
  dataTableInSlices,
  documentStyles,
  gap,
  para,
  run,
} from './docxLayout';
import { type PacingOptions, WorkPacer, throwIfCancelled } from './pacing';
import { PieceMarker, StreamedBody } from './streamedBody';
import type {
  ReportAction,
  ReportChecklist,
  ReportFinding,
  ReportItemStatus,
  ReportModel,
  ReportPrinciple,
  ReportPrincipleProgress,
  ReportRoundProgress,
  ReportSystem,
  ReportSystemProgress,
} from './ReportModel';
import { type ReportText, formatDate, formatMoment, formatPercent, formatSize, reportText } from './reportText';

export interface RenderOptions extends PacingOptions {
  /**
   * Work out the page of each heading while writing, so the table of contents has its page numbers in any
   * application and the page count is known. It lays the pages out as Word would, which takes a while for
   * long documents; without it Word fills the numbers in when it updates the table.
   */
  estimatePages?: boolean;
  /**
   * Write a long portfolio's body a piece at a time (the default), or build it whole as the shorter reports are:
   * both give the same document, the first in a fraction of the memory.
   */
  streamBody?: boolean;
}

export interface RenderedReport {
  bytes: Uint8Array;
  /** The number of pages as laid out while writing; null when the layout was not worked out. */
  pages: number | null;
}

type Block = Paragraph | Table | TableOfContents;

/**
 * Blocks made later, when they are written: a long portfolio writes each system's summary and each long table on
 * its own and lets it go (streamedDocument.ts). `system` counts one system done, for the progress bar.
 */
interface LaterBlocks {
  make: () => Block[];
  system?: boolean;
}

/** A long table made when written; a long portfolio writes its rows a slice at a time. */
interface LaterTable {
  table: () => TableSpec;
}

/** A stretch of a section: blocks made now, or blocks or a table made when written. */
type Piece = Block[] | LaterBlocks | LaterTable;

const later = (make: () => Block[], system = false): LaterBlocks => (system ? { make, system } : { make });
const laterTable = (table: () => TableSpec): LaterTable => ({ table });

/** Rows of a long table formatted at once when it is written in slices: enough to be quick, few enough to be small. */
const ROWS_PER_SLICE = 25;

/** The level of each heading, for checking that no heading the contents list is written outside the skeleton. */
const HEADING_LEVELS = new WeakMap<Paragraph, number>();

/** Shading and text colour per status: the words are always printed, the colour only repeats them. */
const STATUS_LOOK: Record<ReportItemStatus, { fill: string; color: string; italics?: boolean }> = {
  compliant: { fill: 'C6EFCE', color: '006100' },
  partial: { fill: 'FFEB9C', color: '6B5000' },
  non_compliant: { fill: 'FFC7CE', color: '9C0006' },
  not_applicable: { fill: 'EDEDED', color: '404040' },
  not_reviewed: { fill: 'FFFFFF', color: COLOUR.soft, italics: true },
  does_not_apply: { fill: 'EDEDED', color: '404040', italics: true },
};

const RISK_LOOK: Record<RiskLevel, { fill: string; color: string }> = {
  low: { fill: 'C6EFCE', color: '006100' },
  medium: { fill: 'FFEB9C', color: '6B5000' },
  high: { fill: 'F8CBAD', color: '833C0B' },
  critical: { fill: 'FFC7CE', color: '9C0006' },
};

const SEVERITY_LOOK: Record<'low' | 'medium' | 'high', { fill: string; color: string }> = {
  low: { fill: 'EDEDED', color: '404040' },
  medium: { fill: 'FFEB9C', color: '6B5000' },
  high: { fill: 'FFC7CE', color: '9C0006' },
};

/** Shading of a movement between rounds; the sign and the word are always printed with it. */
const CHANGE_LOOK: Record<RoundChange, { fill: string; color: string }> = {
  improved: { fill: 'C6EFCE', color: '006100' },
  regressed: { fill: 'FFC7CE', color: '9C0006' },
  unchanged: { fill: 'FFFFFF', color: '404040' },
  new: { fill: 'DDEBF7', color: '1F4E79' },
  disappeared: { fill: 'EDEDED', color: '404040' },
};

/** The heat map's bands, the same as the portfolio screen's: 80 and above, 50 to 79.9, below 50, none. */
function bandLook(score: number | null): { fill: string; color: string } {
  if (score === null) return { fill: 'EDEDED', color: '404040' };
  if (score >= 80) return { fill: 'C6EFCE', color: '006100' };
  if (score >= 50) return { fill: 'FFEB9C', color: '6B5000' };
  return { fill: 'FFC7CE', color: '9C0006' };
}

function heading(text: string, level: 1 | 2 | 3, pageBreakBefore = false): Paragraph {
  const paragraph = new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
    children: [new TextRun(clean(text))],
    ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
  });
  HEADING_LEVELS.set(paragraph, level);
  return paragraph;
}

const dash = (text: string) => (text.trim() === '' ? '—' : text);

/**
 * "P1 Principle of respect…", "FRIA: Fundamental rights impact assessment", or the title alone when it
 * already names the code ("Stakeholder engagement" rather than "Engagement Stakeholder engagement").
 */
export function principleLabel(code: string, title: string): string {
  if (title.toLocaleLowerCase().includes(code.toLocaleLowerCase())) return title;
  return /^[A-Z]{1,2}\d+$/.test(code) ? `${code} ${title}` : `${code}: ${title}`;
}

class ReportWriter {
  private readonly text: ReportText;
  private readonly pct: (value: number | null) => string;

  constructor(private readonly model: ReportModel) {
    this.text = reportText(model.language);
    this.pct = (value) => formatPercent(value, model.language);
  }

  private get width(): number {
    return PAGE.portraitWidth;
  }

  private counts(score: Score): string {
    const short = this.text.statusShort;
    const order = ['compliant', 'partial', 'non_compliant', 'not_applicable', 'not_reviewed'] as const;
    return order.map((status) => `${short[status]} ${score.counts[status]}`).join(' · ');
  }

  private riskCell(level: RiskLevel): CellContent {
    const look = RISK_LOOK[level];
    return { text: this.text.risk[level], fill: look.fill, color: look.color, bold: true };
  }

  private useCategoryLabel(category: ReportSystem['facts']['useCategory']): string {
    return category === null ? this.text.unclassified : this.text.useCategory[category];
  }

  private frameworkList(): string {
    return this.model.frameworks.map((framework) => framework.shortTitle).join(', ');
  }

  // ---- cover and contents ---------------------------------------------------

  cover(): Block[] {
    const { model, text } = this;
    const system = model.kind === 'system' ? model.systems[0] : undefined;
    const people = (names: string[]) => (names.length > 0 ? listNames(names) : text.cover.notSignedOff);
    const rows: Cell[][] = [
      [text.cover.review, model.review.title],
      [text.cover.organisation, dash(system?.facts.organisation || model.review.organisation)],
      system ? [text.cover.system, system.name] : [text.cover.systems, String(model.systems.length)],
      [text.cover.assessors, people(model.people.assessors)],
      [text.cover.reviewers, people(model.people.reviewers)],
      [text.cover.date, formatDate(model.generatedOn, model.language)],
      [text.cover.file, model.review.file.name],
      [text.cover.sha256, { text: model.review.file.sha256, font: MONO_FONT, size: SIZE.small }],
      ...(model.progress
        ? [[text.cover.comparedWith, `${model.progress.previous.title} — ${model.progress.previous.file.name}`]]
        : []),
      [
        text.cover.frameworks,
        model.frameworks.map((framework) => `${framework.shortTitle} — ${framework.version}`).join('\n'),
      ],
    ];
    return [
      para(APP_NAME.toUpperCase(), { bold: true, color: COLOUR.accent, size: SIZE.small, spacingBefore: 2400 }),
      para(model.kind === 'system' ? text.systemReportTitle : text.portfolioReportTitle, {
        size: SIZE.coverSubtitle,
        color: COLOUR.accent,
        spacingAfter: 120,
      }),
      para(system ? system.name : model.review.title, {
        size: SIZE.coverTitle,
        bold: true,
        color: COLOUR.brand,
        spacingAfter: 240,
      }),
      para(`${text.checkedAgainst}: ${this.frameworkList()}`, { color: COLOUR.soft, spacingAfter: 600 }),
      dataTable({ columns: [32, 68], width: this.width, rows, labelColumn: true, keepRowsWhole: true }),
      gap(360),
      para(text.cover.fileNote, { size: SIZE.small, color: COLOUR.soft }),
      ...(model.anonymised ? [para(text.cover.anonymisedNote, { size: SIZE.small, color: COLOUR.soft })] : []),
    ];
  }

  contents(levels: string): Block[] {
    return [
      para(this.text.contents, { style: 'ContentsTitle' }),
      new TableOfContents(this.text.contents, { hyperlink: true, headingStyleRange: levels }),
    ];
  }

  // ---- shared pieces ----------------------------------------------------------

  /** Principle scores grouped under their checklist, with the counts `score --json` gives, and a total row. */
  principleTable(principles: readonly PrincipleScore[], overall: Score): Table {
    const { text } = this;
    const short = text.statusShort;
    const rows: Cell[][] = [];
    for (const framework of this.model.frameworks) {
      const own = principles.filter((principle) => principle.frameworkId === framework.id);
      if (own.length === 0) continue;
      rows.push([{ text: framework.shortTitle, span: 8, bold: true, fill: COLOUR.groupFill }]);
      for (const principle of own) rows.push(this.scoreRow(principleLabel(principle.code, principle.title), principle));
    }
    rows.push(this.scoreRow(text.summary.overallRow, overall, true));
    return dataTable({
      columns: [40, 11, 13, 7.2, 7.2, 7.2, 7.2, 7.2],
      width: this.width,
      header: [
        text.columns.principle,
        { text: text.columns.score, align: 'right' },
        { text: text.columns.coverage, align: 'right' },
        ...(['compliant', 'partial', 'non_compliant', 'not_applicable', 'not_reviewed'] as const).map((status) => ({
          text: short[status],
          align: 'right' as const,
        })),
      ],
      rows,
      keepRowsWhole: true,
    });
  }

  private scoreRow(label: string, score: Score, bold = false): Cell[] {
    const look = bandLook(score.score);
    const number = (value: number): Cell => ({ text: String(value), align: 'right', bold });
    return [
      { text: label, bold },
      { text: this.pct(score.score), align: 'right', fill: look.fill, color: look.color, bold: true },
      { text: this.pct(score.coverage), align: 'right', bold },
      number(score.counts.compliant),
      number(score.counts.partial),
      number(score.counts.non_compliant),
      number(score.counts.not_applicable),
      number(score.counts.not_reviewed),
    ];
  }

  private keyFindings(findings: readonly ReportFinding[], limit: number): Block[] {
    const order = { high: 0, medium: 1, low: 2 } as const;
    const chosen = [...findings].sort((a, b) => order[a.severity] - order[b.severity]).slice(0, limit);
    if (chosen.length === 0) return [para(this.text.summary.noKeyFindings, { italics: true, color: COLOUR.soft })];
    return chosen.map((finding) =>
      para(
        [
          run(`${this.text.severity[finding.severity]}: `, { bold: true }),
          run(finding.description),
          ...(finding.itemCode ? [run(` (${finding.itemCode})`, { color: COLOUR.soft })] : []),
        ],
        { bullet: true },
      ),
    );
  }

  private facts(system: ReportSystem): Table {
    const { text } = this;
    const f = system.facts;
    const labels = text.facts;
    const notStated = text.facts.notStated;
    const list = <V extends string>(values: V[] | null, names: Record<V, string>) =>
      values === null ? notStated : values.length === 0 ? labels.noneOfThese : values.map((v) => names[v]).join(', ');
    const rows: Cell[][] = [
      [labels.name, f.name],
      [labels.organisation, dash(f.organisation)],
      [labels.country, dash(f.country)],
      [labels.purpose, dash(f.purpose)],
      [labels.stage, f.stage ? text.stage[f.stage] : notStated],
      [
        labels.provider,
        [f.providerType ? text.providerType[f.providerType] : '', f.providerName].filter(Boolean).join(' — ') ||
          notStated,
      ],
      [labels.useCategory, this.useCategoryLabel(f.useCategory)],
      ...(f.useCategoryReason.trim() ? [[labels.useCategoryReason, f.useCategoryReason]] : []),
      [labels.automation, f.automation ? text.automation[f.automation] : notStated],
      [labels.dataProcessed, list(f.dataProcessed, text.dataKind)],
      [labels.legalAreas, list(f.legalAreas, text.legalArea)],
      [labels.users, dash(f.users)],
      [labels.hosting, dash(f.hosting)],
      [labels.contact, dash(f.contact)],
      [labels.goLive, dash(f.goLive)],
      ...(f.notes.trim() ? [[labels.notes, f.notes]] : []),
      ...Object.entries(f.customFields).map(([name, value]) => [name, dash(value)]),
    ];
    return dataTable({ columns: [30, 70], width: this.width, rows, labelColumn: true });
  }

  private statusCell(status: ReportItemStatus): CellContent {
    const look = STATUS_LOOK[status];
    const label = status === 'does_not_apply' ? this.text.doesNotApply : this.text.status[status];
    return { text: label, fill: look.fill, color: look.color, bold: true, ...(look.italics ? { italics: true } : {}) };
  }

  private principleBlock(principle: ReportPrinciple, level: 3 | null): Block[] {
    const { text } = this;
    const title = principleLabel(principle.code, principle.title);
    const blocks: Block[] = [
      level === null
        ? para(title, { bold: true, color: COLOUR.accent, keepNext: true, spacingBefore: 200 })
        : heading(title, level),
      para(
        `${text.columns.score} ${this.pct(principle.score.score)} · ${text.columns.coverage} ${this.pct(principle.score.coverage)} · ${this.counts(principle.score)}`,
        { size: SIZE.small, color: COLOUR.soft, keepNext: true, spacingAfter: 80 },
      ),
    ];
    if (principle.integration) {
      blocks.push(
        para(text.integration(principle.integration.label, principle.integration.confirmed), {
          size: SIZE.small,
          color: COLOUR.soft,
          keepNext: true,
          spacingAfter: 80,
        }),
      );
    }
    if (principle.items.length > 0) {
      blocks.push(
        dataTable({
          columns: [10, 36, 14, 40],
          width: this.width,
          header: [text.columns.item, text.columns.question, text.columns.status, text.columns.justification],
          rows: principle.items.map((item) => {
            const explanation = item.status === 'does_not_apply' ? item.applicabilityNote : item.justification;
            const details = [cellText(dash(explanation), { size: SIZE.table })];
            if (item.evidence.length > 0) {
              details.push(
                cellText(`${text.evidencePrefix}${item.evidence.join(', ')}`, {
                  size: SIZE.small,
                  italics: true,
                  color: COLOUR.soft,
                }),
              );
            }
            const question = [cellText(item.question, { size: SIZE.table })];
            if (item.recheck) {
              question.push(cellText(text.recheck, { size: SIZE.small, italics: true, color: '9C0006' }));
            }
            return [
              {
                paragraphs: [
                  cellText(item.code, { size: SIZE.table, bold: true }),
                  cellText(text.severity[item.severity], { size: SIZE.tiny, color: COLOUR.soft }),
                ],
              },
              { paragraphs: question },
              this.statusCell(item.status),
              { paragraphs: details },
            ];
          }),
        }),
      );
    }
    if (principle.hiddenItems > 0) {
      blocks.push(
        para(text.hiddenItems(principle.hiddenItems), { size: SIZE.small, italics: true, color: COLOUR.soft }),
      );
    } else {
      blocks.push(gap());
    }
    return blocks;
  }

  private checklistBlocks(checklists: readonly ReportChecklist[], frameworkLevel: 2 | 3): Block[] {
    return checklists.flatMap((checklist) => [
      heading(`${checklist.title} (${checklist.version})`, frameworkLevel),
      ...checklist.principles.flatMap((principle) => this.principleBlock(principle, frameworkLevel === 2 ? 3 : null)),
    ]);
  }

  private findingsTable(findings: readonly ReportFinding[]): Block {
    const { text } = this;
    if (findings.length === 0) return para(text.empty.findings, { italics: true, color: COLOUR.soft });
    return dataTable({
      columns: [13, 10, 38, 39],
      width: this.width,
      header: [text.columns.severity, text.columns.item, text.columns.finding, text.columns.recommendation],
      rows: findings.map((finding) => {
        const look = SEVERITY_LOOK[finding.severity];
        return [
          { text: text.severity[finding.severity], fill: look.fill, color: look.color, bold: true },
          dash(finding.itemCode ?? ''),
          finding.description,
          dash(finding.recommendation),
        ];
      }),
    });
  }

  private actionState(action: ReportAction): CellContent {
    const label = this.text.actionState[action.state];
    if (action.overdue) return { text: `${label}, ${this.text.overdue}`, fill: 'FFC7CE', color: '9C0006', bold: true };
    return { text: label };
  }

  private dueText(action: ReportAction): string {
    return action.dueDate ? formatDate(action.dueDate, this.model.language) : this.text.noDueDate;
  }

  private actionsTable(actions: readonly ReportAction[], withSystem: boolean): Block {
    if (actions.length === 0) return para(this.text.empty.actions, { italics: true, color: COLOUR.soft });
    return dataTable(this.actionsTableSpec(actions, withSystem));
  }

  private actionsTableSpec(actions: readonly ReportAction[], withSystem: boolean): TableSpec {
    const { text } = this;
    return {
      columns: withSystem ? [14, 20, 36, 15, 15] : [16, 46, 20, 18],
      width: this.width,
      header: [
        text.columns.due,
        ...(withSystem ? [text.columns.system] : []),
        text.columns.action,
        text.columns.owner,
        text.columns.state,
      ],
      rows: actions.map((action) => [
        this.dueText(action),
        ...(withSystem ? [action.systemName] : []),
        action.description,
        dash(action.owner),
        this.actionState(action),
      ]),
    };
  }

  private evidenceTable(system: ReportSystem): Block {
    const { text } = this;
    if (system.evidence.length === 0) return para(text.empty.evidence, { italics: true, color: COLOUR.soft });
    return dataTable({
      columns: [30, 10, 18, 42],
      width: this.width,
      header: [text.columns.name, text.columns.item, text.columns.type, text.columns.sha256],
      rows: system.evidence.map((entry) => [
        entry.name,
        dash(entry.itemCode ?? ''),
        `${dash(entry.mediaType)}\n${formatSize(entry.size, this.model.language)}`,
        { text: entry.sha256, font: MONO_FONT, size: SIZE.tiny },
      ]),
    });
  }

  private signOffTable(system: ReportSystem): Block {
    const { text } = this;
    if (system.signOffs.length === 0) return para(text.empty.signOffs, { italics: true, color: COLOUR.soft });
    return dataTable({
      columns: [15, 21, 22, 42],
      width: this.width,
      header: [text.columns.role, text.columns.person, text.columns.signedAt, text.columns.statement],
      rows: system.signOffs.map((signOff) => [
        text.role[signOff.role],
        signOff.person,
        formatMoment(signOff.signedAt, this.model.language),
        {
          paragraphs: [
            cellText(dash(signOff.statement), { size: SIZE.table }),
            cellText(signOff.changedSinceSignOff ? text.signOffChanged : text.signOffUnchanged, {
              size: SIZE.small,
              italics: true,
              color: signOff.changedSinceSignOff ? '9C0006' : COLOUR.soft,
            }),
          ],
        },
      ]),
      keepRowsWhole: true,
    });
  }

  private riskReasons(system: ReportSystem): Block[] {
    return system.risk.reasons.map((reason) => para(reason, { bullet: true }));
  }

  // ---- system report ----------------------------------------------------------

  systemBody(): Block[] {
    const { text, model } = this;
    const system = model.systems[0];
    if (!system) return [];
    const applicable = ANSWER_STATUSES.reduce((sum, status) => sum + system.overall.counts[status], 0);
    const answered = applicable - system.overall.counts.not_reviewed;
    return [
      heading(text.headings.summary, 1, true),
      para(text.summary.systemIntro(system.name, this.frameworkList())),
      dataTable({
        columns: [22, 26, 18, 34],
        width: this.width,
        header: [
          text.summary.overallScore,
          text.summary.overallCoverage,
          text.summary.riskLevel,
          text.facts.useCategory,
        ],
        rows: [
          [
            { text: this.pct(system.overall.score), size: 28, bold: true, ...bandLook(system.overall.score) },
            {
              paragraphs: [
                cellText(this.pct(system.overall.coverage), { size: 28, bold: true }),
                cellText(text.summary.answered(answered, applicable), {
                  size: SIZE.small,
                  color: COLOUR.soft,
                }),
              ],
            },
            { ...this.riskCell(system.risk.level), size: 28 },
            this.useCategoryLabel(system.facts.useCategory),
          ],
        ],
        keepRowsWhole: true,
      }),
      gap(80),
      ...this.riskReasons(system),
      heading(text.headings.principleScores, 2),
      para(text.countsLegend, { size: SIZE.small, color: COLOUR.soft, keepNext: true }),
      this.principleTable(system.principles, system.overall),
      heading(text.headings.keyFindings, 2),
      ...this.keyFindings(system.findings, 5),
      ...this.systemProgress(system),
      heading(text.headings.facts, 1, true),
      this.facts(system),
      heading(text.headings.results, 1, true),
      ...this.checklistBlocks(system.checklists ?? [], 2),
      heading(text.headings.findings, 1, true),
      this.findingsTable(system.findings),
      heading(text.headings.actions, 1),
      this.actionsTable(system.actions, false),
      ...(model.includeEvidence ? [heading(text.headings.evidence, 1), this.evidenceTable(system)] : []),
      heading(text.headings.signOffs, 1),
      this.signOffTable(system),
    ];
  }

  // ---- portfolio report -------------------------------------------------------

  executiveSummary(): Block[] {
    const { text, model } = this;
    const portfolio = model.portfolio;
    if (!portfolio) return [];
    const highOrCritical = portfolio.byRisk.high + portfolio.byRisk.critical;
    const open = model.actions.filter((a) => a.state === 'open' || a.state === 'in_progress');
    const overdue = open.filter((a) => a.overdue).length;
    const blocks: Block[] = [
      heading(text.headings.executiveSummary, 1, true),
      para(text.summary.portfolioIntro(model.systems.length, model.review.title, this.frameworkList())),
    ];
    if (model.systems.length === 0) return [...blocks, para(text.summary.noSystems, { italics: true })];
    blocks.push(
      para(text.summary.portfolioFigures(this.pct(portfolio.overall.score), this.pct(portfolio.overall.coverage))),
      para(text.summary.portfolioRisk(highOrCritical)),
      para(text.summary.portfolioActions(open.length, overdue)),
      dataTable({
        columns: [25, 25, 25, 25],
        width: this.width,
        header: [
          text.summary.systemsCount,
          text.summary.overallScore,
          text.summary.overallCoverage,
          text.summary.highOrCritical,
        ],
        rows: [
          [
            { text: String(model.systems.length), size: 28, bold: true },
            { text: this.pct(portfolio.overall.score), size: 28, bold: true, ...bandLook(portfolio.overall.score) },
            { text: this.pct(portfolio.overall.coverage), size: 28, bold: true },
            { text: String(highOrCritical), size: 28, bold: true },
          ],
        ],
        keepRowsWhole: true,
      }),
      heading(text.headings.systemsByRisk, 2),
      dataTable({
        columns: [60, 40],
        width: this.width / 2,
        header: [text.columns.level, { text: text.columns.count, align: 'right' }],
        rows: (['critical', 'high', 'medium', 'low'] as const).map((level) => [
          this.riskCell(level),
          { text: String(portfolio.byRisk[level]), align: 'right' },
        ]),
        keepRowsWhole: true,
      }),
      heading(text.headings.answersByStatus, 2),
      dataTable({
        columns: [60, 40],
        width: this.width / 2,
        header: [text.columns.status, { text: text.columns.count, align: 'right' }],
        rows: (['compliant', 'partial', 'non_compliant', 'not_applicable', 'not_reviewed'] as const).map((status) => [
          this.statusCell(status),
          { text: String(portfolio.overall.counts[status]), align: 'right' },
        ]),
        keepRowsWhole: true,
      }),
      heading(text.headings.principleScores, 2),
      para(text.countsLegend, { size: SIZE.small, color: COLOUR.soft, keepNext: true }),
      this.principleTable(portfolio.principles, portfolio.overall),
      heading(text.summary.attentionFirst, 2),
      ...portfolio.ranking
        .slice(0, 5)
        .map((entry) =>
          para(
            [
              run(`${entry.name}: `, { bold: true }),
              run(`${text.risk[entry.level]} · ${text.columns.score} ${this.pct(entry.score)}. `),
              run(entry.reasons.join(' '), { color: COLOUR.soft }),
            ],
            { bullet: true },
          ),
        ),
    );
    return blocks;
  }

  /** One table per checklist, systems down and principles across; every cell says its score in words. */
  heatMap(): Piece[] {
    const { text, model } = this;
    const width = PAGE.landscapeWidth;
    const legend = dataTable({
      columns: [25, 25, 25, 25],
      width: width * 0.6,
      rows: [
        [
          { text: text.heatMapLegend.high, align: 'center', ...bandLook(100) },
          { text: text.heatMapLegend.medium, align: 'center', ...bandLook(60) },
          { text: text.heatMapLegend.low, align: 'center', ...bandLook(10) },
          { text: text.heatMapLegend.none, align: 'center', ...bandLook(null) },
        ],
      ],
      size: SIZE.small,
      keepRowsWhole: true,
    });
    const pieces: Piece[] = [[heading(text.headings.heatMap, 1), para(text.heatMapIntro), legend, gap(160)]];
    if (model.systems.length === 0) return [...pieces, [para(text.summary.noSystems, { italics: true })]];
    for (const framework of model.frameworks) {
      const principles = model.systems[0]?.principles.filter((p) => p.frameworkId === framework.id) ?? [];
      if (principles.length === 0) continue;
      const systemShare = 24;
      const principleShare = (100 - systemShare) / principles.length;
      pieces.push([heading(`${framework.shortTitle} (${framework.version})`, 2)]);
      pieces.push(
        laterTable(() => ({
          columns: [systemShare, ...principles.map(() => principleShare)],
          width,
          size: SIZE.small,
          header: [
            text.columns.system,
            ...principles.map((principle) => ({
              paragraphs: principle.title.toLocaleLowerCase().includes(principle.code.toLocaleLowerCase())
                ? [cellText(principle.title, { size: SIZE.small, bold: true, align: 'center' })]
                : [
                    cellText(principle.code, { size: SIZE.small, bold: true, align: 'center' }),
                    cellText(principle.title, { size: SIZE.tiny, align: 'center' }),
                  ],
            })),
          ],
          rows: model.systems.map((system) => [
            {
              paragraphs: [
                cellText(system.name, { size: SIZE.small, bold: true }),
                ...(system.facts.organisation.trim()
                  ? [cellText(system.facts.organisation, { size: SIZE.tiny, color: COLOUR.soft })]
                  : []),
              ],
            },
            ...principles.map((principle) => {
              const score = system.principles.find((p) => p.id === principle.id) ?? null;
              const value = score?.score ?? null;
              return { text: this.pct(value), align: 'center' as const, bold: true, ...bandLook(value) };
            }),
          ]),
          keepRowsWhole: true,
        })),
      );
    }
    return pieces;
  }

  riskRanking(): Piece[] {
    const { text, model } = this;
    const ranking = model.portfolio?.ranking ?? [];
    const opening = [heading(text.headings.riskRanking, 1), para(text.rankingIntro)];
    if (ranking.length === 0) return [[...opening, para(text.summary.noSystems, { italics: true })]];
    return [
      opening,
      laterTable(() => ({
        columns: [5, 24, 17, 11, 9, 10, 24],
        width: this.width,
        size: SIZE.small,
        header: [
          text.columns.rank,
          text.columns.system,
          text.columns.organisation,
          text.columns.risk,
          { text: text.columns.score, align: 'right' },
          { text: text.columns.coverage, align: 'right' },
          text.columns.reasons,
        ],
        rows: ranking.map((entry, index) => [
          String(index + 1),
          { text: entry.name, bold: true },
          dash(entry.organisation),
          { ...this.riskCell(entry.level), size: SIZE.small },
          { text: this.pct(entry.score), align: 'right' },
          { text: this.pct(entry.coverage), align: 'right' },
          { text: entry.reasons.join(' '), size: SIZE.tiny },
        ]),
        keepRowsWhole: true,
      })),
    ];
  }

  systemSummary(system: ReportSystem): Block[] {
    const { text } = this;
    const f = system.facts;
    const high = system.findings.filter((finding) => finding.severity === 'high').length;
    const open = system.actions.filter((a) => a.state === 'open' || a.state === 'in_progress');
    const signed = (role: 'assessor' | 'reviewer') => system.signOffs.some((s) => s.role === role);
    const rows: Cell[][] = [
      [text.facts.organisation, dash(f.organisation)],
      [text.facts.stage, f.stage ? text.stage[f.stage] : text.facts.notStated],
      [text.facts.useCategory, this.useCategoryLabel(f.useCategory)],
      [
        text.summary.riskLevel,
        {
          paragraphs: [
            cellText(text.risk[system.risk.level], {
              size: SIZE.table,
              bold: true,
              color: RISK_LOOK[system.risk.level].color,
            }),
            cellText(system.risk.reasons.join(' '), { size: SIZE.small, color: COLOUR.soft }),
          ],
        },
      ],
      [
        `${text.summary.overallScore} · ${text.summary.overallCoverage}`,
        `${this.pct(system.overall.score)} · ${this.pct(system.overall.coverage)}`,
      ],
      [text.columns.answers, text.summary.answersLine(system.overall.counts)],
      [text.headings.findings, text.summary.findingsLine(system.findings.length, high)],
      [text.headings.actions, text.summary.actionsLine(open.length, open.filter((a) => a.overdue).length)],
      [text.headings.signOffs, text.summary.signOffLine(signed('assessor'), signed('reviewer'))],
    ];
    const highFindings = system.findings.filter((finding) => finding.severity === 'high');
    return [
      heading(system.name, 2),
      dataTable({
        columns: [30, 70],
        width: this.width,
        rows,
        labelColumn: true,
        keepRowsWhole: true,
        keepTogether: true,
      }),
      ...(highFindings.length > 0
        ? [
            para(text.headings.keyFindings, { bold: true, spacingBefore: 120, keepNext: true }),
            ...this.keyFindings(highFindings, 3),
          ]
        : [gap()]),
    ];
  }

  appendixFor(system: ReportSystem): Block[] {
    const { text, model } = this;
    return [
      heading(system.name, 2),
      this.facts(system),
      gap(),
      ...this.checklistBlocks(system.checklists ?? [], 3),
      heading(`${text.headings.findings} — ${system.name}`, 3),
      this.findingsTable(system.findings),
      ...(model.includeEvidence
        ? [heading(`${text.headings.evidence} — ${system.name}`, 3), this.evidenceTable(system)]
        : []),
      heading(`${text.headings.signOffs} — ${system.name}`, 3),
      this.signOffTable(system),
    ];
  }

  combinedActions(): Piece[] {
    const { text, model } = this;
    return [
      [heading(text.headings.combinedActions, 1, true), para(text.combinedActionsIntro)],
      model.actions.length === 0
        ? [this.actionsTable(model.actions, true)]
        : laterTable(() => this.actionsTableSpec(model.actions, true)),
    ];
  }

  // ---- progress since last review -------------------------------------------

  private changeCell(state: RoundChange): CellContent {
    return { text: this.text.progress.change[state], bold: true, ...CHANGE_LOOK[state] };
  }

  /** The heading, which round is compared with (title, date, file and fingerprint) and how systems are matched. */
  private progressOpening(progress: ReportRoundProgress, width: number): Block[] {
    const { text, model } = this;
    const p = text.progress;
    const created = formatDate(progress.previous.createdAt, model.language);
    return [
      heading(p.heading, 1, true),
      para(p.intro(progress.previous.title, created)),
      dataTable({
        columns: [32, 68],
        width,
        rows: [
          [p.previousReview, progress.previous.title],
          [p.previousCreated, created],
          [p.previousFile, progress.previous.file.name],
          [p.previousSha256, { text: progress.previous.file.sha256, font: MONO_FONT, size: SIZE.small }],
        ],
        labelColumn: true,
        keepRowsWhole: true,
      }),
      gap(120),
      para(p.method, { size: SIZE.small, color: COLOUR.soft }),
    ];
  }

  /** A system report's section: its principles from → to, then the answers whose status changed. */
  systemProgress(system: ReportSystem): Block[] {
    const { text, model } = this;
    const progress = model.progress;
    if (!progress) return [];
    const p = text.progress;
    const own: ReportSystemProgress | undefined = progress.systems.find((candidate) => candidate.id === system.id);
    const blocks = this.progressOpening(progress, this.width);
    if (own?.kind === 'new') blocks.push(para(p.systemNewIntro, { bold: true }));
    if (own?.matchedByName) blocks.push(para(p.matchedByNameIntro));
    const principles = own?.principles ?? [];
    blocks.push(heading(text.headings.principleScores, 2));
    if (principles.length === 0) {
      blocks.push(para(p.noPrinciples, { italics: true, color: COLOUR.soft }));
    } else {
      const rows: Cell[][] = [];
      for (const framework of model.frameworks) {
        const inFramework = principles.filter((principle) => principle.frameworkId === framework.id);
        if (inFramework.length === 0) continue;
        rows.push([{ text: framework.shortTitle, span: 4, bold: true, fill: COLOUR.groupFill }]);
        for (const principle of inFramework) {
          rows.push([
            principleLabel(principle.code, principle.title),
            { text: this.pct(principle.was.score), align: 'right' },
            { text: this.pct(principle.now.score), align: 'right', bold: true },
            this.changeCell(principle.state),
          ]);
        }
      }
      blocks.push(
        dataTable({
          columns: [46, 16, 16, 22],
          width: this.width,
          header: [
            text.columns.principle,
            { text: p.before, align: 'right' },
            { text: p.after, align: 'right' },
            p.movement,
          ],
          rows,
          keepRowsWhole: true,
        }),
      );
    }
    blocks.push(heading(p.changedItems, 2));
    const changes = own?.changes ?? [];
    if (changes.length === 0) {
      blocks.push(para(p.noChangedItems, { italics: true, color: COLOUR.soft }));
    } else {
      blocks.push(
        dataTable({
          columns: [11, 47, 21, 21],
          width: this.width,
          header: [text.columns.item, text.columns.question, p.before, p.after],
          rows: changes.map((change) => [
            { text: change.code, bold: true },
            dash(change.question),
            this.statusCell(change.was.status),
            this.statusCell(change.now.status),
          ]),
          keepRowsWhole: true,
        }),
      );
    }
    return blocks;
  }

  /** The portfolio's section, on landscape pages: the totals, then systems × principles per checklist. */
  portfolioProgress(): Piece[] {
    const { text, model } = this;
    const progress = model.progress;
    if (!progress) return [];
    const p = text.progress;
    const width = PAGE.landscapeWidth;
    const order: readonly RoundChange[] = ['improved', 'regressed', 'new', 'disappeared', 'unchanged'];
    const blocks = this.progressOpening(progress, width * 0.7);
    blocks.push(
      dataTable({
        columns: order.map(() => 100 / order.length),
        width: width * 0.7,
        header: order.map((state) => ({ text: p.change[state], align: 'center' as const })),
        rows: [
          order.map((state) => ({
            text: String(progress.totals[state]),
            align: 'center' as const,
            size: 28,
            bold: true,
          })),
        ],
        keepRowsWhole: true,
      }),
      gap(80),
      para(p.totalsLine(progress.totals.systemsNew, progress.totals.systemsDisappeared, progress.totals.itemChanges)),
      para(p.gridIntro),
    );
    if (progress.systems.length === 0) return [[...blocks, para(text.summary.noSystems, { italics: true })]];
    const pieces: Piece[] = [blocks];
    for (const framework of model.frameworks) {
      const columns: ReportPrincipleProgress[] = [];
      for (const system of progress.systems) {
        for (const principle of system.principles) {
          if (principle.frameworkId === framework.id && !columns.some((c) => c.id === principle.id)) {
            columns.push(principle);
          }
        }
      }
      if (columns.length === 0) continue;
      const systemShare = 22;
      const principleShare = (100 - systemShare) / columns.length;
      pieces.push([heading(`${framework.shortTitle} (${framework.version})`, 2)]);
      pieces.push(
        laterTable(() => ({
          columns: [systemShare, ...columns.map(() => principleShare)],
          width,
          size: SIZE.small,
          header: [
            text.columns.system,
            ...columns.map((principle) => ({
              paragraphs: principle.title.toLocaleLowerCase().includes(principle.code.toLocaleLowerCase())
                ? [cellText(principle.title, { size: SIZE.small, bold: true, align: 'center' })]
                : [
                    cellText(principle.code, { size: SIZE.small, bold: true, align: 'center' }),
                    cellText(principle.title, { size: SIZE.tiny, align: 'center' }),
                  ],
            })),
          ],
          rows: progress.systems.map((system) => {
            const note =
              system.kind === 'new'
                ? p.systemNew
                : system.kind === 'disappeared'
                  ? p.systemDisappeared
                  : system.matchedByName
                    ? p.matchedByName
                    : '';
            return [
              {
                paragraphs: [
                  cellText(system.name, { size: SIZE.small, bold: true }),
                  ...(system.organisation.trim()
                    ? [cellText(system.organisation, { size: SIZE.tiny, color: COLOUR.soft })]
                    : []),
                  ...(note ? [cellText(note, { size: SIZE.tiny, italics: true })] : []),
                ],
              },
              ...columns.map((column): CellContent => {
                const principle = system.principles.find((candidate) => candidate.id === column.id);
                if (!principle) return { text: '—', align: 'center' };
                const look = CHANGE_LOOK[principle.state];
                return {
                  paragraphs: [
                    cellText(`${this.pct(principle.was.score)} → ${this.pct(principle.now.score)}`, {
                      size: SIZE.small,
                      bold: true,
                      align: 'center',
                    }),
                    cellText(p.change[principle.state], { size: SIZE.tiny, color: look.color, align: 'center' }),
                  ],
                  fill: look.fill,
                };
              }),
            ];
          }),
          keepRowsWhole: true,
        })),
      );
    }
    return pieces;
  }

  // ---- method -----------------------------------------------------------------

  methodology(): Block[] {
    const { text, model } = this;
    const m = text.methodology;
    return [
      heading(text.headings.methodology, 1, true),
      heading(text.headings.scoring, 2),
      ...m.scoring.map((line) => para(line)),
      dataTable({
        columns: [55, 45],
        width: this.width * 0.7,
        header: [text.columns.status, text.columns.score],
        rows: m.points.map(([status, points]) => [status, points]),
        keepRowsWhole: true,
      }),
      gap(),
      para(m.coverage),
      ...(model.kind === 'portfolio' ? [para(m.pooled)] : []),
      ...(model.frameworksSubset ? [para(m.frameworksSubset, { bold: true })] : []),
      heading(text.headings.riskMethod, 2),
      ...m.risk.map((line) => para(line)),
      heading(text.headings.appendixII, 2),
      para(m.appendixIIIntro),
      ...(['encouraged', 'precautions', 'further_study', 'extreme_reservations'] as const).map((category) =>
        para(text.useCategory[category], { bullet: true }),
      ),
      heading(text.headings.sources, 2),
      para(m.sourcesIntro),
      ...model.frameworks.flatMap((framework) => [
        para(`${framework.title} (${framework.version})`, { bold: true, keepNext: true, spacingAfter: 40 }),
        para(
          `${framework.sourceTitle}. ${framework.sourceReference}. ${framework.publisher}, ${framework.published}.`,
          {
            size: SIZE.small,
            color: COLOUR.soft,
          },
        ),
      ]),
      heading(text.headings.aboutReport, 2),
      ...m.about(APP_NAME).map((line) => para(line)),
      ...(model.anonymised ? [para(m.anonymised)] : []),
    ];
  }

  // ---- page furniture -----------------------------------------------------------

  /** The running header and the "Page X of Y" footer, with their right tab at the section's text width. */
  furniture(width: number): Pick<ISectionOptions, 'headers' | 'footers'> {
    const { text, model } = this;
    const kind = model.kind === 'system' ? text.systemReportTitle : text.portfolioReportTitle;
    const subject = model.kind === 'system' ? (model.systems[0]?.name ?? model.review.title) : model.review.title;
    const small = { size: SIZE.small, color: COLOUR.soft, font: BODY_FONT };
    const tabs = [{ type: TabStopType.RIGHT, position: width }];
    return {
      headers: {
        default: new Header({
          children: [
            new Paragraph({
              tabStops: tabs,
              children: [
                new TextRun({ text: clean(subject), ...small, bold: true }),
                new TextRun({ text: `\t${kind}`, ...small }),
              ],
            }),
          ],
        }),
      },
      footers: {
        default: new Footer({
          children: [
            new Paragraph({
              tabStops: tabs,
              children: [
                new TextRun({ text: `${APP_NAME} · ${formatDate(model.generatedOn, model.language)}`, ...small }),
                new TextRun({
                  ...small,
                  children: [
                    `\t${text.pageOf.before}`,
                    PageNumber.CURRENT,
                    text.pageOf.between,
                    PageNumber.TOTAL_PAGES,
                  ],
                }),
              ],
            }),
          ],
        }),
      },
    };
  }
}

function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 8);
  return names.length > shown.length ? `${shown.join(', ')} (+${names.length - shown.length})` : shown.join(', ');
}

/** How many headings the table of contents lists: every system of a long portfolio would fill pages with it. */
const SYSTEMS_LISTED_IN_CONTENTS = 40;

interface PlannedSection {
  options: Omit<ISectionOptions, 'children'>;
  pieces: Piece[];
}

interface ReportPlan {
  sections: PlannedSection[];
  /** The deepest heading level the table of contents lists. */
  contentsDepth: 1 | 2 | 3;
}

/**
 * A section that would end with blocks made later ends with an empty paragraph to hold its page settings, the one
 * docx adds after a closing table: the settings then never depend on blocks not yet written.
 */
function closed(pieces: Piece[]): Piece[] {
  return Array.isArray(pieces.at(-1)) ? pieces : [...pieces, [new Paragraph({})]];
}

/** The report's sections, with the long pieces (each system, each long table) left to be made as they are written. */
function planReport(model: ReportModel): ReportPlan {
  const writer = new ReportWriter(model);
  const text = reportText(model.language);
  const portrait = {
    page: { size: { ...PAGE.size, orientation: PageOrientation.PORTRAIT }, margin: PAGE.portraitMargins },
  };
  const landscape = {
    page: { size: { ...PAGE.size, orientation: PageOrientation.LANDSCAPE }, margin: PAGE.landscapeMargins },
  };
  const portraitFurniture = writer.furniture(PAGE.portraitWidth);
  const sections: PlannedSection[] = [{ options: { properties: portrait }, pieces: [writer.cover()] }];

  if (model.kind === 'system') {
    sections.push({
      options: { properties: portrait, ...portraitFurniture },
      pieces: [[...writer.contents('1-3'), ...writer.systemBody(), ...writer.methodology()]],
    });
    return { sections, contentsDepth: 3 };
  }

  const contentsDepth = model.systems.length <= SYSTEMS_LISTED_IN_CONTENTS ? 2 : 1;
  sections.push({
    options: { properties: portrait, ...portraitFurniture },
    pieces: [[...writer.contents(`1-${contentsDepth}`), ...writer.executiveSummary()]],
  });
  const landscapeFurniture = writer.furniture(PAGE.landscapeWidth);
  sections.push({ options: { properties: landscape, ...landscapeFurniture }, pieces: closed(writer.heatMap()) });
  if (model.progress) {
    sections.push({
      options: { properties: landscape, ...landscapeFurniture },
      pieces: closed(writer.portfolioProgress()),
    });
  }
  const rest: Piece[] = [...writer.riskRanking()];
  if (model.systems.length > 0) rest.push([heading(text.headings.systemSummaries, 1, true)]);
  for (const system of model.systems) rest.push(later(() => writer.systemSummary(system), true));
  rest.push(...writer.combinedActions());
  if (model.appendix && model.systems.length > 0) {
    rest.push([heading(text.headings.appendix, 1, true), para(text.appendixIntro)]);
    for (const system of model.systems) rest.push(later(() => writer.appendixFor(system)));
  }
  rest.push(writer.methodology());
  sections.push({ options: { properties: portrait, ...portraitFurniture }, pieces: rest });
  return { sections, contentsDepth };
}

/** The document's properties around its sections; pages are estimated with `pageNumbers` when given. */
function reportDocument(model: ReportModel, sections: ISectionOptions[], pageNumbers?: PageNumberEstimator) {
  const text = reportText(model.language);
  const title =
    model.kind === 'system'
      ? `${text.systemReportTitle}: ${model.systems[0]?.name ?? ''}`
      : `${text.portfolioReportTitle}: ${model.review.title}`;
  return new Document({
    title: clean(title),
    subject: clean(
      model.kind === 'system'
        ? text.subjectSystem(model.systems[0]?.name ?? '')
        : text.subjectPortfolio(model.systems.length),
    ),
    creator: clean(model.author),
    lastModifiedBy: clean(model.author),
    description: clean(`${model.review.file.name} · SHA-256 ${model.review.file.sha256}`),
    keywords: 'CEPEJ, AI, justice',
    styles: documentStyles(),
    ...(pageNumbers ? { pageNumbers } : {}),
    sections,
  });
}

/** Counts a system written (progress, and a chance to cancel), or only checks for a cancel. */
async function pieceWritten(
  piece: LaterBlocks | LaterTable,
  pacer: WorkPacer,
  done: { systems: number },
  options: PacingOptions,
) {
  if ('system' in piece && piece.system) await pacer.step((done.systems += 1));
  else throwIfCancelled(options);
}

/** The whole document built at once, as docx lays it out (the page numbers need it whole). */
async function wholeDocument(
  model: ReportModel,
  plan: ReportPlan,
  pacer: WorkPacer,
  options: RenderOptions & { onPages: (pages: number | null) => void },
): Promise<Document> {
  const done = { systems: 0 };
  const sections: ISectionOptions[] = [];
  for (const section of plan.sections) {
    const children: Block[] = [];
    for (const piece of section.pieces) {
      if (Array.isArray(piece)) {
        children.push(...piece);
      } else {
        if ('table' in piece) children.push(dataTable(piece.table()));
        else for (const block of piece.make()) children.push(block);
        await pieceWritten(piece, pacer, done, options);
      }
    }
    sections.push({ ...section.options, children });
  }
  await pacer.step(model.systems.length);
  const counting: PageNumberEstimator = Object.assign(
    (...args: Parameters<PageNumberEstimator>) => {
      const estimate = estimatePageNumbers(...args);
      options.onPages(estimate.pageCount ?? null);
      return estimate;
    },
    estimatePageNumbers.listNumbers ? { listNumbers: estimatePageNumbers.listNumbers } : {},
  );
  return reportDocument(model, sections, options.estimatePages ? counting : undefined);
}

/**
 * The document with a marker for each long piece, and its word/document.xml written a piece at a time
 * (streamedBody.ts): what is held at once is one piece's objects and the XML written so far.
 */
async function streamedDocument(
  model: ReportModel,
  plan: ReportPlan,
  pacer: WorkPacer,
  options: PacingOptions,
): Promise<{ document: Document; documentXml: string }> {
  const later: (LaterBlocks | LaterTable)[] = [];
  const sections = plan.sections.map((section) => ({
    ...section.options,
    children: section.pieces.flatMap((piece) =>
      Array.isArray(piece) ? piece : [new PieceMarker(later.push(piece) - 1)],
    ),
  }));
  const document = reportDocument(model, sections);
  const body = new StreamedBody(document);
  const done = { systems: 0 };
  for (const [index, piece] of later.entries()) {
    if ('table' in piece) {
      const { head, slices } = dataTableInSlices(piece.table(), ROWS_PER_SLICE);
      body.writeTable(index, head, slices());
      await pieceWritten(piece, pacer, done, options);
      continue;
    }
    const blocks = piece.make();
    for (const block of blocks) {
      const level = block instanceof Paragraph ? HEADING_LEVELS.get(block) : undefined;
      // The contents are filled in from the headings of the document docx formats, which has markers instead.
      if (level !== undefined && level <= plan.contentsDepth) {
        throw new Error('A heading listed in the contents was written apart from the document.');
      }
    }
    body.write(index, blocks);
    await pieceWritten(piece, pacer, done, options);
  }
  await pacer.step(model.systems.length);
  return { document, documentXml: body.documentXml() };
}

export async function renderReportDocx(model: ReportModel, options: RenderOptions = {}): Promise<RenderedReport> {
  let pages: number | null = null;
  const plan = planReport(model);
  const pacer = new WorkPacer('write', model.systems.length, options);
  await pacer.start();
  // Streaming needs the contents to list only headings outside the long pieces, and no page layout (which needs
  // the whole document): that is so for long portfolios, where it matters.
  const streamed = options.streamBody !== false && !options.estimatePages && plan.contentsDepth === 1;
  let document: Document;
  const overrides: { path: string; data: string }[] = [];
  if (streamed) {
    const written = await streamedDocument(model, plan, pacer, options);
    document = written.document;
    overrides.push({ path: 'word/document.xml', data: written.documentXml });
  } else {
    document = await wholeDocument(model, plan, pacer, { ...options, onPages: (count) => (pages = count) });
  }
  const packing = new WorkPacer('pack', 1, options);
  await packing.start();
  const bytes = await Packer.pack(document, 'uint8array', undefined, overrides);
  throwIfCancelled(options);
  options.onProgress?.({ phase: 'pack', done: 1, total: 1 });
  return { bytes, pages };
}
