/**
 * Feed text → entries, for every feed kind we poll. Guards run before parsing:
 * a size cap, and a refusal of any internal DTD subset or entity declaration
 * (billion laughs, XXE), so no entity is ever expanded whatever the parser does.
 * Parsing is lenient: what was read before a break is kept and flagged.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { PermanentError } from '../pipeline/errors.js';
import type { FeedEntry, FeedKind } from '../pipeline/types.js';
import { readJsonFeed } from './feed-json.js';
import { kindOfRoot, readXmlFeed, type RawEntry } from './feed-xml.js';
import { childElements, isExplicitlyClosed, localName, parseXmlDocument, type XmlNode } from './xml-tree.js';

export { discoverFeedLinks } from './feed-discovery.js';

/** The sitemap protocol allows 50 000 URLs a file; no news feed comes close. */
export const DEFAULT_MAX_FEED_ITEMS = 50_000;
/** Above this many characters a "feed" is an attack or a mistake. */
export const MAX_FEED_CHARS = 64 * 1024 * 1024;

/** Warning codes a ParsedFeed may carry (a subset of ERROR_CODES). */
export type FeedWarning = 'FEED_PARTIAL' | 'PARSE_LIMIT_EXCEEDED';

export interface ParsedFeed {
  kind: FeedKind;
  title: string | null;
  entries: FeedEntry[];
  /** Child sitemap URLs when the document is a sitemap index (entries is then empty). */
  sitemaps: string[];
  warnings: FeedWarning[];
  /** RSS <ttl> or sy:updatePeriod/updateFrequency, in seconds. */
  ttlSecs: number | null;
}

export interface ParseFeedOptions {
  maxItems?: number;
}

export function parseFeed(text: string, feedUrl: string, feedId: string, options: ParseFeedOptions = {}): ParsedFeed {
  const maxItems = options.maxItems ?? DEFAULT_MAX_FEED_ITEMS;
  if (text.length > MAX_FEED_CHARS) {
    throw new PermanentError('PARSE_LIMIT_EXCEEDED', 'feed too large to parse', { context: { feedUrl, chars: text.length } });
  }
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*[[{]/.test(body)) {
    const json = readJsonFeed(body, maxItems);
    const warnings: FeedWarning[] = json.skippedItems > 0 ? ['PARSE_LIMIT_EXCEEDED'] : [];
    return finish('jsonfeed', json.title, json.items, [], warnings, null, feedUrl, feedId);
  }
  rejectDtd(body, feedUrl);

  const doc = parseXmlDocument(body);
  const root = childElements(doc)[0];
  if (!root) throw new PermanentError('FEED_NOT_XML', 'no XML element found', { context: { feedUrl } });
  if (isHtmlRoot(root)) {
    throw new PermanentError('FEED_NOT_XML', 'document is HTML, not a feed', { context: { feedUrl } });
  }
  if (kindOfRoot(root) === null) {
    throw new PermanentError('FEED_UNKNOWN_TYPE', `unknown feed root element <${root.name}>`, { context: { feedUrl } });
  }
  const content = readXmlFeed(root, body, maxItems);
  const found = content.items.length + content.sitemaps.length;
  const broken = content.droppedItems > 0 || !isExplicitlyClosed(root, body);
  if (broken && found === 0) {
    throw new PermanentError('FEED_MALFORMED', 'feed is malformed and no item could be read', { context: { feedUrl } });
  }
  const warnings: FeedWarning[] = [];
  if (broken) warnings.push('FEED_PARTIAL');
  if (content.skippedItems > 0) warnings.push('PARSE_LIMIT_EXCEEDED');
  const sitemaps = content.sitemaps.map((u) => absoluteHttpUrl(u, feedUrl)).filter((u): u is string => u !== null);
  return finish(content.kind, content.title, content.items, sitemaps, warnings, content.ttlSecs, feedUrl, feedId);
}

/** gzip magic bytes: sitemaps are often served as .xml.gz without Content-Encoding. */
export function isGzip(body: Buffer): boolean {
  return body.length >= 2 && body[0] === 0x1f && body[1] === 0x8b;
}

const gunzipAsync = promisify(zlib.gunzip);

/** Gunzips a whole body, refusing output above maxBytes (FETCH_DECOMPRESSED_TOO_LARGE). */
export async function gunzipCapped(body: Buffer, maxBytes: number): Promise<Buffer> {
  try {
    return await gunzipAsync(body, { maxOutputLength: maxBytes });
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new PermanentError('FETCH_DECOMPRESSED_TOO_LARGE', 'gzipped feed over the byte cap', { cause: err, context: { limit: maxBytes } });
    }
    throw new PermanentError('FETCH_CORRUPT_BODY', 'gzipped feed is corrupt', { cause: err });
  }
}

/**
 * Refuses internal DTD subsets, entity declarations and repeated DOCTYPEs in the
 * prolog. A plain `<!DOCTYPE rss PUBLIC ...>` (RSS 0.91) passes: its DTD is never fetched.
 */
function rejectDtd(text: string, feedUrl: string): void {
  const firstElement = text.search(/<[A-Za-z_]/);
  const prolog = firstElement === -1 ? text : text.slice(0, firstElement);
  const doctypes = prolog.match(/<!DOCTYPE/gi)?.length ?? 0;
  if (/<!DOCTYPE[^>[]*\[/i.test(prolog) || /<!ENTITY/i.test(prolog) || doctypes > 1) {
    throw new PermanentError('FEED_DTD_FORBIDDEN', 'feed declares a DTD subset or entities', { context: { feedUrl } });
  }
}

function isHtmlRoot(root: XmlNode): boolean {
  const name = localName(root);
  return name === 'html' || name === 'head' || name === 'body';
}

function finish(
  kind: FeedKind,
  title: string | null,
  items: RawEntry[],
  sitemaps: string[],
  warnings: FeedWarning[],
  ttlSecs: number | null,
  feedUrl: string,
  feedId: string,
): ParsedFeed {
  const entries: FeedEntry[] = [];
  for (const item of items) {
    const url = absoluteHttpUrl(item.link, feedUrl);
    if (url === null) continue;
    const entry: FeedEntry = { url, feedId };
    if (item.title !== undefined) entry.title = item.title;
    if (item.publishedAt !== undefined) entry.publishedAt = item.publishedAt;
    if (item.author !== undefined) entry.author = item.author;
    if (item.guid !== undefined) entry.guid = item.guid;
    entries.push(entry);
  }
  return { kind, title, entries, sitemaps, warnings, ttlSecs };
}

/** Resolves against the feed URL; null for anything that is not http(s). */
function absoluteHttpUrl(link: string, base: string): string | null {
  if (link.trim() === '') return null;
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
