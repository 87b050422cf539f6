/**
 * A small pool of worker threads for the extract stage (piscina). One pool per
 * process; `close()` waits for running parses, then ends the threads.
 */
import { Piscina } from 'piscina';
import type { ExtractJob, ExtractResult } from './queues.js';

const THREAD_FILE = new URL('./sandbox/extract-thread.mjs', import.meta.url).href;
/** Longer than any gap between extract jobs of a busy worker. */
const THREAD_IDLE_TIMEOUT_MS = 10 * 60_000;

export class ExtractPool {
  readonly #pool: Piscina;

  constructor(options: { threads: number }) {
    const threads = Math.max(1, options.threads);
    // Threads live as long as the pool: each new thread loads and compiles the whole
    // extractor (through tsx), which costs far more than a parse. With piscina's default
    // idle timeout of 0 a thread died between two jobs and nearly every page paid it.
    this.#pool = new Piscina({ filename: THREAD_FILE, minThreads: threads, maxThreads: threads, idleTimeout: THREAD_IDLE_TIMEOUT_MS });
  }

  run(data: ExtractJob): Promise<ExtractResult> {
    return this.#pool.run(data) as Promise<ExtractResult>;
  }

  async close(): Promise<void> {
    await this.#pool.destroy();
  }
}
