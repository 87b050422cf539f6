/**
 * Reads article metadata from the untouched page: meta tags first (they are
 * what publishers maintain for sharing), JSON-LD next, visible markup last.
 */
import { classOf, normalizeSpace, pageElements, textOf, type DomDocument, type DomElement, type PageElements } from './dom.js';
import { findArticleObject, nameList, stringValue, typesOf, type JsonObject } from './jsonld.js';
import { metaContent } from './meta-tags.js';
import { dateHeadline, dayFromUrl, normalizeDate, numericOrderOf, publicationDate, structuredDate, visibleDays } from './dates.js';
import { isStoryDateElement, pageDateLineDay } from './page-dates.js';
import { findTitle, headlineElement, pageHeadings, plainTitle } from './title.js';

export { metaContent } from './meta-tags.js';
export { stripTitleSuffix } from './title.js';
export { normalizeDate } from './dates.js';

export interface ExtractHints {
  title?: string;
  publishedAt?: string;
  author?: string;
}

export interface PageMetadata {
  title: string;
  byline: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  canonicalUrl: string;
  language: string | null;
  siteName: string | null;
  leadImageUrl: string | null;
  section: string | null;
}

const MAX_BYLINE_CHARS = 100;
/** A class word of byline elements, as a selector's class match reads one: a whole white-space separated word. */
const BYLINE_CLASS = /(?:^|\s)(?:byline__name|author-name|byline)(?:$|\s)/;

/**
 * `value` equals `lower` ignoring case, as css-select compares attributes that
 * HTML defines as case-insensitive (rel, type...).
 */
function equalsIgnoringCase(value: string | null, lower: string): boolean {
  return value !== null && value.length === lower.length && value.toLowerCase() === lower;
}

/**
 * True for what the selector 'a[rel="author"], [itemprop="author"], .byline__name,
 * .author-name, .byline' matches. A test over the page's list of elements: the
 * selector query cost a css-select match of five selectors on every element.
 * The parser lower-cases tag names, so localName is the name selectors compare.
 */
export function isBylineElement(el: DomElement): boolean {
  if (!el.hasAttributes()) return false;
  return (
    (el.localName === 'a' && equalsIgnoringCase(el.getAttribute('rel'), 'author')) || el.getAttribute('itemprop') === 'author' || BYLINE_CLASS.test(classOf(el))
  );
}

/** The canonical link, as the selector 'link[rel="canonical"]' found it. */
export function canonicalLink(all: readonly DomElement[]): DomElement | undefined {
  return all.find((el) => el.localName === 'link' && equalsIgnoringCase(el.getAttribute('rel'), 'canonical'));
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

function resolveUrl(value: string | undefined | null, base: string): string | null {
  if (!value) return null;
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return null;
  }
}

