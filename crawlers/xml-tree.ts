/**
 * A lenient XML tree for feeds, built by htmlparser2 (through cheerio) in XML mode.
 * htmlparser2 never throws and never expands DTD entities; it closes whatever is
 * left open at the end. `isExplicitlyClosed` tells a real end tag from one the
 * parser implied, which is how a truncated document is detected.
 *
 * Every walk here is iterative: a document nested 100 000 deep must not overflow
 * the stack.
 */
import { load } from 'cheerio';
import { PermanentError } from '../pipeline/errors.js';

/** Real feeds nest a dozen levels; the parser slows badly on very deep documents. */
export const MAX_XML_DEPTH = 512;

/** The part of a domhandler node that feed parsing needs. */
export interface XmlNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: XmlNode[];
  startIndex?: number | null;
  endIndex?: number | null;
  parent?: XmlNode | null;
}

/** Parses text into a document node; positions are recorded for truncation checks. */
export function parseXmlDocument(text: string): XmlNode {
  const depth = maxTagDepth(text);
  if (depth > MAX_XML_DEPTH) {
    throw new PermanentError('PARSE_LIMIT_EXCEEDED', `XML nested deeper than ${MAX_XML_DEPTH}`, { context: { depth } });
  }
  const $ = load(text, { xml: { xmlMode: true, withStartIndices: true, withEndIndices: true } });
  return $.root()[0] as unknown as XmlNode;
}

/**
 * Nesting depth by a linear scan of tags, skipping CDATA and comments (where
 * unclosed HTML such as <br> is common). Stops counting once past the limit.
 */
function maxTagDepth(text: string): number {
  const tags = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<(\/?)[A-Za-z_][^>]*?(\/?)>/g;
  let depth = 0;
  let max = 0;
  for (let m = tags.exec(text); m !== null; m = tags.exec(text)) {
    if (m[1] === undefined) continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (m[2] !== '/') depth++;
    if (depth > max) max = depth;
    if (max > MAX_XML_DEPTH) break;
  }
  return max;
}

/** Lower-cased name without namespace prefix: 'dc:creator' → 'creator'. */
export function localName(node: XmlNode): string {
  const name = (node.name ?? '').toLowerCase();
  const colon = name.lastIndexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** Namespace prefix, lower-cased ('' when none). */
export function prefixOf(node: XmlNode): string {
  const name = (node.name ?? '').toLowerCase();
  const colon = name.lastIndexOf(':');
  return colon === -1 ? '' : name.slice(0, colon);
}

export function isElement(node: XmlNode): boolean {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function childElements(node: XmlNode): XmlNode[] {
  return (node.children ?? []).filter(isElement);
}

/** First child element with this local name (any prefix unless given). */
export function child(node: XmlNode, local: string, prefix?: string): XmlNode | undefined {
  return childElements(node).find((c) => localName(c) === local && (prefix === undefined || prefixOf(c) === prefix));
}

export function childrenNamed(node: XmlNode, local: string): XmlNode[] {
  return childElements(node).filter((c) => localName(c) === local);
}

/** Descendant elements with this local name, in document order. */
export function descendants(root: XmlNode, local: string): XmlNode[] {
  const found: XmlNode[] = [];
  const stack: XmlNode[] = [...(root.children ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (localName(node) === local) found.push(node);
    const kids = node.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return found;
}

/** Elements whose content is code, never text (in XHTML-typed Atom titles and the like). */
const NON_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template']);

/** Concatenated text and CDATA below a node, whitespace collapsed; script and style content left out. */
export function textOf(node: XmlNode | undefined): string {
  if (!node) return '';
  const parts: string[] = [];
  const stack: XmlNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text' && n.data !== undefined) parts.push(n.data);
    if (n !== node && isElement(n) && NON_TEXT_ELEMENTS.has(localName(n))) continue;
    const kids = n.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return decodeHtmlEntities(parts.join('')).replace(/\s+/g, ' ').trim();
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  return node?.attribs?.[name];
}

/**
 * A link resolved against the xml:base attributes in scope at `node` (XML Base:
 * each one relative to the one above it, the outermost to `documentUrl`).
 * Without any xml:base in scope the link is returned as written.
 */
export function resolveXmlBase(node: XmlNode, link: string, documentUrl: string): string {
  const bases: string[] = [];
  for (let n: XmlNode | null | undefined = node; n; n = n.parent) {
    const base = attr(n, 'xml:base');
    if (base !== undefined) bases.push(base.trim());
  }
  if (bases.length === 0 || link === '') return link;
  try {
    let base = documentUrl;
    for (let i = bases.length - 1; i >= 0; i--) base = new URL(bases[i]!, base).href;
    return new URL(link.trim(), base).href;
  } catch {
    return link;
  }
}

/**
 * True when the element ends with a real end tag (or is self-closing) in the
 * source, false when the parser closed it because the input stopped or was broken.
 */
export function isExplicitlyClosed(node: XmlNode, source: string): boolean {
  const end = node.endIndex;
  if (end === null || end === undefined || source[end] !== '>') return false;
  const lt = source.lastIndexOf('<', end);
  if (lt === -1) return false;
  const tag = source.slice(lt, end + 1);
  if (lt === node.startIndex) return tag.endsWith('/>');
  const m = /^<\/\s*([^\s>]+)\s*>$/.exec(tag);
  return m !== null && m[1]!.toLowerCase() === (node.name ?? '').toLowerCase();
}

/** XML mode decodes only XML's five entities; feeds often use HTML ones anyway. */
const HTML_ENTITIES: Record<string, string> = {
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  laquo: '\u00ab',
  raquo: '\u00bb',
  copy: '\u00a9',
};

function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([a-z]+);/g, (whole, name: string) => HTML_ENTITIES[name] ?? whole);
}
