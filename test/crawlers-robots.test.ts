import { describe, expect, it } from 'vitest';
import { RobotsCache, createRobotsFetcher } from '../crawlers/robots.js';
import { errorCode, errorKind } from '../pipeline/errors.js';
import { FaultServer, testPolicy } from './helpers/fault-server.js';

const UA = 'wirewatch/1.0';

function cacheWith(answer: () => Promise<{ status: number; text: string }>, extra: { now?: () => number; ttlMs?: number } = {}) {
  let fetches = 0;
  const cache = new RobotsCache({
    userAgent: UA,
    fetchRobots: async () => {
      fetches++;
      return answer();
    },
    ...extra,
  });
  return { cache, fetches: () => fetches };
}

async function failure(p: Promise<unknown>): Promise<{ kind: string; code: string; retryAfterMs?: number }> {
  try {
    await p;
  } catch (err) {
    return { kind: errorKind(err), code: errorCode(err), retryAfterMs: (err as { retryAfterMs?: number }).retryAfterMs };
  }
  throw new Error('expected a failure');
}

describe('RobotsCache (fault matrix C)', () => {
  it('C1 5xx or a network failure disallows the host with a short RateLimitedError, then recovers', async () => {
    let clock = 1_000_000;
    let status = 503;
    const { cache, fetches } = cacheWith(async () => ({ status, text: 'User-agent: *\nDisallow: /private' }), { now: () => clock });
    const f = await failure(cache.check('https://r.example/a'));
    expect(f).toMatchObject({ kind: 'rate_limited', code: 'ROBOTS_UNAVAILABLE' });
    expect(f.retryAfterMs).toBeGreaterThan(0);
    expect(f.retryAfterMs).toBeLessThanOrEqual(60_000);
    // Cached briefly: no refetch within the retry window.
    await failure(cache.check('https://r.example/b'));
    expect(fetches()).toBe(1);
    status = 200;
    clock += 61_000;
    await expect(cache.check('https://r.example/a')).resolves.toEqual({ allowed: true, crawlDelayMs: null });
    await expect(cache.check('https://r.example/private/x')).resolves.toMatchObject({ allowed: false });
    expect(fetches()).toBe(2);

    const down = cacheWith(async () => {
      throw new Error('ECONNREFUSED');
    });
    expect(await failure(down.cache.check('https://d.example/'))).toMatchObject({ kind: 'rate_limited', code: 'ROBOTS_UNAVAILABLE' });
    const limited = cacheWith(async () => ({ status: 429, text: '' }));
    expect(await failure(limited.cache.check('https://l.example/'))).toMatchObject({ code: 'ROBOTS_UNAVAILABLE' });
  });

  it.each([404, 410, 401, 403])('C2 robots.txt answering %i allows everything', async (status) => {
    const { cache } = cacheWith(async () => ({ status, text: 'User-agent: *\nDisallow: /' }));
    await expect(cache.check('https://x.example/anything')).resolves.toEqual({ allowed: true, crawlDelayMs: null });
  });

  it('C3 a 600 KiB robots.txt is parsed past 500 KiB; garbage means no rules', async () => {
    const filler = '# padding line for a large robots file\n'.repeat(Math.ceil((550 * 1024) / 40));
    const text = `User-agent: *\nDisallow: /early\n${filler}Disallow: /late\n${'#'.repeat(70 * 1024)}\n`;
    expect(text.length).toBeGreaterThan(600 * 1024);
    expect(text.indexOf('/late')).toBeGreaterThan(500 * 1024);
    const { cache } = cacheWith(async () => ({ status: 200, text }));
    await expect(cache.check('https://big.example/early/x')).resolves.toMatchObject({ allowed: false });
    await expect(cache.check('https://big.example/late/x')).resolves.toMatchObject({ allowed: false });
    await expect(cache.check('https://big.example/other')).resolves.toMatchObject({ allowed: true });

    const garbage = cacheWith(async () => ({ status: 200, text: '<html><body>Welcome! Disallow nothing</body></html>\x00\xff' }));
    await expect(garbage.cache.check('https://g.example/x')).resolves.toEqual({ allowed: true, crawlDelayMs: null });
  });

  it('C3 the HTTP robots fetcher follows 5 redirects, not 6, and treats more as unavailable', async () => {
    const server = await new FaultServer().start();
    try {
      server.route('/robots.txt', (_req, res) => res.writeHead(301, { location: '/r1' }).end());
      for (let i = 1; i <= 5; i++) server.route(`/r${i}`, (_req, res) => res.writeHead(301, { location: `/r${i + 1}` }).end());
      server.route('/r6', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /'));
      const fetchRobots = createRobotsFetcher({ userAgent: UA, deadlineMs: 10_000, maxBodyBytes: 1024, maxRedirects: 5, policy: testPolicy(server.port) });
      const cache = new RobotsCache({ userAgent: UA, fetchRobots });
      expect(await failure(cache.check(server.url('/page')))).toMatchObject({ code: 'ROBOTS_UNAVAILABLE' });
      // Five hops reach r5 → r6 is the sixth redirect target: r1..r5 were requested, r6 never.
      expect(server.hitCount('/r6')).toBe(0);

      server.route('/robots.txt', (_req, res) => res.writeHead(301, { location: '/r2' }).end());
      const cache2 = new RobotsCache({ userAgent: UA, fetchRobots });
      await expect(cache2.check(server.url('/page'))).resolves.toMatchObject({ allowed: false });

      // A large robots.txt is truncated, not refused (the fetcher's own cap is 1 MiB).
      server.route('/robots.txt', (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/plain' }).end(`User-agent: *\nDisallow: /no\n${'#'.repeat(2 * 1024 * 1024)}`),
      );
      const cache3 = new RobotsCache({ userAgent: UA, fetchRobots });
      await expect(cache3.check(server.url('/no/x'))).resolves.toMatchObject({ allowed: false });
      server.route('/robots.txt', (_req, res) => res.writeHead(404).end());
      const cache4 = new RobotsCache({ userAgent: UA, fetchRobots });
      await expect(cache4.check(server.url('/no/x'))).resolves.toMatchObject({ allowed: true });
    } finally {
      await server.close();
    }
  });

  it('C4 the cache expires after its TTL (24 h at most), by an injected clock', async () => {
    let clock = 0;
    const { cache, fetches } = cacheWith(async () => ({ status: 200, text: 'User-agent: *\nAllow: /' }), { now: () => clock, ttlMs: 7 * 24 * 3600_000 });
    await cache.check('https://c.example/1');
    clock += 23 * 3600_000;
    await cache.check('https://c.example/2');
    expect(fetches()).toBe(1);
    clock += 2 * 3600_000;
    await cache.check('https://c.example/3');
    expect(fetches()).toBe(2);
  });

  it('concurrent checks of one origin share a single fetch', async () => {
    const { cache, fetches } = cacheWith(async () => ({ status: 200, text: '' }));
    await Promise.all([cache.check('https://p.example/1'), cache.check('https://p.example/2'), cache.check('https://p.example/3')]);
    expect(fetches()).toBe(1);
  });

  it('C7 Crawl-delay above the maximum is CRAWL_DELAY_TOO_HIGH; below it is returned in ms', async () => {
    const slow = cacheWith(async () => ({ status: 200, text: 'User-agent: *\nCrawl-delay: 120\n' }));
    expect(await failure(slow.cache.check('https://s.example/'))).toMatchObject({ kind: 'permanent', code: 'CRAWL_DELAY_TOO_HIGH' });
    const ok = cacheWith(async () => ({ status: 200, text: 'User-agent: wirewatch\nCrawl-delay: 2.5\nDisallow: /x\n\nUser-agent: *\nDisallow: /' }));
    await expect(ok.cache.check('https://o.example/page')).resolves.toEqual({ allowed: true, crawlDelayMs: 2500 });
    await expect(ok.cache.check('https://o.example/x/1')).resolves.toMatchObject({ allowed: false });
  });
});
