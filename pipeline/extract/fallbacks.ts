/**
 * Text sources tried when Readability returns nothing or too little: the
 * JSON-LD articleBody, the largest <article> element, then the element with
 * the most paragraph text. All read the pre-cleaned document.
 */
import { Readability } from '@mozilla/readability';
import { findContentRoot, paragraphChars } from './content-root.js';
import { toArray, type DomDocument, type DomElement, type DomNode } from './dom.js';
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
  try {
    const reader = new Readability<DomElement>(copy as never, { serializer: (node) => node as unknown as DomElement });
    const content = reader.parse()?.content;
    return content ? { method: 'readability', paragraphs: collectParagraphs(content) } : null;
  } catch {
    // Readability throws on some malformed trees; the fallbacks still run.
    return null;
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

/** The <article> element with the most paragraph text. */
export function articleElementCandidate(doc: DomDocument): Candidate | null {
  let best: DomElement | null = null;
  let bestChars = 0;
  for (const el of toArray(doc.getElementsByTagName('article'))) {
    const chars = paragraphChars(el);
    if (chars > bestChars) {
      best = el;
      bestChars = chars;
    }
  }
  return best ? { method: 'article', paragraphs: collectParagraphs(best) } : null;
}

/** The element that directly holds the most paragraph text. */
export function densityCandidate(doc: DomDocument): Candidate | null {
  const { root } = findContentRoot(doc);
  return root ? { method: 'density', paragraphs: collectParagraphs(root) } : null;
}
