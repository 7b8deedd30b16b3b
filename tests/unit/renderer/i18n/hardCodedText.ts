// Finds user-facing text written straight into interface code instead of a message catalogue.
// Used by the test of the same name; kept apart so the rules can be tested on small pieces of code.
import ts from 'typescript';

export interface HardCodedText {
  file: string;
  line: number;
  text: string;
}

/** Attributes whose value is read or shown to a person. */
const SPOKEN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** Names and marks that read the same in every language. */
export const SAME_IN_EVERY_LANGUAGE = new Set([
  'Charter Review',
  'CR',
  'CEPEJ',
  'CSV',
  'XLSX',
  'JSON',
  'DOCX',
  'SHA-256',
  'Ctrl',
  'Shift',
  'Alt',
  'Esc',
  'Enter',
  'Tab',
  'English',
  'Français',
  'Azərbaycanca',
]);

/** A line (or the line before it) carrying this comment is left alone: say why after the colon. */
const EXEMPT = 'i18n-exempt';

const LETTER = /\p{L}/u;

/** Text that reads like a phrase for a person rather than an identifier, a key or a class name. */
export function looksLikeProse(text: string): boolean {
  const trimmed = text.trim();
  if (!LETTER.test(trimmed) || SAME_IN_EVERY_LANGUAGE.has(trimmed)) return false;
  // "Preparing the sample review…", "Could not undo"
  if (/^\p{Lu}/u.test(trimmed) && /\s/.test(trimmed) && /\p{Ll}/u.test(trimmed)) return true;
  // "no systems match."
  if (/\p{Ll}{2,} \p{Ll}{2,}.*[.…?!]$/u.test(trimmed)) return true;
  // A single capitalised word shown alone: "Saved", "Cancel" (identifiers are camelCase or lower case)
  return /^\p{Lu}\p{Ll}+[.…?!:]?$/u.test(trimmed) && !/^[A-Z][a-z]+[A-Z]/.test(trimmed);
}

function exempt(source: ts.SourceFile, node: ts.Node): boolean {
  const lines = source.text.split('\n');
  const marked = (at: ts.Node) => {
    const { line } = source.getLineAndCharacterOfPosition(at.getStart(source));
    return [line, line - 1].some((n) => n >= 0 && (lines[n] ?? '').includes(EXEMPT));
  };
  if (marked(node)) return true;
  // A comment before the statement covers every literal in it (a thrown error's message over several lines).
  let statement: ts.Node | undefined = node.parent;
  while (statement && !ts.isStatement(statement)) statement = statement.parent;
  return statement !== undefined && marked(statement);
}

function inTypePosition(node: ts.Node): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (ts.isTypeNode(parent) && !ts.isExpressionWithTypeArguments(parent)) return true;
    if (ts.isStatement(parent) || ts.isExpressionStatement(parent)) return false;
  }
  return false;
}

function ignoredCall(node: ts.Node): boolean {
  const call = node.parent;
  if (!call || !ts.isCallExpression(call)) return false;
  const callee = call.expression.getText();
  // Message keys, console output for developers, selectors and event names.
  return /^(t|i18n\.t|console\.\w+|querySelector(All)?|\w+\.querySelector(All)?|addEventListener|removeEventListener|\w+\.(add|remove)EventListener|useTranslation|\w+\.closest)$/.test(
    callee,
  );
}

/** The name in `{ 'key': value }` or `obj['key']`, not a value. */
function isKey(node: ts.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node) return true;
  return ts.isElementAccessExpression(parent) && parent.argumentExpression === node;
}

export function findHardCodedText(file: string, code: string): HardCodedText[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: HardCodedText[] = [];
  const report = (node: ts.Node, text: string) => {
    if (exempt(source, node)) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push({ file, line: line + 1, text: text.trim().replace(/\s+/g, ' ') });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isJsxText(node)) {
      const text = node.getText(source);
      if (LETTER.test(text) && !SAME_IN_EVERY_LANGUAGE.has(text.trim())) report(node, text);
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(source);
      const value = node.initializer;
      const literal =
        value && ts.isStringLiteral(value)
          ? value
          : value && ts.isJsxExpression(value) && value.expression && ts.isStringLiteralLike(value.expression)
            ? value.expression
            : null;
      if (literal && SPOKEN_ATTRIBUTES.has(name)) {
        if (LETTER.test(literal.text) && !SAME_IN_EVERY_LANGUAGE.has(literal.text.trim()))
          report(literal, literal.text);
        return;
      }
      // className, id, type, role…: not words for a person.
      if (literal) return;
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!inTypePosition(node) && !ignoredCall(node) && !isKey(node) && looksLikeProse(node.text))
        report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      const text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('X');
      if (looksLikeProse(text) || /X \p{Ll}{3,}/u.test(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
