/**
 * Turns an element into paragraphs: runs of inline text between block
 * boundaries, each with its link-text length so later rules can judge it.
 */
import { isElement, normalizeSpace, tagOf, toArray, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

/** One block of text found in the content. */
export interface Paragraph {
  text: string;
  /** Characters of `text` that sit inside links. */
  linkChars: number;
  /** Links that hold some of `text`: prose cites several, a teaser is one. Absent: not counted (plain text). */
  links?: number;
  /** Host names of its links' targets, lower-cased, '' for a relative or in-page link. Absent: not read (plain text). */
  linkHosts?: readonly string[];
  /** Tag of the block that holds the text: 'p', 'h2', 'li', 'div', ... */
  tag: string;
  /** Inside a table cell, in a block of its own or not ("<td><p>700 HP</p></td>"). Absent: not known (plain text). */
  inCell?: boolean;
  /** Held straight by a table cell alone in its row: a layout box rather than a grid's cell. */
  layoutCell?: boolean;
}

/** Elements that hold paragraphs of their own (also where a flattened subtree is cut: limits.ts). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'address',
  'details',
  'summary',
  'center',
]);

/** Elements whose text never belongs to an article body. Media elements included: their text is the fallback for browsers that cannot play them ("Your browser does not support…"). */
const SKIP_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'audio', 'video']);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The host of an absolute or protocol-relative http(s) link. */
const ABSOLUTE_HOST = /^\s*(?:https?:)?\/\/([^/?#:\s]+)/i;

const NO_HOSTS: readonly string[] = [];

class Collector {
  readonly out: Paragraph[] = [];
  private parts: string[] = [];
  private linkChars = 0;
  private links = 0;
  /** Null until the paragraph has a link: most paragraphs have none, and an array each would be garbage. */
  private linkHosts: string[] | null = null;

  add(text: string, inLink: boolean): void {
    this.parts.push(text);
    if (inLink) this.linkChars += normalizeSpace(text).length;
  }

  enterLink(href: string | null): void {
    this.links++;
    (this.linkHosts ??= []).push(ABSOLUTE_HOST.exec(href ?? '')?.[1]?.toLowerCase() ?? '');
  }

  flush(tag: string, inCell: boolean, layoutCell = false): void {
    const text = normalizeSpace(this.parts.join(''));
    if (text) {
      const p: Paragraph = { text, linkChars: Math.min(this.linkChars, text.length), tag, links: this.links, linkHosts: this.linkHosts ?? NO_HOSTS, inCell };
      if (layoutCell) p.layoutCell = true;
      this.out.push(p);
    }
    this.parts = [];
    this.linkChars = 0;
    this.links = 0;
    this.linkHosts = null;
  }
}

const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

/**
 * A link inside a heading to a place on the same page ("<h2 id="faq"><a
 * href="#faq">FAQ</a></h2>"): the heading's own permalink anchor, which many
 * templates wrap around every subheading. It leads nowhere else, so its text
 * is the heading's, not a link's; a table of contents, whose links wrap the
 * headings from outside or sets several in one heading, still reads as links.
 */
function isHeadingAnchor(a: DomElement, blockTag: string): boolean {
  if (!HEADING_TAGS.has(blockTag) || !(a.getAttribute('href')?.startsWith('#') ?? false)) return false;
  // One anchor, the heading's own: several in one heading are a table of contents set as a heading.
  const heading = a.closest(blockTag);
  return heading !== null && heading.getElementsByTagName('a').length === 1;
}

function walk(node: DomNode, c: Collector, blockTag: string, inLink: boolean, inCell: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      c.add(child.textContent ?? '', inLink);
      continue;
    }
    if (!isElement(child)) continue;
    const tag = tagOf(child);
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'br') {
      c.flush(blockTag, inCell);
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      c.flush(blockTag, inCell);
      const childInCell = inCell || CELL_TAGS.has(tag);
      walk(child, c, tag, inLink, childInCell);
      c.flush(tag, childInCell, CELL_TAGS.has(tag) && isLayoutCell(child));
    } else {
      const link = tag === 'a' && !inLink && !isHeadingAnchor(child, blockTag);
      if (link) c.enterLink(child.getAttribute('href'));
      walk(child, c, blockTag, inLink || link, inCell);
    }
  }
}

/**
 * A table cell that is the only cell of its row: pages laid out with tables hold
 * their text in such boxes, where a grid of data (specs, schedules, a review's
 * scores) sets two cells or more side by side.
 */
function isLayoutCell(cell: DomElement): boolean {
  const row = cell.parentElement;
  if (!row || tagOf(row) !== 'tr') return false;
  for (const sibling of toArray(row.children)) if (sibling !== cell && CELL_TAGS.has(tagOf(sibling))) return false;
  return true;
}

function withinCell(el: DomElement): boolean {
  for (let at: DomElement | null = el; at; at = at.parentElement) if (CELL_TAGS.has(tagOf(at))) return true;
  return false;
}

/** Paragraphs of an element in document order. */
export function collectParagraphs(root: DomElement): Paragraph[] {
  const c = new Collector();
  const tag = tagOf(root) || 'div';
  const inCell = withinCell(root);
  walk(root, c, tag, false, inCell);
  c.flush(tag, inCell);
  return c.out;
}

/**
 * WordPress shortcodes left in a JSON-LD articleBody ('[ami-related id="3469793" url="..."]',
 * '[/caption]'): widget markup, never prose. A bracketed word without attributes
 * ("[sic]", "[1]") is not one.
 */
const SHORTCODE = /\[\/?[a-z][\w-]*(\s+[\w-]+=("[^"]*"|'[^']*'|[^\s\]]*))+\s*\/?\]|\[\/[a-z][\w-]*\]/gi;

/** Paragraphs from plain text (JSON-LD articleBody): split on blank lines, or on single newlines when there are none. */
export function paragraphsFromText(text: string): Paragraph[] {
  const cleaned = text
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(SHORTCODE, ' ');
  const blocks = /\n\s*\n/.test(cleaned) ? cleaned.split(/\n\s*\n/) : cleaned.split(/\n/);
  return blocks
    .map((b) => normalizeSpace(b))
    .filter(Boolean)
    .map((t) => ({ text: t, linkChars: 0, tag: 'p' }));
}
