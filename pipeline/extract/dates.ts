/**
 * Publication dates. Structured dates (meta tags, JSON-LD) are often written
 * in UTC, which moves an evening story to the next day, and some templates
 * carry a broken or stale value. The date printed under the headline is the
 * day the publisher states to its readers, in its own time zone, so it wins
 * when it disagrees with the structured one; the day in a dated URL
 * (/2023/12/22/) is the next best statement of it.
 *
 * Invariant: a date is never invented. A visible date is read only near the
 * headline, from a <time> element or an element named as a date, or, where the
 * headline's block names none, from a short line that opens with the date
 * ("Dec 20, 2023 · 6 min read") or is a byline ending in one ("By Ann Lee |
 * February 28, 2023"); and only when the text names a month (or its number in
 * ISO form), a day and a year.
 */
import { MONTH_NAME_PATTERN, epochMillisOf, formatDateParts, monthOf, parseDate } from './date-parse.js';
import { daysFromText, findDay, validDay, type NumericOrder } from './day-text.js';
import { classOf, elementsOf, tagOf, textOf, toArray, type DomDocument, type DomElement } from './dom.js';
import { stringValue, type JsonObject } from './jsonld.js';
import { metaContent } from './meta-tags.js';
import { headlineAgrees } from './title.js';

export { dayFromText, numericOrderOf } from './day-text.js';

/** The byline block is searched from the headline up through this many ancestors. */
const MAX_HEADLINE_LEVELS = 5;
/**
 * Unnamed date lines are read only this close to the headline (itself, its
 * parent and grandparent), and only under a headline that agrees with the
 * title: further up they are teasers' dates and the masthead's "today".
 */
const UNNAMED_LINE_LEVELS = 3;
/** A date label ("Published Dec. 22, 2023, 10:22 PM EST") is at most this long. */
const MAX_DATE_TEXT_CHARS = 120;
/** Class or id words of elements that print the date. */
const DATE_CLASS = /(^|[-_\s])(date|dateline|time|timestamp|published|pubdate|posted|publish)([-_\s]|$)/i;
/**
 * An unnamed date line: the date first (after a weekday or a "Published" label),
 * or last in a byline ("By Ann Lee | February 28, 2023"), with at most this much
 * text after it ("· 6 min read", "10:20 PM EST").
 */
