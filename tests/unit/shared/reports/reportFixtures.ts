// Real-shaped reviews for the report tests, built through the engine's own commands: systems of every
// Appendix II group, answers of every status with justifications, findings, actions, evidence and sign-offs.
import JSZip from 'jszip';
import { expect } from 'vitest';
import { ReviewEngine } from '../../../../shared/engine/ReviewEngine';
import { sha256Hex } from '../../../../shared/engine/hash';
import { builtInFrameworks } from '../../../../shared/frameworks/builtIn';
import type { AnswerStatus } from '../../../../shared/model/status';
import { fixedClock, loadSqlJs } from '../../helpers';

/** The staff whose names an anonymised report must not contain. */
export const STAFF = {
  creator: 'Nigar Hasanova',
  assessor: 'Leyla Aliyeva',
  reviewer: 'Jean-Marc Dupuis',
  owner: 'Farid Mammadov',
  contact: 'Aysel Karimova',
} as const;

const STATUSES: readonly AnswerStatus[] = ['compliant', 'partial', 'non_compliant', 'not_applicable', 'not_reviewed'];

export interface SampleReview {
  engine: ReviewEngine;
  systemIds: string[];
}

/**
 * Three systems answered in a fixed pattern (every status appears), the first with a finding, two actions
 * (one overdue), two evidence files and both sign-offs.
 */
export async function sampleReview(): Promise<SampleReview> {
  const sql = await loadSqlJs();
  const engine = await ReviewEngine.create(
    sql,
    {
      title: 'Supreme Court 2026',
      organisation: 'Supreme Court',
      createdBy: STAFF.creator,
      frameworks: builtInFrameworks(),
    },
    { now: fixedClock('2026-03-01T09:00:00.000Z') },
  );
  const add = (name: string, extra: Record<string, unknown>) =>
    engine.dispatch({ type: 'addSystem', attributes: { name, ...extra } }, STAFF.creator).createdId ?? '';
  const systemIds = [
    add('Hearing transcription', {
      organisation: 'Baku Court of Appeal',
      purpose: 'Transcribes hearings so that clerks correct a draft instead of typing the record.',
      stage: 'production',
      providerType: 'vendor',
      providerName: 'VoiceCo',
      automation: 'support',
      dataProcessed: ['personal', 'criminal'],
      legalAreas: ['civil', 'criminal'],
      contact: STAFF.contact,
      customFields: { 'Budget line': 'IT-2026-14' },
    }),
    add('Case-law search', { organisation: 'Supreme Court', stage: 'pilot', automation: 'information' }),
    add('Recidivism risk score', { organisation: 'Ministry of Justice', stage: 'idea', automation: 'decision' }),
  ];
  engine.dispatch(
    {
      type: 'classifyUse',
      systemId: systemIds[0] ?? '',
      useCategory: 'precautions',
      reason: 'Drafts a record.',
      source: 'reviewer',
    },
    STAFF.assessor,
  );
  engine.dispatch(
    {
      type: 'classifyUse',
      systemId: systemIds[2] ?? '',
      useCategory: 'extreme_reservations',
      reason: 'Profiles people.',
      source: 'reviewer',
    },
    STAFF.assessor,
  );

  const items = engine.embeddedFrameworks().flatMap((framework) => framework.items.map((item) => item.id));
  systemIds.forEach((systemId, systemIndex) => {
    const answers = items.flatMap((itemId, index) => {
      const status = STATUSES[(index + systemIndex) % STATUSES.length] ?? 'not_reviewed';
      if (status === 'not_reviewed') return [];
      return [
        {
          systemId,
          itemId,
          status,
          justification:
            status === 'compliant'
              ? ''
              : `Checked with ${STAFF.assessor}: the procedure for ${itemId} is ${status.replace('_', ' ')}.`,
        },
      ];
    });
    engine.dispatch({ type: 'setAnswers', answers }, STAFF.assessor);
  });

  const first = systemIds[0] ?? '';
  const findingId =
    engine.dispatch(
      {
        type: 'addFinding',
        systemId: first,
        itemId: 'cepej-charter-2018/p1.1',
        severity: 'high',
        description: 'No fundamental-rights assessment was made before go-live.',
        recommendation: `Commission an assessment; ${STAFF.owner} to coordinate.`,
      },
      STAFF.assessor,
    ).createdId ?? '';
  engine.dispatch(
    {
      type: 'addAction',
      systemId: first,
      findingId,
      description: 'Commission the fundamental-rights assessment',
      owner: STAFF.owner,
      dueDate: '2026-01-31',
    },
    STAFF.assessor,
  );
  engine.dispatch(
    {
      type: 'addAction',
      systemId: systemIds[2] ?? '',
      description: 'Suspend the pilot',
      owner: STAFF.owner,
      dueDate: '2026-06-30',
    },
    STAFF.assessor,
  );
  engine.dispatch(
    {
      type: 'addEvidence',
      systemId: first,
      itemId: 'cepej-charter-2018/p1.1',
      name: 'dpia-2025.pdf',
      mediaType: 'application/pdf',
      content: new TextEncoder().encode('%PDF-1.4 impact assessment'),
    },
    STAFF.assessor,
  );
  engine.dispatch(
    {
      type: 'addEvidence',
      systemId: first,
      name: 'vendor-contract.pdf',
      mediaType: 'application/pdf',
      content: new TextEncoder().encode('%PDF-1.4 contract'),
    },
    STAFF.assessor,
  );
  for (const [person, role] of [
    [STAFF.assessor, 'assessor'],
    [STAFF.reviewer, 'reviewer'],
  ] as const) {
    engine.dispatch(
      { type: 'signOff', systemId: first, person, role, statement: 'The answers reflect the evidence seen.' },
      person,
    );
  }
  return { engine, systemIds };
}

