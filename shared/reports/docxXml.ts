// Writes the XML of docx's formatted components, exactly as docx's own packer writes it (without indentation), so
// that a long report's body can be written piece by piece (streamedDocument.ts) and still read as docx would write it.
import type { IXmlableObject } from 'docx';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};
// Control characters XML 1.0 cannot hold are dropped, as docx drops them.
// eslint-disable-next-line no-control-regex
const TO_ESCAPE = /[&"'<>\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

function escape(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value.replace(TO_ESCAPE, (char) => ESCAPES[char] ?? '') : String(value);
}

/** Writes what an element stands for instead of the element, for elements marking where other XML goes. */
export type XmlSubstitute = (name: string, element: IXmlableObject) => string | undefined;

function attributesOf(attributes: unknown): string {
  let written = '';
  for (const [key, value] of Object.entries(attributes as Record<string, unknown>)) {
    written += ` ${key}="${typeof value === 'string' ? escape(value) : String(value)}"`;
  }
  return written;
}

/*
 * docx's formatted elements are `{ name: content }`: content is a value, an object of attributes (`_attr`), or a
 * list of attributes, text and child elements. This follows docx's writer case by case, its quirks included (in a
 * list, text replaces what came just before it), so that both write the same bytes.
 */
function writeElement(element: IXmlableObject, out: string[], substitute?: XmlSubstitute): void {
  const name = Object.keys(element)[0];
  if (name === undefined) return;
  const replaced = substitute?.(name, element);
  if (replaced !== undefined) {
    out.push(replaced);
    return;
  }
  const values: unknown = element[name];
  if (values === null) {
    out.push(`<${name}/>`);
    return;
  }
  if (typeof values !== 'object') {
    out.push(`<${name}>${escape(values)}</${name}>`);
    return;
  }
  const record = values as { _attr?: unknown; _cdata?: string };
  let attributes = record._attr ? attributesOf(record._attr) : '';
  const content: (string | IXmlableObject)[] = [];
  if (record._cdata) content.push(`<![CDATA[${record._cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
  if (Array.isArray(values)) {
    let text = false;
    content.push('');
    for (const value of values as unknown[]) {
      if (typeof value === 'object' && value !== null) {
        const child = value as IXmlableObject;
        if (Object.keys(child)[0] === '_attr') attributes += attributesOf(child._attr);
        else content.push(child);
      } else {
        content.pop();
        text = true;
        content.push(escape(value));
      }
    }
    if (!text) content.push('');
  }
  if (content.length === 0) {
    out.push(`<${name}${attributes}/>`);
    return;
  }
  out.push(`<${name}${attributes}>`);
  for (const child of content) {
    if (typeof child === 'string') out.push(child);
    else writeElement(child, out, substitute);
  }
  out.push(`</${name}>`);
}

/** The XML of formatted elements, one after another. */
export function xmlOf(elements: readonly IXmlableObject[], substitute?: XmlSubstitute): string {
  const out: string[] = [];
  for (const element of elements) writeElement(element, out, substitute);
  return out.join('');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
