/**
 * Reads article metadata from the untouched page: meta tags first (they are
 * what publishers maintain for sharing), JSON-LD next, visible markup last.
 */
import { normalizeSpace, textOf, toArray, type DomDocument } from './dom.js';
import { findArticleObject, nameList, stringValue, typesOf, type JsonObject } from './jsonld.js';

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

/** A title suffix (" | Site") is cut only when it is at most this long. */
const MAX_TITLE_SUFFIX_CHARS = 40;
const TITLE_SEPARATOR = /\s+[|\-–—:·•»]{1,2}\s+/;

/** Share of words (of the longer of the two) an <h1> must share with a declared title to be the headline. */
const H1_AGREEMENT_SHARE = 0.6;
/** Only the first few <h1> elements are headline candidates; later ones are teasers. */
const MAX_H1_CANDIDATES = 3;
const MAX_TITLE_CHARS = 300;

const BYLINE_SELECTOR = 'a[rel="author"], [itemprop="author"], .byline__name, .author-name, .byline';
const MAX_BYLINE_CHARS = 100;

const META_ATTRIBUTES = ['property', 'name', 'itemprop', 'http-equiv'] as const;

/**
 * Meta tag contents by "attribute:name" (lower-cased), first non-empty value in
 * document order. Built once per document: a selector query per name and
 * attribute scanned the whole tree each time and cost more than Readability.
 */
const metaIndexes = new WeakMap<DomDocument, Map<string, string>>();

function metaIndex(doc: DomDocument): Map<string, string> {
  let index = metaIndexes.get(doc);
  if (index) return index;
  index = new Map();
  for (const el of toArray(doc.getElementsByTagName('meta'))) {
    const value = normalizeSpace(el.getAttribute('content') ?? '');
    if (!value) continue;
    for (const attr of META_ATTRIBUTES) {
      const name = el.getAttribute(attr)?.trim().toLowerCase();
      const key = `${attr}:${name}`;
      if (name && !index.has(key)) index.set(key, value);
    }
  }
  metaIndexes.set(doc, index);
  return index;
}

/** Content of the first non-empty meta tag among names (name, property or itemprop). */
export function metaContent(doc: DomDocument, names: readonly string[]): string | undefined {
  const index = metaIndex(doc);
  for (const name of names) {
    for (const attr of META_ATTRIBUTES) {
      const value = index.get(`${attr}:${name.toLowerCase()}`);
      if (value) return value;
    }
  }
  return undefined;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/**
 * ISO 8601 when a page gives a date in another form ("December 22, 2023",
 * "Sat, 23 Dec 2023 05:42:00 PST"); ISO-looking and unparseable values pass as is.
 */
export function normalizeDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return text;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return text;
  const date = new Date(ms);
  // Without a time of day the stated calendar day is the fact; no zone shift.
  if (!/\d:\d/.test(text)) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }
  return date.toISOString();
}

function resolveUrl(value: string | undefined | null, base: string): string | null {
  if (!value) return null;
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return null;
  }
}

/** Drops tags and tag-like runs from a title; a lone "<" ("Tom <3 Jerry") stays. */
function plainTitle(title: string): string {
  return normalizeSpace(title.replace(/<\/?[a-z!?][^>]*>?/gi, ' '));
}

/** Cuts a trailing " | Site Name" from a title, when the rest is still a headline. */
export function stripTitleSuffix(title: string, siteName: string | null): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1] ?? '';
  const isSite = siteName !== null && last.toLowerCase() === siteName.toLowerCase();
  if (!isSite && last.length > MAX_TITLE_SUFFIX_CHARS) return title;
  const rest = title.slice(0, title.length - last.length).replace(/\s*[|\-–—:·•»]{1,2}\s*$/, '');
  return rest.split(/\s+/).length >= 2 ? rest : title;
}

