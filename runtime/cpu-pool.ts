/**
 * The CPU-heavy pure steps of the chain (extraction, claim tagging) on a pool of
 * worker threads (piscina): one process then uses every core, and a long parse
 * never blocks the event loop, where the HTTP client runs and, in the
 * distributed worker, BullMQ renews job locks. The compute port of both runtimes.
 *
 * Threads start on first use (or `warm()`) and live as long as the pool: each
 * new thread loads and compiles the whole pipeline, which costs far more than a
 * page, so they must not come and go between jobs.
 *
 * Every task has a deadline (`taskDeadlineMs`): past it the thread running it is
 * terminated and replaced, and the task fails with EXTRACT_TIMEOUT, permanent for
 * that page; the other pages go on. The deadline counts from the moment a thread
 * takes the task, not from the call: tasks wait for a free thread here, in
 * `#slots`, so a queue of pages never times out behind a slow one.
 *
 * A thread is never terminated while it is still loading its module graph:
 * piscina loads the thread's entry with require(), which Node 20.19+ runs as
 * require(esm), and a termination while it instantiates the module aborts the
 * whole process (`FATAL ERROR: v8::Module::IsGraphAsync ... must be used on an
 * instantiated module`, from ModuleWrap::InstantiateSync). close() first waits
 * until each live thread has posted its "loaded" message (cpu-thread-loaded.ts)
 * or exited; a task's deadline starts only once its pool's threads are loaded,
 * so a thread replacing a terminated one neither dies loading nor eats the
 * next page's deadline.
 *
 * Invariant of the cache of work done ahead: an article's features and claims
 * computed beside its parse are used only for that very article object, and its
 * claims only under the id they were tagged under and for the same text.
 */
import { availableParallelism } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import pLimit, { type LimitFunction } from 'p-limit';
import { Piscina } from 'piscina';
import { PermanentError } from '../pipeline/errors.js';
import { inThreadCompute, type ChainCompute } from '../pipeline/chain/index.js';
import type { TagOptions } from '../pipeline/claims/index.js';
import type { ArticleFeatures } from '../pipeline/dedup/features.js';
import type { Claim, ExtractedArticle, FeedEntry } from '../pipeline/types.js';
import { cpuThreadFile } from './cpu-thread-bundle.js';
import { isThreadLoaded } from './cpu-thread-loaded.js';
import type { AheadRequest, ExtractResult, ExtractTask, ThreadData } from './cpu-thread-tasks.js';
import type { PageSource } from './page-source.js';

/** Longer than any gap between two pages of a busy crawl. */
const THREAD_IDLE_TIMEOUT_MS = 10 * 60_000;
/** More threads than cores only adds contention; past a few, the event loop is the limit. */
const MAX_DEFAULT_THREADS = 4;
/**
 * A page's extraction or tagging: news pages take milliseconds to a second, a
 * 200,000-word report some seconds; this leaves room for a slow, shared machine
 * and stops only the pathological (before the budgets, a 1.1 MB page ran past 300 s).
 */
export const DEFAULT_TASK_DEADLINE_MS = 60_000;
/** How long a task or close() waits for threads still loading; past it a task runs, a close terminates them anyway. */
const LOAD_WAIT_MS = 60_000;
const LOAD_POLL_MS = 20;

export interface CpuPoolOptions {
  threads: number;
  /** The claim tagger's options, given to every thread once (config/packs.ts tagOptionsFrom); default: the tagger's defaults. */
  tagger?: TagOptions;
  /**
   * Work done beside each parse that passes on, kept for the dedup and claims
   * steps of this process: worth it only when they run here. Default: none.
   */
  ahead?: AheadRequest;
  /** The threads' entry file; default: the build when current, else the sources (cpu-thread-bundle.ts). */
  threadFile?: string;
  /** Longest a task may run on its thread before the thread is recycled; default DEFAULT_TASK_DEADLINE_MS. */
  taskDeadlineMs?: number;
}

/**
 * Only what extraction reads is copied into the thread: the response bytes
 * when there are some (a memcpy), else the HTML string, whose copy costs about
 * 0.7 ms per 100 KB when it holds any non-Latin-1 character and runs on the event loop.
 */
function forThread(source: PageSource): PageSource {
  if (!('bytes' in source)) return source;
  const { bytes } = source;
  // A typed array is cloned with its whole buffer: a view into a larger one is copied out first.
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  return { bytes: own, contentType: source.contentType };
}

/** One thread per core, at most MAX_DEFAULT_THREADS. */
export function defaultCpuThreads(): number {
  return Math.max(1, Math.min(MAX_DEFAULT_THREADS, availableParallelism()));
}

interface Ahead {
  text: string;
  features?: ArticleFeatures;
  tagged?: { articleId: string; claims: Claim[] };
}

export class CpuPool implements ChainCompute<PageSource> {
  readonly #threads: number;
  readonly #data: ThreadData;
  readonly #ahead: AheadRequest;
  readonly #threadFile: string | undefined;
  readonly #deadlineMs: number;
  /** One task per thread at a time: a task's deadline starts when it gets its thread. */
  readonly #slots: LimitFunction;
  /** Thread ids of the threads that have loaded their tasks. */
  readonly #loaded = new Set<number>();
  /** By article object: an entry goes when its article does. */
  readonly #done = new WeakMap<ExtractedArticle, Ahead>();
  readonly #here = inThreadCompute();
  #pool: Piscina | null = null;

