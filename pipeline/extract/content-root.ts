/**
 * Finds the element that holds most of the page's paragraph text. Cleaning
 * never removes it or its ancestors: a page whose <body> or <article> carries a
 * class like "has-sidebar" or "post-with-comments" must keep its story.
 */
import { MIN_PARAGRAPH_CHARS } from './constants.js';
import { textOf, toArray, type DomDocument, type DomElement, type TextReader } from './dom.js';

export interface ContentRoot {
  /** The best paragraph parent, or null when the page has no real paragraphs. */
  root: DomElement | null;
  /** The root and all its ancestors. */
  protectedSet: ReadonlySet<DomElement>;
  /** Characters of paragraph text on the whole page. */
  totalParagraphChars: number;
}

/**
 * Scores each paragraph's parent with its length and the grandparent with half
 * of it. `paragraphs`: the document's <p> elements in order, when the caller has them.
 */
export function findContentRoot(doc: DomDocument, paragraphs: ArrayLike<DomElement> = doc.getElementsByTagName('p'), read: TextReader = textOf): ContentRoot {
  const scores = new Map<DomElement, number>();
  let total = 0;
  for (const p of toArray(paragraphs)) {
    const length = read(p).length;
    if (length < MIN_PARAGRAPH_CHARS) continue;
    total += length;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
  }
  let root: DomElement | null = null;
  let best = 0;
  for (const [el, score] of scores) {
    if (score > best) {
      best = score;
      root = el;
    }
  }
  const protectedSet = new Set<DomElement>();
  for (let el = root; el; el = el.parentElement) protectedSet.add(el);
  return { root, protectedSet, totalParagraphChars: total };
}

/** Characters of paragraph text inside an element. */
export function paragraphChars(el: DomElement, read: TextReader = textOf): number {
  let total = 0;
  for (const p of toArray(el.getElementsByTagName('p'))) {
    const length = read(p).length;
    if (length >= MIN_PARAGRAPH_CHARS) total += length;
  }
  return total;
}
