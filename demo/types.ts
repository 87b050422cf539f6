/**
 * Types of the demo news sites: fictional outlets serving the five seed
 * articles with the page furniture real news sites wrap around a story.
 * Nothing here is used by the pipeline; the demo is a fixture and a showcase.
 */

import type { FeedKind } from '../pipeline/types.js';

/** Outlets of the demo, one path prefix each on the one local server. */
export type OutletId = 'northwire' | 'korea-frontline' | 'global-dispatch' | 'daily-meridian';

/** Feed document types the demo serves (a subset of the pipeline's FeedKind). */
export type DemoFeedKind = Extract<FeedKind, 'rss' | 'atom' | 'google-news-sitemap'>;

/**
 * Inline furniture a layout places between body paragraphs, at the spot the
 * seed page had it (seed 002 shows "Also read" boxes between paragraphs).
 */
export type SlotName = 'also-read' | 'others-reading' | 'ad';

/** One piece of an article body, in reading order. */
export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'h2'; text: string }
  /** A lede printed in bold above the body (seed 003); part of the article. */
  | { kind: 'summary'; text: string }
  | { kind: 'slot'; name: SlotName };

export interface ArticleImage {
  /** File name under /media/ (an SVG placeholder is served there). */
  file: string;
  alt: string;
  /** Caption shown under the image; may repeat the headline, as seed 002 does. */
  caption: string | null;
  credit: string;
}

/**
 * One feed entry for the article, and which URL variant the feed gives: the
 * canonical URL, the canonical URL plus a query (utm parameters), or the AMP
 * copy. Listing one article in two feeds under two URLs is how the demo makes
 * a crawler meet the same article twice.
 */
export interface FeedListing {
  feedId: string;
  /** Query string (no "?") added to the canonical path, e.g. utm parameters. */
  query?: string;
  /** The feed lists the AMP URL instead of the canonical one. */
  amp?: boolean;
}

/** A seed article as one outlet publishes it. */
export interface DemoArticle {
  /** Seed file name without ".txt", e.g. "000_6275b9eade664fba". */
  seedId: string;
  outletId: OutletId;
  /** Canonical path on the demo server, no trailing slash. */
  path: string;
  title: string;
  /** Standfirst (dek) under the headline, or null when the page has none. */
  standfirst: string | null;
  author: string;
  /** ISO 8601 date-time with offset, as the page states it. */
  publishedAt: string;
  modifiedAt: string;
  section: { name: string; slug: string };
  tags: string[];
  image: ArticleImage | null;
  body: Block[];
  /** Feeds listing the article, with the URL variant each uses. */
  feeds: FeedListing[];
  /** Query string (no "?") the outlet's home page adds to its link, if any. */
  homeQuery?: string;
}
