/** The output document of one article version, with its story's claim flags. */
import { createHash } from 'node:crypto';
import { buildClaimTimeline, languageSupported, timelineClaims, type TimelineFlag, type TimelineInput } from '../claims/index.js';
import { EXTRACTOR_VERSION } from '../extract/index.js';
import { OUTPUT_SCHEMA_ID, type ArticleDocument } from '../output.js';
import type { DocumentWatch } from '../output-watches.js';
import { matchWatches } from '../watches/match.js';
import { watchTimelineFlags, watchTimelineMember } from '../watches/timeline.js';
import type { Claim, DedupVerdict, ExtractedArticle, FetchedPage } from '../types.js';
import { countWords } from '../word-count.js';
import type { PageOrigin, StoryClaimsStore, WatchPorts } from './types.js';

export const PIPELINE_VERSION = '0.1.0';

/** A story's timeline is built over at most this many of its latest articles. */
export const MAX_STORY_TIMELINE_MEMBERS = 50;

/** Same article version → same key, so consumers and the output queue drop repeats. */
export function idempotencyKeyFor(articleId: string, text: string): string {
  const textHash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return `${articleId}-${textHash}`;
}

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
    claims: timelineClaims(claims),
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
  watches: DocumentWatch[] = [],
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
    watches,
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

/**
 * The watches a document matches (`document.watches` stays as built when no
 * watch is defined); the story is recorded as followed by the watches it
 * matched directly, so its later updates and conflicts reach them.
 */
export async function documentWatches(ports: WatchPorts, document: ArticleDocument): Promise<DocumentWatch[]> {
  const watches = await ports.list();
  if (watches.length === 0) return [];
  const storyId = document.story.id;
  const matches = matchWatches(document, watches, new Set(await ports.storyWatchers(storyId)));
  const direct = matches.filter((m) => m.on === 'document');
  if (direct.length > 0)
    await ports.watchStory(
      storyId,
      direct.map((m) => m.id),
    );
  const byId = new Map(watches.map((w) => [w.watch.id, w.watch]));
  for (const match of direct) {
    const watch = byId.get(match.id);
    const member = watch ? watchTimelineMember(document) : null;
    if (!watch || !member) continue;
    match.timelineFlags = watchTimelineFlags(member, await ports.timelineOf(match.id), watch.claims);
    await ports.addToTimeline(match.id, member);
    if (match.timelineFlags.length > 0 && watch.alerts.includes('timeline') && !match.alerts.includes('timeline')) match.alerts.push('timeline');
  }
  return matches;
}
