/**
 * The cheap first pass: when one element plainly holds the story, its
 * paragraphs are the text and Readability is not run. Readability costs more
 * than the parse itself, and on most news pages it lands on this same element.
 *
 * Clear-cut means: after pre-cleaning, the content root (see content-root.ts)
 * holds nearly all the page's paragraph text, enough of it to be an article,
 * and little of its text is links. Anything less is ambiguous and goes to
 * Readability, which weighs siblings, classes and link density together.
 */
import { FAST_PATH_MAX_LINK_DENSITY, FAST_PATH_MIN_PARAGRAPHS, FAST_PATH_MIN_ROOT_SHARE, MIN_GOOD_TEXT_CHARS } from './constants.js';
import { findContentRoot, paragraphChars } from './content-root.js';
import { linkDensity, tagOf, type DomDocument } from './dom.js';
import type { Candidate } from './fallbacks.js';
import { collectParagraphs } from './paragraphs.js';

/** The content root's paragraphs when the root is clear-cut, else null (run Readability). */
export function clearCutCandidate(doc: DomDocument): Candidate | null {
  const { root, totalParagraphChars } = findContentRoot(doc);
  // The whole <body> as root means the page has no article container to trust.
  if (!root || tagOf(root) === 'body' || totalParagraphChars < MIN_GOOD_TEXT_CHARS) return null;
  if (paragraphChars(root) < totalParagraphChars * FAST_PATH_MIN_ROOT_SHARE) return null;
  if (linkDensity(root) > FAST_PATH_MAX_LINK_DENSITY) return null;
  const paragraphs = collectParagraphs(root);
  if (paragraphs.length < FAST_PATH_MIN_PARAGRAPHS) return null;
  return { method: 'root', paragraphs };
}
