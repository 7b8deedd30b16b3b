// The report's typography and the few building blocks every section uses: paragraphs, headings and
// tables whose widths are worked out from the page, so nothing runs past the margins in Word or LibreOffice.
import {
  AlignmentType,
  BorderStyle,
  type IStylesOptions,
  Paragraph,
  LineRuleType,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/*
 * Fonts. Arial for text and Courier New for fingerprints: every Windows and macOS machine with Word has both,
 * and LibreOffice substitutes Liberation Sans and Liberation Mono for them, which it installs with itself and
 * which are drawn to the same widths. So a line breaks at the same word, and a table fills the same pages, in
 * Word and in LibreOffice, with nothing to download. Calibri would look more like a recent Word default, but on
 * a machine without Office it falls back to a font of other widths (Carlito is often not installed).
 */
export const BODY_FONT = 'Arial';
export const MONO_FONT = 'Courier New';

/** Sizes in half-points, as Word stores them. */
export const SIZE = { body: 20, table: 18, small: 16, tiny: 14, coverTitle: 52, coverSubtitle: 28 } as const;

export const COLOUR = {
  brand: '1F3864',
  accent: '2F5496',
  ink: '1A1A1A',
  soft: '595959',
  rule: 'BFBFBF',
  headerFill: 'DCE3EE',
  labelFill: 'F2F4F7',
  groupFill: 'E8ECF3',
} as const;

/** A4 in twentieths of a point. */
const A4 = { width: 11906, height: 16838 };
const PORTRAIT_MARGINS = { top: 1247, bottom: 1247, left: 1134, right: 1134, header: 567, footer: 567 };
const LANDSCAPE_MARGINS = { top: 1134, bottom: 1134, left: 851, right: 851, header: 510, footer: 510 };

export const PAGE = {
  size: A4,
  portraitMargins: PORTRAIT_MARGINS,
  landscapeMargins: LANDSCAPE_MARGINS,
  portraitWidth: A4.width - PORTRAIT_MARGINS.left - PORTRAIT_MARGINS.right,
  landscapeWidth: A4.height - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right,
} as const;

/**
 * Characters XML 1.0 cannot hold (control characters pasted into a justification) would make Word refuse
 * the whole document; they are dropped, tabs and line breaks kept.
 */
// eslint-disable-next-line no-control-regex
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * Every line is given an exact height, 1.25 times its type size. Word and LibreOffice then agree on the
 * height of every line and table row, so the pages break at the same places in both and the page numbers
 * written into the table of contents hold in either.
 */
export function exactLine(size: number): { line: number; lineRule: typeof LineRuleType.EXACT } {
  return { line: Math.round(size * 12.5), lineRule: LineRuleType.EXACT };
}

export function clean(text: string): string {
  return text.replace(NOT_IN_XML, '');
}

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  color?: string;
  size?: number;
  font?: string;
}

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: clean(text),
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.color ? { color: style.color } : {}),
    ...(style.size ? { size: style.size } : {}),
    ...(style.font ? { font: style.font } : {}),
  });
}

