/**
 * The dedup stage: one article in, one verdict out, three answers in it (same
 * URL, same report, same story). Invariant: a verdict never names a duplicate
 * that verification did not accept (false negatives allowed, false positives
 * not); every article ends up in exactly one story, a duplicate in its original's.
 * All state goes through the DedupStore port.
 */
import { TransientError } from '../errors.js';
import type { DedupVerdict } from '../types.js';
import {
  DEFAULT_DEDUP_OPTIONS,
  MAX_BAND_CANDIDATES,
  MAX_STORY_CANDIDATES,
  MAX_STORY_MEMBER_CANDIDATES,
  MIN_WORDS_FOR_SIMILARITY,
  STORY_POSTINGS_PER_TERM,
  type DedupOptions,
} from './constants.js';
import { articleFeatures, type ArticleFeatures } from './features.js';
import { articleIdFor } from './hash.js';
import { verifyCandidate, type DuplicateMatch } from './rewrite.js';
import type { DedupStore, DuplicateReason, StoredArticle, StoryState } from './store.js';
import { addMember, hoursToStory, openStory } from './story.js';
import { storyScore } from './story-model.js';
import { queryTerms, termVector, type TermVector } from './story-vector.js';
import { outletOf, urlKeysFor } from './url.js';

/** One extracted article as the dedup stage needs it. */
export interface DedupInput {
  url: string;
  /** rel=canonical / og:url of the page (the URL itself when the page states none). */
  canonicalUrl: string;
  title: string;
  text: string;
  publishedAt: string | null;
  /** ISO time the page was fetched. */
  seenAt: string;
  /**
   * `articleFeatures(title, text)` when already computed, on another thread say
   * (the embedded mode signs pages on its CPU pool, off the thread that runs the store).
   */
  features?: ArticleFeatures;
}

interface Found {
  original: StoredArticle;
  reason: DuplicateReason;
  similarity: number;
}

const DAY_MS = 86_400_000;

/** Where the article sits in time: its publication date when plausible, else when it was seen. */
function eventTimeOf(input: DedupInput): string {
  const seen = Date.parse(input.seenAt);
  const published = input.publishedAt === null ? Number.NaN : Date.parse(input.publishedAt);
  // A date in the future (beyond clock skew of a day) is a page mistake.
  if (Number.isFinite(published) && (!Number.isFinite(seen) || published <= seen + DAY_MS)) return new Date(published).toISOString();
  return Number.isFinite(seen) ? new Date(seen).toISOString() : new Date(0).toISOString();
}

/** Ids that most often came back as representatives, other than the article itself. */
function topRepresentatives(reps: string[], self: string, limit: number): string[] {
  const counts = new Map<string, number>();
  for (const r of reps) if (r !== self) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([id]) => id);
}

/** The first-seen copy: a duplicate's own original when the candidate is itself a copy. */
async function rootOf(store: DedupStore, article: StoredArticle): Promise<StoredArticle> {
  if (article.duplicateOf === null) return article;
  return (await store.getArticle(article.duplicateOf)) ?? article;
}

/**
 * The record of an article that already owns a claim. Claims are written before
 * the record, so on a shared store another worker may be between the two: the
 * store waits for it briefly (DedupStore.settledArticle) rather than miss the
 * duplicate. A record that never comes gives null: a false negative, never a
 * false positive.
 */
function settledArticle(store: DedupStore, articleId: string): Promise<StoredArticle | null> {
  return store.settledArticle ? store.settledArticle(articleId) : store.getArticle(articleId);
}

/** An article's claims on its text hash and bands, and the reads of the records of their other owners. */
interface DuplicateClaims {
  textOwner: string;
  claimOwners: Set<string>;
  /** Started as soon as the claims are back: beside the story reads, one round trip's wait on a remote store. */
  records: Map<string, Promise<StoredArticle | null>>;
}

