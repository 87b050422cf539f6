/**
 * Feed autodiscovery: `<link rel="alternate" type="application/rss+xml" href>` and
 * its Atom, RDF and JSON Feed siblings, in document order. Common-path probing
 * (/feed, /rss.xml) is not done here: it costs requests, so it belongs to the
 * add-time dry run, where an operator is waiting for the answer.
 */
import { load } from 'cheerio';

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
  'application/json',
  'application/xml',
  'text/xml',
]);

/** Absolute http(s) feed URLs advertised by an HTML page, deduplicated, in order. */
export function discoverFeedLinks(html: string, pageUrl: string): string[] {
  const $ = load(html);
  const baseHref = $('base[href]').first().attr('href');
  let base = pageUrl;
  if (baseHref) {
    try {
      base = new URL(baseHref, pageUrl).href;
    } catch {
      // A broken <base> is ignored, as browsers do.
    }
  }
  const found: string[] = [];
  $('link[rel][href]').each((_, el) => {
    const rel = ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/);
    const type = ($(el).attr('type') ?? '').toLowerCase().split(';')[0]!.trim();
    if (!rel.includes('alternate') || !FEED_TYPES.has(type)) return;
    try {
      const url = new URL(($(el).attr('href') ?? '').trim(), base);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !found.includes(url.href)) found.push(url.href);
    } catch {
      // Unparseable href: not a feed we can poll.
    }
  });
  return found;
}