function findByline(doc: DomDocument, article: JsonObject | undefined, all: readonly DomElement[], outlet: readonly string[]): string | null {
  // JSON-LD first: it lists each person, where meta author tags often hold the
  // publisher ("Condé Nast"), a desk name or only the first of several authors.
  const names = nameList(article?.author ?? article?.creator)
    .map(cleanByline)
    .filter((n) => n !== '');
  const metaAuthor = cleanByline(metaContent(doc, ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator']) ?? '');
  const structured = names.length > 0 ? names.join(', ') : metaAuthor && !/^https?:/i.test(metaAuthor) ? metaAuthor : '';
  // The outlet's own name is no author when the page prints one; a printed
  // byline that names the structured author and more is the fuller list.
  if (structured === '' || isOutletName(structured, outlet)) return printedByline(all, [isBylineElement, isAuthorNamedElement]) ?? (structured || null);
  const printed = printedByline(all, [isBylineElement]);
  if (printed && printed.length > structured.length && names.concat(metaAuthor).every((n) => n === '' || printed.includes(n))) return printed;
  return structured;
}

/** The byline printed on the page: elements named as bylines first, then elements named as authors. */
function printedByline(all: readonly DomElement[], tests: ReadonlyArray<(el: DomElement) => boolean>): string | null {
  for (const isCandidate of tests) {
    for (const el of all) {
      if (!isCandidate(el) || isInForm(el)) continue;
      const text = cleanByline(blockSpacedText(el));
      if (text && text.length <= MAX_BYLINE_CHARS) return text;
    }
  }
  return null;
}

/**
 * An element's text with a space where one element ends and the next begins:
 * a byline block prints the name, the role and the date in separate elements
 * with no space between them ("Ann LeeStaff Writer").
 */
function blockSpacedText(el: DomElement): string {
  const parts: string[] = [];
  const visit = (node: DomElement, depth: number): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) parts.push(child.textContent ?? '');
      else if (child.nodeType === ELEMENT_NODE && depth < MAX_BYLINE_DEPTH) {
        parts.push(' ');
        visit(child as DomElement, depth + 1);
        parts.push(' ');
      }
    }
  };
  visit(el, 0);
  return normalizeSpace(parts.join(''));
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Byline blocks nest a few levels; deeper content is not part of the name. */
const MAX_BYLINE_DEPTH = 8;

/** Class words of author elements ("post-author", "article__author-name"); bios, avatars and comment authors are not bylines. */
const AUTHOR_CLASS_PART = /^(author|authors|byline|writer)$/;
const NOT_BYLINE_CLASS_PART =
  /^(bio|biography|avatar|img|image|photo|picture|pic|thumb|description|desc|about|box|card|comment|comments|reply|social|follow|more|list|info|meta|title|label|wrapper|container|profile)$/;
/** A printed name is short: a few names with "and". */
const MAX_AUTHOR_NAME_CHARS = 60;

/** Cheap test before splitting class words: most elements name no author. */
const AUTHOR_HINT = /author|byline|writer/i;

function isAuthorNamedElement(el: DomElement): boolean {
  if (!el.hasAttributes()) return false;
  const names = `${classOf(el)} ${el.getAttribute('id') ?? ''}`;
  if (!AUTHOR_HINT.test(names)) return false;
  const parts = names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  if (!parts.some((p) => AUTHOR_CLASS_PART.test(p)) || parts.some((p) => NOT_BYLINE_CLASS_PART.test(p))) return false;
  const text = textOf(el);
  return text.length > 2 && text.length <= MAX_AUTHOR_NAME_CHARS * 2 && /\p{Lu}/u.test(text);
}

/** The outlet's names: site name, publisher, host words ("Top Gear", "tennis.com"). */
function isOutletName(byline: string, outlet: readonly string[]): boolean {
  const key = byline.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return outlet.some((name) => {
    const n = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    return n !== '' && (key === n || (key.length >= 3 && n.includes(key)) || (n.length >= 3 && key.includes(n) && key.length <= n.length + 10));
  });
}

/** Form controls and their labels: a comment form's "Your name" field is no byline. */
const FORM_TAGS: ReadonlySet<string> = new Set(['form', 'input', 'textarea', 'select', 'label', 'button']);
/** Bylines never go this deep in a form; the walk up stops here. */
const MAX_FORM_LEVELS = 12;

function isInForm(el: DomElement): boolean {
  let node: DomElement | null = el;
  for (let level = 0; node && level < MAX_FORM_LEVELS; level++, node = node.parentElement) {
    if (FORM_TAGS.has(node.localName)) return true;
  }
  return false;
}

/** Placeholder and prompt texts of comment forms, not names. */
const FORM_PROMPT =
  /^(your |enter (your )?)?(name|full name|nickname|e-?mail|email address|comment|website)\s*\*?\s*(\(required\))?:?$|^(leave a (comment|reply)|post a comment|write a comment|required)\b/i;
