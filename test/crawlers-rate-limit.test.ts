/**
 * Fault matrix C6: a host answering 429 forever. The crawler side keeps
 * answering RateLimitedError with a bounded retryAfterMs, each call within the
 * fetch deadline, and the host pause is clamped; the queue side (one function,
 * workers/error-mapping.ts) turns the N+1th delay into RATE_LIMITED_EXHAUSTED.
 */
import type { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, type PageFetcherDeps } from '../crawlers/fetch-page.js';
import { MAX_RETRY_AFTER_MS } from '../crawlers/http-errors.js';
import { HostThrottle, MAX_HOST_PAUSE_MS } from '../crawlers/politeness.js';
import { RobotsCache, createRobotsFetcher } from '../crawlers/robots.js';
import { RateLimitedError, errorCode, errorKind } from '../pipeline/errors.js';
import { MAX_RATE_LIMIT_DELAYS, rethrowForQueue } from '../workers/error-mapping.js';
import { FaultServer, testPolicy } from './helpers/fault-server.js';

const server = new FaultServer();
const DEADLINE_MS = 5_000;
const CALLS = 4;

function deps(): PageFetcherDeps {
  const http = { userAgent: 'wirewatch-test/1.0', deadlineMs: DEADLINE_MS, maxBodyBytes: 1024 * 1024, maxRedirects: 3, policy: testPolicy(server.port) };
  return {
    http,
    robots: new RobotsCache({ userAgent: 'wirewatch-test/1.0', fetchRobots: createRobotsFetcher(http) }),
    throttle: new HostThrottle({ minDelayMs: 0 }),
  };
}

beforeAll(async () => {
  await server.start();
  server
    .route('/robots.txt', (_req, res) => res.writeHead(404).end())
    .route('/forever', (_req, res) => res.writeHead(429, { 'retry-after': '999999999' }).end())
    .route('/forever-no-header', (_req, res) => res.writeHead(429).end());
});

afterAll(() => server.close());

describe('429 forever (fault matrix C6)', () => {
  it('C6 every call returns within the deadline with a rate-limited error whose retryAfterMs is clamped', async () => {
    const d = deps();
    for (let i = 0; i < CALLS; i++) {
      const started = Date.now();
      const err = await fetchPage(server.url('/forever'), d).catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(DEADLINE_MS);
      expect([errorKind(err), errorCode(err)]).toEqual(['rate_limited', 'FETCH_RATE_LIMITED']);
      const retryAfterMs = (err as RateLimitedError).retryAfterMs;
      expect(retryAfterMs).toBeGreaterThan(0);
      expect(retryAfterMs).toBeLessThanOrEqual(MAX_RETRY_AFTER_MS);
    }
    // Only the first call reached the server: the rest were answered from the host pause.
    expect(server.hitCount('/forever')).toBe(1);
    d.throttle.close();
  });

  it('C6 a 429 without Retry-After still gives a bounded delay, and the next call does not wait it out', async () => {
    const d = deps();
    const first = await fetchPage(server.url('/forever-no-header'), d).catch((e: unknown) => e);
    const started = Date.now();
    const second = await fetchPage(server.url('/forever-no-header'), d).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(DEADLINE_MS);
    for (const err of [first, second]) {
      expect(errorKind(err)).toBe('rate_limited');
      expect((err as RateLimitedError).retryAfterMs).toBeLessThanOrEqual(MAX_RETRY_AFTER_MS);
    }
    d.throttle.close();
  });

  it('C6 the throttle clamps a pause to MAX_HOST_PAUSE_MS and refuses waiters it would hold past maxWaitMs', async () => {
    let now = 1_000_000;
    const throttle = new HostThrottle({ minDelayMs: 0, now: () => now });
    throttle.pauseHost('h.example', Number.POSITIVE_INFINITY);
    const err = await throttle.run('h.example', async () => 'ran', { maxWaitMs: 1000 }).catch((e: unknown) => e);
    expect(errorKind(err)).toBe('rate_limited');
    expect((err as RateLimitedError).retryAfterMs).toBe(MAX_HOST_PAUSE_MS);
    // Past the clamped pause the host is open again.
    now += MAX_HOST_PAUSE_MS;
    await expect(throttle.run('h.example', async () => 'ran', { maxWaitMs: 1000 })).resolves.toBe('ran');
    // A waiter already queued is refused when a long pause arrives after it.
    throttle.pauseHost('h.example', 100);
    const queued = throttle.run('h.example', async () => 'ran', { maxWaitMs: 1000 }).catch((e: unknown) => e);
    throttle.pauseHost('h.example', 60_000);
    expect(errorKind(await queued)).toBe('rate_limited');
    throttle.close();
  });

  it('C6 the queue side fails the job with RATE_LIMITED_EXHAUSTED after MAX_RATE_LIMIT_DELAYS delays', async () => {
    let data: Record<string, unknown> = { url: 'https://x.example/' };
    const delayedUntil: number[] = [];
    const job = {
      get data() {
        return data;
      },
      updateData: async (next: Record<string, unknown>) => {
        data = next;
      },
      moveToDelayed: async (at: number) => {
        delayedUntil.push(at);
      },
    } as unknown as Job;
    const limited = new RateLimitedError('rate limited (429)', 60_000);
    const outcomes: string[] = [];
    for (let i = 0; i <= MAX_RATE_LIMIT_DELAYS; i++) {
      const thrown = await rethrowForQueue(limited, job, 'token').catch((e: unknown) => e as Error);
      outcomes.push(thrown.name);
    }
    expect(outcomes.slice(0, MAX_RATE_LIMIT_DELAYS).every((name) => name === 'DelayedError')).toBe(true);
    expect(delayedUntil).toHaveLength(MAX_RATE_LIMIT_DELAYS);
    const last = await rethrowForQueue(limited, job, 'token').catch((e: unknown) => e as Error);
    expect(last.name).toBe('UnrecoverableError');
    expect(last.message).toMatch(/^RATE_LIMITED_EXHAUSTED/);
  });
});
