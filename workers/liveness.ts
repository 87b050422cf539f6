/**
 * Liveness is "jobs keep completing", not `worker.isRunning()`: after some Redis
 * outages a BullMQ worker stays "running" yet never takes a job again. The watch
 * notices when this process's queues have work but none of its workers finished
 * anything for `timeoutMs`, and reports it so the process can exit and be
 * restarted by its supervisor.
 */
import type { Queue, Worker } from 'bullmq';

/** True when work is waiting and nothing finished for longer than the timeout. */
export function isStuck(input: { nowMs: number; lastProgressMs: number; pendingJobs: number; timeoutMs: number }): boolean {
  return input.pendingJobs > 0 && input.nowMs - input.lastProgressMs > input.timeoutMs;
}

export class LivenessWatch {
  #lastProgressMs = Date.now();
  #timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly workers: Worker[],
    private readonly queues: Queue[],
    private readonly options: { timeoutMs: number; checkEveryMs: number; onStuck: (idleMs: number) => void },
  ) {}

  start(): void {
    const progress = (): void => {
      this.#lastProgressMs = Date.now();
    };
    for (const worker of this.workers) {
      worker.on('completed', progress);
      worker.on('failed', progress);
    }
    this.#timer = setInterval(() => void this.#check(), this.options.checkEveryMs);
    this.#timer.unref();
  }

  async #check(): Promise<void> {
    // A count that fails (Redis down) is not evidence of a stuck worker: try again next time.
    const counts = await Promise.all(this.queues.map((q) => q.getJobCounts('waiting', 'prioritized').catch(() => ({}) as Record<string, number>)));
    const pendingJobs = counts.reduce((sum, c) => sum + (c.waiting ?? 0) + (c.prioritized ?? 0), 0);
    const nowMs = Date.now();
    if (isStuck({ nowMs, lastProgressMs: this.#lastProgressMs, pendingJobs, timeoutMs: this.options.timeoutMs })) {
      this.options.onStuck(nowMs - this.#lastProgressMs);
    }
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
  }
}
