/**
 * The embedded mode: every stage in one process, state in SQLite, no Redis.
 * `runOnce()` polls feeds and pushes each new entry through
 * fetch → extract → dedup → claims → output; `runForever()` repeats that on each
 * feed's own interval until its signal aborts, then lets in-flight work finish.
 *
 * Invariants: one bad page or feed never stops the others (its failure is
 * recorded with its code); an article version is written to the output at most
 * once (idempotency key, unique in SQLite), so re-running emits nothing new.
 */
import pLimit from 'p-limit';
import type { Logger } from 'pino';
import type { FeedConfig, WirewatchConfig } from '../config/schema.js';
import { processPage, type ArticlePipelineDeps, type PipelineCompute } from '../pipeline/article-pipeline.js';
import { canonicalizeUrl, type DedupStore } from '../pipeline/dedup/index.js';
import { errorCode, errorKind } from '../pipeline/errors.js';
import type { FeedEntry } from '../pipeline/types.js';
import type { ArticleLog } from './article-log.js';
import type { FeedStateStore } from '../feeds/state-sqlite.js';
import type { WriteBatch } from '../runtime/db.js';
import { InOrder, type Ticket } from './in-order.js';
import { hostOf, NOOP_METRICS, secondsSince, type MetricsRecorder } from '../runtime/metrics.js';
import type { NdjsonOutput } from './ndjson-output.js';
import type { Progress } from '../runtime/progress.js';
import type { CrawlFetcher } from '../crawlers/crawl-fetcher.js';
import { emptySummary, type RunSummary } from './summary.js';
import { nextPollAt } from './schedule.js';

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
  feedState: FeedStateStore;
  articles: ArticleLog;
  output: NdjsonOutput;
  progress: Progress;
  logger: Logger;
  /** The feeds to poll, read at each pass (the config's plus operator-added ones); default: the config's. */
  feeds?: () => FeedConfig[];
  now?: () => Date;
  /** Where per-stage counts, durations and error codes go; default: nowhere. */
  metrics?: MetricsRecorder;
  /** Where extraction and claim tagging run; default: this thread. */
  compute?: PipelineCompute;
  /** Group commit of the state writes, one step per page's dedup (runtime/db.ts); default: each statement commits. */
  stateWrites?: WriteBatch;
}

export class EmbeddedRunner {
  readonly #deps: RunnerDeps;
  readonly #now: () => Date;
  readonly #feeds: () => FeedConfig[];
  readonly #metrics: MetricsRecorder;

  constructor(deps: RunnerDeps) {
    this.#deps = deps;
    this.#metrics = deps.metrics ?? NOOP_METRICS;
    this.#now = deps.now ?? (() => new Date());
    this.#feeds = deps.feeds ?? (() => deps.config.feeds);
  }

