// A review as an Excel workbook for people who do not run the app: inventory, answers, findings, actions
// and scores, one sheet each. The answers sheet is also a way back in: edited in Excel or LibreOffice, it
// imports through the same path as `charter-review answers import` (answersExchange.ts).
import { ANSWER_COLUMNS, ANSWERS_SHEET, exportAnswers } from '../engine/answersExchange';
import type { ReviewEngine } from '../engine/ReviewEngine';
import { ANSWER_STATUSES } from '../model/status';
import { type CellValue, type SheetSpec, workbookBytes } from './workbook';
import { INVENTORY_EXPORT_COLUMNS } from '../inventory/inventoryColumns';

export const WORKBOOK_SHEETS = {
  inventory: 'Inventory',
  answers: ANSWERS_SHEET,
  findings: 'Findings',
  actions: 'Actions',
  scores: 'Scores',
} as const;

const listText = (list: readonly string[] | null): string =>
  list === null ? '' : list.length === 0 ? 'none' : list.join(', ');

/** The sheets of the workbook, as plain tables (tested without writing a file). */
export function reviewWorkbookSheets(engine: ReviewEngine): SheetSpec[] {
  const systems = engine.systems();
  const customNames = [...new Set(systems.flatMap((s) => Object.keys(s.customFields)))];
  const inventory: SheetSpec = {
    name: WORKBOOK_SHEETS.inventory,
    headers: [...INVENTORY_EXPORT_COLUMNS, ...customNames, 'createdAt', 'updatedAt'],
    rows: systems.map((system) => [
      ...INVENTORY_EXPORT_COLUMNS.map((key): CellValue => {
        const value = system[key];
        return Array.isArray(value) ? listText(value) : (value as string | null);
      }),
      ...customNames.map((name) => system.customFields[name] ?? ''),
      system.createdAt,
      system.updatedAt,
    ]),
  };

  const answers: SheetSpec = {
    name: WORKBOOK_SHEETS.answers,
    headers: [...ANSWER_COLUMNS],
    rows: exportAnswers(engine).map((row) => ANSWER_COLUMNS.map((column) => row[column])),
    lists: [{ header: 'status', values: ANSWER_STATUSES }],
    editable: ['status', 'justification'],
  };

  const findings: SheetSpec = {
    name: WORKBOOK_SHEETS.findings,
    headers: [
      'id',
      'system_id',
      'system',
      'item',
      'severity',
      'description',
      'recommendation',
      'created_at',
      'created_by',
    ],
    rows: engine
      .findings()
      .map((f) => [
        f.id,
        f.systemId,
        f.systemName,
        f.itemId,
        f.severity,
        f.description,
        f.recommendation,
        f.createdAt,
        f.createdBy,
      ]),
  };

  const actions: SheetSpec = {
    name: WORKBOOK_SHEETS.actions,
    headers: [
      'id',
      'system_id',
      'system',
      'finding_id',
      'description',
      'owner',
      'due_date',
      'state',
      'overdue',
      'updated_at',
    ],
    rows: engine
      .actions()
      .map((a) => [
        a.id,
        a.systemId,
        a.systemName,
        a.findingId,
        a.description,
        a.owner,
        a.dueDate,
        a.state,
        a.overdue ? 'yes' : 'no',
        a.updatedAt,
      ]),
  };

  const report = engine.scores();
  const scores: SheetSpec = {
    name: WORKBOOK_SHEETS.scores,
    headers: [
      'system_id',
      'system',
      'risk',
      'framework',
      'principle',
      'title',
      'score',
      'coverage',
      ...ANSWER_STATUSES,
    ],
    rows: report.systems.flatMap((system) => [
      // The system as a whole first, then each principle: the figures of `charter-review score`.
      [
        system.id,
        system.name,
        system.risk.level,
        '',
        'overall',
        'All principles',
        system.overall.score,
        system.overall.coverage,
        ...ANSWER_STATUSES.map((status) => system.overall.counts[status]),
      ],
      ...system.principles.map((p): CellValue[] => [
        system.id,
        system.name,
        system.risk.level,
        p.frameworkId,
        p.code,
        p.title,
        p.score,
        p.coverage,
        ...ANSWER_STATUSES.map((status) => p.counts[status]),
      ]),
    ]),
  };
  return [inventory, answers, findings, actions, scores];
}

export function exportReviewWorkbook(engine: ReviewEngine): Promise<Uint8Array> {
  return workbookBytes(reviewWorkbookSheets(engine));
}
