/**
 * Text sources tried when Readability returns nothing or too little: the
 * JSON-LD articleBody, the largest <article> element, then the element with
 * the most paragraph text. All read the pre-cleaned document.
 */
import { Readability } from '@mozilla/readability';
import { findContentRoot, paragraphChars } from './content-root.js';
import { toArray, type DomDocument, type DomElement } from './dom.js';
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
  try {
    const reader = new Readability<DomElement>(copy as never, { serializer: (node) => node as unknown as DomElement });
    const content = reader.parse()?.content;
    return content ? { method: 'readability', paragraphs: collectParagraphs(content) } : null;
  } catch {
    // Readability throws on some malformed trees; the fallbacks still run.
    return null;
  }
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