  /** Polls every feed that is not paused, once, and processes what is new. */
  async runOnce(): Promise<RunSummary> {
    return this.#pass(this.#feeds().filter((feed) => !feed.paused));
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

  #dueFeeds(): FeedConfig[] {
    const nowMs = this.#now().getTime();
    return this.#feeds().filter((feed) => {
      if (feed.paused) return false;
      const next = this.#deps.feedState.get(feed.id).nextPollAt;
      return next === null || Date.parse(next) <= nowMs;
    });
  }

  #nextDueMs(): number {
    const times = this.#feeds()
      .filter((feed) => !feed.paused)
      .map((feed) => this.#deps.feedState.get(feed.id).nextPollAt)
      .map((next) => (next === null ? 0 : Date.parse(next)));
    return times.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...times);
  }

  async #pass(feeds: FeedConfig[]): Promise<RunSummary> {
    const summary = emptySummary(this.#now());
    const inRun = new Map<string, string>();
    const pageLimit = pLimit(this.#deps.config.crawler.concurrency);
    const order: PageOrder = { dedup: new InOrder(), timeline: new InOrder() };
    const feedLimit = pLimit(FEED_CONCURRENCY);
    // Thread start-up overlaps the feed polls instead of delaying the first page.
    if (feeds.length > 0) this.#deps.compute?.warm?.().catch((err: Error) => this.#deps.logger.warn({ err: err.message }, 'CPU threads failed to start'));
    this.#deps.progress.add('discover', 'total', feeds.length);
    const pageJobs: Array<Promise<void>> = [];
    await Promise.all(
      feeds.map((feed) =>
        feedLimit(async () => {
          const entries = await this.#pollFeed(feed, summary);
          for (const entry of entries) {
            if (!this.#claimEntry(feed, entry, inRun, summary)) continue;
            pageJobs.push(pageLimit(() => this.#processEntry(feed, entry, summary, order)));
          }
        }),
      ),
    );
    await Promise.all(pageJobs);
    this.#deps.stateWrites?.flush();
    summary.finishedAt = this.#now().toISOString();
    return summary;
  }

  async #pollFeed(feed: FeedConfig, summary: RunSummary): Promise<FeedEntry[]> {
    const { fetcher, feedState, progress, logger } = this.#deps;
    const state = feedState.get(feed.id);
    const at = this.#now();
    const startMs = performance.now();
    try {
      const result = await fetcher.fetchFeed(feed, { etag: state.etag, lastModified: state.lastModified, contentHash: state.contentHash });
      const unchanged = result.notModified;
      feedState.recordSuccess(feed.id, {
        etag: result.etag ?? state.etag,
        lastModified: result.lastModified ?? state.lastModified,
        contentHash: result.contentHash || state.contentHash,
        at: at.toISOString(),
        nextPollAt: nextPollAt(at, feed.pollIntervalSecs, 0),
      });
      const entries = (result.entries ?? []).slice(0, this.#deps.config.crawler.maxEntriesPerPoll);
      summary.feeds.push({ feedId: feed.id, status: unchanged ? 'not_modified' : 'ok', entries: entries.length, warnings: result.warnings });
      summary.entriesListed += entries.length;
      progress.add('discover', 'done');
      this.#metrics.stageItem('discover', 'done');
      this.#metrics.stageDuration('discover', secondsSince(startMs));
      return entries;
    } catch (err) {
      const code = errorCode(err);
      const message = (err as Error).message;
      const failures = state.consecutiveFailures + 1;
      feedState.recordFailure(feed.id, { code, message, at: at.toISOString(), nextPollAt: nextPollAt(at, feed.pollIntervalSecs, failures) });
      summary.feeds.push({ feedId: feed.id, status: 'failed', entries: 0, code, message, warnings: [] });
      progress.add('discover', 'failed');
      this.#recordFailure('discover', feed.url, err, startMs);
      logger.warn({ feedId: feed.id, url: feed.url, code, err: message }, 'feed poll failed');
      return [];
    }
  }

  /** Cheap gate before fetching: a URL variant seen in this pass is not fetched twice. */
  #claimEntry(feed: FeedConfig, entry: FeedEntry, inRun: Map<string, string>, summary: RunSummary): boolean {
    let key: string;
    try {
      key = canonicalizeUrl(entry.url);
    } catch {
      summary.pageErrors.push({ feedId: feed.id, url: entry.url, code: 'URL_INVALID', message: 'entry URL cannot be parsed' });
      return false;
    }
    this.#deps.progress.add('fetch', 'total');
    const first = inRun.get(key);
    if (first !== undefined) {
      summary.collapsedBeforeFetch.push({ feedId: feed.id, url: entry.url, urlKey: key, reason: 'same_url_in_pass', sameAs: first });
      this.#deps.progress.add('fetch', 'skipped');
      this.#metrics.stageItem('fetch', 'skipped');
      return false;
    }
    inRun.set(key, entry.url);
    return true;
  }

  async #processEntry(feed: FeedConfig, entry: FeedEntry, summary: RunSummary, order: PageOrder): Promise<void> {
    const { fetcher, dedupStore, articles, progress, logger } = this.#deps;
    const key = canonicalizeUrl(entry.url);
    const knownAs = await dedupStore.lookupUrl(key);
    if (knownAs !== null) {
      summary.collapsedBeforeFetch.push({ feedId: feed.id, url: entry.url, urlKey: key, reason: 'seen_before', articleId: knownAs });
      progress.add('fetch', 'skipped');
      this.#metrics.stageItem('fetch', 'skipped');
      return;
    }
    const failedBefore = articles.permanentFailure(entry.url);
    if (failedBefore) {
      summary.collapsedBeforeFetch.push({ feedId: feed.id, url: entry.url, urlKey: key, reason: 'failed_before', code: failedBefore.code });
      progress.add('fetch', 'skipped');
      this.#metrics.stageItem('fetch', 'skipped');
      return;
    }
    let startMs = performance.now();
    let dedupTicket: Ticket | null = null;
    let timelineTicket: Ticket | null = null;
    try {
      const page = await fetcher.fetchPage(entry.url, { render: feed.render });
      // Pages reach dedup, and then their story timelines, in the order their fetches
      // completed, as without the thread pool; claim tagging in between overlaps.
      dedupTicket = order.dedup.ticket();
      timelineTicket = order.timeline.ticket();
      progress.add('fetch', 'done');
      this.#metrics.stageItem('fetch', 'done');
      this.#metrics.stageDuration('fetch', secondsSince(startMs));
      startMs = performance.now();
      const ticket = dedupTicket;
      const writes = this.#deps.stateWrites;
      // Dedup runs one page at a time (the ticket), so its writes can be one step of a group commit.
      const beforeDedup = async (): Promise<void> => {
        await ticket.turn();
        writes?.begin();
      };
      const afterDedup = (): void => {
        writes?.end();
        ticket.done();
      };
      const pipelineDeps: ArticlePipelineDeps = {
        dedupStore,
        storyClaims: articles,
        now: this.#now,
        beforeDedup,
        afterDedup,
        beforeTimeline: timelineTicket.turn,
        ...(this.#deps.compute ? { compute: this.#deps.compute } : {}),
        onStage: (stage, result) => {
          progress.add(stage, 'total');
          progress.add(stage, result);
          // The stages run one after another, so the time since the previous report is this stage's.
          this.#metrics.stageItem(stage, result);
          this.#metrics.stageDuration(stage, secondsSince(startMs));
          startMs = performance.now();
        },
      };
      const outcome = await processPage(page, { feedId: feed.id, feedUrl: feed.url, entry }, pipelineDeps);
      articles.clearFailure(entry.url);
      if (outcome.kind === 'skipped') {
        summary.skipped.push({ feedId: feed.id, url: entry.url, reason: outcome.reason });
      } else if (outcome.kind === 'same_url') {
        summary.sameUrlAfterFetch.push({ feedId: feed.id, url: entry.url, articleId: outcome.verdict.articleId, canonicalUrl: outcome.verdict.canonicalUrl });
      } else if (articles.publish(outcome.document)) {
        const document = outcome.document;
        // The output file gets the document once the article log's row is committed.
        const writes = this.#deps.stateWrites;
        if (writes) writes.afterCommit(() => this.#deps.output.write(document));
        else this.#deps.output.write(document);
        summary.published.push(outcome.document);
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
      articles.recordFailure({ url: entry.url, feedId: feed.id, code, message, permanent, lastAt: this.#now().toISOString() });
      summary.pageErrors.push({ feedId: feed.id, url: entry.url, code, message });
      progress.add('fetch', 'failed');
      this.#recordFailure('fetch', entry.url, err, startMs);
      logger.warn({ feedId: feed.id, url: entry.url, code, err: message }, 'page failed');
    } finally {
      // After publishing: the next page's story timeline may read this one. A ticket
      // already done (dedup's, after dedup) is not held up by calling done again.
      dedupTicket?.done();
      timelineTicket?.done();
    }
  }

  #recordFailure(stage: 'discover' | 'fetch', url: string, err: unknown, startMs: number): void {
    this.#metrics.stageItem(stage, 'failed');
    this.#metrics.stageDuration(stage, secondsSince(startMs));
    this.#metrics.error(stage, errorCode(err));
    if (errorKind(err) === 'rate_limited') this.#metrics.hostThrottled(hostOf(url), 'rate_limit_pause');
  }
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
