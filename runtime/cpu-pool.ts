/**
 * The CPU-heavy pure steps of the pipeline (extraction, claim tagging) on a
 * pool of worker threads (piscina): one process then uses every core, and a
 * long parse never blocks the event loop, where the HTTP client runs and, in
 * the distributed worker, BullMQ renews job locks. Used by both modes.
 *
 * Threads start on first use (or `warm()`) and live as long as the pool: each
 * new thread loads and compiles the whole pipeline, which costs far more than a
 * page, so they must not come and go between jobs.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ExtractedForDedup, PipelineCompute } from '../pipeline/article-pipeline.js';
import type { Claim, DedupVerdict, ExtractablePage, ExtractedArticle, FeedEntry } from '../pipeline/types.js';
import { cpuThreadFile } from './cpu-thread-bundle.js';
import type { ThreadPage } from './cpu-thread-tasks.js';

/** Longer than any gap between two pages of a busy crawl. */
const THREAD_IDLE_TIMEOUT_MS = 10 * 60_000;
/** More threads than cores only adds contention; past a few, the event loop is the limit. */
const MAX_DEFAULT_THREADS = 4;

/**
 * Only what extraction reads is copied into the thread: the response bytes when
 * there are some (a memcpy; the thread decodes them), else the HTML string,
 * whose copy costs about 0.7 ms per 100 KB when it holds any non-Latin-1
 * character (two bytes each) and runs on the event loop.
 */
function forThread(page: ExtractablePage): ThreadPage {
  const { body, contentType, finalUrl } = page;
  if (body === undefined || contentType === undefined) return { html: page.html, finalUrl };
  // A typed array is cloned with its whole buffer: a view into a larger one is copied out first.
  const own = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength ? body : body.slice();
  return { body: own, contentType, finalUrl };
}

/** One thread per core, at most MAX_DEFAULT_THREADS. */
export function defaultCpuThreads(): number {
  return Math.max(1, Math.min(MAX_DEFAULT_THREADS, availableParallelism()));
}

export class CpuPool implements PipelineCompute {
  readonly #threads: number;
  #pool: Piscina | null = null;

  constructor(options: { threads: number }) {
    this.#threads = Math.max(1, options.threads);
  }

  get threads(): number {
    return this.#threads;
  }

  #started(): Piscina {
    this.#pool ??= new Piscina({ filename: cpuThreadFile(), minThreads: this.#threads, maxThreads: this.#threads, idleTimeout: THREAD_IDLE_TIMEOUT_MS });
    return this.#pool;
  }

  /** Starts every thread and resolves once each has loaded the pipeline, so that cost is not paid by the first pages. */
  async warm(): Promise<void> {
    const pool = this.#started();
    await Promise.all(Array.from({ length: this.#threads }, () => pool.run(null, { name: 'ready' })));
  }

  extract(page: ExtractablePage, entry: FeedEntry): Promise<ExtractedArticle> {
    return this.#started().run({ page: forThread(page), entry }, { name: 'extract' }) as Promise<ExtractedArticle>;
  }

  extractForDedup(page: ExtractablePage, entry: FeedEntry): Promise<ExtractedForDedup> {
    return this.#started().run({ page: forThread(page), entry }, { name: 'extractForDedup' }) as Promise<ExtractedForDedup>;
  }

  /** Extraction of a page whose HTML was packed by runtime/html-codec.ts (unpacked in the thread). */
  extractPacked(packedHtml: string, finalUrl: string, entry: FeedEntry): Promise<ExtractedArticle> {
    return this.#started().run({ packedHtml, finalUrl, entry }, { name: 'extractPacked' }) as Promise<ExtractedArticle>;
  }

  claims(article: ExtractedArticle, verdict: DedupVerdict): Promise<Claim[]> {
    return this.#started().run({ article, verdict }, { name: 'claims' }) as Promise<Claim[]>;
  }

  /** Waits for running tasks, then ends the threads. */
  async close(): Promise<void> {
    const pool = this.#pool;
    this.#pool = null;
    await pool?.destroy();
  }
}
