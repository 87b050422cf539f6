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
 * Invariant of the cache of work done ahead: an article's features and claims
 * computed beside its parse are used only for that very article object, and its
 * claims only under the id they were tagged under and for the same text.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { inThreadCompute, type ChainCompute } from '../pipeline/chain/index.js';
import type { TagOptions } from '../pipeline/claims/index.js';
import type { ArticleFeatures } from '../pipeline/dedup/features.js';
import type { Claim, ExtractedArticle, FeedEntry } from '../pipeline/types.js';
import { cpuThreadFile } from './cpu-thread-bundle.js';
import type { AheadRequest, ExtractResult, ExtractTask, ThreadData } from './cpu-thread-tasks.js';
import type { PageSource } from './page-source.js';

/** Longer than any gap between two pages of a busy crawl. */
const THREAD_IDLE_TIMEOUT_MS = 10 * 60_000;
/** More threads than cores only adds contention; past a few, the event loop is the limit. */
const MAX_DEFAULT_THREADS = 4;

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
  /** By article object: an entry goes when its article does. */
  readonly #done = new WeakMap<ExtractedArticle, Ahead>();
  readonly #here = inThreadCompute();
  #pool: Piscina | null = null;

  constructor(options: CpuPoolOptions) {
    this.#threads = Math.max(1, options.threads);
    this.#data = { tagger: options.tagger ?? {} };
    this.#ahead = options.ahead ?? { features: false, claims: false };
    this.#threadFile = options.threadFile;
  }

  get threads(): number {
    return this.#threads;
  }

  #started(): Piscina {
    this.#pool ??= new Piscina({
      filename: this.#threadFile ?? cpuThreadFile(),
      minThreads: this.#threads,
      maxThreads: this.#threads,
      idleTimeout: THREAD_IDLE_TIMEOUT_MS,
      workerData: this.#data,
    });
    return this.#pool;
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
    const { article, features, tagged } = (await this.#started().run(task, { name: 'extract' })) as ExtractResult;
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
    return this.#started().run({ article, articleId }, { name: 'claims' }) as Promise<Claim[]>;
  }

  /** Waits for running tasks, then ends the threads. */
  async close(): Promise<void> {
    const pool = this.#pool;
    this.#pool = null;
    await pool?.destroy();
  }
}