/** Claims the text hash and the bands (null when the text is too short to compare). */
async function claimDuplicateKeys(store: DedupStore, articleId: string, f: ArticleFeatures): Promise<DuplicateClaims | null> {
  if (f.wordCount < MIN_WORDS_FOR_SIMILARITY) return null;
  // Both band tiers in one claim: the store applies it atomically, so of two racing near
  // duplicates one sees the other as representative and the other sees none. Sent with
  // the text hash claim: an exact copy has the very bands of its original, claimed with
  // its text hash, so claiming them too writes nothing.
  const [textOwner, reps] = await Promise.all([store.claimTextHash(f.textHash, articleId), store.claimBands(f.copyBandKeys.concat(f.ledeBandKeys), articleId)]);
  const claimOwners = new Set([
    ...topRepresentatives(reps.slice(0, f.copyBandKeys.length), articleId, MAX_BAND_CANDIDATES),
    ...topRepresentatives(reps.slice(f.copyBandKeys.length), articleId, MAX_BAND_CANDIDATES),
  ]);
  const records = new Map<string, Promise<StoredArticle | null>>();
  for (const id of textOwner !== articleId ? [textOwner, ...claimOwners] : claimOwners) {
    if (records.has(id)) continue;
    // Only claim owners may be mid-write (settledArticle). Awaited in findDuplicate, or
    // not at all (an exact copy): marked handled so that a failed read that nobody
    // awaits is not an unhandled rejection.
    const record = settledArticle(store, id);
    record.catch(() => undefined);
    records.set(id, record);
  }
  return { textOwner, claimOwners, records };
}

async function findDuplicate(
  store: DedupStore,
  articleId: string,
  f: ArticleFeatures,
  timeMs: number,
  storyMembers: string[],
  options: DedupOptions,
  claims: DuplicateClaims | null,
): Promise<Found | null> {
  if (claims === null) return null;
  const recordOf = (id: string): Promise<StoredArticle | null> => claims.records.get(id) ?? settledArticle(store, id);
  if (claims.textOwner !== articleId) {
    const owner = await recordOf(claims.textOwner);
    if (owner !== null && inLookback(owner, timeMs, options)) return { original: await rootOf(store, owner), reason: 'exact_text', similarity: 1 };
  }
  const { claimOwners } = claims;
  const ids = new Set([...claimOwners, ...storyMembers.filter((id) => id !== articleId)]);
  let best: { candidate: StoredArticle; match: DuplicateMatch } | null = null;
  // A story member without a record has expired. Read together (one round trip's wait on
  // Redis), verified in the same order as before.
  const candidates = await Promise.all([...ids].map((id) => (claimOwners.has(id) ? recordOf(id) : store.getArticle(id))));
  for (const candidate of candidates) {
    if (candidate === null || !inLookback(candidate, timeMs, options)) continue;
    const match = verifyCandidate(f, timeMs, candidate, options);
    if (match === null) continue;
    const better =
      best === null ||
      (match.reason === 'near_copy' && best.match.reason !== 'near_copy') ||
      (match.reason === best.match.reason && match.similarity > best.match.similarity);
    if (better) best = { candidate, match };
  }
  if (best === null) return null;
  return { original: await rootOf(store, best.candidate), reason: best.match.reason, similarity: best.match.similarity };
}

/**
 * Whether an earlier article is still one a duplicate may point to: from the
 * story window (+ 1 day) before the article's day on. A store that forgets
 * (Redis expires claims and records a window + 1 day after their day) and one
 * that never does (memory, SQLite) then give the same verdicts.
 */
function inLookback(candidate: StoredArticle, timeMs: number, options: DedupOptions): boolean {
  const days = Math.floor(timeMs / DAY_MS) - Math.floor(Date.parse(candidate.eventTime) / DAY_MS);
  return days <= options.storyWindowDays + 1;
}

interface StoryChoice {
  best: StoryState | null;
  score: number;
  /** Recent members of the closest stories: rewrite candidates. */
  members: string[];
}

