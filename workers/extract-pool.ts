/**
 * A small pool of worker threads for the extract stage (piscina). One pool per
 * process; `close()` waits for running parses, then ends the threads.
 */
import { Piscina } from 'piscina';
import type { ExtractJob, ExtractResult } from './queues.js';

const THREAD_FILE = new URL('./sandbox/extract-thread.mjs', import.meta.url).href;

export class ExtractPool {
  readonly #pool: Piscina;

  constructor(options: { threads: number }) {
    this.#pool = new Piscina({ filename: THREAD_FILE, minThreads: 1, maxThreads: Math.max(1, options.threads) });
  }

  run(data: ExtractJob): Promise<ExtractResult> {
    return this.#pool.run(data) as Promise<ExtractResult>;
  }

  async close(): Promise<void> {
    await this.#pool.destroy();
  }
}
