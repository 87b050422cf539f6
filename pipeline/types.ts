/**
 * Domain types shared by every stage. Data flows one way:
 * feeds → discover → fetch → extract → dedup → claims → output.
 * Each stage takes one of these as input and returns the next; none of them
 * holds a reference to a queue, a socket or a file.
 */

/*
 * Each closed set of names below is one `as const` array: the type is derived
 * from it, and the zod schemas (config/schema.ts, output.ts) take the same array.
 */

/** How a feed is polled: its document type ('auto': detected from the response). */
export const FEED_KINDS = ['auto', 'rss', 'atom', 'rdf', 'jsonfeed', 'sitemap', 'google-news-sitemap', 'html'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

/** How article pages of a feed are fetched. */
export const RENDER_MODES = ['auto', 'http', 'browser'] as const;
export type RenderMode = (typeof RENDER_MODES)[number];

/** How a page was obtained. */
export const FETCH_VIAS = ['http', 'browser'] as const;
export type FetchVia = (typeof FETCH_VIAS)[number];

/** One item listed by a feed, before its page is fetched. */
export interface FeedEntry {
  /** Absolute URL of the article page as the feed gives it. */
  url: string;
  feedId: string;
  title?: string;
  /** ISO 8601 date or date-time as the feed states it. */
  publishedAt?: string;
  author?: string;
  guid?: string;
}

/** A fetched article page, decoded to text. */
export interface FetchedPage {
  /** The URL that was asked for. */
  requestedUrl: string;
  /** The URL after redirects: what relative links resolve against. */
  finalUrl: string;
  status: number;
  contentType: string;
  html: string;
  /**
   * The response bytes `html` was decoded from (by `contentType`, see
   * crawlers/charset.ts), for a CPU thread to decode itself: copying bytes into
   * a thread costs far less than copying the decoded string (two bytes a
   * character). Absent for rendered pages; never part of job data.
   */
  body?: Uint8Array;
  /** ISO 8601 date-time of the response. */
  fetchedAt: string;
  via: FetchVia;
}

/** What extraction reads of a page: the HTML, or the bytes it came from when there are some. */
export type ExtractablePage = Pick<FetchedPage, 'html' | 'finalUrl'> & Partial<Pick<FetchedPage, 'body' | 'contentType'>>;

/** Labels an extracted page carries instead of being silently passed on. */
export const ARTICLE_FLAGS = ['not_article', 'paywalled', 'truncated', 'bot_challenge', 'thin'] as const;
export type ArticleFlag = (typeof ARTICLE_FLAGS)[number];

/** Output of the extract stage. */
export interface ExtractedArticle {
  url: string;
  /** rel=canonical / og:url when present, resolved against the URL; else the URL. */
  canonicalUrl: string;
  title: string;
  byline: string | null;
  /** ISO 8601 date or date-time, or null when the page states none. */
  publishedAt: string | null;
  modifiedAt: string | null;
  /** BCP 47 primary tag such as "en", or null. */
  language: string | null;
  siteName: string | null;
  leadImageUrl: string | null;
  section: string | null;
  /** Clean body text: paragraphs and headings separated by one blank line. */
  text: string;
  flags: ArticleFlag[];
  /** Which extraction path produced the text, for quality tracking. */
  method: string;
}

/**
 * `new`: first time seen. `same_url`: an article already stored under this URL
 * key with the same text (nothing to publish). `revision`: same URL, changed text.
 * `duplicate`: another URL carries the same report (see duplicateOf).
 */
export const DEDUP_STATUSES = ['new', 'same_url', 'revision', 'duplicate'] as const;
export type DedupStatus = (typeof DEDUP_STATUSES)[number];

/** The statuses a published document can carry (`same_url` publishes nothing). */
export const PUBLISHED_DEDUP_STATUSES = ['new', 'revision', 'duplicate'] as const satisfies readonly DedupStatus[];

/** Why an article is a duplicate of another one: which level matched. */
export const DUPLICATE_REASONS = ['exact_text', 'near_copy', 'rewrite'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

/** Output of the dedup stage for one article. */
export interface DedupVerdict {
  /** Stable id of the article (a hash of its canonical URL). */
  articleId: string;
  /** The URL key the article is known by after canonicalisation. */
  canonicalUrl: string;
  /** See DEDUP_STATUSES. */
  status: DedupStatus;
  /** Article id of the first-seen copy of the same report, or null. */
  duplicateOf: string | null;
  duplicateReason: DuplicateReason | null;
  /** Estimated similarity to duplicateOf (Jaccard of shingles), or null. */
  similarity: number | null;
  /** Story (news event) the article belongs to. */
  storyId: string;
  /** Similarity to the story it joined, null when it opened a new story. */
  storySimilarity: number | null;
}

/** Bounds of a figure: = exact, ~ about, > more than, >= at least, <~ nearly, < fewer than, <= up to, range (low/high). */
export const BOUNDS = ['=', '~', '>', '>=', '<', '<=', '<~', 'range'] as const;
export type Bound = (typeof BOUNDS)[number];

/**
 * What a claim is. General kinds: quantity (a figure), statement (an attributed
 * statement without a figure), prediction (one about the future). Measure packs
 * give their own (the shipped conflict pack: casualties, deployment, arms_supply, other).
 */
export const CLAIM_KINDS = ['quantity', 'statement', 'prediction', 'casualties', 'deployment', 'arms_supply', 'other'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Claim kinds a measure pack may give; statement and prediction belong to the general layer. */
export const PACK_CLAIM_KINDS = ['casualties', 'deployment', 'arms_supply', 'other', 'quantity'] as const satisfies readonly ClaimKind[];

/** Where a claim is: 'title' for the headline, 'body' for the clean text. */
export const CLAIM_PLACES = ['title', 'body'] as const;
export type ClaimPlace = (typeof CLAIM_PLACES)[number];

/** Whether an article's claims were looked for: not when its language is one the tagger does not read. */
export const CLAIMS_STATUSES = ['tagged', 'language_not_supported'] as const;
export type ClaimsStatus = (typeof CLAIMS_STATUSES)[number];

/** Direction of a change a figure states. */
export const CHANGE_DIRECTIONS = ['up', 'down'] as const;
export type ChangeDirection = (typeof CHANGE_DIRECTIONS)[number];

/** A stretch of the title or the clean text (UTF-16 offsets, end exclusive). */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** A change a figure states: "rose 23%", "from 5% to 7%", "cut 1,200 jobs". */
export interface ClaimChange {
  direction: ChangeDirection | null;
  from: number | null;
  to: number | null;
}

/** The figure of a claim, where it is and what kind of amount it is. */
export interface ClaimFigure extends TextSpan {
  /** count, money, percent, percentage_point, share, measure. */
  type: string;
  /** Rate denominator: "per day" → day, "a share" → share. */
  per: string | null;
  change: ClaimChange | null;
  /** The date or period the figure is about ("in the third quarter", "since 2022"). */
  timeScope: TextSpan | null;
}

/** One attributed claim found in an article. */
export interface Claim {
  /** Stable id: hash of article id, offsets and value. */
  id: string;
  in: ClaimPlace;
  kind: ClaimKind;
  /** Verb-ish label of what is counted: killed, wounded, killed_or_wounded, ... */
  measure: string | null;
  value: number | null;
  bound: Bound | null;
  low: number | null;
  high: number | null;
  /**
   * null for counts; 'share' for proportions (0.5 = half); 'percent' (5 = 5%);
   * 'percentage_point'; 'basis_point'; an ISO 4217 code for money (value in
   * units of it, scale applied); a unit symbol (kg, km, °C, MW...).
   */
  unit: string | null;
  /** The thing counted, e.g. "North Korean soldiers". */
  counted: string | null;
  /** Canonical source id, e.g. "south-korea-nis", or null when no one is named. */
  source: string | null;
  /** The words the text uses for the source. */
  sourceText: string | null;
  /** Canonical id of the intermediary ("citing the NIS", "Yonhap reported"). */
  via: string | null;
  /** Reporting expression: said, estimates, according to, ... */
  cue: string | null;
  /** reportedly / may / might / could, or null. */
  hedge: string | null;
  /** The figure's span and amount details; null for claims without a figure. */
  figure: ClaimFigure | null;
  /** Where the source, the cue and the content are (null when absent or not in this sentence). */
  sourceSpan: TextSpan | null;
  cueSpan: TextSpan | null;
  contentSpan: TextSpan | null;
  /** The sentence the claim is in. */
  sentence: string;
  /** Character offsets of the sentence in the title or the clean text. */
  start: number;
  end: number;
  /** 0..1: how much the claim is worth checking (has a figure, a source, ...). */
  checkWorthiness: number;
}