async function scoreStories(store: DedupStore, vector: TermVector, query: string[], timeMs: number, options: DedupOptions): Promise<StoryChoice> {
  const ids = await store.findStories(query, MAX_STORY_CANDIDATES, timeMs - options.storyWindowDays * DAY_MS);
  const scored: { story: StoryState; score: number }[] = [];
  // Read together: on Redis, one round trip's wait for all of them instead of one each.
  for (const story of await Promise.all(ids.map((id) => store.getStoryState(id)))) {
    if (story === null || hoursToStory(timeMs, story) > options.storyWindowDays * 24) continue;
    scored.push({ story, score: storyScore(vector, timeMs, story) });
  }
  scored.sort((a, b) => b.score - a.score);
  const members = scored.slice(0, 3).flatMap(({ story }) => story.recentMembers.slice(-MAX_STORY_MEMBER_CANDIDATES));
  const top = scored[0];
  return top === undefined ? { best: null, score: 0, members } : { best: top.story, score: top.score, members };
}

function verdictOf(article: StoredArticle, status: DedupVerdict['status'], storySimilarity: number | null): DedupVerdict {
  return {
    articleId: article.articleId,
    canonicalUrl: article.urlKey,
    status,
    duplicateOf: article.duplicateOf,
    duplicateReason: article.duplicateReason,
    similarity: article.similarity,
    storyId: article.storyId,
    storySimilarity,
  };
}

function storedArticle(
  base: Pick<StoredArticle, 'articleId' | 'urlKey' | 'eventTime' | 'storyId' | 'duplicateOf' | 'duplicateReason' | 'similarity'>,
  f: ArticleFeatures,
): StoredArticle {
  return {
    ...base,
    outlet: outletOf(base.urlKey),
    textHash: f.textHash,
    signature: f.sketch,
    ledeShingles: f.ledeShingles,
    headlineFigures: f.headlineFigures,
    ledeFigures: f.ledeFigures,
    allFigures: f.allFigures,
    ledeEntities: f.ledeEntities,
  };
}

/** An article already known under one of its URL keys: same text, or a revision replacing it. */
async function knownArticle(store: DedupStore, ownerId: string, keys: string[], input: DedupInput): Promise<DedupVerdict> {
  const known = await store.getArticle(ownerId);
  // The URL key is claimed before the record is written; a concurrent worker is mid-way.
  if (known === null) throw new TransientError('STORE_UNAVAILABLE', 'article record not written yet', { context: { articleId: ownerId } });
  await store.claimUrlKeys(keys, ownerId);
  const f = input.features ?? articleFeatures(input.title, input.text);
  if (f.textHash === known.textHash) return verdictOf(known, 'same_url', null);
  const revised = storedArticle({ ...known, eventTime: known.eventTime }, f);
  if (f.wordCount >= MIN_WORDS_FOR_SIMILARITY) {
    await Promise.all([store.claimTextHash(f.textHash, ownerId), store.claimBands(f.copyBandKeys.concat(f.ledeBandKeys), ownerId)]);
  }
  await store.putArticle(revised);
  return verdictOf(revised, 'revision', null);
}

/**
 * An article's URL keys, the first of them, and the id dedup gives the article
 * when none of the keys is known yet (a known key keeps its owner's id).
 */
export function articleIdentity(url: string, canonicalUrl: string): { keys: string[]; primary: string; articleId: string } {
  const keys = urlKeysFor(url, canonicalUrl);
  const primary = keys[0] ?? url;
  return { keys, primary, articleId: articleIdFor(primary) };
}

/**
 * Dedups one article: its URL keys (level 1), a duplicate of an earlier report
 * (level 2), and the story it belongs to (level 3). Updates the store.
 */
