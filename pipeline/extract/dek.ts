/**
 * The dek (standfirst, subheadline): the one-sentence summary printed under
 * the headline, which the story's own paragraphs do not repeat. Pages declare
 * it as their meta description; it sits outside the body container, so the
 * content root and Readability both miss it.
 *
 * Invariant: a dek is taken only when an element of the page body shows the
 * meta description as its whole text, so a description written for search
 * engines alone never enters the text; or when the element printed right
 * after the headline names itself a dek ("sub-headline", "article-excerpt",
 * "standfirst") and reads as a sentence, not a link list.
 */
import { DEK_MAX_CHARS, DEK_MIN_CHARS } from './constants.js';
import { classOf, linkDensity, normalizeSpace, textOf, TEXT_NODE, toArray, type DomDocument, type DomElement } from './dom.js';
import { metaContent } from './meta-tags.js';

/** How much of the description must open an element's first text before its whole text is compared. */
const DEK_PROBE_CHARS = 24;

/** Elements whose text is never a printed dek. */
const NOT_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'title', 'a', 'button', 'option', 'textarea']);

/** What heads the story above its paragraphs: the dek and the summary points. */
export interface StoryHeads {
  dek: string | null;
  keyPoints: string[];
}

/**
 * The dek and the summary points of a page (the untouched document; `all` is
 * its elements in order, elementsOf; `lists` its <ul> and <ol> elements).
 */
export function findHeads(doc: DomDocument, all: readonly DomElement[], headline: DomElement | null = null, lists: readonly DomElement[] = []): StoryHeads {
  return { dek: describedDek(doc, all) ?? (headline ? dekAfter(headline) : null), keyPoints: findKeyPoints(lists) };
}

/**
 * The dek as the page's meta description states it, when an element of the
 * body prints it whole. Only each element's first text run is read on the
 * way, and an element's whole text only when that run opens like the description.
 */
function describedDek(doc: DomDocument, all: readonly DomElement[]): string | null {
  const description = normalizeSpace(metaContent(doc, ['og:description', 'description', 'twitter:description']) ?? '');
  if (description.length < DEK_MIN_CHARS || description.length > DEK_MAX_CHARS) return null;
  const body = doc.body;
  if (!body) return null;
  const probe = description.slice(0, DEK_PROBE_CHARS);
  for (const el of all) {
    const first = el.firstChild;
    if (first?.nodeType !== TEXT_NODE || NOT_TEXT.has(el.localName)) continue;
    if (!opensWith(first.textContent ?? '', probe)) continue;
    if (textOf(el) === description && body.contains(el) && el.closest('a') === null) return description;
  }
  return null;
}

/** How much of a text run is normalised to compare its opening: far more than the probe, so white space cannot use it up. */
const OPENING_READ_CHARS = DEK_PROBE_CHARS * 8;

/**
 * normalizeSpace(text).startsWith(probe), normalising only the text's opening
 * when that is enough: the first text run of a paragraph is often the whole
 * paragraph. White space collapses where it stands, so the normalised opening
 * is the start of the normalised text; when white space uses up the opening,
 * the whole text is read.
 */
function opensWith(text: string, probe: string): boolean {
  if (text.length > OPENING_READ_CHARS) {
    const opening = normalizeSpace(text.slice(0, OPENING_READ_CHARS));
    if (opening.length >= probe.length) return opening.startsWith(probe);
  }
  return normalizeSpace(text).startsWith(probe);
}

/** The dek as printed on the page, or null (see findHeads). */
export function findDek(doc: DomDocument, all: readonly DomElement[], headline: DomElement | null = null): string | null {
  return findHeads(doc, all, headline).dek;
}

/** Class or id words of the line under a headline, as publishing systems name it. */
const DEK_NAME = /(^|[-_\s])(dek|deck|sub-?head|sub-?headline|sub-?heading|subtitle|standfirst|strapline|excerpt|summary|description)([-_\s]|$)/i;
/** A dek is read among this many elements after the headline (a kicker or a share bar may come between). */
const DEK_SIBLINGS = 2;
/** Mostly link text: a teaser or a topic list, not a dek. */
const DEK_MAX_LINK_DENSITY = 0.5;

