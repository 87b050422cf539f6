/**
 * Every threshold and weight of the dedup stage, in one place. The values marked
 * "measured" were tuned on the seed articles and the extraction dev set
 * (test/dedup-seeds.test.ts; bench/dedup-devset.ts prints the dev-set numbers).
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
  /**
   * Sliding window of story grouping: follow-ups (arrest, charges) come weeks
   * later; the model's time input discounts them. Measured on gva-incidents
   * (bench:stories): 30 days beat 7 and 90.
   */
  storyWindowDays: number;
  /**
   * Story model probability (story-model.ts) needed to join the best story.
   * Below even odds: the model is fitted on the hard cases (each article's own
   * story against the wrong one it ranks highest), where a join is rarer than
   * among all decisions. Chosen on the tuning (even) half of stories-dev, replayed
   * through dedup: gva-incidents pairwise / B-cubed F1 at 0.25, 0.3, 0.35, 0.4:
   * 0.695 / 0.937, 0.688 / 0.938, 0.677 / 0.937, 0.662 / 0.936; basil-triplets
   * 0.943 at 0.3 and 0.35, 0.951 at 0.4. 0.3: the best B-cubed, and pairwise
   * recall bought with less precision below it.
   */
  storyJoinThreshold: number;
}

export const DEFAULT_DEDUP_OPTIONS: Readonly<DedupOptions> = {
  nearCopyMinJaccard: 0.8,
  // Measured: 000/004 seed rewrite at 0.066; only used with figure + entity anchors.
  rewriteMinJaccard: 0.3,
  rewriteAnchoredMinJaccard: 0.05,
  editedCopyMinJaccard: 0.2,
  rewriteMaxGapHours: 72,
  storyWindowDays: 30,
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

/** Terms kept of each channel of an article vector (story-vector.ts), and in a story centroid. */
export const STORY_WORD_TERMS = 48;
export const STORY_ENTITY_TERMS = 16;
export const STORY_FIGURE_TERMS = 8;
export const STORY_CENTROID_TERMS = 128;
/** Terms of an article used to find candidate stories through the postings. */
export const STORY_QUERY_TERMS = 24;
/** A term carried by more than this share of the articles is not looked up or posted under (story-vector.ts queryTerms). */
export const MAX_QUERY_TERM_DF_SHARE = 0.05;
/** ... once this many articles are counted (before that, shares say little). */
export const MIN_DOCUMENTS_FOR_DF_SHARE = 200;
/**
 * Stories remembered per posting term (most recent first), and candidate stories
 * scored per article (those sharing the most query terms). They bound a
 * decision's work whatever the store's size. Measured on stories-dev
 * (bench:stories): 24 and 10 give the scores of 50 and 20 (the own story is
 * among the candidates of 97% of the articles whose event has one), at two
 * thirds of the whole stage's CPU per article.
 */
export const STORY_POSTINGS_PER_TERM = 24;
export const MAX_STORY_CANDIDATES = 10;

/** Counts of a word in the story vector: a title word, a lede word, any other body word. */
export const TITLE_WORD_COUNT = 3;
export const LEDE_WORD_COUNT = 2;

/** The logistic story model (story-model.ts): bias, and a weight per input. */
export interface StoryModel {
  bias: number;
  /** Word cosine, entity cosine, figure cosine, ln(1 + days apart), ln(member count), names on both sides but none shared (0/1), figures on both sides but none shared (0/1). */
  weights: readonly number[];
}

/** Fitted by bench/stories-fit.ts (see story-model.ts for how). */
export const STORY_MODEL: StoryModel = {
  bias: -1.61,
  weights: [5.88, 3.87, 1.66, -0.97, -0.32, -1.05, -0.44],
};

/**
 * Two figures are the same reported figure within this relative difference ("over 1,000" vs "1,100").
 */
export const FIGURE_TOLERANCE = 0.12;
/** Numbers below this are too common (days, counts of people in a quote) to anchor anything. */
export const MIN_ANCHOR_FIGURE = 10;

/** Bodies shorter than this many words do not get near-copy or rewrite verdicts (too little evidence). */
export const MIN_WORDS_FOR_SIMILARITY = 25;

/** Rewrite by wording alone still needs this many shared title + lede entities. */
export const REWRITE_PLAIN_MIN_SHARED_ENTITIES = 1;
/** An anchored rewrite (low wording overlap) needs this many shared title + lede entities. */
export const REWRITE_MIN_SHARED_ENTITIES = 3;
/** Figures below this (ages, scores, "12 years") are too common to anchor a rewrite on. */
export const REWRITE_ANCHOR_MIN_FIGURE = 100;
