import { describe, expect, it } from 'vitest';
import { HostThrottle } from '../crawlers/politeness.js';
import { sleep } from './helpers/fault-server.js';

/** Margins are generous: the machine is shared and may be loaded. */
const SLACK_MS = 50;

describe('HostThrottle', () => {
  it('two requests to one host start at least minDelayMs apart', async () => {
    const throttle = new HostThrottle({ maxInFlightPerHost: 2, minDelayMs: 400 });
    const starts: number[] = [];
    await Promise.all([0, 1, 2].map(() => throttle.run('a.example', async () => void starts.push(performance.now()))));
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(400 - SLACK_MS);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(400 - SLACK_MS);
  });

  it('a longer Crawl-delay spaces requests further', async () => {
    const throttle = new HostThrottle({ maxInFlightPerHost: 2, minDelayMs: 10 });
    const starts: number[] = [];
    await Promise.all([0, 1].map(() => throttle.run('c.example', async () => void starts.push(performance.now()), { crawlDelayMs: 500 })));
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(500 - SLACK_MS);
  });

  it('at most N requests to one host are in flight', async () => {
    const throttle = new HostThrottle({ maxInFlightPerHost: 2, minDelayMs: 0 });
    let inFlight = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 8 }, () =>
        throttle.run('b.example', async () => {
          inFlight++;
          peak = Math.max(peak, inFlight);
          await sleep(100);
          inFlight--;
        }),
      ),
    );
    expect(peak).toBe(2);
  });

  it('different hosts run in parallel', async () => {
    const throttle = new HostThrottle({ maxInFlightPerHost: 1, minDelayMs: 2000 });
    const started = performance.now();
    await Promise.all(['h1.example', 'h2.example', 'h3.example'].map((h) => throttle.run(h, () => sleep(200))));
    // Serialised they would need more than 4 s; in parallel about 200 ms.
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('pauseHost holds every waiting request for that host only', async () => {
    const throttle = new HostThrottle({ maxInFlightPerHost: 2, minDelayMs: 0 });
    throttle.pauseHost('p.example', 800);
    const started = performance.now();
    let otherAt = 0;
    const paused = Promise.all([0, 1].map(() => throttle.run('p.example', async () => performance.now() - started)));
    await throttle.run('q.example', async () => {
      otherAt = performance.now() - started;
    });
    const times = await paused;
    expect(otherAt).toBeLessThan(400);
    for (const t of times) expect(t).toBeGreaterThanOrEqual(800 - SLACK_MS);
  });

  it('a failing task releases its slot', async () => {
    const throttle = new HostThrottle({ maxInFlightPerHost: 1, minDelayMs: 0 });
    await expect(throttle.run('e.example', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(throttle.run('e.example', async () => 'next')).resolves.toBe('next');
  });

  it('tells onWait when a request had to wait for its host, and only then', async () => {
    const waited: string[] = [];
    const throttle = new HostThrottle({ maxInFlightPerHost: 1, minDelayMs: 100, onWait: (host) => waited.push(host) });
    await throttle.run('a.example', async () => undefined);
    expect(waited).toEqual([]);
    await throttle.run('a.example', async () => undefined);
    await throttle.run('b.example', async () => undefined);
    expect(waited).toEqual(['a.example']);
    throttle.close?.();
  });
});
