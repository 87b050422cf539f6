/**
 * JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1). Only the fields a feed
 * entry needs are read; anything of the wrong type is ignored, never trusted.
 */
import { PermanentError } from '../pipeline/errors.js';
import type { RawEntry } from './feed-xml.js';
import { normaliseDate } from './feed-xml.js';

export interface JsonFeedContent {
  title: string | null;
  items: RawEntry[];
  /** Items after the ones read (beyond skipItems + maxItems). */
  skippedItems: number;
}

const JSON_FEED_VERSION_PREFIX = 'https://jsonfeed.org/version/';

export function readJsonFeed(text: string, maxItems: number, skipItems = 0): JsonFeedContent {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new PermanentError('FEED_MALFORMED', 'JSON feed is not valid JSON', { cause: err });
  }
  if (!isRecord(doc) || !Array.isArray(doc.items) || !(str(doc.version) ?? '').startsWith(JSON_FEED_VERSION_PREFIX)) {
    throw new PermanentError('FEED_UNKNOWN_TYPE', 'JSON document is not a JSON Feed');
  }
  const items: RawEntry[] = [];
  for (const item of doc.items.slice(skipItems, skipItems + maxItems)) {
    if (!isRecord(item)) continue;
    const entry: RawEntry = { link: str(item.url) ?? str(item.external_url) ?? '' };
    const title = str(item.title);
    const publishedAt = normaliseDate(str(item.date_published) ?? str(item.date_modified) ?? '');
    const author = authorOf(item) ?? authorOf(doc);
    const guid = str(item.id) ?? (typeof item.id === 'number' ? String(item.id) : undefined);
    if (title) entry.title = title;
    if (publishedAt) entry.publishedAt = publishedAt;
    if (author) entry.author = author;
    if (guid) entry.guid = guid;
    items.push(entry);
  }
  return { title: str(doc.title) ?? null, items, skippedItems: Math.max(0, doc.items.length - skipItems - maxItems) };
}

/** 1.1 has `authors: [{name}]`; 1.0 has `author: {name}`. */
function authorOf(obj: Record<string, unknown>): string | undefined {
  if (Array.isArray(obj.authors) && isRecord(obj.authors[0])) return str(obj.authors[0].name);
  if (isRecord(obj.author)) return str(obj.author.name);
  return undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}
