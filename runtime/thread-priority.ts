/**
 * Lowers the scheduling priority of the calling thread (Linux: nice is per
 * thread). The CPU pool's threads call it as they start: when the cores are
 * all busy, the event loop (HTTP, Redis replies, job lock renewals, the story
 * decision that holds the cross-worker lock) runs first and the parses take
 * the rest of the CPU, instead of the event loop waiting for a time slice
 * behind them. Measured on the pipeline bench (docs/benchmarks-history.md, Pipeline).
 * Elsewhere (no /proc/thread-self, or not permitted) it does nothing.
 */
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** How much nicer than the process (whose nice the event loop's thread keeps) the pool threads run. */
export const POOL_THREAD_NICE_STEP = 10;
/** The lowest priority Linux has. */
const MAX_NICE = 19;

export function lowerThisThreadPriority(step: number = POOL_THREAD_NICE_STEP): boolean {
  try {
    // "/proc/thread-self" links to "<pid>/task/<tid>"; setpriority() on a tid changes that thread only.
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    // A new thread starts at its process's nice value.
    setPriority(tid, Math.min(MAX_NICE, getPriority(tid) + step));
    return true;
  } catch {
    return false;
  }
}
