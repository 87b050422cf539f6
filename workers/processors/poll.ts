/**
 * Poll stage: fetch one feed, queue a fetch job for each entry whose URL is not
 * known yet (the cheap gate), record validators and the adaptive interval.
 */
import type { Job } from 'bullmq';
import { nextIntervalSecs } from '../../pipeline/adaptive-interval.js';
import { canonicalizeUrl, type DedupStore } from '../../pipeline/dedup/index.js';
import { errorCode, errorKind, PermanentError } from '../../pipeline/errors.js';
import type { FeedEntry } from '../../pipeline/types.js';
import type { WorkerContext } from '../context.js';
import { stageProcessor } from '../error-mapping.js';
import { JOB_SCHEMAS, jobId, type FetchJob, type PollJob } from '../queues.js';
import { parseJobData } from './job-data.js';

export interface PollResult {
  entries: number;
  queued: number;
  notModified: boolean;
}

/** Keys per lookup: a Redis script unpacks a few values per key, and Lua's stack holds about 8,000. */
const LOOKUP_CHUNK_KEYS = 256;

/** Owners of the URL keys (null: not seen), read a chunk at a time where the store can: one Redis script call, not one per entry. */
export async function knownOwners(store: DedupStore, keys: string[]): Promise<Array<string | null>> {
  if (!store.lookupUrls) return Promise.all(keys.map((key) => store.lookupUrl(key)));
  const owners: Array<string | null> = [];
  for (let i = 0; i < keys.length; i += LOOKUP_CHUNK_KEYS) owners.push(...(await store.lookupUrls(keys.slice(i, i + LOOKUP_CHUNK_KEYS))));
  return owners;
}

export function createPollProcessor(ctx: WorkerContext): (job: Job<PollJob, PollResult>, token?: string) => Promise<PollResult> {
  return stageProcessor(async (job) => {
    const data = parseJobData(JOB_SCHEMAS.poll, job.data);
    const feedId = data.feedId;
    const feed = data.feed ?? ctx.registry.get(feedId);
    if (!feed) throw new PermanentError('FEED_UNKNOWN', `feed "${feedId}" is not in the feed registry`);
    const state = await ctx.feedState.get(feedId);
    const at = ctx.now().toISOString();
    let result: Awaited<ReturnType<typeof ctx.fetcher.fetchFeed>>;
    try {
      result = await ctx.fetcher.fetchFeed(feed, { etag: state.etag, lastModified: state.lastModified, contentHash: state.contentHash });
    } catch (err) {
      // A Retry-After on the feed itself stretches the feed's interval to at least that long.
      const retryAfterSecs = errorKind(err) === 'rate_limited' ? Math.ceil(((err as { retryAfterMs?: number }).retryAfterMs ?? 0) / 1000) : 0;
      await ctx.feedState.recordFailure(feedId, errorCode(err), at, retryAfterSecs > (state.intervalSecs ?? 0) ? retryAfterSecs : null);
      throw err;
    }
    const entries = (result.entries ?? []).slice(0, ctx.config.crawler.maxEntriesPerPoll);
    // First entry per URL key, in feed order.
    const byKey = new Map<string, FeedEntry>();
    for (const entry of entries) {
      let key: string;
      try {
        key = canonicalizeUrl(entry.url);
      } catch {
        continue;
      }
      if (!byKey.has(key)) byKey.set(key, entry);
    }
    const keys = [...byKey.keys()];
    const owners = await knownOwners(ctx.dedupStore, keys);
    const fresh: FetchJob[] = keys.flatMap((key, i) => (owners[i] ? [] : [{ feedId, feedUrl: feed.url, entry: byKey.get(key) as FeedEntry }]));
    await ctx.queues.fetch.addBulk(fresh.map((data) => ({ name: 'fetch', data, opts: { jobId: jobId.fetch(canonicalizeUrl(data.entry.url)) } })));
    const intervalSecs = nextIntervalSecs({ currentSecs: state.intervalSecs ?? feed.pollIntervalSecs, newItems: fresh.length, feedHintSecs: result.ttlSecs });
    await ctx.feedState.recordSuccess(feedId, {
      etag: result.etag ?? state.etag,
      lastModified: result.lastModified ?? state.lastModified,
      contentHash: result.contentHash || state.contentHash,
      at,
      intervalSecs,
    });
    return { entries: entries.length, queued: fresh.length, notModified: result.notModified };
  });
}
