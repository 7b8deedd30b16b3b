// A long report's body written a piece at a time. docx builds the whole document as objects, then formats all
// of it into a second tree before writing the XML: for a portfolio of 1,000 systems that is some 400 MB for a
// 10 MB document.xml. Here the document holds a marker where each long piece goes (a system's summary, a long
// table); each piece is made, formatted and written on its own, and only its XML is kept. The markers are then
// replaced by that XML as the document's own XML is written, which gives the bytes docx would write.
import {
  type Document,
  FileChild,
  type IContext,
  type IXmlableObject,
  type Table,
  type TableRow,
  XmlComponent,
} from 'docx';
import { XML_DECLARATION, xmlOf } from './docxXml';

const MARKER = 'charter-review:piece';

/** Stands in the document for blocks written separately; its place in the body's XML is filled with theirs. */
export class PieceMarker extends FileChild {
  constructor(index: number) {
    super(MARKER);
    this.root.push(String(index));
  }
}

/** Components formatted one after another, as the body formats its children (a child written as several parts too). */
class BlockList extends XmlComponent {
  constructor(blocks: readonly XmlComponent[]) {
    super('charter-review:blocks');
    for (const block of blocks) this.root.push(block);
  }
}

export class StreamedBody {
  private readonly pieces = new Map<number, string>();

  constructor(private readonly document: Document) {}

  private context(): IContext {
    return { file: this.document, viewWrapper: this.document.Document, stack: [] };
  }

  private xml(components: readonly XmlComponent[]): string {
    const formatted = new BlockList(components).prepForXml(this.context());
    const children: unknown = formatted?.['charter-review:blocks'];
    return Array.isArray(children) ? xmlOf(children as IXmlableObject[]) : '';
  }

  /** Formats the blocks the marker `index` stands for and keeps their XML only. */
  write(index: number, blocks: readonly FileChild[]): void {
    this.pieces.set(index, this.xml(blocks));
  }

  /**
   * Writes the table the marker `index` stands for: `head` (its properties, grid and header row), then its other
   * rows a slice at a time, each slice made, formatted and let go before the next.
   */
  writeTable(index: number, head: Table, slices: Iterable<TableRow[]>): void {
    const opening = this.xml([head]);
    const end = '</w:tbl>';
    if (!opening.endsWith(end)) throw new Error('A table of the report could not be formatted.');
    const parts = [opening.slice(0, -end.length)];
    for (const rows of slices) parts.push(this.xml(rows));
    parts.push(end);
    this.pieces.set(index, parts.join(''));
  }

  /** word/document.xml: the document's own XML, each marker replaced by the XML of its blocks. */
  documentXml(): string {
    const formatted = this.document.Document.View.prepForXml(this.context());
    if (!formatted) throw new Error('The report document could not be formatted.');
    const xml = xmlOf([formatted], (name, element) => {
      if (name !== MARKER) return undefined;
      const [index] = element[MARKER] as string[];
      const piece = this.pieces.get(Number(index));
      if (piece === undefined) throw new Error(`Piece ${String(index)} of the report was not written.`);
      return piece;
    });
    this.pieces.clear();
    return XML_DECLARATION + xml;
  }
}
