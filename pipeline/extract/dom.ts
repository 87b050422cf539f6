/**
 * The small slice of the DOM the extract stage uses, typed structurally.
 * The project compiles without the DOM lib (pipeline code runs in Node), and
 * linkedom's own typings lean on it, so we name only what we call.
 */
import { parseHTML } from 'linkedom';

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  textContent: string | null;
  removeChild(child: DomNode): DomNode;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  /** The lower-case tag name of an HTML element. */
  readonly localName: string;
  readonly isConnected: boolean;
  readonly parentElement: DomElement | null;
  readonly children: ArrayLike<DomElement>;
  readonly nextElementSibling: DomElement | null;
  readonly firstElementChild: DomElement | null;
  readonly previousElementSibling: DomElement | null;
  readonly innerHTML: string;
  getAttribute(name: string): string | null;
  getAttributeNode(name: string): { readonly value: string } | null;
  hasAttribute(name: string): boolean;
  hasAttributes(): boolean;
  removeAttribute(name: string): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(tag: string): ArrayLike<DomElement>;
  contains(other: DomNode): boolean;
  closest(selector: string): DomElement | null;
  appendChild(child: DomNode): DomNode;
  remove(): void;
  replaceWith(node: DomNode): void;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  readonly head: DomElement | null;
  readonly title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(tag: string): ArrayLike<DomElement>;
  cloneNode(deep: boolean): DomDocument;
  createElement(tag: string): DomElement;
  createTreeWalker(root: DomNode, whatToShow: number): { nextNode(): DomNode | null };
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Parses a page with linkedom: no scripts run, no network, no layout. */
export function parseDocument(html: string): DomDocument {
  // linkedom throws on an empty string and yields no <body> without <html>.
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as DomDocument;
}

/**
 * A plain array of a node list, so callers may mutate the tree while iterating.
 * linkedom's lists (query results, childNodes, children) are fresh static
 * arrays on every call, but of a subclass of Array, on which filter, map and
 * slice build their result through the subclass's constructor: 10 to 100 times
 * slower than on an Array (a slice of a page's elements, 0.3 ms). They are
 * copied (a few ns an element); a plain array is used as it is.
 */
export function toArray<T>(list: ArrayLike<T>): T[] {
  if (Array.isArray(list) && list.constructor === Array) return list;
  const out: T[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i] as T);
  return out;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/**
 * Every element under `root` in document order, or only those whose tag is in
 * `tags`. One pass with the universal selector and a Set lookup: linkedom's
 * css-select tests a list of many tags ("h1,h2,...,em") selector by selector on
 * every element, which measured 4-5 times slower than this on dev-set pages.
 * (A walk by element links instead of the selector measured the same.)
 */
export function elementsOf(root: DomElement | DomDocument, tags?: ReadonlySet<string>): DomElement[] {
  const all = toArray(root.querySelectorAll('*'));
  return tags ? all.filter((el) => tags.has(el.localName)) : all;
}

/**
 * Elements of a page by tag, from the list of one walk (elementsOf): `byTag(tag)`
 * lists what `getElementsByTagName(tag)` would, in the same order. linkedom's
 * getElementsByTagName walks every node of the page, upper-casing the name of
 * each element it passes, and the untouched page was walked that way once per
 * tag read (meta, script, h1, article, p). The lists describe the page as it was
 * indexed: they are for reading it before anything is removed.
 */
export interface TagIndex {
  /** `tag` in lower case, as the parser writes tag names. */
  byTag(tag: string): readonly DomElement[];
}

const NO_ELEMENTS: readonly DomElement[] = [];

/**
 * Indexes `all`, every element of a page in order (elementsOf). That list, like
 * querySelectorAll, leaves out the contents of <template> elements, which
 * getElementsByTagName lists: they are added after their template, where they
 * stand in document order.
 */
export function indexTags(all: readonly DomElement[]): TagIndex {
  const buckets = new Map<string, DomElement[]>();
  const add = (list: readonly DomElement[]): void => {
    for (const el of list) {
      const tag = el.localName;
      const bucket = buckets.get(tag);
      if (bucket) bucket.push(el);
      else buckets.set(tag, [el]);
      if (tag === 'template') add(toArray(el.querySelectorAll('*')));
    }
  };
  add(all);
  return { byTag: (tag) => buckets.get(tag) ?? NO_ELEMENTS };
}

/** A page's elements from one walk: in document order (elementsOf), and by tag. */
export interface PageElements {
  all: readonly DomElement[];
  tags: TagIndex;
}