const DATE_LED = /^((published|posted)( on)?:?\s*)?((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$/i;
const BYLINE_LED = /^by\s+[^\d]{2,60}?\s*[|·•,\-–—]?\s*(on\s+)?$/i;
const MAX_AFTER_DATE_CHARS = 40;
/** A reading time ("6 min read") sits in elements named "read-time": without a day it is a duration, not a date line. */
const READING_TIME = /\b\d+\s*(min|mins|minutes?)\.?(\s+read(ing)?)?$/i;
/** Captions and link teasers carry other days: an unnamed date line is never inside these. */
const NOT_DATE_LINE_TAGS: ReadonlySet<string> = new Set(['figure', 'figcaption', 'a', 'p', 'blockquote', 'li', 'h1']);
/** Teasers' headings may open with a day ("December 22, 2023: Wordle answer"): a heading is a date line only when it is the date alone. */
const SUBHEADING_TAGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const PAGE_TAGS: ReadonlySet<string> = new Set(['body', 'html']);
/** A visible date only about an update is not the publication date (English, German, French, Spanish, Italian, Portuguese, Dutch). */
const UPDATED_LABEL = /(updated|modified|aktualisiert|geändert|mis à jour|modifié|actualizado|aggiornato|atualizado|bijgewerkt)/i;
const PUBLISHED_LABEL = /(published|posted|veröffentlicht|erschienen|publié|publicado|pubblicato|gepubliceerd)/i;

const PUBLISHED_META = [
  'article:published_time',
  'article:published',
  'og:article:published_time',
  'og:published_time',
  'published_time',
  'datePublished',
  'date_published',
  'pubdate',
  'pub_date',
  'publishdate',
  'publish_date',
  'publish-date',
  'publication_date',
  'publication-date',
  'article.published',
  'article_date_original',
  'original-publish-date',
  'cxenseparse:recs:publishtime',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date.created',
  'dcterms.issued',
  'dcterms.created',
  'dcterms.date',
  'dc.date',
  'citation_publication_date',
  'citation_date',
  'date',
  'dateCreated',
  'displaydate',
  // Names seen on the open web less often (listed by htmldate and newspaper4k).
  'article.created',
  'article_date',
  'bt:pubdate',
  'dateposted',
  'dc.date.publication',
  'dc.created',
  'dc:created',
  'dc:date',
  'dcsext.articlefirstpublished',
  'doc_date',
  'mediator_published_time',
  'originalpublicationdate',
  'pdate',
  'ptime',
  'published-date',
  'published_date',
  'rbpubdate',
  'rnews:datepublished',
  'shareaholic:article_published_time',
  'twt-published-at',
  'vr:published_time',
  'video:release_date',
];
const MODIFIED_META = [
  'article:modified_time',
  'og:article:modified_time',
  'og:updated_time',
  'modified_time',
  'dateModified',
  'date_modified',
  'article.updated',
  'last-modified',
  'dcterms.modified',
  'dc.date.modified',
  'dc:modified',
  'lastmod',
  'article:modified',
  'shareaholic:article_modified_time',
];
/** JSON-LD keys of the publication date, best first: videos and galleries state only upload or creation. */
const PUBLISHED_LD_KEYS = ['datePublished', 'dateCreated', 'uploadDate'];
const MODIFIED_LD_KEYS = ['dateModified'];
/** The web's first news sites; an earlier "publication date" is a template's placeholder. */
const MIN_PUBLICATION_YEAR = 1995;
/** Clocks and zones differ: a date up to a day after the fetch is still plausible. */
const FUTURE_SKEW_MS = 86_400_000;
/** "2023-12-22": an ISO value this long is a bare day. */
const DAY_CHARS = 10;
/** Seconds or milliseconds since the epoch, as some JSON-LD and meta tags give them. */
const EPOCH_NUMBER = /^(\d{10}|\d{13})$/;

/** A month's name in any language date-parse.ts reads, as a whole word (URL paths: /2023/dec/21/). */
const MONTH = `(?<!\\p{L})(${MONTH_NAME_PATTERN})(?!\\p{L})\\.?`;
/** A calendar day in a story URL: /2023/12/22/ or /2023-12-22-slug. */
const URL_DAY = /\/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$)/;
/** The same with the month's name: /2023/dec/21/. */
const URL_NAMED_DAY = new RegExp(`/((?:19|20)\\d\\d)/${MONTH}/(\\d{1,2})(?=[/-]|$)`, 'u');
/** The compact form: /20231222/ or /20231222-slug. */
const URL_COMPACT_DAY = /\/((?:19|20)\d\d)(\d\d)(\d\d)(?=[/_.-]|$)/;

/** The calendar day in a dated story URL, if any. */
export function dayFromUrl(url: string): string | null {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DAY.exec(path);
  if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  const compact = URL_COMPACT_DAY.exec(path);
  if (compact) return validDay(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const named = URL_NAMED_DAY.exec(path.toLowerCase());
  return named ? validDay(Number(named[1]), monthOf(named[2] ?? '') ?? 0, Number(named[3])) : null;
}

/**
 * A page's date value as strict ISO 8601: a timestamp with its offset, or the
 * bare day when the page gives no time or no zone (the stated day is the fact;
 * no zone shift is guessed). Null when it is no date, an impossible one, or an
 * implausible one: before MIN_PUBLICATION_YEAR or more than a day after the
 * fetch (`fetchedAtMs`, when known). Never the page's raw string.
 */
export function normalizeDate(value: string | null | undefined, fetchedAtMs?: number): string | null {
  const text = value?.trim();
  if (!text) return null;
  const iso = EPOCH_NUMBER.test(text) ? fromEpoch(Number(text)) : parseDate(text, { zoneless: 'day' });
  if (iso === null || Number(iso.slice(0, 4)) < MIN_PUBLICATION_YEAR) return null;
  if (fetchedAtMs !== undefined && epochMillisOf(iso) > fetchedAtMs + FUTURE_SKEW_MS) return null;
  return iso;
}

function fromEpoch(n: number): string | null {
  const ms = n < 1e12 ? n * 1000 : n;
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return null;
  const millis = d.getUTCMilliseconds();
  const time = { hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), fraction: millis === 0 ? '' : String(millis).padStart(3, '0') };
  return formatDateParts({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), time, offsetMinutes: 0 });
}