export interface ParagraphStyle extends RunStyle {
  align?: 'left' | 'center' | 'right';
  spacingAfter?: number;
  spacingBefore?: number;
  keepNext?: boolean;
  style?: string;
  bullet?: boolean;
  pageBreakBefore?: boolean;
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** A paragraph of text; line breaks in the text become separate lines. */
export function para(content: string | TextRun[], style: ParagraphStyle = {}): Paragraph {
  const runs =
    typeof content === 'string'
      ? clean(content)
          .split(/\r?\n/)
          .map(
            (line, index) =>
              new TextRun({
                text: line,
                ...(index > 0 ? { break: 1 } : {}),
                ...(style.bold ? { bold: true } : {}),
                ...(style.italics ? { italics: true } : {}),
                ...(style.color ? { color: style.color } : {}),
                ...(style.size ? { size: style.size } : {}),
                ...(style.font ? { font: style.font } : {}),
              }),
          )
      : content;
  const spacing =
    style.spacingAfter !== undefined || style.spacingBefore !== undefined || style.size !== undefined
      ? {
          spacing: {
            ...(style.spacingAfter !== undefined ? { after: style.spacingAfter } : {}),
            ...(style.spacingBefore !== undefined ? { before: style.spacingBefore } : {}),
            ...(style.size !== undefined ? exactLine(style.size) : {}),
          },
        }
      : {};
  return new Paragraph({
    children: runs,
    ...(style.align ? { alignment: ALIGN[style.align] } : {}),
    ...(style.style ? { style: style.style } : {}),
    ...(style.keepNext ? { keepNext: true } : {}),
    ...(style.bullet ? { bullet: { level: 0 } } : {}),
    ...(style.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...spacing,
  });
}

/**
 * Table text comes in three sizes, each a paragraph style of its own (size and exact line height), so the
 * thousands of cells of a large portfolio do not each repeat them: that keeps the file small and quick to write.
 */
const TABLE_STYLES: Readonly<Record<number, string>> = {
  [SIZE.table]: 'TableText',
  [SIZE.small]: 'TableSmall',
  [SIZE.tiny]: 'TableTiny',
};

/** A paragraph in a table cell, in the table style of its size. */
export function cellText(text: string, style: Omit<ParagraphStyle, 'style'> = {}): Paragraph {
  const size = style.size ?? SIZE.table;
  const tableStyle = TABLE_STYLES[size];
  if (!tableStyle) return para(text, { ...style, style: 'TableText' });
  const { size: _size, ...rest } = style;
  return para(text, { ...rest, style: tableStyle });
}

/** What a table cell holds: plain text, or paragraphs made by the caller, with optional shading. */
export interface CellContent {
  text?: string;
  paragraphs?: Paragraph[];
  fill?: string;
  color?: string;
  bold?: boolean;
  italics?: boolean;
  align?: 'left' | 'center' | 'right';
  font?: string;
  size?: number;
  span?: number;
}

export type Cell = string | CellContent;

const CELL_MARGINS = { top: 45, bottom: 45, left: 85, right: 85 };
const thin = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule };
const TABLE_BORDERS = {
  top: thin,
  bottom: thin,
  left: thin,
  right: thin,
  insideHorizontal: thin,
  insideVertical: thin,
};

function tableCell(content: Cell, width: number, defaults: { size: number; bold?: boolean; fill?: string }): TableCell {
  const spec: CellContent = typeof content === 'string' ? { text: content } : content;
  const size = spec.size ?? defaults.size;
  const fill = spec.fill ?? defaults.fill;
  const paragraphs = spec.paragraphs ?? [
    cellText(spec.text ?? '', {
      size,
      ...(spec.bold || defaults.bold ? { bold: true } : {}),
      ...(spec.italics ? { italics: true } : {}),
      ...(spec.color ? { color: spec.color } : {}),
      ...(spec.font ? { font: spec.font } : {}),
      ...(spec.align ? { align: spec.align } : {}),
    }),
  ];
  return new TableCell({
    children: paragraphs,
    width: { size: width, type: WidthType.DXA },
    ...(spec.span && spec.span > 1 ? { columnSpan: spec.span } : {}),
    ...(fill ? { shading: { fill, type: ShadingType.CLEAR, color: 'auto' } } : {}),
  });
}

export interface TableSpec {
  /** Shares of the available width, in any unit; they are scaled to fit exactly. */
  columns: readonly number[];
  /** The page's text width in twips. */
  width: number;
  header?: readonly Cell[];
  rows: readonly (readonly Cell[])[];
  /** Rows short enough never to need splitting across pages are kept whole. */
  keepRowsWhole?: boolean;
  size?: number;
  /** The first column is a label column (key-value tables). */
  labelColumn?: boolean;
  /** A short table kept on one page (each row kept with the next). */
  keepTogether?: boolean;
}

/** Twips per column, summing exactly to the width, so a fixed-layout table never runs past the margin. */
export function columnWidths(shares: readonly number[], width: number): number[] {
  const total = shares.reduce((sum, share) => sum + share, 0);
  const widths = shares.map((share) => Math.floor((share / total) * width));
  const used = widths.reduce((sum, w) => sum + w, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + (width - used);
  return widths;
}

/** The rows of a table made on demand, and the table around them, so that a long table can be written in slices. */
function tableMaker(spec: TableSpec) {
  const widths = columnWidths(spec.columns, spec.width);
  const size = spec.size ?? SIZE.table;
  const rowCount = (spec.header ? 1 : 0) + spec.rows.length;
  const rowOf = (cells: readonly Cell[], header: boolean, position: number) => {
    const keepNext = spec.keepTogether === true && position + 1 < rowCount;
    let column = 0;
    const children = cells.map((content) => {
      const span = typeof content === 'string' ? 1 : (content.span ?? 1);
      const width = widths.slice(column, column + span).reduce((sum, w) => sum + w, 0);
      const isLabel = !header && spec.labelColumn === true && column === 0;
      column += span;
      return tableCell(content, width, {
        size,
        ...(header || isLabel ? { bold: true } : {}),
        ...(header ? { fill: COLOUR.headerFill } : isLabel ? { fill: COLOUR.labelFill } : {}),
      });
    });
    return new TableRow({
      children,
      ...(header ? { tableHeader: true, cantSplit: true } : spec.keepRowsWhole ? { cantSplit: true } : {}),
      ...(keepNext ? { keepNext: true } : {}),
    });
  };
  const first = spec.header ? 1 : 0;
  return {
    header: spec.header ? [rowOf(spec.header, true, 0)] : [],
    /** The rows from `from` up to `to` (not included), header left out. */
    rows: (from: number, to: number) =>
      spec.rows.slice(from, to).map((cells, index) => rowOf(cells, false, first + from + index)),
    table: (rows: TableRow[]) =>
      new Table({
        width: { size: spec.width, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        borders: TABLE_BORDERS,
        margins: CELL_MARGINS,
        rows,
      }),
  };
}

/**
 * A table of fixed column widths whose header row repeats at the top of each page. The widths are fixed
 * (not "autofit") so Word and LibreOffice lay it out alike and long words wrap inside their column.
 */
export function dataTable(spec: TableSpec): Table {
  const maker = tableMaker(spec);
  return maker.table([...maker.header, ...maker.rows(0, spec.rows.length)]);
}

/** The table of `dataTable` in parts: the table with its header row only, then its other rows a slice at a time. */
export function dataTableInSlices(
  spec: TableSpec,
  rowsPerSlice: number,
): { head: Table; slices: () => Generator<TableRow[]> } {
  const maker = tableMaker(spec);
  return {
    head: maker.table(maker.header),
    *slices() {
      for (let from = 0; from < spec.rows.length; from += rowsPerSlice) yield maker.rows(from, from + rowsPerSlice);
    },
  };
}

/** Space after a table, which Word otherwise glues to the next heading or paragraph. */
export function gap(after = 120): Paragraph {
  return new Paragraph({ children: [], spacing: { before: 0, after } });
}

export function documentStyles(): IStylesOptions {
  const heading = (size: number, color: string, before: number, after: number, outlineLevel: number) => ({
    run: { font: BODY_FONT, size, bold: true, color },
    paragraph: { spacing: { before, after, ...exactLine(size) }, keepNext: true, keepLines: true, outlineLevel },
  });
  return {
    default: {
      document: {
        run: { font: BODY_FONT, size: SIZE.body, color: COLOUR.ink },
        paragraph: { spacing: { after: 120, ...exactLine(SIZE.body) } },
      },
      heading1: heading(32, COLOUR.brand, 360, 160, 0),
      heading2: heading(26, COLOUR.brand, 280, 120, 1),
      heading3: heading(22, COLOUR.accent, 220, 100, 2),
      listParagraph: { run: { font: BODY_FONT, size: SIZE.body } },
    },
    paragraphStyles: [
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        run: { font: BODY_FONT, size: SIZE.table },
        paragraph: { spacing: { before: 0, after: 0, ...exactLine(SIZE.table) } },
      },
      {
        id: 'TableSmall',
        name: 'Table Text Small',
        basedOn: 'TableText',
        run: { size: SIZE.small },
        paragraph: { spacing: { before: 0, after: 0, ...exactLine(SIZE.small) } },
      },
      {
        id: 'TableTiny',
        name: 'Table Text Tiny',
        basedOn: 'TableText',
        run: { size: SIZE.tiny },
        paragraph: { spacing: { before: 0, after: 0, ...exactLine(SIZE.tiny) } },
      },
      {
        id: 'ContentsTitle',
        name: 'Contents Title',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: BODY_FONT, size: 32, bold: true, color: COLOUR.brand },
        paragraph: { spacing: { before: 0, after: 240, ...exactLine(32) } },
      },
      {
        id: 'TOC1',
        name: 'toc 1',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: BODY_FONT, size: SIZE.body, bold: true },
        paragraph: { spacing: { before: 120, after: 40, ...exactLine(SIZE.body) } },
      },
      {
        id: 'TOC2',
        name: 'toc 2',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: BODY_FONT, size: SIZE.body },
        paragraph: { spacing: { before: 0, after: 30, ...exactLine(SIZE.body) }, indent: { left: 283 } },
      },
      {
        id: 'TOC3',
        name: 'toc 3',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: BODY_FONT, size: SIZE.table, color: COLOUR.soft },
        paragraph: { spacing: { before: 0, after: 20, ...exactLine(SIZE.table) }, indent: { left: 567 } },
      },
    ],
  };
}
