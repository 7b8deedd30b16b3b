// Answers to and from spreadsheets: one row per system and item, read back by system and item id.
// Shared by the CLI (`answers import/export`) and the app.
import { type AnswersRefusal, answersRefusal, missingColumnsRefusal } from '../exchange/answersRefusals';
import { InventoryImportError, type Table, readInventory } from '../inventory';
import { normaliseLabel } from '../inventory/normaliseLabel';
import { ANSWER_STATUSES, type AnswerStatus } from '../model/status';
import { SetAnswer } from './commands';
import type { ReviewEngine } from './ReviewEngine';

export const ANSWER_COLUMNS = [
  'system_id',
  'system',
  'framework',
  'principle',
  'item',
  'question',
  'status',
  'justification',
] as const;

/** The sheet of the review workbook (shared/exchange/reviewWorkbook) that holds the answers. */
export const ANSWERS_SHEET = 'Answers';

/**
 * Reads a spreadsheet of answers: a CSV, or a workbook whose "Answers" sheet is read (the review workbook
 * puts the inventory first), or its first sheet naming systems when it has no such sheet.
 */
export async function readAnswersTable(bytes: Uint8Array, fileName: string): Promise<{ table: Table; sheet?: string }> {
  try {
    const source = await readInventory(bytes, { fileName, sheet: ANSWERS_SHEET });
    return source.sheet === undefined ? { table: source.table } : { table: source.table, sheet: source.sheet };
  } catch (error) {
    if (!(error instanceof InventoryImportError) || error.code !== 'unknown-sheet') throw error;
  }
  const source = await readInventory(bytes, { fileName });
  return source.sheet === undefined ? { table: source.table } : { table: source.table, sheet: source.sheet };
}

/**
 * The same text for comparing a cell with a stored answer: spreadsheets may turn line breaks into CRLF and
 * cells are read trimmed, so neither makes an untouched row look edited.
 */
const comparable = (text: string) => text.replace(/\r\n?/g, '\n').trim();

export interface AnswerRow {
  system_id: string;
  system: string;
  framework: string;
  principle: string;
  item: string;
  question: string;
  status: AnswerStatus;
  justification: string;
  updated_at: string;
  updated_by: string;
}

/** Every applicable item of every system, answered or not, in checklist order. */
export function exportAnswers(engine: ReviewEngine): AnswerRow[] {
  const rows: AnswerRow[] = [];
  for (const system of engine.systems()) {
    for (const framework of engine.checklist(system.id).frameworks) {
      for (const principle of framework.principles) {
        for (const item of principle.items) {
          if (!item.applicable) continue;
          rows.push({
            system_id: system.id,
            system: system.name,
            framework: framework.id,
            principle: principle.code,
            item: item.id,
            question: item.question,
            status: item.status,
            justification: item.justification,
            updated_at: item.updatedAt,
            updated_by: item.updatedBy,
          });
        }
      }
    }
  }
  return rows;
}

/** The longest justification an answer keeps (the limit of the setAnswer command). */
const MAX_JUSTIFICATION = SetAnswer.shape.justification.unwrap().maxLength ?? 20_000;

/** Status words people write in a spreadsheet, in English and French, to the stored status. */
const STATUS_WORDS = new Map<string, AnswerStatus>([
  ...ANSWER_STATUSES.map((s) => [normaliseLabel(s), s] as const),
  ['compliant', 'compliant'],
  ['partial', 'partial'],
  ['partially compliant', 'partial'],
  ['non compliant', 'non_compliant'],
  ['not compliant', 'non_compliant'],
  ['not applicable', 'not_applicable'],
  ['n a', 'not_applicable'],
  ['not reviewed', 'not_reviewed'],
  ['conforme', 'compliant'],
  ['partiellement conforme', 'partial'],
  ['partiel', 'partial'],
  ['non conforme', 'non_compliant'],
  ['sans objet', 'not_applicable'],
  ['non applicable', 'not_applicable'],
  ['non examine', 'not_reviewed'],
]);

