/**
 * One fetched page through extract → dedup → claims → output document. The
 * embedded runner calls this per page; the distributed workers call the same
 * stage functions one queue at a time. State comes in through `deps` only.
 *
 * Expected outcomes are values: a page that is not an article, or a URL variant
 * of an article already stored, is a result, never an exception.
 */
import { createHash } from 'node:crypto';
import { tagClaims, type Gazetteer } from './claims/index.js';
import { dedupArticle, type DedupStore } from './dedup/index.js';
import { EXTRACTOR_VERSION, extractArticle } from './extract/index.js';
import { OUTPUT_SCHEMA_ID, type ArticleDocument } from './output.js';
import type { DedupVerdict, ExtractedArticle, FeedEntry, FetchedPage } from './types.js';

export const PIPELINE_VERSION = '0.1.0';

/** Flags that mean the page carries no article text worth passing on. */
const UNPUBLISHABLE_FLAGS = new Set(['not_article', 'bot_challenge']);

export interface ArticlePipelineDeps {
  dedupStore: DedupStore;
  gazetteer?: Gazetteer;
  now: () => Date;
  /** Told as each stage finishes with this page, for progress display. */
  onStage?: (stage: 'extract' | 'dedup' | 'claims', result: 'done' | 'skipped') => void;
}

/** Where a page came from: carried into the document's provenance. */
export interface PageOrigin {
  feedId: string;
  feedUrl: string;
  entry: FeedEntry;
}

export type ArticleOutcome =
  | { kind: 'published'; document: ArticleDocument; verdict: DedupVerdict; article: ExtractedArticle }
  | { kind: 'same_url'; verdict: DedupVerdict; article: ExtractedArticle }
  | { kind: 'skipped'; reason: 'not_article' | 'bot_challenge' | 'empty'; article: ExtractedArticle };

/** Same article version → same key, so consumers and the output queue drop repeats. */
export function idempotencyKeyFor(articleId: string, text: string): string {
  const textHash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return `${articleId}-${textHash}`;
}

function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+/gu);
  return matches ? matches.length : 0;
}

/** Extract stage alone, with the feed's entry metadata as hints. */
export function extractPage(page: FetchedPage, entry: FeedEntry): ExtractedArticle {
  return extractArticle({
    html: page.html,
    url: page.finalUrl,
    hints: { title: entry.title, publishedAt: entry.publishedAt, author: entry.author },
  });
}

/** Runs extract → dedup → claims on one fetched page. */
export async function processPage(page: FetchedPage, origin: PageOrigin, deps: ArticlePipelineDeps): Promise<ArticleOutcome> {
  const onStage = deps.onStage ?? (() => undefined);
  const article = extractPage(page, origin.entry);
  const blocking = article.flags.find((flag) => UNPUBLISHABLE_FLAGS.has(flag));
  if (blocking === 'not_article' || blocking === 'bot_challenge' || article.text.trim() === '') {
    onStage('extract', 'skipped');
    return { kind: 'skipped', reason: blocking === 'not_article' || blocking === 'bot_challenge' ? blocking : 'empty', article };
  }
  onStage('extract', 'done');

  const verdict = await dedupArticle(
    {
      url: page.finalUrl,
      canonicalUrl: article.canonicalUrl,
      title: article.title,
      text: article.text,
      publishedAt: article.publishedAt,
      seenAt: page.fetchedAt,
    },
    deps.dedupStore,
  );
  if (verdict.status === 'same_url') {
    onStage('dedup', 'skipped');
    return { kind: 'same_url', verdict, article };
  }
  onStage('dedup', 'done');

  const claims = tagClaims(
    { articleId: verdict.articleId, title: article.title, text: article.text, publishedAt: article.publishedAt },
    deps.gazetteer ? { gazetteer: deps.gazetteer } : undefined,
  );
  onStage('claims', 'done');
  const document: ArticleDocument = {
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
      status: verdict.status,
      duplicateOf: verdict.duplicateOf,
      duplicateReason: verdict.duplicateReason,
      similarity: verdict.similarity,
    },
    story: { id: verdict.storyId, similarity: verdict.storySimilarity },
    claims,
    provenance: {
      feedId: origin.feedId,
      feedUrl: origin.feedUrl,
      entryUrl: origin.entry.url,
      fetchedAt: page.fetchedAt,
      fetchedVia: page.via,
      extractorVersion: EXTRACTOR_VERSION,
      pipelineVersion: PIPELINE_VERSION,
      processedAt: deps.now().toISOString(),
    },
  };
  return { kind: 'published', document, verdict, article };
}
