/**
 * The stages a fetched page goes through after fetching: extract → dedup →
 * claims → output document. Each stage is its own function so the distributed
 * workers can run one per queue; `processPage` composes them for the embedded
 * runner. State comes in through arguments only.
 *
 * Expected outcomes are values: a page that is not an article, or a URL variant
 * of an article already stored, is a result, never an exception.
 */
import { createHash } from 'node:crypto';
import { buildClaimTimeline, languageSupported, tagClaims, type Gazetteer, type TimelineFlag, type TimelineInput } from './claims/index.js';
import { articleIdentity, dedupArticle, type DedupStore } from './dedup/index.js';
import { articleFeatures, type ArticleFeatures } from './dedup/features.js';
import { EXTRACTOR_VERSION, extractArticle } from './extract/index.js';
import { OUTPUT_SCHEMA_ID, type ArticleDocument } from './output.js';
import type { Claim, DedupVerdict, ExtractablePage, ExtractedArticle, FeedEntry, FetchedPage } from './types.js';
import { countWords } from './word-count.js';

export const PIPELINE_VERSION = '0.1.0';

/**
 * Claims of a story's articles so far, for the story's claim timeline. In the
 * embedded mode the published documents answer it; on Redis, a capped list per story.
 */
export interface StoryClaimsStore {
  membersOf(storyId: string): Promise<TimelineInput[]>;
  add(storyId: string, member: TimelineInput): Promise<void>;
}

/** A story's timeline is built over at most this many of its latest articles. */
export const MAX_STORY_TIMELINE_MEMBERS = 50;

/**
 * Where the CPU-heavy pure steps run: in the calling thread by default
 * (IN_THREAD_COMPUTE), or on a thread pool (runtime/cpu-pool.ts) so one
 * process uses every core and a long parse never blocks its event loop.
 */
export interface PipelineCompute {
  extract(page: ExtractablePage, entry: FeedEntry): Promise<ExtractedArticle>;
  /**
   * Extraction plus, for a page that is passed on, the article's dedup features
   * and its claims as tagged under the id dedup will most likely give it, in one
   * trip: both are pure, so a pool computes them beside the parse instead of on
   * the thread that runs dedup, and the article need not travel to it again.
   */
  extractForDedup?(page: ExtractablePage, entry: FeedEntry): Promise<ExtractedForDedup>;
  claims(article: ExtractedArticle, verdict: DedupVerdict): Promise<Claim[]>;
  /** Gets ready for work (starts threads); called when a crawl pass begins. */
  warm?(): Promise<void>;
}

/** Claims tagged ahead of dedup, valid for the verdict that gives the article this id. */
export interface TaggedClaims {
  articleId: string;
  claims: Claim[];
}

/** What a pool computes for dedup and claims next to the parse. */
export interface ComputedAhead {
  features: ArticleFeatures | null;
  tagged: TaggedClaims | null;
}

export interface ExtractedForDedup extends ComputedAhead {
  article: ExtractedArticle;
}

/**
 * Extraction, and for a page that goes on to dedup its features and its claims.
 * Claims depend on dedup only through the article id, which is the one of the
 * page's URL keys unless a key is already known (a revision keeps its owner's
 * id): `taggedClaimsFor` checks that against the verdict.
 */
export function extractForDedup(page: Pick<FetchedPage, 'html' | 'finalUrl'>, entry: FeedEntry): ExtractedForDedup {
  const article = extractPage(page, entry);
  if (skipReason(article) !== null) return { article, features: null, tagged: null };
  const { articleId } = articleIdentity(page.finalUrl, article.canonicalUrl);
  return { article, features: articleFeatures(article.title, article.text), tagged: { articleId, claims: tagArticleClaims(article, articleId) } };
}

/** The claims tagged ahead, when they were tagged under the id the verdict gave. */
export function taggedClaimsFor(tagged: TaggedClaims | null | undefined, verdict: DedupVerdict): Claim[] | null {
  return tagged && tagged.articleId === verdict.articleId ? tagged.claims : null;
}

