/**
 * The dek (standfirst, subheadline): the one-sentence summary printed under
 * the headline, which the story's own paragraphs do not repeat. Pages declare
 * it as their meta description; it sits outside the body container, so the
 * content root and Readability both miss it.
 *
 * Invariant: a dek is taken only when an element of the page body shows the
 * meta description as its whole text, so a description written for search
 * engines alone never enters the text.
 */
import { DEK_MAX_CHARS, DEK_MIN_CHARS } from './constants.js';
import { normalizeSpace, textOf, TEXT_NODE, type DomDocument, type DomElement } from './dom.js';
import { metaContent } from './meta-tags.js';

/** How much of the description must open an element's first text before its whole text is compared. */
const DEK_PROBE_CHARS = 24;

/** Elements whose text is never a printed dek. */
const NOT_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'title', 'a', 'button', 'option', 'textarea']);

/**
 * The dek as printed on the page, or null. Reads the untouched document; `all`
 * is its elements in order (elementsOf). Only elements whose first child is a
 * text run opening like the description have their whole text read.
 */
export function findDek(doc: DomDocument, all: readonly DomElement[]): string | null {
  const description = normalizeSpace(metaContent(doc, ['og:description', 'description', 'twitter:description']) ?? '');
  if (description.length < DEK_MIN_CHARS || description.length > DEK_MAX_CHARS) return null;
  const body = doc.body;
  if (!body) return null;
  const probe = description.slice(0, DEK_PROBE_CHARS);
  for (const el of all) {
    const first = el.firstChild;
    if (first?.nodeType !== TEXT_NODE || NOT_TEXT.has(el.localName)) continue;
    if (!normalizeSpace(first.textContent ?? '').startsWith(probe)) continue;
    if (textOf(el) === description && body.contains(el) && el.closest('a') === null) return description;
  }
  return null;
}
