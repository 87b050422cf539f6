/** The pure work of the chain, run in the calling thread: the default compute port, and what a pool's threads run. */
import { tagClaims, type TagOptions } from '../claims/index.js';
import { articleFeatures, FeatureScratch } from '../dedup/features.js';
import { extractArticle } from '../extract/index.js';
import type { Claim, ExtractedArticle, FeedEntry, FetchedPage } from '../types.js';
import type { ChainCompute } from './types.js';

/** Extraction, with the feed's entry metadata as hints. */
export function extractPage(page: Pick<FetchedPage, 'html' | 'finalUrl'>, entry: FeedEntry, fetchedAtMs?: number): ExtractedArticle {
  return extractArticle({
    html: page.html,
    url: page.finalUrl,
    hints: { title: entry.title, publishedAt: entry.publishedAt, author: entry.author },
    ...(fetchedAtMs !== undefined ? { fetchedAtMs } : {}),
  });
}

/** An article's claims as tagged under `articleId`. */
export function tagArticle(article: ExtractedArticle, articleId: string, options?: TagOptions): Claim[] {
  return tagClaims({ articleId, title: article.title, text: article.text, publishedAt: article.publishedAt, language: article.language }, options);
}

/** The compute port on this thread, over HTML strings. */
export function inThreadCompute(options: TagOptions = {}): Required<Omit<ChainCompute<string>, 'warm'>> {
  // Its signature buffers: the features of one article are computed at a time, synchronously.
  const scratch = new FeatureScratch();
  return {
    extract: async (html, finalUrl, entry, fetchedAtMs) => extractPage({ html, finalUrl }, entry, fetchedAtMs),
    features: (article) => articleFeatures(article.title, article.text, scratch),
    claims: async (article, articleId) => tagArticle(article, articleId, options),
  };
}