function namesDek(el: DomElement): boolean {
  if (!el.hasAttributes()) return false;
  const names = `${classOf(el)} ${el.getAttribute('id') ?? ''}`.replace(/([a-z])([A-Z])/g, '$1 $2');
  return DEK_NAME.test(names);
}

/** Dek-length text of several words, mostly not links. */
function readsAsDek(el: DomElement): string | null {
  const text = textOf(el);
  if (text.length < DEK_MIN_CHARS || text.length > DEK_MAX_CHARS || !/\p{L}{3}/u.test(text)) return null;
  if (linkDensity(el) > DEK_MAX_LINK_DENSITY || !/\s/.test(text)) return null;
  return text;
}

/**
 * The dek printed right after the headline: among the next elements after the
 * <h1> (or after its wrapper, when the <h1> stands alone in one), one named as
 * a dek. Unnamed subheadings there are not taken: some pages print a second
 * headline or the first section's heading right under the <h1>.
 */
function dekAfter(headline: DomElement): string | null {
  let anchor: DomElement | null = headline;
  // "<div class=headline-wrap><h1>…</h1></div><p class=dek>": step out of a wrapper that holds only the headline.
  while (anchor && !anchor.nextElementSibling && anchor.parentElement && textOf(anchor.parentElement) === textOf(anchor)) anchor = anchor.parentElement;
  let el = anchor?.nextElementSibling ?? null;
  for (let i = 0; el && i < DEK_SIBLINGS; i++, el = el.nextElementSibling) {
    const named = namesDek(el) ? el : onlyChild(el);
    if (named && namesDek(named)) {
      const text = readsAsDek(named);
      if (text) return text;
    }
  }
  return null;
}

/** An element's first child element when it holds all its text: "<div><p class=dek>…</p></div>". */
function onlyChild(el: DomElement): DomElement | null {
  const child = toArray(el.children)[0];
  return child && textOf(child) === textOf(el) ? child : null;
}

/** Labels of the summary list some publishers print above the story ("Key Points", "Takeaways"). */
const KEY_POINTS_LABEL =
  /^(key points|key takeaways|takeaways|highlights|story highlights|in brief|at a glance|the gist|what you need to know|das wichtigste in kürze|en bref|l'essentiel|lo esencial|in het kort)$/i;
const KEY_POINTS_LABEL_MAX_CHARS = 40;
/** A summary list is short: a few sentences, each of dek length. */
const KEY_POINTS_MAX_ITEMS = 6;

/** The label sits before the list or before one of its wrappers, this many levels up at most. */
const KEY_POINTS_LEVELS = 4;

/**
 * The summary points a page prints under a "Key Points"-like label, in order,
 * or an empty list; `lists` are the page's <ul> and <ol> elements. Each point
 * is a sentence of dek length, mostly not links: a labelled list of links
 * ("Highlights" of other stories) is no summary.
 */
export function findKeyPoints(lists: readonly DomElement[]): string[] {
  for (const list of lists) {
    let el: DomElement | null = list;
    for (let level = 0; el && level < KEY_POINTS_LEVELS; level++, el = el.parentElement) {
      const label = el.previousElementSibling;
      if (!label) continue;
      if (!isKeyPointsLabel(label)) break;
      const items = toArray(list.getElementsByTagName('li'));
      const points = items.map(readsAsDek);
      return items.length > 0 && items.length <= KEY_POINTS_MAX_ITEMS && points.every((p) => p !== null) ? (points as string[]) : [];
    }
  }
  return [];
}

/** True when an element's whole text is a summary label; only its first text run is read unless that is one. */
function isKeyPointsLabel(el: DomElement): boolean {
  const first = el.firstChild;
  if (first?.nodeType !== TEXT_NODE) return false;
  const run = first.textContent ?? '';
  if (run.length > KEY_POINTS_LABEL_MAX_CHARS * 2) return false;
  const label = normalizeSpace(run).replace(/[:.]$/, '');
  return label.length <= KEY_POINTS_LABEL_MAX_CHARS && KEY_POINTS_LABEL.test(label) && textOf(el).replace(/[:.]$/, '') === label;
}
