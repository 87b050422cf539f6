/**
 * The four steps of the chain, each `(input, deps) → next step's input | outcome`.
 * Expected outcomes are values: a page that is not an article, or a URL variant
 * of a version already published, ends the chain as a result, never an exception.
 */
import { dedupArticle } from '../dedup/index.js';
import type { ExtractedArticle } from '../types.js';
import { buildDocument, documentWatches, idempotencyKeyFor, storyClaimFlags } from './document.js';
import type { ChainDeps, ClaimsStepInput, DedupStepInput, DocumentStepInput, ExtractStepInput, SkipReason, StepResult } from './types.js';

/** Why an extracted page is not passed on, or null when it is an article. */
export function skipReason(article: ExtractedArticle): SkipReason | null {
  if (article.flags.includes('bot_challenge')) return 'bot_challenge';
  if (article.flags.includes('not_article')) return 'not_article';
  if (article.text.trim() === '') return 'empty';
  return null;
}

export async function extractStep<S>(input: ExtractStepInput<S>, deps: Pick<ChainDeps<S>, 'compute'>): Promise<StepResult> {
  const { origin, page } = input;
  const fetchedAtMs = Date.parse(page.fetchedAt);
  const article = await deps.compute.extract(input.source, page.finalUrl, origin.entry, Number.isNaN(fetchedAtMs) ? undefined : fetchedAtMs);
  const reason = skipReason(article);
  if (reason !== null) return { kind: 'skipped', reason, article };
  return { kind: 'next', stage: 'dedup', input: { origin, page, article } };
}

/**
 * Same URL, same report, same story. "Same URL, same text" is also what a page
 * sees when it comes again after its first trip died between dedup and
 * publishing (a re-delivered job, a crash): it goes on, as what the first trip
 * found it to be, unless that version is published.
 */
export async function dedupStep<S>(input: DedupStepInput, deps: Pick<ChainDeps<S>, 'compute' | 'dedupStore' | 'isPublished'>): Promise<StepResult> {
  const { article, page } = input;
  const features = deps.compute.features?.(article);
  const verdict = await dedupArticle(
    {
      ...(features ? { features } : {}),
      url: page.finalUrl,
      canonicalUrl: article.canonicalUrl,
      title: article.title,
      text: article.text,
      publishedAt: article.publishedAt,
      seenAt: page.fetchedAt,
    },
    deps.dedupStore,
  );
  if (verdict.status !== 'same_url') return { kind: 'next', stage: 'claims', input: { ...input, verdict } };
  if (await deps.isPublished(idempotencyKeyFor(verdict.articleId, article.text))) return { kind: 'same_url', verdict, article };
  const status = verdict.duplicateOf !== null ? 'duplicate' : 'new';
  return { kind: 'next', stage: 'claims', input: { ...input, verdict: { ...verdict, status } } };
}

export async function claimsStep<S>(input: ClaimsStepInput, deps: Pick<ChainDeps<S>, 'compute'>): Promise<StepResult> {
  const claims = await deps.compute.claims(input.article, input.verdict.articleId);
  return { kind: 'next', stage: 'document', input: { ...input, claims } };
}

/** The story's claim flags, the document, and its publication. */
export async function documentStep<S>(input: DocumentStepInput, deps: Pick<ChainDeps<S>, 'storyClaims' | 'publish' | 'now' | 'watches'>): Promise<StepResult> {
  const { article, verdict, claims, page, origin } = input;
  const flags = deps.storyClaims ? await storyClaimFlags(deps.storyClaims, article, verdict, claims) : [];
  const document = buildDocument(article, verdict, claims, page, origin, deps.now(), flags);
  if (deps.watches) document.watches = await documentWatches(deps.watches, document);
  return { kind: 'published', document, fresh: await deps.publish(document), verdict, article };
}
