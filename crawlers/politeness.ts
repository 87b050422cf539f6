/**
 * Per-host politeness for one process (embedded mode): at most
 * `maxInFlightPerHost` requests at once, request starts at least `minDelayMs`
 * (or the host's Crawl-delay, if longer) apart, and a pause a host can impose
 * (429 Retry-After) that holds back every waiting request for that host.
 * Waiters are served first come, first served. Different hosts never wait on
 * each other.
 *
 * A pause longer than a caller is willing to wait (`maxWaitMs`) is not waited
 * out: the caller gets a RateLimitedError for the rest of the pause at once, so
 * a host answering 429 forever costs each job one quick refusal, never a hang.
 * Counting those refusals is the queue's job (workers/error-mapping.ts fails a
 * job with RATE_LIMITED_EXHAUSTED after MAX_RATE_LIMIT_DELAYS of them).
 */
import { RateLimitedError } from '../pipeline/errors.js';
import { MAX_RETRY_AFTER_MS } from './http-errors.js';

export const DEFAULT_MAX_IN_FLIGHT_PER_HOST = 2;
export const DEFAULT_MIN_DELAY_MS = 1000;
/** Longest pause a host can impose, whatever it asks for: Retry-After's own clamp. */
export const MAX_HOST_PAUSE_MS = MAX_RETRY_AFTER_MS;
/** Idle host records are swept when the map grows past this. */
const PRUNE_THRESHOLD_HOSTS = 1000;

export interface HostThrottleOptions {
  maxInFlightPerHost?: number;
  minDelayMs?: number;
  /** Clock for tests; waiting itself uses real timers. */
  now?: () => number;
  /** Told when a request had to wait for its host (politeness delay, in-flight cap, pause): for metrics. */
  onWait?: (host: string) => void;
}

interface Waiter {
  start: () => void;
  refuse: (err: Error) => void;
  crawlDelayMs: number;
  /** Past this time, a pause is refused rather than waited out. */
  latestStartAt: number;
}

export interface RunOptions {
  crawlDelayMs?: number | null;
  /** Longest wait for a host pause; default: wait it out, however long. */
  maxWaitMs?: number;
}

interface HostState {
  inFlight: number;
  /** Earliest time the next request may start. */
  nextStartAt: number;
  pausedUntil: number;
  queue: Waiter[];
  timer: NodeJS.Timeout | null;
}

export class HostThrottle {
  private readonly hosts = new Map<string, HostState>();
  private readonly maxInFlight: number;
  private readonly minDelayMs: number;
  private readonly now: () => number;
  private readonly onWait: (host: string) => void;

  constructor(options: HostThrottleOptions = {}) {
    this.maxInFlight = Math.max(1, options.maxInFlightPerHost ?? DEFAULT_MAX_IN_FLIGHT_PER_HOST);
    this.minDelayMs = Math.max(0, options.minDelayMs ?? DEFAULT_MIN_DELAY_MS);
    this.now = options.now ?? Date.now;
    this.onWait = options.onWait ?? (() => undefined);
  }

  /**
   * Runs fn when the host allows it; the slot is held until fn settles. Rejects
   * with RateLimitedError (no slot taken, fn not called) when the host is paused
   * beyond `maxWaitMs`.
   */
  async run<T>(host: string, fn: () => Promise<T>, options: RunOptions = {}): Promise<T> {
    const key = host.toLowerCase();
    if (this.hosts.size > PRUNE_THRESHOLD_HOSTS) this.prune();
    const state = this.stateFor(key);
    let startedAtOnce = false;
    await new Promise<void>((resolve, reject) => {
      const latestStartAt = this.now() + (options.maxWaitMs ?? Number.POSITIVE_INFINITY);
      state.queue.push({ start: resolve, refuse: reject, crawlDelayMs: options.crawlDelayMs ?? 0, latestStartAt });
      this.pump(key, state);
      // pump() starts a free host's request synchronously: anything else waited.
      startedAtOnce = !state.queue.some((w) => w.start === resolve);
    });
    if (!startedAtOnce) this.onWait(key);
    try {
      return await fn();
    } finally {
      state.inFlight--;
      this.pump(key, state);
    }
  }

  /** Holds every request to this host for `ms` from now (e.g. after a 429), at most MAX_HOST_PAUSE_MS. */
  pauseHost(host: string, ms: number): void {
    const key = host.toLowerCase();
    const state = this.stateFor(key);
    const pauseMs = Math.min(MAX_HOST_PAUSE_MS, Math.max(0, Number.isFinite(ms) ? ms : MAX_HOST_PAUSE_MS));
    state.pausedUntil = Math.max(state.pausedUntil, this.now() + pauseMs);
    this.pump(key, state);
  }

  /** Cancels pending timers. Queued callers stay pending; call only at shutdown. */
  close(): void {
    for (const state of this.hosts.values()) {
      if (state.timer) clearTimeout(state.timer);
      state.timer = null;
    }
  }

  private stateFor(key: string): HostState {
    let state = this.hosts.get(key);
    if (!state) {
      state = { inFlight: 0, nextStartAt: 0, pausedUntil: 0, queue: [], timer: null };
      this.hosts.set(key, state);
    }
    return state;
  }

  private pump(key: string, state: HostState): void {
    this.refuseBeyondPause(key, state);
    while (state.queue.length > 0 && state.inFlight < this.maxInFlight) {
      const now = this.now();
      const waitMs = Math.max(state.nextStartAt, state.pausedUntil) - now;
      if (waitMs > 0) {
        this.wakeAfter(key, state, waitMs);
        return;
      }
      const waiter = state.queue.shift()!;
      state.inFlight++;
      state.nextStartAt = now + Math.max(this.minDelayMs, waiter.crawlDelayMs);
      waiter.start();
    }
  }

  /** Waiters that would still be paused at their latest start time leave the queue now. */
  private refuseBeyondPause(key: string, state: HostState): void {
    const now = this.now();
    if (state.pausedUntil <= now) return;
    const remainingMs = state.pausedUntil - now;
    state.queue = state.queue.filter((waiter) => {
      if (waiter.latestStartAt >= state.pausedUntil) return true;
      waiter.refuse(new RateLimitedError(`host ${key} is paused for ${remainingMs} ms`, remainingMs, { context: { host: key, pausedForMs: remainingMs } }));
      return false;
    });
  }

  private wakeAfter(key: string, state: HostState, waitMs: number): void {
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = null;
      this.pump(key, state);
    }, waitMs);
  }

  private prune(): void {
    const now = this.now();
    for (const [key, s] of this.hosts) {
      if (s.inFlight === 0 && s.queue.length === 0 && s.timer === null && Math.max(s.nextStartAt, s.pausedUntil) <= now) {
        this.hosts.delete(key);
      }
    }
  }
}
