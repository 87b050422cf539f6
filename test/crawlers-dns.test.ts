/**
 * Fault matrix A11: DNS timeout, NXDOMAIN and SERVFAIL over the real DNS protocol,
 * against a fake UDP DNS server on loopback, through the c-ares resolver the
 * crawler uses by default.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DNS_TRIES, createDnsResolver } from '../crawlers/dns.js';
import { httpFetch, type HttpFetchOptions } from '../crawlers/http.js';
import { systemResolver } from '../crawlers/url-policy.js';
import { errorCode, errorKind } from '../pipeline/errors.js';
import { FakeDnsServer, FaultServer, testPolicy } from './helpers/fault-server.js';

const web = new FaultServer();
const dns = new FakeDnsServer((name) => {
  if (name.startsWith('nx.')) return 'nxdomain';
  if (name.startsWith('fail.')) return 'servfail';
  if (name.startsWith('drop')) return 'drop';
  return { a: ['127.0.0.1'] };
});
/** Short tries keep the suite fast; the fetch deadline is far above tries × timeout. */
const TRY_TIMEOUT_MS = 400;
const TRIES = 2;
const DEADLINE_MS = 10_000;

function options(resolve = createDnsResolver({ servers: [dns.server], timeoutMs: TRY_TIMEOUT_MS, tries: TRIES })): HttpFetchOptions {
  return { userAgent: 'wirewatch-test/1.0', deadlineMs: DEADLINE_MS, maxBodyBytes: 1024 * 1024, maxRedirects: 3, policy: testPolicy(web.port), resolve };
}

async function failure(p: Promise<unknown>): Promise<{ kind: string; code: string; ms: number }> {
  const started = Date.now();
  try {
    await p;
  } catch (err) {
    return { kind: errorKind(err), code: errorCode(err), ms: Date.now() - started };
  }
  throw new Error('expected a failure');
}

beforeAll(async () => {
  await Promise.all([web.start(), dns.start()]);
  web.route('/page', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>ok</html>'));
});

afterAll(async () => {
  await Promise.all([web.close(), dns.close()]);
});

describe('DNS faults (fault matrix A11)', () => {
  it('A11 a name answered by the DNS server is fetched at that address', async () => {
    const res = await httpFetch(`http://news.test:${web.port}/page`, options());
    expect(res.status).toBe(200);
    expect(res.text).toContain('ok');
    expect(dns.queries.get('news.test')).toBeGreaterThanOrEqual(1);
  });

  it('A11 NXDOMAIN is DNS_NXDOMAIN, permanent, and nothing is fetched', async () => {
    const before = web.hitCount('/page');
    const f = await failure(httpFetch(`http://nx.example.test:${web.port}/page`, options()));
    expect(f).toMatchObject({ kind: 'permanent', code: 'DNS_NXDOMAIN' });
    expect(web.hitCount('/page')).toBe(before);
  });

  it('A11 SERVFAIL is DNS_FAILED, transient', async () => {
    const f = await failure(httpFetch(`http://fail.example.test:${web.port}/page`, options()));
    expect(f).toMatchObject({ kind: 'transient', code: 'DNS_FAILED' });
  });

  it('A11 a DNS server that never answers gives DNS_TIMEOUT well within the fetch deadline, after every try', async () => {
    const f = await failure(httpFetch(`http://drop1.example.test:${web.port}/page`, options()));
    expect(f).toMatchObject({ kind: 'transient', code: 'DNS_TIMEOUT' });
    expect(f.ms).toBeLessThan(DEADLINE_MS / 2);
    // A and AAAA are each asked TRIES times.
    expect(dns.queries.get('drop1.example.test')).toBeGreaterThanOrEqual(TRIES);
  });

  it('A11 a dead DNS server gives DNS_TIMEOUT too', async () => {
    const resolve = createDnsResolver({ servers: ['127.0.0.1:9'], timeoutMs: TRY_TIMEOUT_MS, tries: TRIES });
    const f = await failure(httpFetch(`http://news.test:${web.port}/page`, options(resolve)));
    expect(f.kind).toBe('transient');
    expect(['DNS_TIMEOUT', 'DNS_FAILED']).toContain(f.code);
  });

  it('A11 hanging lookups do not starve the libuv threadpool: an fs read is not delayed', async () => {
    // More hanging lookups than the threadpool has threads (4 by default): with
    // getaddrinfo they would queue every fs call behind them.
    const resolve = createDnsResolver({ servers: [dns.server], timeoutMs: 700, tries: 2 });
    let firstLookupSettledAt = Number.POSITIVE_INFINITY;
    const lookups = Array.from({ length: 8 }, (_, i) =>
      resolve(`drop-pool-${i}.example.test`).catch((err: unknown) => {
        firstLookupSettledAt = Math.min(firstLookupSettledAt, Date.now());
        return err;
      }),
    );
    await readFile(fileURLToPath(import.meta.url));
    const readDoneAt = Date.now();
    const results = await Promise.all(lookups);
    expect(results.every((err) => errorCode(err) === 'DNS_TIMEOUT')).toBe(true);
    // The lookups hang for 0.7 s + 1.4 s; the read must not have waited for any of them.
    expect(readDoneAt).toBeLessThan(firstLookupSettledAt);
  });

  it('A11 localhost names are loopback without asking DNS, and the default resolver is not getaddrinfo', async () => {
    const resolve = createDnsResolver({ servers: [dns.server], timeoutMs: TRY_TIMEOUT_MS, tries: TRIES });
    expect(await resolve('localhost')).toEqual(['127.0.0.1', '::1']);
    expect(await resolve('app.localhost.')).toEqual(['127.0.0.1', '::1']);
    expect(dns.queries.has('localhost')).toBe(false);
    expect(await systemResolver('localhost')).toEqual(['127.0.0.1', '::1']);
    expect(DEFAULT_DNS_TRIES).toBeGreaterThanOrEqual(2);
  });
});
