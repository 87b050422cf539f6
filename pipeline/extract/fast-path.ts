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
import { FAST_PATH_MAX_LINK_DENSITY, FAST_PATH_MIN_PARAGRAPHS, FAST_PATH_MIN_ROOT_SHARE, MIN_GOOD_TEXT_CHARS, MIN_PARAGRAPH_CHARS } from './constants.js';
import { findContentRoot, paragraphChars } from './content-root.js';
import { classOf, linkDensity, tagOf, textOf, toArray, type DomDocument, type DomElement, type TextReader } from './dom.js';
import type { Candidate } from './fallbacks.js';
import { collectParagraphs, type Paragraph } from './paragraphs.js';

/** The content root's paragraphs when the root is clear-cut, else null (run Readability). `read`: the document's texts. */
export function clearCutCandidate(doc: DomDocument, read: TextReader = textOf): Candidate | null {
  const { root, totalParagraphChars } = findContentRoot(doc, doc.getElementsByTagName('p'), read);
  // The whole <body> as root means the page has no article container to trust.
  if (!root || tagOf(root) === 'body' || totalParagraphChars < MIN_GOOD_TEXT_CHARS) return null;
  if (paragraphChars(root, read) < totalParagraphChars * FAST_PATH_MIN_ROOT_SHARE) return null;
  if (linkDensity(root, read) > FAST_PATH_MAX_LINK_DENSITY) return null;
  const storyClass = paragraphClass(root, read);
  const paragraphs = storyClass
    ? [...earlierStoryParagraphs(doc, root, storyClass, read), ...collectParagraphs(root)]
    : withSiblingParagraphs(root, storyClass, read);
  if (paragraphs.length < FAST_PATH_MIN_PARAGRAPHS) return null;
  return { method: 'root', paragraphs };
}

/**
 * The paragraph-length <p> elements before the root that carry the class of
 * the story's own paragraphs (not ''), however far from it: templates print
 * the lead in a container of its own, sections away from the body, with an
 * ad row or a share bar between. A caption, a dek or a teaser is dressed
 * otherwise. Paragraphs after the root are not read: a next story loaded
 * below this one is dressed the same.
 */
function earlierStoryParagraphs(doc: DomDocument, root: DomElement, storyClass: string, read: TextReader): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of toArray(doc.getElementsByTagName('p'))) {
    if (root.contains(p)) break;
    if (classOf(p).trim() !== storyClass || read(p).length < MIN_PARAGRAPH_CHARS || linkDensity(p, read) > FAST_PATH_MAX_LINK_DENSITY) continue;
    out.push(...collectParagraphs(p));
  }
  return out;
}

/** How far up from the root siblings are looked at: a lead split off by a share bar or a player sits a level or two away. */
const SIBLING_LEVELS = 2;

/**
 * For story paragraphs without a class (or with several): the root's
 * paragraphs with the story paragraphs that templates print beside it: a lead
 * paragraph in a box of its own before the body, the body split in two around
 * a player or a share bar. Of the siblings of the root (and of its
 * parent) only <p> elements of paragraph length are taken, from siblings that
 * are not mostly links: a caption, a byline or a teaser list beside the story
 * holds no such paragraph.
 */
function withSiblingParagraphs(root: DomElement, storyClass: string | null, read: TextReader): Paragraph[] {
  let paragraphs = collectParagraphs(root);
  if (storyClass === null) return paragraphs;
  let inner: DomElement = root;
  for (let level = 0; level < SIBLING_LEVELS; level++) {
    const parent = inner.parentElement;
    if (!parent || tagOf(parent) === 'body' || tagOf(parent) === 'html') break;
    const before: Paragraph[] = [];
    for (const child of toArray(parent.children)) {
      if (child === inner) break;
      before.push(...storyParagraphsOf(child, storyClass, read));
    }
    paragraphs = [...before, ...paragraphs];
    inner = parent;
  }
  return paragraphs;
}

/** The class the story's own paragraphs carry ('' for none), or null when they carry several. */
function paragraphClass(root: DomElement, read: TextReader): string | null {
  const own = toArray(root.children).filter((el) => tagOf(el) === 'p');
  // A list article keeps each item's paragraph in the item's own block: the root holds them a level or more down.
  const ps = own.length > 0 ? own : toArray(root.getElementsByTagName('p'));
  const classes = new Set(ps.filter((el) => read(el).length >= MIN_PARAGRAPH_CHARS).map((el) => classOf(el).trim()));
  return classes.size === 1 ? ([...classes][0] ?? null) : null;
}

/**
 * The paragraph-length <p> elements of a sibling of the story that is not
 * mostly links, dressed as the story's paragraphs are (same class): a dek or
 * an editorial note before the story is dressed otherwise.
 */
function storyParagraphsOf(el: DomElement, storyClass: string, read: TextReader): Paragraph[] {
  const ps = tagOf(el) === 'p' ? [el] : toArray(el.getElementsByTagName('p'));
  const long = ps.filter((p) => read(p).length >= MIN_PARAGRAPH_CHARS && classOf(p).trim() === storyClass);
  if (long.length === 0 || linkDensity(el, read) > FAST_PATH_MAX_LINK_DENSITY) return [];
  return long.flatMap((p) => collectParagraphs(p));
}
