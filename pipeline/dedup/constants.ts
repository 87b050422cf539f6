/**
 * Every threshold and weight of the dedup stage, in one place. The values marked
 * "measured" were tuned on the seed articles and the extraction dev set
 * (test/dedup-seeds.test.ts, test/dedup-devset.test.ts print the numbers).
 */

/** Tunable options of `dedupArticle`; defaults in DEFAULT_DEDUP_OPTIONS. */
export interface DedupOptions {
  /** Tier 1 (whole text, word 5-shingles): verified estimated Jaccard for `near_copy`. */
  nearCopyMinJaccard: number;
  /**
   * Tier 2 (title + lede, word 3-shingles): Jaccard for `rewrite` by wording, with at
   * least one shared lede entity. Measured: 15%-edited copies ≥ 0.30 (1st percentile),
   * distinct dev-set pairs ≤ 0.154 (maximum over all 88k pairs).
   */
  rewriteMinJaccard: number;
  /** Tier 2 with a strong anchor overlap may accept a lower text similarity. */
  rewriteAnchoredMinJaccard: number;
  /**
   * Whole-text 5-shingle Jaccard of an edited copy (below nearCopyMinJaccard):
   * most passages kept, some words changed. Reported as `rewrite`.
   */
  editedCopyMinJaccard: number;
  /** Rewrites of one report appear close together; farther apart they are follow-ups. */
  rewriteMaxGapHours: number;
  /** Sliding window of story grouping. */
  storyWindowDays: number;
  /** Story score needed to join an existing story. */
  storyJoinThreshold: number;
}

export const DEFAULT_DEDUP_OPTIONS: Readonly<DedupOptions> = {
  nearCopyMinJaccard: 0.8,
  // Measured: 000/004 seed rewrite at 0.066; only used with figure + entity anchors.
  rewriteMinJaccard: 0.3,
  rewriteAnchoredMinJaccard: 0.05,
  editedCopyMinJaccard: 0.2,
  rewriteMaxGapHours: 72,
  storyWindowDays: 7,
  storyJoinThreshold: 0.3,
};

/** MinHash signature length (one-permutation hashing bins). */
export const SIGNATURE_SIZE = 128;
/**
 * Bits of each signature bin kept in the stored sketch (b-bit MinHash). With 8,
 * unequal bins agree by chance 1 time in 256, which the estimate subtracts; its
 * spread at the near-copy threshold grows by under 1%, and the sketch costs 128
 * bytes instead of 256.
 */
export const SKETCH_BITS = 8;
/** Tier 1 words per shingle: long shingles so that only copied passages match. */
export const COPY_SHINGLE_WORDS = 5;
/** Tier 1 LSH: 16 bands × 8 rows (candidate probability 0.95 at J=0.8, 0.06 at J=0.5). */
export const COPY_BANDS = 16;
export const COPY_ROWS = 8;
/** Tier 2 words per shingle over title + lede. */
export const LEDE_SHINGLE_WORDS = 3;
/**
 * Tier 2 LSH: 25 bands × 5 rows (threshold ~0.53; candidate probability 0.55 at
 * J=0.5, 0.06 at J=0.3). Each band is a stored claim, so 32 × 4 cost 7 claims
 * (~125 bytes in Redis) more an article. Measured on the dev set's title + lede
 * with words edited at 5 / 10 / 15 / 20 %: the bands alone find 1.00 / 0.99 /
 * 0.87 / 0.68 of the originals (32 × 4: 1.00 / 1.00 / 0.97 / 0.87; 20 × 6:
 * 0.99 / 0.93 / 0.71 / 0.48); story members supply the rest (dev-set recall
 * unchanged at 0.999).
 */
export const LEDE_BANDS = 25;
export const LEDE_ROWS = 5;
/** The lede: this many words of body text after the title. */
export const LEDE_WORDS = 80;

/** At most this many band representatives are verified per tier (most shared buckets first). */
export const MAX_BAND_CANDIDATES = 3;
/** At most this many recent members of each candidate story are checked for a rewrite. */
export const MAX_STORY_MEMBER_CANDIDATES = 12;
/** Recent member ids a story keeps for rewrite candidates. */
export const STORY_RECENT_MEMBERS = 16;

/** Terms kept in an article vector and in a story centroid. */
export const ARTICLE_VECTOR_TERMS = 64;
export const STORY_CENTROID_TERMS = 128;
/** Terms of an article used to find candidate stories through the postings. */
export const STORY_QUERY_TERMS = 24;
/** Stories remembered per posting term (most recent first). */
export const STORY_POSTINGS_PER_TERM = 50;
/** Candidate stories scored per article. */
export const MAX_STORY_CANDIDATES = 20;

/** Named entities and figures weigh more than plain words in a term vector. */
export const ENTITY_TERM_WEIGHT = 2;
export const FIGURE_TERM_WEIGHT = 2;
/**
 * Story score factor when the headline figures of the article and the story are
 * all different (100 killed vs 1,000 casualties): different reports of one storyline.
 */
export const FIGURE_CONFLICT_FACTOR = 0.4;
/** Two figures are the same reported figure within this relative difference ("over 1,000" vs "1,100"). */
export const FIGURE_TOLERANCE = 0.12;
/** Numbers below this are too common (days, counts of people in a quote) to anchor anything. */
export const MIN_ANCHOR_FIGURE = 10;
/** Story score halves every this many hours between the article and the story's last member. */
export const STORY_HALF_LIFE_HOURS = 72;

/** Bodies shorter than this many words do not get near-copy or rewrite verdicts (too little evidence). */
export const MIN_WORDS_FOR_SIMILARITY = 25;

/** Rewrite by wording alone still needs this many shared title + lede entities. */
export const REWRITE_PLAIN_MIN_SHARED_ENTITIES = 1;
/** An anchored rewrite (low wording overlap) needs this many shared title + lede entities. */
export const REWRITE_MIN_SHARED_ENTITIES = 3;
/** Figures below this (ages, scores, "12 years") are too common to anchor a rewrite on. */
export const REWRITE_ANCHOR_MIN_FIGURE = 100;
