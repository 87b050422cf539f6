/**
 * Entries out of XML feeds: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom, sitemaps (urlset,
 * sitemap index, Google News). Works on the lenient tree of xml-tree.ts: an item
 * whose end tag is missing (document cut short) is dropped, never half-read.
 */
import type { FeedKind } from '../pipeline/types.js';
import { attr, child, childElements, childrenNamed, descendants, isExplicitlyClosed, localName, prefixOf, textOf, type XmlNode } from './xml-tree.js';

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
  /** Complete items beyond maxItems that were not read. */
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

export function readXmlFeed(root: XmlNode, source: string, maxItems: number): XmlFeedContent {
  const rootKind = kindOfRoot(root);
  const itemName = { rss: 'item', rdf: 'item', atom: 'entry', urlset: 'url', sitemapindex: 'sitemap' }[rootKind!];
  // RSS 2.0 nests items in <channel>; RSS 1.0 puts them beside it; some feeds do either.
  const candidates = rootKind === 'rss' || rootKind === 'rdf' ? descendants(root, itemName) : childrenNamed(root, itemName);
  const complete = candidates.filter((el) => isExplicitlyClosed(el, source));
  const kept = complete.slice(0, maxItems);
  const channel = child(root, 'channel') ?? root;
  const base = {
    title: rootKind === 'urlset' || rootKind === 'sitemapindex' ? null : textOf(child(channel, 'title')) || null,
    droppedItems: candidates.length - complete.length,
    skippedItems: complete.length - kept.length,
    ttlSecs: rootKind === 'rss' || rootKind === 'rdf' ? ttlOf(channel) : null,
  };
  switch (rootKind) {
    case 'rss':
    case 'rdf':
      return { ...base, kind: rootKind, items: kept.map(rssItem), sitemaps: [] };
    case 'atom':
      return { ...base, kind: 'atom', items: kept.map(atomEntry), sitemaps: [] };
    case 'sitemapindex':
      return { ...base, kind: 'sitemap', items: [], sitemaps: kept.map((el) => textOf(child(el, 'loc'))).filter(Boolean) };
    default: {
      const news = kept.some((el) => child(el, 'news') !== undefined);
      return { ...base, kind: news ? 'google-news-sitemap' : 'sitemap', items: kept.map(sitemapUrl), sitemaps: [] };
    }
  }
}

function rssItem(item: XmlNode): RawEntry {
  // A bare <link> is RSS; an <atom:link href> inside an RSS item is a fallback.
  const plainLink = childElements(item).find((c) => localName(c) === 'link' && prefixOf(c) === '' && textOf(c) !== '');
  const hrefLink = childrenNamed(item, 'link').find((c) => attr(c, 'href') && (attr(c, 'rel') ?? 'alternate') === 'alternate');
  const guidEl = child(item, 'guid');
  const guid = textOf(guidEl) || undefined;
  const guidIsLink = guid !== undefined && attr(guidEl, 'isPermaLink') !== 'false' && /^https?:\/\//i.test(guid);
  const link = textOf(plainLink) || attr(hrefLink, 'href') || attr(item, 'rdf:about') || (guidIsLink ? guid : '') || '';
  return compact({
    link,
    title: textOf(child(item, 'title')),
    publishedAt: normaliseDate(textOf(child(item, 'pubdate')) || textOf(child(item, 'date')) || textOf(child(item, 'published'))),
    author: textOf(child(item, 'creator')) || textOf(child(item, 'author')),
    guid,
  });
}

function atomEntry(entry: XmlNode): RawEntry {
  const links = childrenNamed(entry, 'link');
  const alternate = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate' && attr(l, 'href')) ?? links.find((l) => attr(l, 'href'));
  const author = child(entry, 'author');
  return compact({
    link: attr(alternate, 'href') ?? '',
    title: textOf(child(entry, 'title')),
    publishedAt: normaliseDate(textOf(child(entry, 'published')) || textOf(child(entry, 'updated'))),
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

/** Keeps ISO 8601 as the feed states it; turns RFC 822 and similar into ISO date-times. */
export function normaliseDate(text: string): string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (/^\d{4}-\d{2}(-\d{2})?([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(t)) return t;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function compact(entry: RawEntry): RawEntry {
  const out: RawEntry = { link: entry.link };
  if (entry.title) out.title = entry.title;
  if (entry.publishedAt) out.publishedAt = entry.publishedAt;
  if (entry.author) out.author = entry.author;
  if (entry.guid) out.guid = entry.guid;
  return out;
}
