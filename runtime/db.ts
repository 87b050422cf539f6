/**
 * The embedded state: one SQLite file in the data directory. WAL mode so a
 * reader (`wirewatch feeds list`, a second CLI call) never blocks the crawl.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DB_FILE_NAME = 'wirewatch.sqlite';

export type Db = Database.Database;

/** Opens (creating when needed) the state database of a data directory. */
export function openDb(dataDir: string): Db {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const db = new Database(join(dir, DB_FILE_NAME));
  db.pragma('journal_mode = WAL');
  // NORMAL is durable across process crashes in WAL mode; only an OS crash can lose the last commit.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // The dedup index (postings of hundreds of terms per article) is read and
  // written at random across a large B-tree: with SQLite's default 2 MB page
  // cache most of those pages are read back from the OS on every article.
  db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  return db;
}

/** SQLite page cache of the state database, KiB. */
const PAGE_CACHE_KIB = 64 * 1024;

/**
 * Group commit for the crawl's state writes. Each page's dedup is a step
 * (begin … end, one page at a time); consecutive steps, and whatever else the
 * crawl writes meanwhile (article log, feed state), share one transaction that
 * commits after GROUP_COMMIT_STEPS steps or GROUP_COMMIT_MS, whichever comes
 * first, or at flush(). A page dirties about 70 pages of the dedup index (bands,
 * postings, records) and most of them again for the next pages: measured on the
 * bench pages, 73 WAL frames per page committed alone, 13 in groups of 20.
 *
 * A crash loses at most the uncommitted group, state and published documents
 * together: the output file is written only after a commit (afterCommit), so a
 * re-run publishes those pages again rather than twice. Transactions opened
 * inside by other code become savepoints. A step that fails keeps what it wrote,
 * as statement-by-statement writes did.
 *
 * A page's writes outlast its dedup step (its document is written after claim
 * tagging): `hold()` keeps every commit off until the page releases it, so a
 * page's dedup state and its document never land in different commits. A commit
 * that comes due while pages hold waits for the last release; `ready()` holds the
 * next page's dedup back meanwhile, so the wait is bounded by the pages already
 * past dedup.
 */
export interface WriteBatch {
  begin(): void;
  end(): void;
  /** Keeps commits off until the returned release is called (once; later calls do nothing). */
  hold(): () => void;
  /** Resolves once no commit waits for held pages (at once when none does). */
  ready(): Promise<void>;
  /** Runs `fn` once everything written so far is committed (at once when nothing is pending). */
  afterCommit(fn: () => void): void;
  /** Commits now (end of a pass, shutdown). */
  flush(): void;
}

/** Steps per group commit. */
export const GROUP_COMMIT_STEPS = 32;
/** Longest a write waits for its commit, ms. */
export const GROUP_COMMIT_MS = 200;

export interface WriteBatchOptions {
  steps?: number;
  delayMs?: number;
  /**
   * Told of a failure no caller is there to receive: a commit from the timer, or an
   * afterCommit callback (writing the output file) that threw. Default: ignored.
   */
  onError?: (err: Error) => void;
}

export function writeBatch(db: Db, options: WriteBatchOptions = {}): WriteBatch {
  const maxSteps = options.steps ?? GROUP_COMMIT_STEPS;
  const maxDelayMs = options.delayMs ?? GROUP_COMMIT_MS;
  let open = false;
  let inStep = false;
  let steps = 0;
  let openedAtMs = 0;
  let timer: NodeJS.Timeout | null = null;
  /** Pages between their dedup step and their document. */
  let holds = 0;
  /** A commit came due while pages held: it runs at the last release. */
  let due = false;
  const waiting: Array<() => void> = [];
  const readyWaiters: Array<() => void> = [];
  const onError = options.onError ?? (() => undefined);
  // A COMMIT that fails throws to whoever asked for it; the group stays open, its
  // callbacks waiting, and the next commit tries again.
  const commit = (): void => {
    if (holds > 0) {
      due = true;
      return;
    }
    due = false;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    // Pages waiting in ready() go on whether or not the COMMIT succeeds (a failed one is retried by the next).
    const released = readyWaiters.splice(0);
    queueMicrotask(() => {
      for (const fn of released) fn();
    });
    if (open) {
      if (db.inTransaction) db.exec('COMMIT');
      open = false;
      steps = 0;
    }
    // One callback failing (the output file, say) must not keep the others from running.
    for (const fn of waiting.splice(0)) {
      try {
        fn();
      } catch (err) {
        onError(err as Error);
      }
    }
  };
  return {
    begin() {
      inStep = true;
      if (open || db.inTransaction) return;
      db.exec('BEGIN');
      open = true;
      openedAtMs = performance.now();
    },
    end() {
      inStep = false;
      if (!open) return;
      steps += 1;
      if (steps >= maxSteps || performance.now() - openedAtMs >= maxDelayMs) {
        commit();
        return;
      }
      // A step in progress when the timer fires commits at its own end().
      timer ??= setTimeout(() => {
        timer = null;
        if (inStep) return;
        try {
          commit();
        } catch (err) {
          onError(err as Error);
        }
      }, maxDelayMs);
      timer.unref();
    },
    hold() {
      holds += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds -= 1;
        if (holds > 0 || !due || inStep) return;
        try {
          commit();
        } catch (err) {
          onError(err as Error);
        }
      };
    },
    ready() {
      if (!due) return Promise.resolve();
      return new Promise((resolve) => readyWaiters.push(resolve));
    },
    afterCommit(fn) {
      if (open) waiting.push(fn);
      else fn();
    },
    flush() {
      if (!inStep) commit();
    },
  };
}