/** Letters and digits only, lower-cased: "The Harvard Crimson" ~ "harvardcrimson". */
function squash(text: string): string {
  return text.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Cuts trailing segments that name the site ("… | News | The Harvard Crimson", "… - Times of India"). */
function stripSiteSuffix(title: string, siteName: string | null, host: string): string {
  const site = squash(siteName ?? '');
  const hostWord = squash(host.replace(/^www\./, '').split('.')[0] ?? '');
  const parts = title.split(TITLE_SEPARATOR);
  const last = squash(parts[parts.length - 1] ?? '');
  const isSite = last !== '' && ((site !== '' && (site.includes(last) || last.includes(site))) || last === hostWord);
  return parts.length >= 2 && isSite ? stripTitleSuffix(title, parts[parts.length - 1] ?? null) : title;
}

/** Words of a title, lower-cased, for comparing headlines that differ in suffixes and quotes. */
function titleWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** True when the heading and one of the declared titles share most of their words (of the longer one). */
export function headlineAgrees(heading: string, declared: readonly string[]): boolean {
  const words = titleWords(heading);
  if (words.size === 0) return false;
  return declared.some((title) => {
    const other = titleWords(title);
    let shared = 0;
    for (const w of words) if (other.has(w)) shared++;
    return shared / Math.max(words.size, other.size) >= H1_AGREEMENT_SHARE;
  });
}

/**
 * The visible headline (an <h1>) when it agrees with a title the page declares
 * (og:title, JSON-LD headline, <title>): the <h1> is the headline readers see,
 * while the declared titles are often social variants or carry site suffixes.
 * An <h1> that agrees with none is a logo or a section name; then the declared
 * titles are used, og:title first.
 */
function findTitle(doc: DomDocument, article: JsonObject | undefined, siteName: string | null, host: string): string {
  const og = metaContent(doc, ['og:title', 'twitter:title']);
  const headline = stringValue(article?.['headline']);
  const fromTag = stripTitleSuffix(stripSiteSuffix(normalizeSpace(doc.title ?? ''), siteName, host), siteName);
  const declared = [og, headline, fromTag].filter((t): t is string => Boolean(t));
  for (const h1 of toArray(doc.querySelectorAll('h1')).slice(0, MAX_H1_CANDIDATES)) {
    const text = textOf(h1);
    if (text.length <= MAX_TITLE_CHARS && headlineAgrees(text, declared)) return text;
  }
  if (og) return stripSiteSuffix(og, siteName, host);
  if (headline) return normalizeSpace(headline);
  return fromTag || textOf(doc.querySelector('h1'));
}

function findByline(doc: DomDocument, article: JsonObject | undefined): string | null {
  // JSON-LD first: it lists each person, where meta author tags often hold the
  // publisher ("Condé Nast"), a desk name or only the first of several authors.
  const names = nameList(article?.['author'] ?? article?.['creator']);
  if (names.length > 0) return names.join(', ');
  const metaAuthor = metaContent(doc, ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator']);
  if (metaAuthor && !/^https?:/i.test(metaAuthor)) return metaAuthor;
  for (const el of toArray(doc.querySelectorAll(BYLINE_SELECTOR))) {
    const text = textOf(el).replace(/^(by|von|par|por)\s+/i, '');
    if (text && text.length <= MAX_BYLINE_CHARS) return text;
  }
  return null;
}

function findDate(doc: DomDocument, article: JsonObject | undefined, which: 'published' | 'modified'): string | null {
  const metaNames = which === 'published'
    ? ['article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date',
      'date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date']
    : ['article:modified_time', 'og:updated_time', 'dateModified', 'last-modified', 'dcterms.modified'];
  const fromMeta = metaContent(doc, metaNames);
  if (fromMeta) return fromMeta;
  const fromLd = stringValue(article?.[which === 'published' ? 'datePublished' : 'dateModified']);
  if (fromLd) return fromLd;
  if (which === 'modified') return null;
  const time = doc.querySelector('article time[datetime], time[pubdate][datetime], time[datetime]');
  return time?.getAttribute('datetime')?.trim() || null;
}

function primaryLanguage(value: string | undefined | null): string | null {
  const tag = value?.trim().split(/[-_,;\s]/)[0]?.toLowerCase();
  return tag && /^[a-z]{2,3}$/.test(tag) ? tag : null;
}

function findSection(doc: DomDocument, article: JsonObject | undefined, ld: readonly JsonObject[], title: string): string | null {
  const fromMeta = metaContent(doc, ['article:section', 'parsely-section', 'section']);
  if (fromMeta) return fromMeta;
  const fromLd = stringValue(article?.['articleSection']);
  if (fromLd) return fromLd;
  const crumbs = ld.find((o) => typesOf(o).includes('breadcrumblist'));
  const items = Array.isArray(crumbs?.['itemListElement']) ? (crumbs['itemListElement'] as unknown[]) : [];
  const names = items
    .map((i) => (typeof i === 'object' && i !== null ? stringValue((i as JsonObject)['name'] ?? (i as JsonObject)['item']) : undefined))
    .filter((n): n is string => n !== undefined && !/^https?:/i.test(n));
  const middle = names.filter((n, i) => i > 0 && normalizeSpace(n) !== title);
  return middle[middle.length - 1] ?? null;
}

/** Metadata of a page; `url` is the fetched URL that relative links resolve against. */
export function readMetadata(doc: DomDocument, url: string, ld: readonly JsonObject[], hints: ExtractHints = {}): PageMetadata {
  const article = findArticleObject(ld);
  const publisher = ld.find((o) => typesOf(o).some((t) => t === 'newsmediaorganization' || t === 'organization'));
  const siteName = metaContent(doc, ['og:site_name', 'application-name'])
    ?? stringValue((article?.['publisher'] as unknown) ?? publisher?.['name']) ?? null;
  // Titles are plain text: a declared title can carry markup (og:title is written by
  // whoever publishes the page), which must never reach consumers as such.
  const title = plainTitle(findTitle(doc, article, siteName, hostOf(url)) || normalizeSpace(hints.title ?? ''));
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, ['og:url']);
  const image = metaContent(doc, ['og:image', 'og:image:url', 'twitter:image', 'twitter:image:src']) ?? stringValue(article?.['image']);
  return {
    title,
    byline: findByline(doc, article) ?? (hints.author?.trim() || null),
    publishedAt: normalizeDate(findDate(doc, article, 'published') ?? hints.publishedAt),
    modifiedAt: normalizeDate(findDate(doc, article, 'modified')),
    canonicalUrl: resolveUrl(canonical, url) ?? url,
    language: primaryLanguage(doc.documentElement.getAttribute('lang'))
      ?? primaryLanguage(metaContent(doc, ['og:locale', 'content-language', 'language']))
      ?? primaryLanguage(stringValue(article?.['inLanguage'])),
    siteName,
    leadImageUrl: resolveUrl(image, url),
    section: findSection(doc, article, ld, title),
  };
}
