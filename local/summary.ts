/**
 * What one pass of the embedded runner did: the facts a person reads at the end
 * of `wirewatch run --once` and the demo, that `run --json` prints, and that
 * tests assert on. Published articles are listed as short entries, never as
 * their documents: those are in the output file already, and a document carries
 * every claim with its spans (43 KB of JSON on average on the bench pages), so a
 * pass that kept them held them all to its end (a 2,000-page `run --once`: 520 MB
 * of heap in use at its end, 86 MB without).
 */
import type { ArticleDocument } from '../pipeline/output.js';

/** How one feed's poll ended in a crawl. */
export const FEED_POLL_STATUSES = ['ok', 'not_modified', 'failed'] as const;

export interface FeedPollResult {
  feedId: string;
  status: (typeof FEED_POLL_STATUSES)[number];
  entries: number;
  code?: string;
  message?: string;
  warnings: string[];
}

/** A feed entry not fetched because its URL is known: the cheapest dedup. */
export interface CollapsedEntry {
  feedId: string;
  url: string;
  urlKey: string;
  reason: 'same_url_in_pass' | 'seen_before' | 'failed_before';
  /** The URL of the same article that was fetched instead (same pass). */
  sameAs?: string;
  articleId?: string;
  code?: string;
}

/**
 * A document published in the pass, as the summary lists it: what names it, where
 * it came from, its dedup verdict and story, how many claims it carries. The
 * document itself is the output line with the same `idempotencyKey`.
 */
export interface PublishedEntry {
  idempotencyKey: string;
  articleId: string;
  /** The URL the page was fetched from and its canonical URL (`article.url`, `article.canonicalUrl`). */
  url: string;
  canonicalUrl: string;
  title: string;
  siteName: string | null;
  publishedAt: string | null;
  feedId: string;
  /** The URL as the feed listed it. */
  entryUrl: string;
  storyId: string;
  dedup: ArticleDocument['dedup'];
  claimsStatus: ArticleDocument['claimsStatus'];
  /** Claims tagged in the article, and how many of them state a figure (a value or a range). */
  claims: number;
  figureClaims: number;
  /** Ids of the watches the document matches. */
  watches: string[];
}

export interface RunSummary {
  startedAt: string;
  finishedAt: string;
  feeds: FeedPollResult[];
  entriesListed: number;
  collapsedBeforeFetch: CollapsedEntry[];
  /** Fetched, then found to be a URL variant of a stored article (rel=canonical). */
  sameUrlAfterFetch: Array<{ feedId: string; url: string; articleId: string; canonicalUrl: string }>;
  skipped: Array<{ feedId: string; url: string; reason: string }>;
  pageErrors: Array<{ feedId: string; url: string; code: string; message: string }>;
  /** Documents written to the output in this pass, in order. */
  published: PublishedEntry[];
}

export function emptySummary(now: Date): RunSummary {
  return {
    startedAt: now.toISOString(),
    finishedAt: now.toISOString(),
    feeds: [],
    entriesListed: 0,
    collapsedBeforeFetch: [],
    sameUrlAfterFetch: [],
    skipped: [],
    pageErrors: [],
    published: [],
  };
}

/** A claim the summary shows with its figure: a value, or a range without one. */
export function hasFigure(claim: ArticleDocument['claims'][number]): boolean {
  return claim.value !== null || claim.bound === 'range';
}

/** The summary's entry for a published document (copies only short strings and counts). */
export function publishedEntryOf(doc: ArticleDocument): PublishedEntry {
  const { article, dedup } = doc;
  let figureClaims = 0;
  for (const claim of doc.claims) if (hasFigure(claim)) figureClaims += 1;
  return {
    idempotencyKey: doc.idempotencyKey,
    articleId: article.id,
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    siteName: article.siteName,
    publishedAt: article.publishedAt,
    feedId: doc.provenance.feedId,
    entryUrl: doc.provenance.entryUrl,
    storyId: doc.story.id,
    dedup: { status: dedup.status, duplicateOf: dedup.duplicateOf, duplicateReason: dedup.duplicateReason, similarity: dedup.similarity },
    claimsStatus: doc.claimsStatus,
    claims: doc.claims.length,
    figureClaims,
    watches: doc.watches.map((w) => w.id),
  };
}
