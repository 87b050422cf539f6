/**
 * HTML section pages as a source (`kind: html`): the article links of a section
 * front ("World", "Asia") become feed entries. Which links are articles is the
 * feed's `allowPattern`; without one, links on the same host whose last path
 * segment looks like a headline slug are taken.
 */
import { load } from 'cheerio';
import type { FeedEntry } from '../pipeline/types.js';
import { toPlainText } from './plain-text.js';
import { isBlockedLiteral, type UrlPolicy } from './url-policy.js';

/** A section front lists dozens of stories; more than this is a link farm. */
export const MAX_SECTION_LINKS = 200;
/** `north-korean-troops-suffer-losses`, `story-12345`: a slug of at least three words or an id. */
const SLUG_LIKE = /(?:[a-z0-9]+-){2,}[a-z0-9]+|\d{5,}/i;

export interface SectionLinks {
  entries: FeedEntry[];
  /** Links dropped because they point at refused addresses. */
  blockedEntries: number;
}

export function parseSectionPage(html: string, pageUrl: string, feedId: string, options: { allowPattern?: string; policy: UrlPolicy }): SectionLinks {
  const $ = load(html);
  const page = new URL(pageUrl);
  const pattern = options.allowPattern ? new RegExp(options.allowPattern) : null;
  const seen = new Set<string>();
  const entries: FeedEntry[] = [];
  let blockedEntries = 0;
  $('a[href]').each((_, el) => {
    if (entries.length >= MAX_SECTION_LINKS) return false;
    let url: URL;
    try {
      url = new URL($(el).attr('href') ?? '', page);
    } catch {
      return undefined;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    const href = url.toString();
    if (seen.has(href) || href === page.toString()) return undefined;
    const isArticle = pattern ? pattern.test(href) : url.host === page.host && SLUG_LIKE.test(url.pathname.split('/').filter(Boolean).pop() ?? '');
    if (!isArticle) return undefined;
    if (isBlockedLiteral(url, options.policy)) {
      blockedEntries += 1;
      return undefined;
    }
    seen.add(href);
    const title = toPlainText($(el).text()).trim();
    entries.push({ url: href, feedId, ...(title ? { title } : {}) });
    return undefined;
  });
  return { entries, blockedEntries };
}