export function parseStatus(text: string): AnswerStatus | undefined {
  return STATUS_WORDS.get(normaliseLabel(text));
}

export interface AnswersImportPlan {
  rowsRead: number;
  answers: { systemId: string; itemId: string; status: AnswerStatus; justification: string }[];
  /** Rows whose answer is already what the file says: nothing to do. */
  unchanged: number;
  /** Refused rows: the English reason, and the same as a code with its data for the interface to word. */
  errors: AnswersRefusal[];
}

/**
 * Reads a table with at least an item column, a status column and a system column (system id
 * or name). Unknown systems or items, and unreadable statuses, are reported by row; nothing else is touched.
 */
export function planAnswersImport(table: Table, engine: ReviewEngine): AnswersImportPlan {
  const column = (...names: string[]) => table.headers.findIndex((h) => names.includes(normaliseLabel(h)));
  const systemIdCol = column('system id');
  const systemCol = column('system', 'system name', 'systeme', 'nom du systeme');
  const itemCol = column('item', 'item id', 'element');
  const statusCol = column('status', 'statut');
  const justificationCol = column('justification');
  const plan: AnswersImportPlan = { rowsRead: table.rows.length, answers: [], unchanged: 0, errors: [] };
  const missing = missingColumnsRefusal(table.headerRow, {
    item: itemCol < 0,
    status: statusCol < 0,
    system: systemIdCol < 0 && systemCol < 0,
  });
  if (missing) {
    plan.errors.push(missing);
    return plan;
  }
  const systems = engine.systems();
  const byId = new Map(systems.map((s) => [s.id, s]));
  const byName = new Map<string, (typeof systems)[number][]>();
  for (const s of systems) byName.set(normaliseLabel(s.name), [...(byName.get(normaliseLabel(s.name)) ?? []), s]);
  const current = new Map<string, { status: AnswerStatus; justification: string }>();
  for (const row of exportAnswers(engine)) current.set(`${row.system_id} ${row.item}`, row);
  const items = new Set(engine.embeddedFrameworks().flatMap((f) => f.items.map((i) => i.id)));

  for (const row of table.rows) {
    const cell = (index: number) => (index >= 0 ? (row.cells[index] ?? '').trim() : '');
    const idText = cell(systemIdCol);
    const nameText = cell(systemCol);
    let system = idText ? byId.get(idText) : undefined;
    if (!system && !idText) {
      const matches = byName.get(normaliseLabel(nameText)) ?? [];
      if (matches.length > 1) {
        plan.errors.push(answersRefusal(row.rowNumber, 'ambiguous-system', { count: matches.length, name: nameText }));
        continue;
      }
      system = matches[0];
    }
    if (!system) {
      plan.errors.push(answersRefusal(row.rowNumber, 'unknown-system', { system: idText || nameText }));
      continue;
    }
    const itemId = cell(itemCol);
    if (!items.has(itemId)) {
      plan.errors.push(answersRefusal(row.rowNumber, 'unknown-item', { item: itemId }));
      continue;
    }
    const status = parseStatus(cell(statusCol));
    if (!status) {
      plan.errors.push(answersRefusal(row.rowNumber, 'unknown-status', { value: cell(statusCol) }));
      continue;
    }
    const justification =
      justificationCol >= 0 ? cell(justificationCol) : (current.get(`${system.id} ${itemId}`)?.justification ?? '');
    if (justification.length > MAX_JUSTIFICATION) {
      // Checked here, by row: the command would refuse the whole import for one row, naming no row.
      plan.errors.push(
        answersRefusal(row.rowNumber, 'justification-too-long', {
          length: justification.length,
          maximum: MAX_JUSTIFICATION,
        }),
      );
      continue;
    }
    const before = current.get(`${system.id} ${itemId}`);
    if (before && before.status === status && comparable(before.justification) === comparable(justification)) {
      plan.unchanged += 1;
      continue;
    }
    plan.answers.push({ systemId: system.id, itemId, status, justification });
  }
  return plan;
}
