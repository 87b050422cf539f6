/**
 * The embedded mode: every stage in one process, state in SQLite, no Redis.
 * `runOnce()` polls feeds and pushes each new entry through
 * fetch → extract → dedup → claims → output; `runForever()` repeats that on each
 * feed's own interval until its signal aborts, then lets in-flight work finish.
 *
 * Invariants: one bad page or feed never stops the others (its failure is
 * recorded with its code); an article version is written to the output at most
 * once (idempotency key, unique in SQLite), so re-running emits nothing new.
 * Progress is committed with the work, never before it: a poll queues the entries
 * it lists as pending (feeds/pending-sqlite.ts) in the transaction that advances
 * the feed's validators, and a page's dedup state, its document and the removal of
 * its pending entry share one commit (WriteBatch.hold). A crash leaves the page
 * pending; every pass, the first after a restart included, takes a feed's
 * pending entries whatever the feed answers.
 */
import pLimit from 'p-limit';
import type { Logger } from 'pino';
import type { FeedConfig, WirewatchConfig } from '../config/schema.js';
import {
  createChain,
  idempotencyKeyFor,
  IN_PROCESS,
  type Around,
  type ChainCompute,
  type ChainDeps,
  type ChainStage,
  type StepResult,
  type WatchPorts,
} from '../pipeline/chain/index.js';
import type { ArticleDocument } from '../pipeline/output.js';
import { canonicalizeUrl, type DedupStore } from '../pipeline/dedup/index.js';
import { errorCode, errorKind, retryAfterSecsOf } from '../pipeline/errors.js';
import type { FeedEntry } from '../pipeline/types.js';
import { pageSourceOf, type PageSource } from '../runtime/page-source.js';
import type { ArticleLog } from './article-log.js';
import { embeddedChainDeps } from './chain.js';
import type { FeedStateSqlite } from '../feeds/state-sqlite.js';
import { validatorsAfter, type FeedState } from '../feeds/state.js';
import type { PendingEntriesSqlite, PendingEntry } from '../feeds/pending-sqlite.js';
import type { WriteBatch } from '../runtime/db.js';
import { InOrder, type Ticket } from './in-order.js';
import { hostOf, NOOP_METRICS, secondsSince, type MetricsRecorder } from '../runtime/metrics.js';
import type { NdjsonOutput } from './ndjson-output.js';
import type { Progress } from '../runtime/progress.js';
import type { CrawlFetcher } from '../crawlers/crawl-fetcher.js';
import { emptySummary, publishedEntryOf, type CollapsedEntry, type RunSummary } from './summary.js';
import { nextPoll } from '../pipeline/adaptive-interval.js';
import { knownOwners } from '../pipeline/dedup/index.js';

/** Feeds polled at once; page concurrency is configured separately. */
const FEED_CONCURRENCY = 4;

/** Two points where pages pass in fetch-completion order: dedup, then the story timeline. */
interface PageOrder {
  dedup: InOrder;
  timeline: InOrder;
}

export interface RunnerDeps {
  config: WirewatchConfig;
  fetcher: CrawlFetcher;
  dedupStore: DedupStore;
  feedState: FeedStateSqlite;
  /** Listed entries not done yet; durable across crashes. */
  pending: PendingEntriesSqlite;
  articles: ArticleLog;
  output: NdjsonOutput;
  progress: Progress;
  logger: Logger;
  /** The feeds to poll, read at each pass (the config's plus operator-added ones); default: the config's. */
  feeds?: () => FeedConfig[];
  now?: () => Date;
  /** Where per-stage counts, durations and error codes go; default: nowhere. */
  metrics?: MetricsRecorder;
  /** Where extraction and claim tagging run (runtime/cpu-pool.ts, or runtime/page-source.ts inThreadPageCompute). */
  compute: ChainCompute<PageSource>;
  /** Group commit of the state writes, one step per page's dedup (runtime/db.ts); default: each statement commits. */
  stateWrites?: WriteBatch;
  /** The operator's watches; without them documents match none. */
  watches?: WatchPorts;
  /** Called once per document published (the alert outbox takes its alerts). */
  onPublished?: (document: ArticleDocument) => void;
}

