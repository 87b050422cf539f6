/**
 * What one pass of the embedded runner did: the facts a person reads at the end
 * of `wirewatch run --once` and the demo, and that tests assert on.
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
  published: ArticleDocument[];
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

/**
 * `JSON.stringify(summary)`, with each document's JSON taken from `jsonOf`
 * when it has it: the embedded publish already serialised every document once
 * for the article log and the output file, and a document carries every claim
 * with its spans (about 0.2 ms each to serialise again).
 */
export function summaryJson(summary: RunSummary, jsonOf: (document: ArticleDocument) => string | undefined): string {
  const rest = JSON.stringify({ ...summary, published: [] });
  const tail = '"published":[]}';
  // Another field after `published` would change where the list goes: serialise it all then.
  if (!rest.endsWith(tail)) return JSON.stringify(summary);
  const docs = summary.published.map((d) => jsonOf(d) ?? JSON.stringify(d));
  return `${rest.slice(0, -2)}${docs.join(',')}]}`;
}
