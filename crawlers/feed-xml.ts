/**
 * Entries out of XML feeds: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom, sitemaps (urlset,
 * sitemap index, Google News). Works on the lenient tree of xml-tree.ts: an item
 * whose end tag is missing (document cut short) is dropped, never half-read.
 */
import { parseDate } from '../pipeline/extract/date-parse.js';
import type { FeedKind } from '../pipeline/types.js';
import {
  attr,
  child,
  childElements,
  childrenNamed,
  descendants,
  isExplicitlyClosed,
  localName,
  prefixOf,
  resolveXmlBase,
  textOf,
  type XmlNode,
} from './xml-tree.js';

/** One entry before URL resolution and filtering. */
export interface RawEntry {
  link: string;
  title?: string;
  publishedAt?: string;
  author?: string;
  guid?: string;
}

export interface XmlFeedContent {
  kind: FeedKind;
  title: string | null;
  items: RawEntry[];
  /** Child sitemaps of a sitemap index. */
  sitemaps: string[];
  ttlSecs: number | null;
  /** Items dropped because their end tag was missing. */
  droppedItems: number;
  /** Complete items after the ones read (beyond skipItems + maxItems). */
  skippedItems: number;
}

const SECS_PER: Record<string, number> = {
  hourly: 3600,
  daily: 86_400,
  weekly: 7 * 86_400,
  monthly: 30 * 86_400,
  yearly: 365 * 86_400,
};

/** The root element's local name → feed kind, or null when it is not a feed. */
export function kindOfRoot(root: XmlNode): 'rss' | 'rdf' | 'atom' | 'urlset' | 'sitemapindex' | null {
  switch (localName(root)) {
    case 'rss':
      return 'rss';
    case 'rdf':
      return 'rdf';
    case 'feed':
      return 'atom';
    case 'urlset':
      return 'urlset';
    case 'sitemapindex':
      return 'sitemapindex';
    default:
      return null;
  }
}

/** Link types of an article page, best first, among several alternate links. */
const PAGE_LINK_TYPES = ['text/html', 'application/xhtml+xml'];

/**
 * `documentUrl` is the feed's own address: xml:base values are resolved
 * against it, and links under an xml:base come out absolute.
 */
export function readXmlFeed(root: XmlNode, source: string, maxItems: number, documentUrl = '', skipItems = 0): XmlFeedContent {
  const rootKind = kindOfRoot(root);
  const itemName = { rss: 'item', rdf: 'item', atom: 'entry', urlset: 'url', sitemapindex: 'sitemap' }[rootKind!];
  // RSS 2.0 nests items in <channel>; RSS 1.0 puts them beside it; some feeds do either.
  const candidates = rootKind === 'rss' || rootKind === 'rdf' ? descendants(root, itemName) : childrenNamed(root, itemName);
  const complete = candidates.filter((el) => isExplicitlyClosed(el, source));
  // skipItems: the items an earlier poll of a document above the limit already listed.
  const kept = complete.slice(skipItems, skipItems + maxItems);
  const channel = child(root, 'channel') ?? root;
  const base = {
    title: rootKind === 'urlset' || rootKind === 'sitemapindex' ? null : textOf(child(channel, 'title')) || null,
    droppedItems: candidates.length - complete.length,
    skippedItems: Math.max(0, complete.length - skipItems - kept.length),
    ttlSecs: rootKind === 'rss' || rootKind === 'rdf' ? ttlOf(channel) : null,
  };
  switch (rootKind) {
    case 'rss':
    case 'rdf':
      return { ...base, kind: rootKind, items: kept.map((item) => rssItem(item, documentUrl)), sitemaps: [] };
    case 'atom':
      return { ...base, kind: 'atom', items: kept.map((entry) => atomEntry(entry, documentUrl)), sitemaps: [] };
    case 'sitemapindex':
      return { ...base, kind: 'sitemap', items: [], sitemaps: kept.map((el) => textOf(child(el, 'loc'))).filter(Boolean) };
    default: {
      const news = kept.some((el) => child(el, 'news') !== undefined);
      return { ...base, kind: news ? 'google-news-sitemap' : 'sitemap', items: kept.map(sitemapUrl), sitemaps: [] };
    }
  }
}

/**
 * The alternate link of an entry: with several, the one typed as a web page
 * wins over feeds, enclosures and other renditions; links without a type come next.
 */