/**
 * The structured date: meta tags, then the article's JSON-LD, then any JSON-LD
 * object, then microdata, then <time datetime>. `all` is every element of the
 * page in order (elementsOf): the first match in it is what a selector query
 * returns, without css-select matching the selectors on every element.
 */
export function structuredDate(
  doc: DomDocument,
  article: JsonObject | undefined,
  ld: readonly JsonObject[],
  which: 'published' | 'modified',
  all: readonly DomElement[],
  fetchedAtMs?: number,
  isStoryElement: (el: DomElement) => boolean = () => true,
): string | null {
  // The page's own statements (meta tags, its article object) first. Where they
  // disagree on the publication, the earliest is it: a CMS that re-publishes an
  // updated story bumps one of them (often to the modified time) and not the others.
  const own = [...ownDateCandidates(doc, article, which)].map((raw) => normalizeDate(raw, fetchedAtMs)).filter((iso): iso is string => iso !== null);
  if (own.length > 0) {
    const best = which === 'published' ? earliest(own) : (own[0] ?? null);
    if (best === null || best.length > DAY_CHARS) return best;
    // A bare day: a further source may give the time on that same day.
    for (const raw of otherDateCandidates(ld, which, all, isStoryElement)) {
      const iso = normalizeDate(raw, fetchedAtMs);
      if (iso?.startsWith(best) && iso.length > DAY_CHARS) return iso;
    }
    return best;
  }
  // Then each further source in turn, the first value that reads as a plausible date: a
  // broken value ("{{date}}", "Invalid Date") gives way to the next source.
  for (const raw of otherDateCandidates(ld, which, all, isStoryElement)) {
    const iso = normalizeDate(raw, fetchedAtMs);
    if (iso) return iso;
  }
  return null;
}

/**
 * The date of several that names the earliest day as written (the publisher's
 * day when it writes its own zone); of those on that day, the first listed
 * (the best-ranked source) that gives a time, else the first listed.
 */
function earliest(dates: readonly string[]): string | null {
  let best: string | null = null;
  for (const iso of dates) {
    const day = iso.slice(0, 10);
    // On the same day, a value with its time and zone says more than a bare day.
    if (best === null || day < best.slice(0, 10) || (day === best && iso.length > best.length)) best = iso;
  }
  return best;
}

/** What the page states about itself: its meta tags, then its article object's JSON-LD. */
function* ownDateCandidates(doc: DomDocument, article: JsonObject | undefined, which: 'published' | 'modified'): Generator<string | undefined> {
  for (const name of which === 'published' ? PUBLISHED_META : MODIFIED_META) yield metaContent(doc, [name]);
  for (const key of which === 'published' ? PUBLISHED_LD_KEYS : MODIFIED_LD_KEYS) yield stringValue(article?.[key]);
}

/** Further sources: any JSON-LD object (recipes and plain WebPages carry the page's date too), microdata, <time>. */
function* otherDateCandidates(
  ld: readonly JsonObject[],
  which: 'published' | 'modified',
  all: readonly DomElement[],
  isStoryElement: (el: DomElement) => boolean,
): Generator<string | undefined> {
  const keys = which === 'published' ? PUBLISHED_LD_KEYS : MODIFIED_LD_KEYS;
  for (const key of keys) for (const o of ld) yield stringValue(o[key]);
  // Microdata states it on any element: <span itemprop="datePublished" content="2023-12-15">.
  for (const key of keys) {
    const prop = all.find((el) => el.getAttribute('itemprop') === key && (el.hasAttribute('content') || el.hasAttribute('datetime')));
    yield (prop?.getAttribute('content') ?? prop?.getAttribute('datetime'))?.trim();
  }
  if (which === 'modified') return;
  // The first <time datetime> of the page: what the selector list 'article time[datetime],
  // time[pubdate][datetime], time[datetime]' returned, its last member matching all the others do.
  // Teasers' and widgets' times are other stories' (isStoryElement).
  const time = all.find((el) => el.localName === 'time' && el.hasAttribute('datetime') && isStoryElement(el));
  yield time?.getAttribute('datetime')?.trim();
}

/**
 * True when the element's class, id or test id names it as a date ("post-date",
 * "publishedAt", "storyPublishDate"): the attributes that name an element's
 * role, the test ids being those of script-built pages.
 */
export function isNamedDate(el: DomElement): boolean {
  const names = `${classOf(el)} ${el.getAttribute('id') ?? ''} ${el.getAttribute('data-testid') ?? ''}`;
  return DATE_CLASS.test(names.replace(/([a-z])([A-Z])/g, '$1 $2'));
}

