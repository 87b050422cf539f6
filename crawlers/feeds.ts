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
import { toPlainText } from './plain-text.js';
import { readProlog } from './xml-prolog.js';
import { PRODUCTION_URL_POLICY, isBlockedLiteral, type UrlPolicy } from './url-policy.js';
import { childElements, isExplicitlyClosed, localName, parseXmlDocument, type XmlNode } from './xml-tree.js';

export { discoverFeedLinks } from './feed-discovery.js';

/** The sitemap protocol allows 50 000 URLs a file; no news feed comes close. */
export const DEFAULT_MAX_FEED_ITEMS = 50_000;
/** Above this many characters a "feed" is an attack or a mistake. */
export const MAX_FEED_CHARS = 64 * 1024 * 1024;

/**
 * Warning codes a ParsedFeed may carry (a subset of ERROR_CODES).
 * SSRF_BLOCKED_ADDRESS: entries naming a refused address were dropped (see blockedEntries).
 */
export type FeedWarning = 'FEED_PARTIAL' | 'PARSE_LIMIT_EXCEEDED' | 'SSRF_BLOCKED_ADDRESS';

export interface ParsedFeed {
  kind: FeedKind;
  title: string | null;
  entries: FeedEntry[];
  /** Child sitemap URLs when the document is a sitemap index (entries is then empty). */
  sitemaps: string[];
  warnings: FeedWarning[];
  /**
   * Entries and child sitemaps dropped at discovery because their host is an
   * address the URL policy refuses (10.0.0.1, 127.0.0.2, 169.254.169.254,
   * localhost...): counted so operators see a feed pointing inward.
   */
  blockedEntries: number;
  /** RSS <ttl> or sy:updatePeriod/updateFrequency, in seconds. */
  ttlSecs: number | null;
  /**
   * When the document holds more items than one parse reads (PARSE_LIMIT_EXCEEDED):
   * the `skipItems` that reads on after these. null: the document's end was reached.
   */
  nextOffset: number | null;
}

export interface ParseFeedOptions {
  maxItems?: number;
  /** Decides which literal addresses entries may name; default: the production policy. */
  policy?: UrlPolicy;
  /** Items (entries, or child sitemaps of an index) to pass over: those an earlier parse read. */
  skipItems?: number;
}

export function parseFeed(text: string, feedUrl: string, feedId: string, options: ParseFeedOptions = {}): ParsedFeed {
  const maxItems = options.maxItems ?? DEFAULT_MAX_FEED_ITEMS;
  const policy = options.policy ?? PRODUCTION_URL_POLICY;
  const skipItems = options.skipItems ?? 0;
  if (text.length > MAX_FEED_CHARS) {
    throw new PermanentError('PARSE_LIMIT_EXCEEDED', 'feed too large to parse', { context: { feedUrl, chars: text.length } });
  }
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*[[{]/.test(body)) {
    const json = readJsonFeed(body, maxItems, skipItems);
    const warnings: FeedWarning[] = json.skippedItems > 0 ? ['PARSE_LIMIT_EXCEEDED'] : [];
    const nextOffset = json.skippedItems > 0 ? skipItems + maxItems : null;
    return finish({ kind: 'jsonfeed', title: json.title, items: json.items, sitemaps: [], warnings, ttlSecs: null, nextOffset }, feedUrl, feedId, policy);
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
  const content = readXmlFeed(root, body, maxItems, feedUrl, skipItems);
  const found = content.items.length + content.sitemaps.length;
  const broken = content.droppedItems > 0 || !isExplicitlyClosed(root, body);
  if (broken && found === 0) {
    throw new PermanentError('FEED_MALFORMED', 'feed is malformed and no item could be read', { context: { feedUrl } });
  }
  const warnings: FeedWarning[] = [];
  if (broken) warnings.push('FEED_PARTIAL');
  if (content.skippedItems > 0) warnings.push('PARSE_LIMIT_EXCEEDED');
  const { kind, title, items, sitemaps, ttlSecs } = content;
  const nextOffset = content.skippedItems > 0 ? skipItems + maxItems : null;
  return finish({ kind, title, items, sitemaps, warnings, ttlSecs, nextOffset }, feedUrl, feedId, policy);
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
 * prolog, read past comments, processing instructions and CDATA (xml-prolog.ts).
 * A plain `<!DOCTYPE rss PUBLIC ...>` (RSS 0.91) passes: its DTD is never fetched.
 */
function rejectDtd(text: string, feedUrl: string): void {
  const prolog = readProlog(text);
  if (prolog.internalSubset || prolog.entity || prolog.doctypes > 1) {
    throw new PermanentError('FEED_DTD_FORBIDDEN', 'feed declares a DTD subset or entities', { context: { feedUrl } });
  }
}

function isHtmlRoot(root: XmlNode): boolean {
  const name = localName(root);
  return name === 'html' || name === 'head' || name === 'body';
}

interface FeedContent {
  kind: FeedKind;
  title: string | null;
  items: RawEntry[];
  sitemaps: string[];
  warnings: FeedWarning[];
  ttlSecs: number | null;
  nextOffset: number | null;
}

/**
 * Turns raw entries into FeedEntries: links resolved against the feed URL and
 * anything not http(s) dropped (javascript:, data:, file:), links naming a
 * refused address dropped and counted, titles and authors made plain text.
 */
function finish(content: FeedContent, feedUrl: string, feedId: string, policy: UrlPolicy): ParsedFeed {
  let blockedEntries = 0;
  const accept = (link: string): string | null => {
    const url = absoluteHttpUrl(link, feedUrl);
    if (url === null) return null;
    if (isBlockedLiteral(new URL(url), policy)) {
      blockedEntries++;
      return null;
    }
    return url;
  };
  const entries: FeedEntry[] = [];
  for (const item of content.items) {
    const url = accept(item.link);
    if (url === null) continue;
    const entry: FeedEntry = { url, feedId };
    const title = item.title === undefined ? '' : toPlainText(item.title);
    const author = item.author === undefined ? '' : toPlainText(item.author);
    if (title !== '') entry.title = title;
    if (item.publishedAt !== undefined) entry.publishedAt = item.publishedAt;
    if (author !== '') entry.author = author;
    if (item.guid !== undefined) entry.guid = item.guid;
    entries.push(entry);
  }
  const sitemaps = content.sitemaps.map(accept).filter((u): u is string => u !== null);
  const warnings = blockedEntries > 0 ? [...content.warnings, 'SSRF_BLOCKED_ADDRESS' as const] : content.warnings;
  const title = content.title === null ? null : toPlainText(content.title) || null;
  return { kind: content.kind, title, entries, sitemaps, warnings, blockedEntries, ttlSecs: content.ttlSecs, nextOffset: content.nextOffset };
}

/**
 * Resolves against the feed URL; null for anything that is not http(s).
 * A scheme broken up by whitespace ("jav&#x09;ascript:" arrives here as
 * "jav ascript:") would otherwise resolve as a harmless-looking relative path;
 * it is a script URL in a browser, so it is dropped too.
 */
function absoluteHttpUrl(link: string, base: string): string | null {
  if (link.trim() === '') return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(link.replace(/\s+/g, ''));
  if (scheme && !/^https?$/i.test(scheme[1]!)) return null;
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