export class EmbeddedRunner {
  readonly #deps: RunnerDeps;
  readonly #now: () => Date;
  readonly #feeds: () => FeedConfig[];
  readonly #metrics: MetricsRecorder;
  readonly #chainDeps: ChainDeps<PageSource>;
  /**
   * Versions past dedup in this process and not yet in the article log: a URL
   * variant of one of them is "same URL" (dedup's publish check) as if it were published.
   */
  readonly #onTheirWay = new Set<string>();

  constructor(deps: RunnerDeps) {
    this.#deps = deps;
    this.#metrics = deps.metrics ?? NOOP_METRICS;
    this.#now = deps.now ?? (() => new Date());
    this.#feeds = deps.feeds ?? (() => deps.config.feeds);
    this.#chainDeps = embeddedChainDeps({ ...deps, now: this.#now, onTheirWay: this.#onTheirWay });
  }

  /** Polls every feed that is not paused, once, and processes what is new and what was pending. */
  async runOnce(): Promise<RunSummary> {
    return this.#pass(
      this.#feeds()
        .filter((feed) => !feed.paused)
        .map((feed) => ({ feed, poll: true })),
    );
  }

  /** Polls each feed when it is due, until `signal` aborts; in-flight work finishes first. */
  async runForever(signal: AbortSignal, onPass?: (summary: RunSummary) => void): Promise<void> {
    while (!signal.aborted) {
      const due = this.#dueFeeds();
      if (due.length > 0) {
        // The pass runs whether or not a caller listens for its summary.
        const summary = await this.#pass(due);
        onPass?.(summary);
      }
      if (signal.aborted) break;
      await sleepUntil(this.#nextDueMs(), signal);
    }
  }

  /** Feeds to poll (due, or reading on through a document above the parse limit) and feeds with pending entries due. */
  #dueFeeds(): PassFeed[] {
    const now = this.#now();
    const ready = this.#deps.pending.readyFeeds(now);
    return this.#feeds().flatMap((feed) => {
      if (feed.paused) return [];
      const poll = pollTimeMs(this.#deps.feedState.read(feed.id)) <= now.getTime();
      return poll || ready.has(feed.id) ? [{ feed, poll }] : [];
    });
  }

  #nextDueMs(): number {
    const active = this.#feeds().filter((feed) => !feed.paused);
    const times = active.map((feed) => pollTimeMs(this.#deps.feedState.read(feed.id)));
    const retryMs = this.#deps.pending.nextRetryMs();
    if (retryMs !== null && active.length > 0) times.push(retryMs);
    return times.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...times);
  }

  async #pass(feeds: PassFeed[]): Promise<RunSummary> {
    const summary = emptySummary(this.#now());
    const inRun = new Map<string, string>();
    const pageLimit = pLimit(this.#deps.config.crawler.concurrency);
    const order: PageOrder = { dedup: new InOrder(), timeline: new InOrder() };
    const feedLimit = pLimit(FEED_CONCURRENCY);
    // Thread start-up overlaps the feed polls instead of delaying the first page.
    if (feeds.length > 0) this.#deps.compute.warm?.().catch((err: Error) => this.#deps.logger.warn({ err: err.message }, 'CPU threads failed to start'));
    this.#deps.progress.add('discover', 'total', feeds.filter((f) => f.poll).length);
    const pageJobs: Array<Promise<void>> = [];
    const perFeed = this.#deps.config.crawler.maxEntriesPerPoll;
    await Promise.all(
      feeds.map(({ feed, poll }) =>
        feedLimit(async () => {
          if (poll) await this.#pollFeed(feed, summary);
          // What this poll queued and whatever earlier passes (or a crashed run) left pending.
          for (const pending of this.#deps.pending.take(feed.id, perFeed, this.#now())) {
            if (!this.#claimEntry(feed, pending, inRun, summary)) continue;
            pageJobs.push(pageLimit(() => this.#processEntry(feed, pending, summary, order)));
          }
        }),
      ),
    );
    await Promise.all(pageJobs);
    this.#deps.stateWrites?.flush();
    summary.finishedAt = this.#now().toISOString();
    return summary;
  }

  /** Polls a feed and queues the entries it lists whose URL no article owns, with the feed's new state in one commit. */
  async #pollFeed(feed: FeedConfig, summary: RunSummary): Promise<void> {
    const { fetcher, feedState, pending, progress, logger } = this.#deps;
    const state = await feedState.get(feed.id);
    const at = this.#now();
    const startMs = performance.now();
    try {
      // Reading on through a document above the parse limit: unconditionally, past what was listed.
      const resuming = state.resumeOffset > 0;
      const result = await fetcher.fetchFeed(
        feed,
        resuming
          ? { etag: null, lastModified: null, contentHash: null, skipItems: state.resumeOffset }
          : { etag: state.etag, lastModified: state.lastModified, contentHash: state.contentHash },
      );
      const entries = result.entries ?? [];
      const keyed = this.#firstPerUrl(feed, keyedEntries(feed, entries, summary), summary);
      const owners = await knownOwners(
        this.#deps.dedupStore,
        keyed.map((k) => k.urlKey),
      );
      const fresh = keyed.filter(({ entry, urlKey }, i) => {
        const articleId = owners[i];
        if (articleId === null || articleId === undefined) return true;
        this.#collapsed(summary, { feedId: feed.id, url: entry.url, urlKey, reason: 'seen_before', articleId });
        return false;
      });
      pending.queueWith(feed.id, fresh, () =>
        feedState.saveSuccess(feed.id, {
          ...validatorsAfter(state, result),
          at: at.toISOString(),
          ...nextPoll(at, state, feed.pollIntervalSecs, { ok: true, newItems: fresh.length, feedHintSecs: result.ttlSecs ?? null }),
        }),
      );
      summary.feeds.push({ feedId: feed.id, status: result.notModified ? 'not_modified' : 'ok', entries: entries.length, warnings: result.warnings });
      summary.entriesListed += entries.length;
      progress.add('discover', 'done');
      this.#metrics.stageItem('discover', 'done');
      this.#metrics.stageDuration('discover', secondsSince(startMs));
    } catch (err) {
      const code = errorCode(err);
      const message = (err as Error).message;
      const failure = { ok: false as const, failures: state.consecutiveFailures + 1, retryAfterSecs: retryAfterSecsOf(err) };
      await feedState.recordFailure(feed.id, { code, message, at: at.toISOString(), ...nextPoll(at, state, feed.pollIntervalSecs, failure) });
      summary.feeds.push({ feedId: feed.id, status: 'failed', entries: 0, code, message, warnings: [] });
      progress.add('discover', 'failed');
      this.#recordFailure('discover', feed.url, err, startMs);
      logger.warn({ feedId: feed.id, url: feed.url, code, err: message }, 'feed poll failed');
    }
  }

  /** An entry's URL variants listed again by the same poll collapse into its first. */
  #firstPerUrl(feed: FeedConfig, keyed: Array<{ urlKey: string; entry: FeedEntry }>, summary: RunSummary): Array<{ urlKey: string; entry: FeedEntry }> {
    const first = new Map<string, string>();
    return keyed.filter(({ urlKey, entry }) => {
      const sameAs = first.get(urlKey);
      if (sameAs === undefined) {
        first.set(urlKey, entry.url);
        return true;
      }
      this.#collapsed(summary, { feedId: feed.id, url: entry.url, urlKey, reason: 'same_url_in_pass', sameAs });
      return false;
    });
  }

  #collapsed(summary: RunSummary, entry: CollapsedEntry): void {
    summary.collapsedBeforeFetch.push(entry);
    this.#deps.progress.add('fetch', 'total');
    this.#deps.progress.add('fetch', 'skipped');
    this.#metrics.stageItem('fetch', 'skipped');
  }

  /** Cheap gate before fetching: a URL variant seen in this pass is not fetched twice. */
  #claimEntry(feed: FeedConfig, { entry, urlKey: key }: PendingEntry, inRun: Map<string, string>, summary: RunSummary): boolean {
    this.#deps.progress.add('fetch', 'total');
    const first = inRun.get(key);
    if (first !== undefined) {
      // The first one's outcome is this one's: it stays pending while that one does.
      this.#step(() => this.#deps.pending.done(feed.id, key));
      summary.collapsedBeforeFetch.push({ feedId: feed.id, url: entry.url, urlKey: key, reason: 'same_url_in_pass', sameAs: first });
      this.#deps.progress.add('fetch', 'skipped');
      this.#metrics.stageItem('fetch', 'skipped');
      return false;
    }
    inRun.set(key, entry.url);
    return true;
  }

  async #processEntry(feed: FeedConfig, { entry, urlKey: key }: PendingEntry, summary: RunSummary, order: PageOrder): Promise<void> {
    const { fetcher, dedupStore, articles, pending, progress, logger } = this.#deps;
    const knownAs = await dedupStore.lookupUrl(key);
    if (knownAs !== null) {
      this.#step(() => pending.done(feed.id, key));
      summary.collapsedBeforeFetch.push({ feedId: feed.id, url: entry.url, urlKey: key, reason: 'seen_before', articleId: knownAs });
      progress.add('fetch', 'skipped');
      this.#metrics.stageItem('fetch', 'skipped');
      return;
    }
    const failedBefore = articles.permanentFailure(entry.url);
    if (failedBefore) {
      this.#step(() => pending.done(feed.id, key));
      summary.collapsedBeforeFetch.push({ feedId: feed.id, url: entry.url, urlKey: key, reason: 'failed_before', code: failedBefore.code });
      progress.add('fetch', 'skipped');
      this.#metrics.stageItem('fetch', 'skipped');
      return;
    }
    const startMs = performance.now();
    let dedupTicket: Ticket | null = null;
    let timelineTicket: Ticket | null = null;
    let versionKey: string | null = null;
    /** Held from this page's dedup step to its outcome: its state, document and pending entry commit together. */
    let release: (() => void) | null = null;
    try {
      const page = await fetcher.fetchPage(entry.url, { render: feed.render });
      // Pages reach dedup, and then their story timelines, in the order their fetches
      // completed, as without the thread pool; claim tagging in between overlaps.
      const tickets = { dedup: order.dedup.ticket(), timeline: order.timeline.ticket() };
      dedupTicket = tickets.dedup;
      timelineTicket = tickets.timeline;
      progress.add('fetch', 'done');
      this.#metrics.stageItem('fetch', 'done');
      this.#metrics.stageDuration('fetch', secondsSince(startMs));
      const writes = this.#deps.stateWrites;
      const around: Around = async (stage, run) => {
        const stepStartMs = performance.now();
        let result: StepResult;
        if (stage === 'dedup') {
          // Dedup runs one page at a time (the ticket), so its writes can be one step of a group commit.
          await tickets.dedup.turn();
          await writes?.ready();
          release = writes?.hold() ?? null;
          writes?.begin();
          try {
            result = await run();
          } finally {
            writes?.end();
            tickets.dedup.done();
          }
          if (result.kind === 'next' && result.stage === 'claims') {
            versionKey = idempotencyKeyFor(result.input.verdict.articleId, result.input.article.text);
            this.#onTheirWay.add(versionKey);
          }
        } else {
          // The story timeline reads the earlier members: built in fetch order while the tagging overlaps.
          if (stage === 'document') await tickets.timeline.turn();
          result = await run();
        }
        this.#stepDone(stage, result, stepStartMs);
        return result;
      };
      const { requestedUrl, finalUrl, status, contentType, fetchedAt, via } = page;
      const chain = createChain(this.#chainDeps, { hop: IN_PROCESS, around });
      const outcome = await chain.extract({
        origin: { feedId: feed.id, feedUrl: feed.url, entry },
        page: { requestedUrl, finalUrl, status, contentType, fetchedAt, via },
        source: pageSourceOf(page),
      });
      this.#step(() => {
        articles.clearFailure(entry.url);
        pending.done(feed.id, key);
      });
      if (outcome.kind === 'skipped') {
        summary.skipped.push({ feedId: feed.id, url: entry.url, reason: outcome.reason });
      } else if (outcome.kind === 'same_url') {
        summary.sameUrlAfterFetch.push({ feedId: feed.id, url: entry.url, articleId: outcome.verdict.articleId, canonicalUrl: outcome.verdict.canonicalUrl });
      } else if (outcome.kind === 'published' && outcome.fresh) {
        summary.published.push(publishedEntryOf(outcome.document));
        progress.add('output', 'total');
        progress.add('output', 'done');
        this.#metrics.stageItem('output', 'done');
      } else {
        progress.add('output', 'skipped');
        this.#metrics.stageItem('output', 'skipped');
      }
    } catch (err) {
      const code = errorCode(err);
      const message = (err as Error).message;
      const permanent = errorKind(err) === 'permanent';
      this.#step(() => {
        articles.recordFailure({ url: entry.url, feedId: feed.id, code, message, permanent, lastAt: this.#now().toISOString() });
        // A transient failure waits in the pending table for a later pass (bounded attempts); a permanent one is done.
        if (permanent) pending.done(feed.id, key);
        else pending.retryLater(feed.id, key, this.#now());
      });
      summary.pageErrors.push({ feedId: feed.id, url: entry.url, code, message });
      progress.add('fetch', 'failed');
      this.#recordFailure('fetch', entry.url, err, startMs);
      logger.warn({ feedId: feed.id, url: entry.url, code, err: message }, 'page failed');
    } finally {
      // After publishing: the next page's story timeline may read this one. A ticket
      // already done (dedup's, after dedup) is not held up by calling done again.
      dedupTicket?.done();
      timelineTicket?.done();
      if (versionKey !== null) this.#onTheirWay.delete(versionKey);
      (release as (() => void) | null)?.();
    }
  }

  /** A page's outcome written as one step of the group commit (not a commit of its own per statement). */
  #step(write: () => void): void {
    const writes = this.#deps.stateWrites;
    writes?.begin();
    try {
      write();
    } finally {
      writes?.end();
    }
  }

  /** Progress and metrics of one step: done when the page goes on, skipped when it ends there. */
  #stepDone(stage: ChainStage, result: StepResult, startMs: number): void {
    if (stage === 'document') return;
    const outcome = result.kind === 'next' ? 'done' : 'skipped';
    this.#deps.progress.add(stage, 'total');
    this.#deps.progress.add(stage, outcome);
    this.#metrics.stageItem(stage, outcome);
    this.#metrics.stageDuration(stage, secondsSince(startMs));
  }

  #recordFailure(stage: 'discover' | 'fetch', url: string, err: unknown, startMs: number): void {
    this.#metrics.stageItem(stage, 'failed');
    this.#metrics.stageDuration(stage, secondsSince(startMs));
    this.#metrics.error(stage, errorCode(err));
    if (errorKind(err) === 'rate_limited') this.#metrics.hostThrottled(hostOf(url), 'rate_limit_pause');
  }
}