/** A portfolio of `count` systems with a spread of answers, for the size test and the timing figure. */
export async function largePortfolio(count: number): Promise<ReviewEngine> {
  const sql = await loadSqlJs();
  const engine = await ReviewEngine.create(
    sql,
    { title: 'National inventory', organisation: 'Ministry of Justice', frameworks: builtInFrameworks() },
    { now: fixedClock('2026-03-01T09:00:00.000Z') },
  );
  const categories = ['encouraged', 'precautions', 'further_study', 'extreme_reservations', null] as const;
  engine.dispatch({
    type: 'importInventory',
    source: { fileName: 'inventory.csv', format: 'csv' },
    adds: Array.from({ length: count }, (_, row) => ({
      row: row + 2,
      attributes: {
        name: `System ${String(row + 1).padStart(4, '0')}`,
        organisation: `Court ${(row % 12) + 1}`,
        useCategory: categories[row % categories.length] ?? null,
      },
    })),
    updates: [],
    summary: {
      rowsRead: count,
      added: count,
      updated: 0,
      unchanged: 0,
      duplicates: 0,
      rejected: 0,
      blankRows: 0,
      errors: [],
    },
  });
  const systems = engine.systems();
  const items = engine.embeddedFrameworks().flatMap((framework) => framework.items.map((item) => item.id));
  const answers = systems.flatMap((system, systemIndex) =>
    items.flatMap((itemId, index) => {
      const status = STATUSES[(index * 7 + systemIndex) % STATUSES.length] ?? 'not_reviewed';
      return status === 'not_reviewed'
        ? []
        : [{ systemId: system.id, itemId, status, justification: status === 'compliant' ? '' : 'See the notes.' }];
    }),
  );
  engine.dispatch({ type: 'setAnswers', answers });
  for (const [index, system] of systems.entries()) {
    if (index % 3 !== 0) continue;
    engine.dispatch({
      type: 'addAction',
      systemId: system.id,
      description: `Review the logging of ${system.name}`,
      owner: 'Court IT',
      dueDate: `2026-${String((index % 12) + 1).padStart(2, '0')}-15`,
    });
  }
  return engine;
}

export function fileOf(engine: ReviewEngine, name = 'Supreme Court 2026.charter') {
  return { name, sha256: sha256Hex(engine.export()) };
}

/** The parts of a DOCX a test reads. */
export interface DocxParts {
  document: string;
  core: string;
  styles: string;
  /** The text of the body, paragraph by paragraph. */
  paragraphs: string[];
  /** Every table of the body as rows of cell texts. */
  tables: string[][][];
  headers: string[];
  footers: string[];
}

const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The visible text of a piece of WordprocessingML: its w:t runs, with tabs and breaks as spaces. */
export function textOf(xml: string): string {
  let text = '';
  for (const match of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
    text += match[1] !== undefined ? decodeXml(match[1]) : ' ';
  }
  return text;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const document = await read('word/document.xml');
  const core = await read('docProps/core.xml');
  const styles = await read('word/styles.xml');
  const partNames = Object.keys(zip.files);
  const headers = await Promise.all(partNames.filter((n) => /^word\/header\d+\.xml$/.test(n)).map(read));
  const footers = await Promise.all(partNames.filter((n) => /^word\/footer\d+\.xml$/.test(n)).map(read));
  const tables = [...document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...(table[1] ?? '').matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...(row[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) =>
        // The paragraphs of a cell, as a reader sees them: one after the other, separated by a space.
        [...(cell[1] ?? '').matchAll(/<w:p[ >]([\s\S]*?)<\/w:p>/g)]
          .map((p) => textOf(p[1] ?? ''))
          .join(' ')
          .trim(),
      ),
    ),
  );
  const paragraphs = [...document.matchAll(/<w:p[ >]([\s\S]*?)<\/w:p>/g)].map((p) => textOf(p[1] ?? ''));
  return { document, core, styles, paragraphs, tables, headers, footers };
}

/** Every table's columns add up to no more than the text width of the section it is in. */
export function expectTablesWithinMargins(document: string): void {
  const sections = [...document.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((match) => {
    const xml = match[0];
    const width = Number(/<w:pgSz[^>]*w:w="(\d+)"/.exec(xml)?.[1]);
    const left = Number(/<w:pgMar[^>]*w:left="(\d+)"/.exec(xml)?.[1]);
    const right = Number(/<w:pgMar[^>]*w:right="(\d+)"/.exec(xml)?.[1]);
    return { end: match.index ?? 0, textWidth: width - left - right };
  });
  expect(sections.length).toBeGreaterThan(0);
  let tables = 0;
  for (const table of document.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)) {
    const total = [...(table[1] ?? '').matchAll(/<w:gridCol w:w="(\d+)"/g)].reduce(
      (sum, col) => sum + Number(col[1]),
      0,
    );
    const section = sections.find((candidate) => candidate.end > (table.index ?? 0));
    expect(section).toBeDefined();
    expect(total).toBeLessThanOrEqual(section?.textWidth ?? 0);
    tables += 1;
  }
  expect(tables).toBeGreaterThan(5);
}