  constructor(options: CpuPoolOptions) {
    this.#threads = Math.max(1, options.threads);
    this.#data = { tagger: options.tagger ?? {} };
    this.#ahead = options.ahead ?? { features: false, claims: false };
    this.#threadFile = options.threadFile;
    this.#deadlineMs = options.taskDeadlineMs ?? DEFAULT_TASK_DEADLINE_MS;
    this.#slots = pLimit(this.#threads);
  }

  get threads(): number {
    return this.#threads;
  }

  #started(): Piscina {
    if (this.#pool) return this.#pool;
    const pool = new Piscina({
      filename: this.#threadFile ?? cpuThreadFile(),
      minThreads: this.#threads,
      maxThreads: this.#threads,
      idleTimeout: THREAD_IDLE_TIMEOUT_MS,
      workerData: this.#data,
    });
    pool.on('message', (message: unknown) => {
      const threadId = isThreadLoaded(message);
      if (threadId !== null) this.#loaded.add(threadId);
    });
    this.#pool = pool;
    return pool;
  }

  /**
   * Runs one task under the deadline. A task past it is aborted: piscina
   * terminates its thread and starts another; the caller gets EXTRACT_TIMEOUT.
   */
  #run<R>(task: unknown, name: string, context: Record<string, unknown>): Promise<R> {
    return this.#slots(async () => {
      const pool = this.#started();
      // A thread replacing a terminated one loads first: that is not the task's time.
      await this.#loadedOrGone(pool);
      const signal = AbortSignal.timeout(this.#deadlineMs);
      try {
        return (await pool.run(task, { name, signal })) as R;
      } catch (err) {
        if (!signal.aborted) throw err;
        throw new PermanentError('EXTRACT_TIMEOUT', `${name} ran past its ${this.#deadlineMs} ms deadline`, {
          cause: err,
          context: { ...context, task: name, deadlineMs: this.#deadlineMs },
        });
      }
    });
  }

  /** Starts every thread and resolves once each has loaded the pipeline, so that cost is not paid by the first pages. */
  async warm(): Promise<void> {
    const pool = this.#started();
    try {
      await Promise.all(Array.from({ length: this.#threads }, () => pool.run(null, { name: 'ready' })));
    } catch (err) {
      // A pool closed while its threads were still starting (a pass with nothing to do
      // ends first) rejects their start-up tasks: that is the close, not a failure.
      if (this.#pool !== pool) return;
      throw err;
    }
  }

  /** The module a thread loaded its tasks from: the build, or the TypeScript source through tsx. */
  async loadedFrom(): Promise<string> {
    return (await this.#started().run(null, { name: 'loadedFrom' })) as string;
  }

  async extract(source: PageSource, finalUrl: string, entry: FeedEntry, fetchedAtMs?: number): Promise<ExtractedArticle> {
    const task: ExtractTask = { source: forThread(source), finalUrl, entry, ahead: this.#ahead, ...(fetchedAtMs !== undefined ? { fetchedAtMs } : {}) };
    const { article, features, tagged } = await this.#run<ExtractResult>(task, 'extract', { url: finalUrl });
    if (features || tagged) this.#done.set(article, { text: article.text, ...(features ? { features } : {}), ...(tagged ? { tagged } : {}) });
    return article;
  }

  /** The features computed beside the parse, else computed here, on this thread, as dedup would. */
  features(article: ExtractedArticle): ArticleFeatures | undefined {
    const ahead = this.#done.get(article);
    return (ahead?.text === article.text ? ahead.features : undefined) ?? this.#here.features(article);
  }

  claims(article: ExtractedArticle, articleId: string): Promise<Claim[]> {
    const ahead = this.#done.get(article);
    this.#done.delete(article);
    const tagged = ahead?.text === article.text ? ahead.tagged : undefined;
    if (tagged && tagged.articleId === articleId) return Promise.resolve(tagged.claims);
    return this.#run<Claim[]>({ article, articleId }, 'claims', { url: article.url, articleId });
  }

  /** Waits for threads still loading (see the top of this file), then ends the threads. */
  async close(): Promise<void> {
    const pool = this.#pool;
    this.#pool = null;
    if (!pool) return;
    await this.#loadedOrGone(pool);
    await pool.destroy();
    this.#loaded.clear();
  }

  /** Resolves once every live thread of `pool` has loaded its tasks (at once when they have), or after LOAD_WAIT_MS. */
  async #loadedOrGone(pool: Piscina): Promise<void> {
    const until = Date.now() + LOAD_WAIT_MS;
    // An exited thread's id reads -1; piscina drops it from the list soon after.
    const loading = () => pool.threads.some((t) => t.threadId !== -1 && !this.#loaded.has(t.threadId));
    while (loading() && Date.now() < until) await sleep(LOAD_POLL_MS);
  }
}