export async function dedupArticle(input: DedupInput, store: DedupStore, options?: Partial<DedupOptions>): Promise<DedupVerdict> {
  const opts: DedupOptions = { ...DEFAULT_DEDUP_OPTIONS, ...options };
  const { keys, primary, articleId } = articleIdentity(input.url, input.canonicalUrl);
  // Read together when the store can; checked in key order either way.
  const known = store.lookupUrls ? await store.lookupUrls(keys) : null;
  for (const [i, key] of keys.entries()) {
    const owner = known ? (known[i] ?? null) : await store.lookupUrl(key);
    if (owner === null) continue;
    // Our own id without a record: an earlier attempt claimed the keys and died before
    // writing it (at-least-once delivery). Finish the job instead of waiting for a record
    // that never comes.
    if (owner === articleId && (await store.getArticle(articleId)) === null) break;
    return knownArticle(store, owner, keys, input);
  }
  const owners = await store.claimUrlKeys(keys, articleId);
  const other = owners.find((o) => o !== articleId);
  if (other !== undefined) return knownArticle(store, other, keys, input);

  const f = input.features ?? articleFeatures(input.title, input.text);
  // URL keys above are atomic claims; from here on, the story read-modify-write.
  const decide = (): Promise<DedupVerdict> => decideStory(store, input, f, articleId, primary, opts);
  return store.exclusive ? store.exclusive(decide) : decide();
}

/** Level 2 and 3 of a new article: its duplicate, its story, and the writes of both. */
async function decideStory(
  store: DedupStore,
  input: DedupInput,
  f: ArticleFeatures,
  articleId: string,
  primary: string,
  opts: DedupOptions,
): Promise<DedupVerdict> {
  const eventTime = eventTimeOf(input);
  const timeMs = Date.parse(eventTime);
  const terms = f.storyTerms.map(([term]) => term);
  // The duplicate claims need no story: sent first, they share round trips with the
  // story reads (this runs inside the story lock, so every round trip saved is one less
  // for every worker's decisions). Awaited below; marked handled meanwhile.
  const claims = claimDuplicateKeys(store, articleId, f);
  claims.catch(() => undefined);
  const stats = await store.termStats(terms);
  const vector = termVector(f.storyTerms, stats);
  const query = queryTerms(vector, f.storyTerms, stats);
  const choice = await scoreStories(store, vector, query, timeMs, opts);
  const dup = await findDuplicate(store, articleId, f, timeMs, choice.members, opts, await claims);

  let story: StoryState | null = null;
  let storySimilarity: number | null = null;
  if (dup !== null) {
    story = await store.getStoryState(dup.original.storyId);
    storySimilarity = story === null ? null : storyScore(vector, timeMs, story);
  } else if (choice.best !== null && choice.score >= opts.storyJoinThreshold) {
    story = choice.best;
    storySimilarity = choice.score;
  }
  const joined = addMember(story ?? openStory(articleId, eventTime), {
    articleId,
    outlet: outletOf(primary),
    eventTime,
    vector,
    headlineFigures: f.headlineFigures,
  });
  const article = storedArticle(
    {
      articleId,
      urlKey: primary,
      eventTime,
      storyId: joined.storyId,
      duplicateOf: dup === null ? null : dup.original.articleId,
      duplicateReason: dup === null ? null : dup.reason,
      similarity: dup === null ? null : dup.similarity,
    },
    f,
  );
  // The story before the record: whoever can read the record (a racing duplicate
  // waiting in settledArticle) can then read its story too. Stores apply writes in
  // the order they are called (store.ts), so all go together: one round trip on a
  // remote store, inside the story lock.
  await Promise.all([
    store.putStory(joined),
    store.putArticle(article),
    store.addStoryPostings(joined.storyId, query, STORY_POSTINGS_PER_TERM, Date.parse(joined.lastSeen)),
    store.addDocumentTerms(terms),
  ]);
  return verdictOf(article, dup === null ? 'new' : 'duplicate', story === null ? null : storySimilarity);
}