/** A byline's date or time, and the labels before it: the byline ends there. */
const BYLINE_DATE_START = new RegExp(
  [
    '\\b\\d+\\s*(min|minute|minutes)\\.?\\s+read\\b',
    '\\b(updated|published|posted|last updated|first published|modified)\\b',
    '\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b',
    '\\b\\d{1,2}(st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b',
    '\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b',
    '\\b\\d{4}-\\d{2}-\\d{2}\\b',
    '\\b\\d{1,2}:\\d{2}\\b',
    '\\b\\d+\\s+(minutes?|hours?|days?|mins?|hrs?)\\s+ago\\b',
  ].join('|'),
  'i',
);
/** Tools printed beside the byline: "Print this article", "Share", "Email". */
const BYLINE_TOOLS = /\b(print|e-?mail|share|save|comment|listen|follow)(\s+(this|the))?(\s+(article|story|page|post))?\b(?=\s*([|·•,:]|$))/gi;
const BYLINE_EDGES = /^[\s|·•,:;\-–—]+|[\s|·•,:;\-–—]+$/g;

/**
 * A byline as the name(s) only: the "By" before it, the date, time and
 * "Updated" label after it and the print/share tools beside it cut off; a
 * form prompt is none.
 */
export function cleanByline(raw: string): string {
  let text = decodeEntities(raw)
    // Flattened markup glues labels to names: "Courtney CarrPublished".
    .replace(/(\p{Ll})(Published|Updated|Posted|By)\b/gu, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim();
  const date = BYLINE_DATE_START.exec(text);
  if (date) text = text.slice(0, date.index);
  text = text.replace(BYLINE_TOOLS, ' ').replace(/\s+/g, ' ').replace(BYLINE_EDGES, '');
  text = text
    .replace(/^(by|von|par|por|di|door)\s+/i, '')
    .replace(/\s+on$/i, '')
    .replace(BYLINE_EDGES, '');
  // A name printed twice (a link and its text, a mobile and a desktop copy): "Ann LeeAnn Lee".
  const half = text.length / 2;
  if (Number.isInteger(half) && text.slice(0, half) === text.slice(half)) text = text.slice(0, half);
  return FORM_PROMPT.test(text) ? '' : text;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', apos: "'", quot: '"', nbsp: ' ', lt: '<', gt: '>' };

/** Names in meta tags and JSON-LD sometimes arrive HTML-escaped ("O&#039;Neil"). */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
  });
}

function outletNames(siteName: string | null, publisher: JsonObject | undefined, url: string): string[] {
  const host = hostOf(url).replace(/^www\./, '');
  return [siteName ?? '', stringValue(publisher?.name) ?? '', host, host.split('.')[0] ?? ''].filter((n) => n.length >= 3);
}

/** The page's full language tag with its region ("en-GB", "de_DE"): the region decides how it writes numeric days. */
function localeTag(doc: DomDocument, article: JsonObject | undefined): string | undefined {
  const tags = [doc.documentElement.getAttribute('lang'), metaContent(doc, ['og:locale', 'content-language', 'language']), stringValue(article?.inLanguage)];
  return tags.map((t) => t?.trim()).find((t) => t !== undefined && t !== null && t !== '') ?? undefined;
}

function primaryLanguage(value: string | undefined | null): string | null {
  const tag = value
    ?.trim()
    .split(/[-_,;\s]/)[0]
    ?.toLowerCase();
  return tag && /^[a-z]{2,3}$/.test(tag) ? tag : null;
}

function findSection(doc: DomDocument, article: JsonObject | undefined, ld: readonly JsonObject[], title: string): string | null {
  const fromMeta = metaContent(doc, ['article:section', 'parsely-section', 'section']);
  if (fromMeta) return fromMeta;
  const fromLd = stringValue(article?.articleSection);
  if (fromLd) return fromLd;
  const crumbs = ld.find((o) => typesOf(o).includes('breadcrumblist'));
  const items = Array.isArray(crumbs?.itemListElement) ? (crumbs.itemListElement as unknown[]) : [];
  const names = items
    .map((i) => (typeof i === 'object' && i !== null ? stringValue((i as JsonObject).name ?? (i as JsonObject).item) : undefined))
    .filter((n): n is string => n !== undefined && !/^https?:/i.test(n));
  const middle = names.filter((n, i) => i > 0 && normalizeSpace(n) !== title);
  return middle[middle.length - 1] ?? null;
}