/**
 * Time elements and elements named as dates under `scope`. An element without
 * attributes is one only as a <time>, so the test reads no attribute of those;
 * and one pass over the elements costs less than a selector list of five.
 */
function dateElements(scope: DomElement): DomElement[] {
  return elementsOf(scope).filter((el) => tagOf(el) === 'time' || (el.hasAttributes() && (el.getAttribute('itemprop') === 'datePublished' || isNamedDate(el))));
}

/**
 * The publication day a date label states (its readings, see daysFromText):
 * after "Published", before "Updated"; an update-only label states none.
 */
/** The day a date label states after its "Updated" label, if it has one. */
export function updatedDayOf(text: string, order: NumericOrder): string | null {
  const updated = UPDATED_LABEL.exec(text);
  return updated ? (daysFromText(text.slice(updated.index), order)[0] ?? null) : null;
}

export function publishedDaysOf(text: string, order: NumericOrder): string[] {
  const published = PUBLISHED_LABEL.exec(text);
  if (published) return daysFromText(text.slice(published.index), order);
  const updated = UPDATED_LABEL.exec(text);
  return daysFromText(updated ? text.slice(0, updated.index) : text, order);
}

/** Date elements with a number in a label-sized text: date lines, not empty slots or rubric names. */
function dateLines(scope: DomElement): string[] {
  return dateElements(scope)
    .map((el) => textOf(el))
    .filter((text) => text.length <= MAX_DATE_TEXT_CHARS && /\d/.test(text) && !(READING_TIME.test(text) && findDay(text) === null));
}

/**
 * The day of an unnamed date line: a short text that opens with its date, or
 * a byline that ends with one, and says little after it.
 */
export function dateLedDay(text: string, maxAfterChars = MAX_AFTER_DATE_CHARS, order: NumericOrder = 'mdy'): string | null {
  return dateLedDays(text, maxAfterChars, order)[0] ?? null;
}

/** dateLedDay with every reading of the day (see daysFromText). */
function dateLedDays(text: string, maxAfterChars: number, order: NumericOrder): string[] {
  if (text.length > MAX_DATE_TEXT_CHARS) return [];
  const found = findDay(text, order);
  if (!found || text.length - found.end > maxAfterChars) return [];
  const before = text.slice(0, found.start);
  // "By Ann Lee Updated Dec 26, 2023": a byline ending in an update states no publication.
  if ((!DATE_LED.test(before) && !BYLINE_LED.test(before)) || UPDATED_LABEL.test(before)) return [];
  return found.other ? [found.day, found.other] : [found.day];
}

/**
 * Unnamed date lines under `scope`, in document order. The walk descends only
 * into elements with more text than a date line, so it reads each subtree's
 * text once per level rather than every element's; prose, captions, links and
 * headings are skipped whole.
 */
/** The readings of one date line's day, and whether the line labels it as the publication ("Posted: ..."). */
interface LineDays {
  days: string[];
  labelled: boolean;
}

function unnamedDateDays(scope: DomElement, order: NumericOrder): LineDays[] {
  const days: LineDays[] = [];
  const visit = (el: DomElement): void => {
    for (const child of toArray(el.children)) {
      if (NOT_DATE_LINE_TAGS.has(tagOf(child))) continue;
      const text = textOf(child);
      if (!/\d/.test(text)) continue;
      if (text.length > MAX_DATE_TEXT_CHARS) {
        visit(child);
        continue;
      }
      // "Fri 22 Dec 2023 18.08 CET First published on Thu 21 Dec 2023": the labelled day is the publication.
      const labelled = PUBLISHED_LABEL.test(text);
      const readings = labelled ? publishedDaysOf(text, order) : dateLedDays(text, SUBHEADING_TAGS.has(tagOf(child)) ? 0 : MAX_AFTER_DATE_CHARS, order);
      if (readings.length > 0) days.push({ days: readings, labelled });
      else visit(child);
    }
  };
  visit(scope);
  return days;
}

/**
 * The days printed in the headline's date lines, as written, best first. The
 * date lines are in the nearest ancestor of the headline that holds one;
 * higher up are teasers' dates and the masthead's "today", so the search stops
 * there. Lines named as dates come first; near a headline that agrees with the
 * title, lines that read as one (`dateLedDay`) follow: a card embedded beside
 * the byline can hold a named <time> of its own ("Nov 17, 2023" under a TV
 * show's name) while the story's "Posted: Dec 22, 2023" is an unnamed line.
 * publicationDate picks among them; `structuredDay`, the structured value's
 * day, spares the search for unnamed lines where a named one already agrees.
 */
