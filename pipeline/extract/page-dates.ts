/**
 * The last reading of a publication day, for pages that state none in their
 * metadata, in the headline's own block or in their URL (blogs whose <h1> is
 * the site's name, pages that print the date under the story or in a side
 * column): the date line nearest after the headline anywhere in the page,
 * else the nearest before it. Other stories' days are not read: lines inside
 * links, navigation, asides, footers, comment threads and related-story
 * widgets are skipped, and so are teaser cards (a date line whose close
 * container holds a headline-sized link) and the masthead's "today" (a
 * header outside the story's <article> or <main>).
 */
import { attributeDay, BYLINE_WORD, dateLedDay, isNamedDate, publishedDaysOf, updatedDayOf, updatedLineDay } from './date-lines.js';
import type { NumericOrder } from './day-text.js';
import { relativeDay } from './date-relative.js';
import { TEXT_NODE, tagOf, textOf, type DomElement } from './dom.js';

/** Containers of other stories' and the site's dates. */
const NOT_CONTENT_TAGS: ReadonlySet<string> = new Set(['a', 'nav', 'aside', 'footer', 'select', 'option']);
/**
 * Class or id words of comment threads, related-story lists, widgets and
 * navigation bars (with the masthead's "today"), whose dates are not the story's.
 */
const NOT_CONTENT_CLASS =
  /(^|[-_\s])(comments?|related|recommended|sidebar|widget|teaser|promo|more|trending|popular|card|cards|nav|navbar|navigation|menu)([-_\s]|$)/i;
/** A header is the site's masthead (with today's date) unless it is inside the story's <article> or <main>. */
const HEADER_CLASS = /(^|[-_\s])(header|masthead|topbar)([-_\s]|$)/i;
/** Class or id words of an element that prints the last modification. */
const MODIFIED_NAME = /(^|[-_\s])(updated|modified|update|lastmod)([-_\s]|$)/i;
const STORY_TAGS: ReadonlySet<string> = new Set(['article', 'main']);
const PAGE_TAGS: ReadonlySet<string> = new Set(['body', 'html']);
/** A date label ("Published 5 March 2024 at 14:45 CET") is at most this long. */
const MAX_DATE_TEXT_CHARS = 120;
/** A teaser card: within this many ancestors of the date line, a link with a headline's length. */
const CARD_LEVELS = 3;
const MIN_HEADLINE_LINK_CHARS = 30;
/** A teaser card holds a headline, a dek and a byline: well under this much text. */
const MAX_CARD_CHARS = 600;

function namesOf(el: DomElement): string {
  return el.hasAttributes() ? `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}` : '';
}

function isOutsideContent(el: DomElement, headline: DomElement | null): boolean {
  let inHeader = false;
  for (let node: DomElement | null = el; node; node = node.parentElement) {
    // Up to the block it shares with the headline: what holds both is no teaser, and a header
    // in it is the story's, unless all they share is the page (then it is the masthead).
    const tag = tagOf(node);
    if (headline && node.contains(headline)) return inHeader && PAGE_TAGS.has(tag);
    if (STORY_TAGS.has(tag)) inHeader = false;
    const names = namesOf(node);
    // A link that is the date itself ("Posted on <a href=permalink><time>...") is the story's own.
    const dateLink = tag === 'a' && isDateLink(node, el);
    if ((NOT_CONTENT_TAGS.has(tag) && !dateLink) || NOT_CONTENT_CLASS.test(names)) return true;
    if (tag === 'header' || HEADER_CLASS.test(names)) inHeader = true;
  }
  return inHeader;
}

/**
 * True when a link holds nothing but dates: the permalink around the story's
 * own time, which may hold its update's time too ("<a rel=bookmark><time>1
 * month ago</time><time class=updated>...</time></a>").
 */
function isDateLink(link: DomElement, date: DomElement): boolean {
  const text = textOf(link);
  if (text === textOf(date)) return true;
  const times = link.getElementsByTagName('time');
  return times.length > 1 && text.replace(/\s/g, '') === Array.from(times, (t) => textOf(t).replace(/\s/g, '')).join('');
}

/** The length of a link's own words, without scripts inside it (widgets write their code into links). */
function linkTextLength(link: DomElement): number {
  let length = textOf(link).length;
  if (length < MIN_HEADLINE_LINK_CHARS) return length;
  for (const script of Array.from(link.getElementsByTagName('script'))) length -= textOf(script).length;
  return length;
}

function isInTeaserCard(el: DomElement, headline: DomElement | null): boolean {
  const levels: DomElement[] = [];
  for (let node = el.parentElement; node && levels.length <= CARD_LEVELS; node = node.parentElement) levels.push(node);
  // A block (not the page) within one level above the card's holds the headline: the date is in
  // the story's own header or byline block, which may hold boilerplate links ("Our editorial process").
  const shared = headline ? levels.find((node) => node.contains(headline)) : undefined;
  if (shared && !PAGE_TAGS.has(tagOf(shared))) return false;
  for (const node of levels.slice(0, CARD_LEVELS)) {
    if (node === shared) return false;
    // A card is small: a block with a story's worth of text is the story (or a page of them).
    if (textOf(node).length > MAX_CARD_CHARS) return false;
    for (const link of Array.from(node.getElementsByTagName('a'))) if (linkTextLength(link) >= MIN_HEADLINE_LINK_CHARS) return true;
  }
  return false;
}

