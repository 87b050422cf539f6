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
import { normalizeSpace, solidTextSizes, textOf, type DomDocument, type DomElement } from './dom.js';
import { metaContent } from './meta-tags.js';

/** Elements whose text is never a printed dek. */
const NOT_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'title', 'meta', 'a', 'button', 'option']);

/** How much of the description must appear in the raw body before the tree is searched. */
const DEK_PROBE_CHARS = 24;

/** The dek as printed on the page, or null. Reads the untouched document. */
export function findDek(doc: DomDocument, html: string): string | null {
  const description = normalizeSpace(metaContent(doc, ['og:description', 'description', 'twitter:description']) ?? '');
  if (description.length < DEK_MIN_CHARS || description.length > DEK_MAX_CHARS) return null;
  const body = doc.body;
  // Cheap gate: the opening words must occur in the raw page after <body>.
  const bodyAt = html.search(/<body[\s>]/i);
  const probe = description.slice(0, DEK_PROBE_CHARS);
  if (bodyAt < 0 || !body || !/^[\p{L}\p{N} ,]+$/u.test(probe) || html.indexOf(probe, bodyAt) < 0) return null;
  const solid = description.replace(/\s+/g, '').length;
  const sizes = solidTextSizes(body);
  for (const [node, size] of sizes) {
    if (size !== solid || node === body) continue;
    const el = node as DomElement;
    if (NOT_TEXT.has(el.localName) || el.closest('a,script,noscript,template') !== null) continue;
    if (textOf(el) === description) return description;
  }
  return null;
}
