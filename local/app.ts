/**
 * Assembles the embedded mode from a validated config: SQLite state, the
 * crawler, the output file and the runner. `close()` undoes in reverse order.
 */
import type { Logger } from 'pino';
import type { FeedConfig, WirewatchConfig } from '../config/schema.js';
import type { Resolver } from '../crawlers/url-policy.js';
import { ArticleLog } from './article-log.js';
import { tagOptionsFrom } from '../config/packs.js';
import { CpuPool, defaultCpuThreads } from '../runtime/cpu-pool.js';
import { inThreadPageCompute } from '../runtime/page-source.js';
import { openDb, writeBatch, type Db } from '../runtime/db.js';
import type { DedupStore } from '../pipeline/dedup/index.js';
import { withDedupCaches } from './dedup-store-cache.js';
import { createSqliteDedupStore } from './dedup-store-sqlite.js';
import { SqliteFeedRegistry } from '../feeds/registry.js';
import { FeedStateSqlite } from '../feeds/state-sqlite.js';
import { PendingEntriesSqlite } from '../feeds/pending-sqlite.js';
import type { MetricsRecorder } from '../runtime/metrics.js';
import { createHttpFetcher, type CrawlFetcher } from '../crawlers/crawl-fetcher.js';
import { NdjsonOutput } from './ndjson-output.js';
import { Progress } from '../runtime/progress.js';
import { EmbeddedRunner } from './runner.js';
import { alertsOf } from '../pipeline/watches/index.js';
import { SqliteWatchStore } from '../runtime/alerts/watch-store.js';
import { SqliteAlertOutbox } from './alert-outbox.js';
import { AlertDispatcher } from './alert-dispatcher.js';
import { digestDirOf } from '../runtime/alerts/digest.js';

/** How long closing waits for due alerts to go out (a one-shot run); the rest go at the next start. */
const ALERT_DRAIN_ON_CLOSE_MS = 5000;

export interface EmbeddedApp {
  runner: EmbeddedRunner;
  progress: Progress;
  output: NdjsonOutput;
  articles: ArticleLog;
  feedState: FeedStateSqlite;
  /** The dedup state the runner uses (SQLite behind its caches). */
  dedupStore: DedupStore;
  /** The feeds polled: the config file's plus operator-added ones. */
  feeds: () => FeedConfig[];
  db: Db;
  /** Watches (config file and operator-added), their alert outbox and its delivery. */
  watches: SqliteWatchStore;
  alertOutbox: SqliteAlertOutbox;
  alerts: AlertDispatcher;
  /** Stops the browser if one runs, then closes the database. */
  close(): Promise<void>;
}

export interface EmbeddedAppOptions {
  logger: Logger;
  /** Replaces the HTTP crawler (tests, other fetch paths). */
  fetcher?: CrawlFetcher;
  resolve?: Resolver;
  /** Receives per-stage counts and durations (the API's /metrics); default: none. */
  metrics?: MetricsRecorder;
  /** The runner's clock (poll schedule, retry times of pending entries); default: the system clock. */
  now?: () => Date;
}

export function openEmbeddedApp(config: WirewatchConfig, options: EmbeddedAppOptions): EmbeddedApp {
  const db = openDb(config.dataDir);
  try {
    const feedState = new FeedStateSqlite(db);
    const articles = new ArticleLog(db);
    const sqliteDedup = createSqliteDedupStore(db);
    const stateWrites = writeBatch(db, { onError: (err) => options.logger.error({ err: err.message }, 'state commit or output write failed') });
    const dedupStore = withDedupCaches(sqliteDedup);
    const output = new NdjsonOutput(config.outDir, { db });
    const recovered = output.recover();
    if (recovered > 0) options.logger.warn({ documents: recovered }, 'output lines a crash kept from the file were written');
    const progress = new Progress();
    const metrics = options.metrics;
    const fetcher =
      options.fetcher ??
      createHttpFetcher(config.crawler, {
        ...(options.resolve ? { resolve: options.resolve } : {}),
        ...(metrics ? { onHostWait: (host: string) => metrics.hostThrottled(host, 'wait') } : {}),
        // What a rendered page tried to reach around the policy: the pages and the refusal's code.
        onBrowserRefused: (refusal) => options.logger.warn({ target: refusal.target, code: refusal.code, pages: refusal.pages }, 'browser connection refused'),
      });
    // Config-file feeds plus operator-added ones, re-read at each pass so adds and pauses apply without a restart.
    const registry = new SqliteFeedRegistry(db, config.feeds);
    const threads = config.crawler.cpuThreads ?? defaultCpuThreads();
    // Threads start on the first page, so commands that process none pay nothing.
    const tagger = tagOptionsFrom(config);
    // Features and claims computed beside each parse: dedup and claims run in this process.
    const pool =
      threads > 0 ? new CpuPool({ threads, tagger, ahead: { features: true, claims: true }, taskDeadlineMs: config.crawler.extractDeadlineMs }) : null;
    const watches = new SqliteWatchStore(db, config.watches);
    const alertOutbox = new SqliteAlertOutbox(db);
    const watchOf = (id: string) => watches.list().find((w) => w.id === id);
    const alerts = new AlertDispatcher({
      outbox: alertOutbox,
      watchOf,
      config: config.alerts,
      digestDir: digestDirOf(config),
      logger: options.logger,
      ...(metrics ? { metrics } : {}),
    });
    const runner = new EmbeddedRunner({
      watches: watches.ports(),
      // Stored in the transaction of the article row (a group commit), and sent only once that committed.
      onPublished: (document) => {
        const keys = alertOutbox.enqueue(alertsOf(document), watchOf, { held: true });
        if (keys.length > 0) stateWrites.afterCommit(() => alertOutbox.release(keys));
      },
      config,
      fetcher,
      compute: pool ?? inThreadPageCompute(tagger),
      dedupStore,
      stateWrites,
      feedState,
      pending: new PendingEntriesSqlite(db),
      articles,
      output,
      progress,
      logger: options.logger,
      feeds: () => registry.list(),
      ...(options.metrics ? { metrics: options.metrics } : {}),
      ...(options.now ? { now: options.now } : {}),
    });
    alerts.start();
    return {
      runner,
      progress,
      output,
      articles,
      feedState,
      dedupStore,
      feeds: () => registry.list(),
      db,
      watches,
      alertOutbox,
      alerts,
      async close() {
        await fetcher.close().catch(() => undefined);
        await pool?.close().catch(() => undefined);
        sqliteDedup.flush();
        // Commits the last group, which releases its alerts for the drain.
        stateWrites.flush();
        await alerts.drain(ALERT_DRAIN_ON_CLOSE_MS).catch(() => undefined);
        await alerts.close();
        db.close();
      },
    };
  } catch (err) {
    db.close();
    throw err;
  }
}