export function visibleDays(headline: DomElement | null, title = '', order: NumericOrder = 'mdy', structuredDay?: string): string[] {
  const confirmed = headline !== null && title !== '' && headlineAgrees(textOf(headline), [title]);
  let el: DomElement | null = headline;
  for (let level = 0; el && level < MAX_HEADLINE_LEVELS; level++, el = el.parentElement) {
    // The whole page is no byline block: its dates are the masthead's and the teasers'.
    if (PAGE_TAGS.has(tagOf(el))) break;
    const lines = dateLines(el);
    const named = lines.map((line) => ({ days: publishedDaysOf(line, order), labelled: PUBLISHED_LABEL.test(line) }));
    // Unnamed lines are read only where they can change the choice: a labelled named line, or
    // one on the structured value's day, settles it (and the walk is the costly part).
    const settled = named.some((line) => line.days.length > 0 && (line.labelled || (structuredDay !== undefined && line.days.includes(structuredDay))));
    const unnamed = confirmed && level < UNNAMED_LINE_LEVELS && !settled ? unnamedDateDays(el, order) : [];
    // An ancestor with named date lines is the byline block even when they only state an update.
    if (lines.length > 0 || unnamed.length > 0) return daysOfLines([...named, ...unnamed]);
  }
  return [];
}

/**
 * The days of a byline block's date lines, best first. A line that labels its
 * day as the publication ("Posted: Dec 22, 2023") outranks unlabelled ones,
 * which may be an update's time printed apart from its label or a card's date.
 */
function daysOfLines(lines: readonly LineDays[]): string[] {
  const labelled = lines.filter((line) => line.labelled && line.days.length > 0);
  return [...new Set((labelled.length > 0 ? labelled : lines).flatMap((line) => line.days))];
}

/** The first of visibleDays: the day the headline's date line states. */
export function visibleDay(headline: DomElement | null, title = '', order: NumericOrder = 'mdy'): string | null {
  return visibleDays(headline, title, order)[0] ?? null;
}

/** A structured date the page wrote in its own zone: a well-formed day not given in UTC. */
function isLocal(structured: string): boolean {
  return /^\d{4}-\d{2}-\d{2}(?=$|[T\s])/.test(structured) && !/(z|[+-]00:?00)$/i.test(structured);
}

/** Offsets in use run from UTC-12:00 to UTC+14:00: the local day of an instant lies within these hours of it. */
const MAX_WEST_OFFSET_MS = 12 * 3_600_000;
const MAX_EAST_OFFSET_MS = 14 * 3_600_000;

/** True when `day` is the local day of the UTC timestamp `utc` in some zone in use. */
function isLocalDayOf(utc: string, day: string): boolean {
  const instant = epochMillisOf(utc);
  if (Number.isNaN(instant)) return true;
  const earliest = new Date(instant - MAX_WEST_OFFSET_MS).toISOString().slice(0, 10);
  const latest = new Date(instant + MAX_EAST_OFFSET_MS).toISOString().slice(0, 10);
  return day >= earliest && day <= latest;
}

/**
 * The publication date: the structured value when its day (as written) is a
 * day the date lines state (`lineDays`, best first: several lines, or both
 * readings of an all-numeric day), else the first of those. Without a date line, the day in the
 * URL replaces a structured value that is missing or malformed, or one in UTC
 * whose instant falls on the URL's day in some zone (the publisher's day, which
 * UTC moved); a value in the page's own zone stands (URLs are often minted the
 * evening before), and so does a UTC instant no zone puts on the URL's day (the
 * URL was minted when the story was drafted).
 */
export function publicationDate(structured: string | null, lineDays: readonly string[], urlDay: string | null): string | null {
  if (structured !== null && lineDays.includes(structured.slice(0, 10))) return structured;
  const lineDay = lineDays[0];
  if (lineDay !== undefined) return lineDay;
  const urlStated = urlDay && !(structured && (isLocal(structured) || !isLocalDayOf(structured, urlDay))) ? urlDay : null;
  if (!urlStated) return structured;
  return structured?.startsWith(urlStated) ? structured : urlStated;
}