/**
 * Metadata of a page; `url` is the fetched URL that relative links resolve
 * against. `page` lists the untouched page's elements, when the caller has them.
 */
export function readMetadata(
  doc: DomDocument,
  url: string,
  ld: readonly JsonObject[],
  hints: ExtractHints = {},
  page: PageElements = pageElements(doc),
  fetchedAtMs?: number,
): PageMetadata {
  const { all } = page;
  const headings = pageHeadings(page.tags.byTag('h1'));
  const article = findArticleObject(ld);
  const publisher = ld.find((o) => typesOf(o).some((t) => t === 'newsmediaorganization' || t === 'organization'));
  const siteName = metaContent(doc, ['og:site_name', 'application-name']) ?? stringValue((article?.publisher as unknown) ?? publisher?.name) ?? null;
  // Titles are plain text: a declared title can carry markup (og:title is written by
  // whoever publishes the page), which must never reach consumers as such.
  const title = plainTitle(findTitle(doc, article, siteName, hostOf(url), headings) || normalizeSpace(hints.title ?? ''));
  const canonical = canonicalLink(all)?.getAttribute('href') ?? metaContent(doc, ['og:url']);
  const image = metaContent(doc, ['og:image', 'og:image:url', 'twitter:image', 'twitter:image:src']) ?? stringValue(article?.image);
  const language =
    primaryLanguage(doc.documentElement.getAttribute('lang')) ??
    primaryLanguage(metaContent(doc, ['og:locale', 'content-language', 'language'])) ??
    primaryLanguage(stringValue(article?.inLanguage));
  const modifiedAt = structuredDate(doc, article, ld, 'modified', all, fetchedAtMs);
  const headline = dateHeadline(headlineElement(headings, title), title, page.tags);
  const isStory = (el: DomElement) => isStoryDateElement(el, headline);
  const order = numericOrderOf(localeTag(doc, article));
  // A printed or URL day goes through the same plausibility checks as a structured one.
  const plausible = (day: string | null) => (day !== null && normalizeDate(day, fetchedAtMs) !== null ? day : null);
  const structured = structuredDate(doc, article, ld, 'published', all, fetchedAtMs, isStory) ?? normalizeDate(hints.publishedAt, fetchedAtMs);
  const publishedAt = publicationDate(
    structured,
    visibleDays(headline, title, order, structured?.slice(0, 10), isStory).filter((day) => plausible(day) !== null),
    // The canonical URL states the day where the fetched one does not (a feed's redirect, an AMP or tracking URL).
    plausible(dayFromUrl(url) ?? dayFromUrl(resolveUrl(canonical, url) ?? url)),
  );
  return {
    title,
    byline: findByline(doc, article, all, outletNames(siteName, publisher, url)) ?? (hints.author?.trim() || null),
    // A page that states only when it was last changed (wikis, guides) was published by then:
    // that date is the closest the page comes to its publication, after a date line elsewhere on
    // the page; an "Updated" line the page prints is the last resort.
    publishedAt:
      publishedAt ??
      plausible(pageDateLineDay(all, headline, order, 'published', fetchedAtMs)) ??
      modifiedAt ??
      plausible(pageDateLineDay(all, headline, order, 'updated')),
    modifiedAt,
    canonicalUrl: resolveUrl(canonical, url) ?? url,
    language,
    siteName,
    leadImageUrl: resolveUrl(image, url),
    section: findSection(doc, article, ld, title),
  };
}
