/** Output documents and claims built by hand, for tests of what watches match. */
import type { ArticleDocument } from '../../pipeline/output.js';
import type { ClaimFlag } from '../../pipeline/output-flags.js';

type Claim = ArticleDocument['claims'][number];

export { makeClaim as claim } from './claim.js';

export function doc(
  title: string,
  text: string,
  over: { claims?: Claim[]; flags?: ClaimFlag[]; feedId?: string; url?: string; status?: 'new' | 'duplicate'; id?: string; storyId?: string } = {},
): ArticleDocument {
  return {
    schema: 'wirewatch.article/v1',
    idempotencyKey: `${over.id ?? 'a1'}-0011223344556677`,
    article: {
      id: over.id ?? 'a1',
      url: over.url ?? 'https://news.example.com/world/1',
      canonicalUrl: over.url ?? 'https://news.example.com/world/1',
      title,
      byline: null,
      publishedAt: '2026-12-01T08:00:00Z',
      modifiedAt: null,
      language: 'en',
      siteName: 'Example News',
      section: null,
      leadImageUrl: null,
      text,
      wordCount: 10,
      flags: [],
    },
    dedup: { status: over.status ?? 'new', duplicateOf: null, duplicateReason: null, similarity: null },
    story: { id: over.storyId ?? 's1', similarity: null, claimFlags: over.flags ?? [] },
    claims: over.claims ?? [],
    claimsStatus: 'tagged',
    watches: [],
    provenance: {
      feedId: over.feedId ?? 'world',
      feedUrl: 'https://news.example.com/rss',
      entryUrl: 'https://news.example.com/world/1',
      fetchedAt: '2026-12-01T09:00:00Z',
      fetchedVia: 'http',
      extractorVersion: '1',
      pipelineVersion: '1',
      processedAt: '2026-12-01T09:00:01Z',
    },
  };
}
