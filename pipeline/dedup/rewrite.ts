/**
 * Verification of a duplicate candidate (tier 1 near copy, tier 2 rewrite).
 * Invariant: false negatives allowed, false positives not. A rewrite of the same
 * report shares its title + lede wording, appears within a few days, never states
 * a different headline figure, and shares figures and named entities with the
 * original. Same-event coverage with its own figures is a story member, not a
 * duplicate.
 */
import { FIGURE_TOLERANCE, REWRITE_ANCHOR_MIN_FIGURE, REWRITE_MIN_SHARED_ENTITIES, REWRITE_PLAIN_MIN_SHARED_ENTITIES, type DedupOptions } from './constants.js';
import type { ArticleFeatures } from './features.js';
import { estimateJaccard, exactJaccard } from './minhash.js';
import type { DuplicateReason, StoredArticle } from './store.js';
import { sharedFigures } from './text.js';

export interface DuplicateMatch {
  reason: Exclude<DuplicateReason, 'exact_text'>;
  similarity: number;
}

const HOUR_MS = 3_600_000;

/** Both titles state figures and none of them agree: two different reports. */
export function headlineFiguresConflict(a: readonly number[], b: readonly number[]): boolean {
  return a.length > 0 && b.length > 0 && sharedFigures(a, b, FIGURE_TOLERANCE) === 0;
}

function sharedCount(a: readonly string[], b: readonly string[]): number {
  const set = new Set(b);
  let n = 0;
  for (const x of a) if (set.has(x)) n++;
  return n;
}

/** Matches an article against one stored candidate; null when it is no duplicate. */
export function verifyCandidate(article: ArticleFeatures, eventTimeMs: number, candidate: StoredArticle, options: DedupOptions): DuplicateMatch | null {
  const copyJ = estimateJaccard(article.sketch, candidate.signature);
  if (copyJ >= options.nearCopyMinJaccard) return { reason: 'near_copy', similarity: copyJ };

  const gapHours = Math.abs(eventTimeMs - Date.parse(candidate.eventTime)) / HOUR_MS;
  if (gapHours > options.rewriteMaxGapHours) return null;
  if (headlineFiguresConflict(article.headlineFigures, candidate.headlineFigures)) return null;

  const ledeJ = exactJaccard(article.ledeShingles, candidate.ledeShingles);
  const entities = sharedCount(article.ledeEntities, candidate.ledeEntities);
  // An edited copy: whole passages shared well beyond what distinct articles share.
  if (copyJ >= options.editedCopyMinJaccard) return { reason: 'rewrite', similarity: Math.max(copyJ, ledeJ) };
  // Wording alone: most of title + lede is the same, and the names agree.
  if (ledeJ >= options.rewriteMinJaccard && (entities >= REWRITE_PLAIN_MIN_SHARED_ENTITIES || article.ledeEntities.length === 0)) {
    return { reason: 'rewrite', similarity: ledeJ };
  }
  // Anchored: little shared wording, but the lede's figures appear in the other
  // article and several lede names are shared (a report retold in new words).
  if (ledeJ < options.rewriteAnchoredMinJaccard) return null;
  const anchors = (xs: readonly number[]): number[] => xs.filter((x) => x >= REWRITE_ANCHOR_MIN_FIGURE);
  const figuresAtoB = sharedFigures(anchors(article.ledeFigures), candidate.allFigures, FIGURE_TOLERANCE);
  const figuresBtoA = sharedFigures(anchors(candidate.ledeFigures), article.allFigures, FIGURE_TOLERANCE);
  if (figuresAtoB > 0 && figuresBtoA > 0 && entities >= REWRITE_MIN_SHARED_ENTITIES) {
    return { reason: 'rewrite', similarity: ledeJ };
  }
  return null;
}