export function pageElements(doc: DomDocument): PageElements {
  const all = elementsOf(doc);
  return { all, tags: indexTags(all) };
}

/**
 * The class attribute as `getAttribute('class')` gives it ('' when there is
 * none). linkedom answers that by joining the element's classList, a Set it
 * builds on first use, which made class reads the largest cost of the walks
 * over every element. Its parser stores the attribute in that same joined form
 * (patches/linkedom*.patch: without building the classList), and its own
 * selector engine reads the node's value too. Holds while nothing rewrites the
 * class attribute, which the extract stage never does.
 */
export function classOf(el: DomElement): string {
  return el.getAttributeNode('class')?.value ?? '';
}

/**
 * Whitespace-normalised text: runs of any white space (and zero-width spaces)
 * become one space. Only what changes is matched (a run of two or more, or one
 * character other than a plain space), so the single spaces between words cost
 * no replacement: 3x faster on page text than replacing every run, same output.
 */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u200b]{2,}|[^\S ]|\u200b/g, ' ').trim();
}

/** Normalised text of an element or node. */
export function textOf(node: DomNode | null | undefined): string {
  return node ? normalizeSpace(node.textContent ?? '') : '';
}

/** Reads the normalised text of a node: textOf, or a DomTexts's memo of it. */
export type TextReader = (node: DomNode | null | undefined) => string;

/**
 * The normalised texts (textOf) of one document's elements, each read once
 * while the tree holds still: the content root, the guard of every removal and
 * the fast path each read the same paragraphs again, and building and
 * normalising those strings was the largest cost of the walks. Removing an
 * element changes the text of its ancestors only, and `remove` forgets theirs:
 * while a DomTexts is in use, every removal from its document goes through it
 * (nothing else the extractor does to the tree changes a text).
 */
export class DomTexts {
  private readonly texts = new Map<DomNode, string>();

  readonly read: TextReader = (node) => {
    if (!node) return '';
    let text = this.texts.get(node);
    if (text === undefined) {
      text = textOf(node);
      this.texts.set(node, text);
    }
    return text;
  };

  /** Takes `el` out of the tree, forgetting the texts it was part of. */
  remove(el: DomElement): void {
    for (let at = el.parentElement; at; at = at.parentElement) this.texts.delete(at);
    el.remove();
  }
}

/** Length of the text inside links under an element. */
export function linkTextLength(el: DomElement, read: TextReader = textOf): number {
  let total = 0;
  for (const a of toArray(el.getElementsByTagName('a'))) total += read(a).length;
  return total;
}

/** Share of an element's text that sits in links: 0 (none) to 1 (all). */
export function linkDensity(el: DomElement, read: TextReader = textOf): number {
  const length = read(el).length;
  return length === 0 ? 0 : Math.min(1, linkTextLength(el, read) / length);
}

/** The lower-cased tag name ('' for non-elements). */
export function tagOf(node: DomNode | null | undefined): string {
  if (!node || !isElement(node)) return '';
  // The parser writes names in lower case: such a name is its own answer, without linkedom
  // upper-casing it for tagName and this lower-casing it back (two new strings per call).
  const name = node.localName;
  return isLowerAscii(name) ? name : node.tagName.toLowerCase();
}

/** No upper-case letter, nothing outside ASCII: upper-casing and lower-casing give the name back. */
function isLowerAscii(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code > 127) return false;
  }
  return true;
}

/**
 * Non-white-space characters of every element, counted in one walk. A label's
 * normalised text is at least this long, so larger elements are skipped without
 * reading their text: reading each div's whole text made label search quadratic.
 * Children are followed by sibling links: linkedom builds a fresh array for every
 * childNodes read, which was most of the cost of this walk.
 */
export function solidTextSizes(root: DomElement): Map<DomNode, number> {
  const sizes = new Map<DomNode, number>();
  const visit = (node: DomNode): number => {
    if (node.nodeType === TEXT_NODE) return solidLength(node.textContent ?? '');
    let size = 0;
    for (let child = node.firstChild; child; child = child.nextSibling) size += visit(child);
    sizes.set(node, size);
    return size;
  };
  visit(root);
  return sizes;
}

const WHITE_SPACE = /\s/;

/**
 * text.replace(/\s+/g, '').length, counted without making the string: ASCII
 * letters and marks are solid, ASCII white space is not, and any other
 * character is asked of the regex (one test per non-ASCII character).
 */
function solidLength(text: string): number {
  let solid = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code < 127) solid++;
    else if (code >= 127 ? !WHITE_SPACE.test(text.charAt(i)) : code !== 32 && (code < 9 || code > 13)) solid++;
  }
  return solid;
}