/** True when a date element is the story's own: not in links, navigation, mastheads, widgets or teaser cards. */
export function isStoryDateElement(el: DomElement, headline: DomElement | null): boolean {
  return !isOutsideContent(el, headline) && !isInTeaserCard(el, headline);
}

/** Which day a date line is read for: its publication, or (the last resort) its update. */
export type LineKind = 'published' | 'updated';

/** The day of a date line: a <time> or an element named as a date, with a label-sized text, in the story's content. */
function lineDay(el: DomElement, order: NumericOrder, headline: DomElement | null, kind: LineKind, fetchedAtMs?: number): string | null {
  if (tagOf(el) !== 'time' && !(el.hasAttributes() && (el.getAttribute('itemprop') === 'datePublished' || isNamedDate(el)))) {
    return kind === 'published' ? metaLineDay(el, order, headline) : null;
  }
  // An element marked as the modification ("dateModified", class "date-modified") states no publication, only an update.
  const markedModified = el.hasAttributes() && (el.getAttribute('itemprop') === 'dateModified' || MODIFIED_NAME.test(namesOf(el)));
  if (kind === 'published' && markedModified) return null;
  const text = textOf(el);
  if (text.length > MAX_DATE_TEXT_CHARS) return null;
  const fromText = /\d/.test(text)
    ? kind === 'published' || markedModified
      ? publishedDaysOf(text, order)[0]
      : (updatedDayOf(text, order) ?? undefined)
    : undefined;
  // An empty slot a script fills, or a relative time ("3 hours ago"), states its day in an attribute.
  const fromAttribute = kind === 'published' ? (attributeDay(el, true) ?? undefined) : undefined;
  // "3 hours ago" with no datetime behind it: read against the fetch time, when it is known.
  const day = fromText ?? fromAttribute ?? (kind === 'published' && fetchedAtMs !== undefined ? (relativeDay(text, fetchedAtMs) ?? undefined) : undefined);
  if (day === undefined || !isStoryDateElement(el, headline)) return null;
  return day;
}

/** Class words of a story's meta block (author, date, reading time): "article-meta-item", "entry-meta". */
const META_NAME = /(^|[-_\s])meta([-_\s]|$)/i;

/**
 * The day of an element of a meta block whose text is a date line: the date
 * first, or a byline ending in it ("Dec 22, 2023", "By Ann Lee · Dec 22, 2023");
 * prose or tags in such a block state no day.
 */
function metaLineDay(el: DomElement, order: NumericOrder, headline: DomElement | null): string | null {
  if (!el.hasAttributes() || !META_NAME.test(namesOf(el))) return null;
  const text = textOf(el);
  if (text.length > MAX_DATE_TEXT_CHARS || !/\d/.test(text)) return null;
  const day = dateLedDay(text, undefined, order);
  return day && isStoryDateElement(el, headline) ? day : null;
}

/**
 * The date line nearest after the headline (`headline`, null when the page
 * has none: from the top), else nearest before it; `all`: the page's
 * elements in order. Lines named as dates first, then bylines that end in a
 * day ("By Ann Lee | August 21, 2023" set apart from the headline). Null when
 * the page prints none. With `kind` 'updated', the day after an "Updated"
 * label, named or (near the headline) not: a page that tells its readers only
 * when it was last changed was published by then. `fetchedAtMs`, when known,
 * reads a relative time ("3 hours ago") as a day (date-relative.ts).
 */
export function pageDateLineDay(
  all: readonly DomElement[],
  headline: DomElement | null,
  order: NumericOrder,
  kind: LineKind = 'published',
  fetchedAtMs?: number,
): string | null {
  const at = headline ? all.indexOf(headline) : -1;
  const nearest = (read: (el: DomElement) => string | null): string | null => {
    for (let i = at + 1; i < all.length; i++) {
      const day = read(all[i]!);
      if (day) return day;
    }
    for (let i = at - 1; i >= 0; i--) {
      const day = read(all[i]!);
      if (day) return day;
    }
    return null;
  };
  const named = nearest((el) => lineDay(el, order, headline, kind, fetchedAtMs));
  if (named) return named;
  return kind === 'published' ? nearest((el) => bylineDay(el, order, headline)) : updatedLineDay(headline, order);
}

/** A byline's block is at most this many levels above the element its "By" opens. */
const BYLINE_LEVELS = 2;

/** The day a byline ends with, for the element whose own text opens with "By" (or the word of another language). */
function bylineDay(el: DomElement, order: NumericOrder, headline: DomElement | null): string | null {
  const first = el.firstChild;
  if (first?.nodeType !== TEXT_NODE || !BYLINE_WORD.test(first.textContent ?? '')) return null;
  let node: DomElement | null = el;
  for (let level = 0; node && level <= BYLINE_LEVELS; level++, node = node.parentElement) {
    const text = textOf(node);
    if (text.length > MAX_DATE_TEXT_CHARS) return null;
    const day = dateLedDay(text, undefined, order);
    if (day) return isStoryDateElement(node, headline) ? day : null;
  }
  return null;
}
