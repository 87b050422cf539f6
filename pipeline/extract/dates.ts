/**
 * Publication dates. Structured dates (meta tags, JSON-LD) are often written
 * in UTC, which moves an evening story to the next day, and some templates
 * carry a broken or stale value. The date printed under the headline is the
 * day the publisher states to its readers, in its own time zone, so it wins
 * when it disagrees with the structured one; the day in a dated URL
 * (/2023/12/22/) is the next best statement of it.
 *
 * Invariant: a date is never invented (the date lines: date-lines.ts; the
 * last reading, elsewhere on the page: page-dates.ts).
 */
import { MONTH_NAME_PATTERN, epochMillisOf, formatDateParts, monthOf, parseDate } from './date-parse.js';
import { validDay } from './day-text.js';
import type { DomDocument, DomElement } from './dom.js';
import { stringValue, type JsonObject } from './jsonld.js';
import { metaContent } from './meta-tags.js';

export { dayFromText, numericOrderOf } from './day-text.js';
export { dateHeadline, dateLedDay, isNamedDate, publishedDaysOf, updatedDayOf, visibleDay, visibleDays } from './date-lines.js';

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
/** A calendar day in a story URL: /2023/12/22/, /2023-12-22-slug or /slug-2023-12-22.html. */
const URL_DAY = /[/_-]((?:19|20)\d\d)([/-])(\d{1,2})\2(\d{1,2})(?=[/_.-]|$)/;
/** The year, then month and day as four digits: /2023/1222/. */
const URL_YEAR_MONTHDAY = /\/((?:19|20)\d\d)\/(\d\d)(\d\d)(?=\/)/;
/** The same with the month's name: /2023/dec/21/. */
const URL_NAMED_DAY = new RegExp(`/((?:19|20)\\d\\d)/${MONTH}/(\\d{1,2})(?=[/-]|$)`, 'u');
/** The compact form: /20231222/, /20231222-slug or /slug-20231222.html. */
const URL_COMPACT_DAY = /[/_-]((?:19|20)\d\d)(\d\d)(\d\d)(?=[/_.-]|$)/;

/** The calendar day in a dated story URL, if any. */
export function dayFromUrl(url: string): string | null {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DAY.exec(path);
  if (m) return validDay(Number(m[1]), Number(m[3]), Number(m[4]));
  const monthDay = URL_YEAR_MONTHDAY.exec(path);
  if (monthDay) return validDay(Number(monthDay[1]), Number(monthDay[2]), Number(monthDay[3]));
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
  const props = microdataProps(all, keys);
  for (const key of keys) {
    const prop = props.get(key);
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
 * The first element of `all` that states each microdata property of `keys`
 * (itemprop, with a content or datetime attribute): one pass for all of them,
 * where a search per key read every element's attributes again.
 */
function microdataProps(all: readonly DomElement[], keys: readonly string[]): Map<string, DomElement> {
  const found = new Map<string, DomElement>();
  for (const el of all) {
    if (!el.hasAttributes()) continue;
    const key = el.getAttribute('itemprop');
    if (key === null || found.has(key) || !keys.includes(key) || !(el.hasAttribute('content') || el.hasAttribute('datetime'))) continue;
    found.set(key, el);
    if (found.size === keys.length) break;
  }
  return found;
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