export interface ArticlePipelineDeps {
  dedupStore: DedupStore;
  /** Default: IN_THREAD_COMPUTE. */
  compute?: PipelineCompute;
  /** Without it, documents carry no claim flags. */
  storyClaims?: StoryClaimsStore;
  gazetteer?: Gazetteer;
  now: () => Date;
  /** Awaited between extraction and dedup: lets a runner dedup pages in the order it chose (local/in-order.ts). */
  beforeDedup?: () => Promise<void>;
  /** Called once this page's dedup is over (whatever its verdict): the next page may dedup. */
  afterDedup?: () => void;
  /**
   * Awaited between claim tagging and the story's claim timeline, which reads the
   * earlier members: lets a runner build timelines in the order it chose while
   * the tagging of several pages overlaps.
   */
  beforeTimeline?: () => Promise<void>;
  /** Told as each stage finishes with this page, for progress display. */
  onStage?: (stage: 'extract' | 'dedup' | 'claims', result: 'done' | 'skipped') => void;
}

/** Where a page came from: carried into the document's provenance. */
export interface PageOrigin {
  feedId: string;
  feedUrl: string;
  entry: FeedEntry;
}

export type SkipReason = 'not_article' | 'bot_challenge' | 'empty';

export type ArticleOutcome =
  | { kind: 'published'; document: ArticleDocument; verdict: DedupVerdict; article: ExtractedArticle }
  | { kind: 'same_url'; verdict: DedupVerdict; article: ExtractedArticle }
  | { kind: 'skipped'; reason: SkipReason; article: ExtractedArticle };

/** Same article version → same key, so consumers and the output queue drop repeats. */
export function idempotencyKeyFor(articleId: string, text: string): string {
  const textHash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return `${articleId}-${textHash}`;
}

/** Extract stage, with the feed's entry metadata as hints. */
export function extractPage(page: Pick<FetchedPage, 'html' | 'finalUrl'>, entry: FeedEntry): ExtractedArticle {
  return extractArticle({
    html: page.html,
    url: page.finalUrl,
    hints: { title: entry.title, publishedAt: entry.publishedAt, author: entry.author },
  });
}

/** Why an extracted page is not passed on, or null when it is an article. */
export function skipReason(article: ExtractedArticle): SkipReason | null {
  if (article.flags.includes('bot_challenge')) return 'bot_challenge';
  if (article.flags.includes('not_article')) return 'not_article';
  if (article.text.trim() === '') return 'empty';
  return null;
}

/** Dedup stage: same URL, same report, same story. `features`: see DedupInput. */
export function dedupStage(
  article: ExtractedArticle,
  page: Pick<FetchedPage, 'finalUrl' | 'fetchedAt'>,
  store: DedupStore,
  features?: ArticleFeatures,
): Promise<DedupVerdict> {
  return dedupArticle(
    {
      ...(features ? { features } : {}),
      url: page.finalUrl,
      canonicalUrl: article.canonicalUrl,
      title: article.title,
      text: article.text,
      publishedAt: article.publishedAt,
      seenAt: page.fetchedAt,
    },
    store,
  );
}

/** Claims stage. */
export function claimsStage(article: ExtractedArticle, verdict: DedupVerdict, gazetteer?: Gazetteer): Claim[] {
  return tagArticleClaims(article, verdict.articleId, gazetteer);
}

function tagArticleClaims(article: ExtractedArticle, articleId: string, gazetteer?: Gazetteer): Claim[] {
  return tagClaims(
    { articleId, title: article.title, text: article.text, publishedAt: article.publishedAt, language: article.language },
    gazetteer ? { gazetteer } : undefined,
  );
}

export const IN_THREAD_COMPUTE: PipelineCompute = {
  extract: async (page, entry) => extractPage(page, entry),
  claims: async (article, verdict) => claimsStage(article, verdict),
};

function involves(flag: TimelineFlag, articleId: string): boolean {
  switch (flag.type) {
    case 'update':
      return flag.from.articleIds.includes(articleId) || flag.to.articleIds.includes(articleId);
    case 'conflict':
      return flag.a.articleIds.includes(articleId) || flag.b.articleIds.includes(articleId);
    case 'drift':
      return flag.articleId === articleId || flag.duplicateOf === articleId;
  }
}

/**
 * The story's claim timeline with this article added; returns the flags that
 * involve it, and records the article as a member for the next ones.
 */
