/**
 * The last touches on tagged claims: the counted noun inherited by bare
 * measure figures, a stable id, and the check-worthiness score.
 */
import { hash } from 'node:crypto';
import type { Claim } from '../types.js';
import { namesSomeone } from './attribution-speakers.js';

/** A claim before its id and score, with where it came from. */
export interface Draft {
  claim: Omit<Claim, 'id' | 'checkWorthiness'>;
  /** Offset of what the claim is anchored on (its figure, else its clause). */
  anchor: number;
  /** Index of the sentence (title first) and its paragraph (-1 for the title). */
  unit: number;
  paragraph: number;
  /** True when the clause had its own reporting cue. */
  ownCue: boolean;
}

/** Weights of check-worthiness; they add up to at most 1. */
export const WORTHINESS = {
  base: 0.1,
  figure: 0.35,
  namedSource: 0.25,
  casualties: 0.15,
  headline: 0.05,
  via: 0.05,
  hedgePenalty: 0.05,
} as const;

const ID_LENGTH = 16;

/** Ids, scores and inherited counted nouns, in document order. */
export function finalizeClaims(articleId: string, drafts: readonly Draft[]): Claim[] {
  inheritCounted(drafts);
  return drafts.map(({ claim: c, anchor }) => finalClaim(claimId(articleId, c.in, anchor, c.value ?? c.low), c));
}

/**
 * The claim with its id and score, fields in the drafts' order (so documents
 * read the same). One object literal, not `{ id, ...claim, checkWorthiness }`:
 * V8 (Node 20) copies a spread of this size property by property, which cost
 * more than scoring every claim of an article (measured).
 */
function finalClaim(id: string, c: Draft['claim']): Claim {
  return {
    id,
    in: c.in,
    source: c.source,
    sourceText: c.sourceText,
    via: c.via,
    cue: c.cue,
    hedge: c.hedge,
    figure: c.figure,
    sourceSpan: c.sourceSpan,
    cueSpan: c.cueSpan,
    contentSpan: c.contentSpan,
    sentence: c.sentence,
    start: c.start,
    end: c.end,
    kind: c.kind,
    measure: c.measure,
    value: c.value,
    bound: c.bound,
    low: c.low,
    high: c.high,
    unit: c.unit,
    counted: c.counted,
    checkWorthiness: worthiness(c),
  };
}

/**
 * Stable id. The anchor is the figure's (or clause's) offset rather than the
 * sentence start, so two claims of one sentence get different ids.
 */
export function claimId(articleId: string, where: Claim['in'], anchor: number, value: number | null): string {
  // One-shot hash: the same digest as createHash().update().digest(), without a Hash object per claim.
  return hash('sha256', `${articleId}\u0000${where}\u0000${anchor}\u0000${value ?? ''}`, 'hex').slice(0, ID_LENGTH);
}

function worthiness(c: Draft['claim']): number {
  let score = WORTHINESS.base;
  if (c.value !== null || c.low !== null) score += WORTHINESS.figure;
  if (c.source !== null || namesSomeone(c.sourceText)) score += WORTHINESS.namedSource;
  if (c.kind === 'casualties') score += WORTHINESS.casualties;
  if (c.in === 'title') score += WORTHINESS.headline;
  if (c.via !== null) score += WORTHINESS.via;
  if (c.hedge !== null) score -= WORTHINESS.hedgePenalty;
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}

/**
 * "overall casualties were around 4,700", "4,700 others": a measure's figure
 * without a counted noun counts what the previous measure figure of the
 * paragraph (else of the article) counted. General figures read their own
 * (counted-general.ts) and neither give nor take one here.
 */
function inheritCounted(drafts: readonly Draft[]): void {
  let lastInArticle: string | null = null;
  const lastInParagraph = new Map<number, string>();
  for (const d of drafts) {
    // Only a measure's figures share a counted noun: a general figure counts what its own words say
    // ("Police said 12 people were arrested" after a paragraph on soldiers), or nothing.
    if (d.claim.measure === null || (d.claim.value === null && d.claim.low === null)) continue;
    if (d.claim.counted === null) {
      d.claim.counted = lastInParagraph.get(d.paragraph) ?? lastInArticle;
    } else {
      lastInParagraph.set(d.paragraph, d.claim.counted);
      lastInArticle = d.claim.counted;
    }
  }
}