function alternateLink(links: readonly XmlNode[]): XmlNode | undefined {
  const alternates = links.filter((l) => (attr(l, 'rel') ?? 'alternate').trim().toLowerCase() === 'alternate' && attr(l, 'href'));
  const typeOf = (l: XmlNode) => (attr(l, 'type') ?? '').trim().toLowerCase();
  for (const type of PAGE_LINK_TYPES) {
    const typed = alternates.find((l) => typeOf(l) === type);
    if (typed) return typed;
  }
  return alternates.find((l) => typeOf(l) === '') ?? alternates[0];
}

/** The first date among these child elements that reads as one. */
function firstDate(el: XmlNode, names: readonly string[]): string | undefined {
  for (const name of names) {
    const date = normaliseDate(textOf(child(el, name)));
    if (date) return date;
  }
  return undefined;
}

/** RSS dates; Dublin Core's and Atom's when an RSS item borrows them. */
const RSS_DATES = ['pubdate', 'date', 'published', 'issued', 'created', 'updated', 'modified'];
/** Atom 1.0 published/updated; Atom 0.3 issued/created/modified. */
const ATOM_DATES = ['published', 'issued', 'created', 'updated', 'modified'];

function rssItem(item: XmlNode, documentUrl: string): RawEntry {
  // A bare <link> is RSS; an <atom:link href> inside an RSS item is a fallback.
  const plainLink = childElements(item).find((c) => localName(c) === 'link' && prefixOf(c) === '' && textOf(c) !== '');
  const hrefLink = alternateLink(childrenNamed(item, 'link'));
  const guidEl = child(item, 'guid');
  const guid = textOf(guidEl) || undefined;
  const guidIsLink = guid !== undefined && attr(guidEl, 'isPermaLink') !== 'false' && /^https?:\/\//i.test(guid);
  let link = guidIsLink ? guid : '';
  if (plainLink) link = resolveXmlBase(plainLink, textOf(plainLink), documentUrl);
  else if (hrefLink) link = resolveXmlBase(hrefLink, attr(hrefLink, 'href') ?? '', documentUrl);
  else if (attr(item, 'rdf:about')) link = resolveXmlBase(item, attr(item, 'rdf:about') ?? '', documentUrl);
  return compact({
    link,
    title: textOf(child(item, 'title')),
    publishedAt: firstDate(item, RSS_DATES),
    author: textOf(child(item, 'creator')) || textOf(child(item, 'author')),
    guid,
  });
}

function atomEntry(entry: XmlNode, documentUrl: string): RawEntry {
  const links = childrenNamed(entry, 'link');
  const alternate = alternateLink(links) ?? links.find((l) => attr(l, 'href'));
  const author = child(entry, 'author');
  return compact({
    link: alternate ? resolveXmlBase(alternate, attr(alternate, 'href') ?? '', documentUrl) : '',
    title: textOf(child(entry, 'title')),
    publishedAt: firstDate(entry, ATOM_DATES),
    author: author ? textOf(child(author, 'name')) || textOf(author) : '',
    guid: textOf(child(entry, 'id')),
  });
}

function sitemapUrl(url: XmlNode): RawEntry {
  const news = child(url, 'news');
  return compact({
    link: textOf(child(url, 'loc')),
    title: news ? textOf(child(news, 'title')) : '',
    publishedAt: normaliseDate((news ? textOf(child(news, 'publication_date')) : '') || textOf(child(url, 'lastmod'))),
  });
}

/** RSS <ttl> is minutes; sy:updatePeriod / sy:updateFrequency give a period and a count. */
function ttlOf(channel: XmlNode): number | null {
  const ttlMinutes = Number(textOf(child(channel, 'ttl')));
  if (Number.isFinite(ttlMinutes) && ttlMinutes > 0) return Math.round(ttlMinutes * 60);
  const period = SECS_PER[textOf(child(channel, 'updateperiod')).toLowerCase()];
  if (period === undefined) return null;
  const frequency = Number(textOf(child(channel, 'updatefrequency')) || '1');
  return Number.isFinite(frequency) && frequency >= 1 ? Math.round(period / frequency) : period;
}

/**
 * A feed date as strict ISO 8601 (RFC 822 with named zones, W3CDTF, other
 * languages' month names...); undefined when it is no date or an impossible one.
 * A time without a zone is taken as UTC, as feed readers do.
 */
export function normaliseDate(text: string): string | undefined {
  return parseDate(text, { zoneless: 'utc' }) ?? undefined;
}

function compact(entry: RawEntry): RawEntry {
  const out: RawEntry = { link: entry.link };
  if (entry.title) out.title = entry.title;
  if (entry.publishedAt) out.publishedAt = entry.publishedAt;
  if (entry.author) out.author = entry.author;
  if (entry.guid) out.guid = entry.guid;
  return out;
}