export async function storyClaimFlags(store: StoryClaimsStore, article: ExtractedArticle, verdict: DedupVerdict, claims: Claim[]): Promise<TimelineFlag[]> {
  const member: TimelineInput = {
    articleId: verdict.articleId,
    outlet: article.siteName,
    published: article.publishedAt,
    storyId: verdict.storyId,
    duplicateOf: verdict.status === 'duplicate' ? verdict.duplicateOf : null,
    claims,
  };
  const others = (await store.membersOf(verdict.storyId)).filter((m) => m.articleId !== verdict.articleId).slice(-MAX_STORY_TIMELINE_MEMBERS);
  const flags = buildClaimTimeline([...others, member]).flags.filter((flag) => involves(flag, verdict.articleId));
  await store.add(verdict.storyId, member);
  return flags;
}

/** The output document of one article version. */
export function buildDocument(
  article: ExtractedArticle,
  verdict: DedupVerdict,
  claims: Claim[],
  page: Pick<FetchedPage, 'finalUrl' | 'fetchedAt' | 'via'>,
  origin: PageOrigin,
  processedAt: Date,
  claimFlags: TimelineFlag[] = [],
): ArticleDocument {
  return {
    schema: OUTPUT_SCHEMA_ID,
    idempotencyKey: idempotencyKeyFor(verdict.articleId, article.text),
    article: {
      id: verdict.articleId,
      url: page.finalUrl,
      canonicalUrl: verdict.canonicalUrl,
      title: article.title,
      byline: article.byline,
      publishedAt: article.publishedAt,
      modifiedAt: article.modifiedAt,
      language: article.language,
      siteName: article.siteName,
      section: article.section,
      leadImageUrl: article.leadImageUrl,
      text: article.text,
      wordCount: countWords(article.text),
      flags: article.flags,
    },
    dedup: {
      status: verdict.status === 'same_url' ? 'new' : verdict.status,
      duplicateOf: verdict.duplicateOf,
      duplicateReason: verdict.duplicateReason,
      similarity: verdict.similarity,
    },
    story: { id: verdict.storyId, similarity: verdict.storySimilarity, claimFlags },
    claims,
    claimsStatus: languageSupported(article) ? 'tagged' : 'language_not_supported',
    provenance: {
      feedId: origin.feedId,
      feedUrl: origin.feedUrl,
      entryUrl: origin.entry.url,
      fetchedAt: page.fetchedAt,
      fetchedVia: page.via,
      extractorVersion: EXTRACTOR_VERSION,
      pipelineVersion: PIPELINE_VERSION,
      processedAt: processedAt.toISOString(),
    },
  };
}

/** Runs extract → dedup → claims on one fetched page, in process. */
export async function processPage(page: FetchedPage, origin: PageOrigin, deps: ArticlePipelineDeps): Promise<ArticleOutcome> {
  const onStage = deps.onStage ?? (() => undefined);
  const compute = deps.compute ?? IN_THREAD_COMPUTE;
  const { article, features, tagged } = compute.extractForDedup
    ? await compute.extractForDedup(page, origin.entry)
    : { article: await compute.extract(page, origin.entry), features: null, tagged: null };
  const reason = skipReason(article);
  if (reason !== null) {
    onStage('extract', 'skipped');
    return { kind: 'skipped', reason, article };
  }
  onStage('extract', 'done');
  await deps.beforeDedup?.();
  let verdict: DedupVerdict;
  try {
    verdict = await dedupStage(article, page, deps.dedupStore, features ?? undefined);
  } finally {
    deps.afterDedup?.();
  }
  if (verdict.status === 'same_url') {
    onStage('dedup', 'skipped');
    return { kind: 'same_url', verdict, article };
  }
  onStage('dedup', 'done');
  // The pool threads know only the default gazetteer, so a custom one is used here.
  const claims = deps.gazetteer
    ? claimsStage(article, verdict, deps.gazetteer)
    : (taggedClaimsFor(tagged, verdict) ?? (await compute.claims(article, verdict)));
  await deps.beforeTimeline?.();
  const flags = deps.storyClaims ? await storyClaimFlags(deps.storyClaims, article, verdict, claims) : [];
  onStage('claims', 'done');
  return { kind: 'published', document: buildDocument(article, verdict, claims, page, origin, deps.now(), flags), verdict, article };
}
