import { outletById } from './outlets.js';
import type { DemoArticle, FeedListing } from './types.js';

/**
 * The addresses of one article. Every article has a canonical path and an AMP
 * copy; feeds and home pages may link a variant (utm parameters, AMP) so that a
 * crawler following them meets the same article under several URLs.
 */

export function ampPath(article: DemoArticle): string {
  const style = outletById(article.outletId).ampStyle;
  return style === 'path-suffix' ? `${article.path}/amp` : `${article.path}?outputType=amp`;
}

/** The path (with query) a feed gives for the article. */
export function listingPath(article: DemoArticle, listing: FeedListing): string {
  if (listing.amp) return ampPath(article);
  return withQuery(article.path, listing.query);
}

/** The path (with query) the outlet's home page links the article with. */
export function homeLinkPath(article: DemoArticle): string {
  return withQuery(article.path, article.homeQuery);
}

/** Non-canonical paths the feeds list for the article: what a crawler of every feed entry meets. */
export function feedVariantPaths(article: DemoArticle): string[] {
  const listed = article.feeds.map((listing) => listingPath(article, listing));
  return [...new Set(listed)].filter((p) => p !== article.path);
}

export function sectionPath(outletId: DemoArticle['outletId'], slug: string): string {
  return `${outletById(outletId).prefix}/section/${slug}`;
}

function withQuery(path: string, query: string | undefined): string {
  return query ? `${path}?${query}` : path;
}
