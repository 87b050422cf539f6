/**
 * Text sources tried when Readability returns nothing or too little: the
 * JSON-LD articleBody, the largest <article> element, then the element with
 * the most paragraph text. All read the pre-cleaned document.
 */
import { Readability } from '@mozilla/readability';
import { MAX_PARAGRAPH_LINK_DENSITY, MIN_PARAGRAPH_CHARS } from './constants.js';
import { findContentRoot, paragraphChars } from './content-root.js';
import { linkTextLength, textOf, toArray, type DomDocument, type DomElement, type DomNode, type TextReader } from './dom.js';
import { stringValue, type JsonObject } from './jsonld.js';
import { collectParagraphs, paragraphsFromText, type Paragraph } from './paragraphs.js';

/** Paragraphs from one extraction path, labelled for `method`. */
export interface Candidate {
  method: string;
  paragraphs: Paragraph[];
}

/** Runs Readability on a copy of the document; null when it finds no article. */
export function readabilityCandidate(doc: DomDocument): Candidate | null {
  // Readability mutates its input; the caller's document stays usable for fallbacks.
  const copy = doc.cloneNode(true);
  removeComments(copy);
  unwrapCitingParagraphs(copy);
  try {
    const reader = new Readability<DomElement>(copy as never, { serializer: (node) => node as unknown as DomElement });
    const content = reader.parse()?.content;
    return content ? { method: 'readability', paragraphs: collectParagraphs(content) } : null;
  } catch {
    // Readability throws on some malformed trees; the fallbacks still run.
    return null;
  }
}

/** Readability unwraps a block holding one paragraph only below this link density (its grabArticle). */
const READABILITY_UNWRAP_LINK_DENSITY = 0.2;
const WRAPPER_TAGS: ReadonlySet<string> = new Set(['div', 'section']);
const SENTENCE_CLOSE = /[.!?]["”’')\]]?$/;

/**
 * Lifts a paragraph out of the blocks that wrap it alone when it is a
 * sentence that cites a link or two. Readability drops any block of no class
 * weight whose text is over a fifth links ("Low weight and a little linky"),
 * and unwraps a one-paragraph block only under a quarter: publishing systems
 * that wrap each paragraph in its own <div> lose every paragraph that links
 * its sources ("At least <a>one Instagram user</a> is already mourning ...").
 * Lifted out, the paragraph is judged as a paragraph, here and by postclean's
 * link-list test. A paragraph mostly of links, or no sentence, stays wrapped.
 */
function unwrapCitingParagraphs(doc: DomDocument): void {
  for (const p of toArray(doc.getElementsByTagName('p'))) {
    if (p.firstElementChild === null) continue;
    let wrapper = p.parentElement;
    if (!wrapper || !WRAPPER_TAGS.has(wrapper.localName) || wrapper.children.length !== 1) continue;
    const text = textOf(p);
    if (text.length < MIN_PARAGRAPH_CHARS || !SENTENCE_CLOSE.test(text)) continue;
    const density = linkTextLength(p) / text.length;
    if (density <= READABILITY_UNWRAP_LINK_DENSITY || density > MAX_PARAGRAPH_LINK_DENSITY) continue;
    while (wrapper && WRAPPER_TAGS.has(wrapper.localName) && wrapper.children.length === 1 && textOf(wrapper).length === text.length) {
      const outer: DomElement | null = wrapper.parentElement;
      wrapper.replaceWith(p);
      wrapper = outer;
    }
  }
}

/** NodeFilter.SHOW_COMMENT: a tree walker that visits comment nodes only. */
const SHOW_COMMENT = 0x80;

/**
 * Drops the comment nodes of a document. Readability puts a <div>'s loose text
 * into paragraphs and ends a paragraph at any node that is not phrasing
 * content, comments included: the empty comments that server-rendered React
 * prints between text runs ("spreading <!-- -->rumours<!-- --> as part of")
 * cut one paragraph into a line per run.
 */
function removeComments(doc: DomDocument): void {
  const walker = doc.createTreeWalker(doc, SHOW_COMMENT);
  const comments: DomNode[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) comments.push(node);
  for (const node of comments) node.parentNode?.removeChild(node);
}

/** The JSON-LD articleBody, when the page's article object has one. */
export function jsonLdCandidate(article: JsonObject | undefined): Candidate | null {
  const body = stringValue(article?.articleBody);
  return body ? { method: 'jsonld', paragraphs: paragraphsFromText(body) } : null;
}

/** The <article> element with the most paragraph text. `read`: the document's texts. */
export function articleElementCandidate(doc: DomDocument, read: TextReader = textOf): Candidate | null {
  let best: DomElement | null = null;
  let bestChars = 0;
  for (const el of toArray(doc.getElementsByTagName('article'))) {
    const chars = paragraphChars(el, read);
    if (chars > bestChars) {
      best = el;
      bestChars = chars;
    }
  }
  return best ? { method: 'article', paragraphs: collectParagraphs(best) } : null;
}

/** The element that directly holds the most paragraph text. `read`: the document's texts. */
export function densityCandidate(doc: DomDocument, read: TextReader = textOf): Candidate | null {
  const { root } = findContentRoot(doc, doc.getElementsByTagName('p'), read);
  return root ? { method: 'density', paragraphs: collectParagraphs(root) } : null;
}