/** A feed in a pass: polled, or only its pending entries taken. */
interface PassFeed {
  feed: FeedConfig;
  poll: boolean;
}

/** When a feed is to be polled: at once while it reads on through a document above the parse limit. */
function pollTimeMs(state: FeedState): number {
  if (state.resumeOffset > 0 || state.nextPollAt === null) return 0;
  return Date.parse(state.nextPollAt);
}

/** Entries with their URL key; those whose URL cannot be parsed are reported and left out. */
function keyedEntries(feed: FeedConfig, entries: FeedEntry[], summary: RunSummary): Array<{ urlKey: string; entry: FeedEntry }> {
  return entries.flatMap((entry) => {
    try {
      return [{ urlKey: canonicalizeUrl(entry.url), entry }];
    } catch {
      summary.pageErrors.push({ feedId: feed.id, url: entry.url, code: 'URL_INVALID', message: 'entry URL cannot be parsed' });
      return [];
    }
  });
}

/** Longest sleep between schedule checks: clock jumps and feeds added meanwhile are seen within it. */
const MAX_SLEEP_MS = 60_000;
/** Shortest: a feed whose next poll time did not move (a failed state write, clock skew) cannot make a busy loop. */
const MIN_SLEEP_MS = 1000;

function sleepUntil(whenMs: number, signal: AbortSignal): Promise<void> {
  const delayMs = Math.max(MIN_SLEEP_MS, Math.min(whenMs - Date.now(), MAX_SLEEP_MS));
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, delayMs);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
