import { listingPath } from '../links.js';
import type { DemoArticle, OutletId } from '../types.js';
import { ARTICLE_000 } from './000-northwire-jcs-casualties.js';
import { ARTICLE_001 } from './001-korea-frontline-nis-600.js';
import { ARTICLE_002 } from './002-global-dispatch-three-in-five.js';
import { ARTICLE_003 } from './003-daily-meridian-over-100.js';
import { ARTICLE_004 } from './004-daily-meridian-jcs-rewrite.js';

/** Every demo article, in seed order. */
export const ARTICLES: readonly DemoArticle[] = [ARTICLE_000, ARTICLE_001, ARTICLE_002, ARTICLE_003, ARTICLE_004];

/** An outlet's articles, newest first, as its home page lists them. */
export function articlesOf(outletId: OutletId): DemoArticle[] {
  return newestFirst(ARTICLES.filter((a) => a.outletId === outletId));
}

/** One entry of a feed: the article and the path (with query) the feed gives. */
export interface FeedItem {
  article: DemoArticle;
  linkPath: string;
}

/** A feed's entries, newest first. */
export function feedItems(feedId: string): FeedItem[] {
  return newestFirst(ARTICLES.filter((a) => a.feeds.some((l) => l.feedId === feedId))).map((article) => {
    const listing = article.feeds.find((l) => l.feedId === feedId);
    return { article, linkPath: listing ? listingPath(article, listing) : article.path };
  });
}

function newestFirst(articles: DemoArticle[]): DemoArticle[] {
  return [...articles].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
}
