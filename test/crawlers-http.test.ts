import diagnosticsChannel from 'node:diagnostics_channel';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpFetch, type HttpFetchOptions } from '../crawlers/http.js';
import { errorCode, errorKind } from '../pipeline/errors.js';
import { Canary, FaultServer, RawServer, fakeResolver, sleep, testPolicy, writeLazily, zeros } from './helpers/fault-server.js';

const MiB = 1024 * 1024;
const server = new FaultServer();
const canary = new Canary();
/** Resolves when a route's response finished or was closed by the client. */
const serverSide = new Map<string, Promise<{ bytesWritten: number; closedEarly: boolean }>>();

function opts(extra: Partial<HttpFetchOptions> = {}): HttpFetchOptions {
  return { userAgent: 'wirewatch-test/1.0', deadlineMs: 15_000, maxBodyBytes: MiB, maxRedirects: 5, policy: testPolicy(server.port), ...extra };
}

async function failure(p: Promise<unknown>): Promise<{ kind: string; code: string; err: unknown }> {
  try {
    await p;
  } catch (err) {
    return { kind: errorKind(err), code: errorCode(err), err };
  }
  throw new Error('expected the fetch to fail');
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, sleep(ms).then(() => Promise.reject(new Error(`server side did not finish in ${ms} ms`)))]);
}

beforeAll(async () => {
  await server.start();
  await canary.start('127.0.0.2', server.port);
  server
    .route('/big-length', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(200 * MiB) });
      serverSide.set('/big-length', writeLazily(res, zeros(200 * MiB)));
    })
    .route('/big-chunked', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      serverSide.set('/big-chunked', writeLazily(res, zeros(Number.POSITIVE_INFINITY)));
    })
    .route('/gzip-bomb-stream', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      serverSide.set(
        '/gzip-bomb-stream',
        pipeline(Readable.from(zeros(10 * 1024 * MiB)), zlib.createGzip({ level: 9 }), res).then(
          () => ({ bytesWritten: 0, closedEarly: false }),
          () => ({ bytesWritten: 0, closedEarly: true }),
        ),
      );
    })
    .route('/ok', (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'x-host-seen': req.headers.host ?? '' });
      res.end('<html><body>ok</body></html>');
    })
    .route('/conditional', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"' && req.headers['if-modified-since'] === 'Wed, 01 Jan 2025 00:00:00 GMT') {
        res.writeHead(304, { etag: '"v1"' }).end();
        return;
      }
      res.writeHead(200, { etag: '"v1"', 'content-type': 'text/html' }).end('fresh');
    })
    .route('/echo-headers', (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(req.headers));
    })
    .route('/slow-body', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('x'), 500);
      serverSide.set(
        '/slow-body',
        new Promise((resolve) =>
          res.once('close', () => {
            clearInterval(timer);
            resolve({ bytesWritten: 0, closedEarly: true });
          }),
        ),
      );
    })
    .route('/short-body', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '1000' });
      res.write(Buffer.alloc(100, 0x61), () => res.socket?.destroy());
    })
    .route('/loop-a', (_req, res) => res.writeHead(302, { location: '/loop-b' }).end())
    .route('/loop-b', (_req, res) => res.writeHead(301, { location: '/loop-a' }).end())
    .route('/chain', (req, res) => {
      const n = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('n') ?? '0');
      res.writeHead(302, { location: `/chain?n=${n + 1}` }).end();
    })
    .route('/redirect', (req, res) => {
      const to = new URL(req.url ?? '/', 'http://x').searchParams.get('to') ?? '/ok';
      res.writeHead(302, { location: to }).end();
    })
    .route('/status', (req, res) => {
      const q = new URL(req.url ?? '/', 'http://x').searchParams;
      const headers: Record<string, string> = {};
      if (q.get('retryAfter') !== null) headers['retry-after'] = q.get('retryAfter')!;
      res.writeHead(Number(q.get('code')), headers).end('status body');
    });
});

afterAll(async () => {
  await server.close();
  await canary.close();
});

describe('transport and size (fault matrix A)', () => {
  it('A1 Content-Length over the cap is refused before the body', async () => {
    const f = await failure(httpFetch(server.url('/big-length'), opts()));
    expect(f).toMatchObject({ kind: 'permanent', code: 'FETCH_TOO_LARGE' });
    const side = await withTimeout(serverSide.get('/big-length')!, 10_000);
    expect(side.closedEarly).toBe(true);
    // Only what the kernel buffers took before the socket closed: far below 200 MB.
    expect(side.bytesWritten).toBeLessThan(64 * MiB);
  });

  it('A2 chunked body without length is aborted at the cap', async () => {
    const f = await failure(httpFetch(server.url('/big-chunked'), opts()));
    expect(f).toMatchObject({ kind: 'permanent', code: 'FETCH_TOO_LARGE' });
    const side = await withTimeout(serverSide.get('/big-chunked')!, 10_000);
    expect(side.closedEarly).toBe(true);
  });

  it('A3 streamed 10 GB gzip bomb stops at the decoded cap', async () => {
    const started = Date.now();
    const f = await failure(httpFetch(server.url('/gzip-bomb-stream'), opts({ maxBodyBytes: 8 * MiB })));
    expect(f).toMatchObject({ kind: 'permanent', code: 'FETCH_DECOMPRESSED_TOO_LARGE' });
    expect(Date.now() - started).toBeLessThan(10_000);
    const side = await withTimeout(serverSide.get('/gzip-bomb-stream')!, 10_000);
    expect(side.closedEarly).toBe(true);
  });

  it('A3 small gzip bomb with an honest Content-Length passes the header check and fails on decoding', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(32 * MiB), { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    server.route('/gzip-bomb-small', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': String(bomb.length) }).end(bomb);
    });
    const f = await failure(httpFetch(server.url('/gzip-bomb-small'), opts()));
    expect(f).toMatchObject({ kind: 'permanent', code: 'FETCH_DECOMPRESSED_TOO_LARGE' });
  });

  it('A4 brotli and deflate bombs hit the same decoded cap', async () => {
    const br = zlib.brotliCompressSync(Buffer.alloc(32 * MiB));
    const deflate = zlib.deflateSync(Buffer.alloc(32 * MiB), { level: 9 });
    server.route('/br-bomb', (_req, res) => res.writeHead(200, { 'content-encoding': 'br' }).end(br));
    server.route('/deflate-bomb', (_req, res) => res.writeHead(200, { 'content-encoding': 'deflate' }).end(deflate));
    for (const path of ['/br-bomb', '/deflate-bomb']) {
      const f = await failure(httpFetch(server.url(path), opts()));
      expect(f, path).toMatchObject({ kind: 'permanent', code: 'FETCH_DECOMPRESSED_TOO_LARGE' });
    }
  });

  it("A4 more than two encoding layers ('gzip, gzip, gzip') and unknown codings are FETCH_BAD_ENCODING", async () => {
    const three = zlib.gzipSync(zlib.gzipSync(zlib.gzipSync(Buffer.from('<p>hi</p>'))));
    server.route('/gzip3', (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip, gzip, gzip' }).end(three));
    server.route('/zstd', (_req, res) => res.writeHead(200, { 'content-encoding': 'zstd' }).end('x'));
    expect(await failure(httpFetch(server.url('/gzip3'), opts()))).toMatchObject({ kind: 'permanent', code: 'FETCH_BAD_ENCODING' });
    expect(await failure(httpFetch(server.url('/zstd'), opts()))).toMatchObject({ kind: 'permanent', code: 'FETCH_BAD_ENCODING' });
  });

  it('A4 two layers, brotli, zlib deflate and raw deflate decode correctly', async () => {
    const text = '<html><body>décodé</body></html>';
    const bodies: Record<string, [string, Buffer]> = {
      '/gzip2': ['gzip, gzip', zlib.gzipSync(zlib.gzipSync(Buffer.from(text)))],
      '/br': ['br', zlib.brotliCompressSync(Buffer.from(text))],
      '/deflate-zlib': ['deflate', zlib.deflateSync(Buffer.from(text))],
      '/deflate-raw': ['deflate', zlib.deflateRawSync(Buffer.from(text))],
    };
    for (const [path, [encoding, body]] of Object.entries(bodies)) {
      server.route(path, (_req, res) => res.writeHead(200, { 'content-encoding': encoding, 'content-type': 'text/html; charset=utf-8' }).end(body));
      const res = await httpFetch(server.url(path), opts());
      expect(res.text, path).toBe(text);
    }
  });

  it('A5 truncated gzip is FETCH_CORRUPT_BODY, not a crash', async () => {
    const gz = zlib.gzipSync(Buffer.from('x'.repeat(10_000)));
    const cut = gz.subarray(0, gz.length - 12);
    server.route('/gzip-cut', (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(cut));
    expect(await failure(httpFetch(server.url('/gzip-cut'), opts()))).toMatchObject({ kind: 'transient', code: 'FETCH_CORRUPT_BODY' });
  });

  it('A6 a body dripping 1 byte per 500 ms is aborted at the overall deadline', async () => {
    const started = Date.now();
    const f = await failure(httpFetch(server.url('/slow-body'), opts({ deadlineMs: 3000 })));
    const elapsed = Date.now() - started;
    expect(f).toMatchObject({ kind: 'transient', code: 'FETCH_DEADLINE' });
    expect(elapsed).toBeGreaterThanOrEqual(2900);
    expect(elapsed).toBeLessThan(6000);
    await withTimeout(serverSide.get('/slow-body')!, 5000);
  });

  it('A7 a server that accepts and stays silent gives FETCH_HEADERS_TIMEOUT', async () => {
    const silent = await new RawServer(() => undefined).start();
    try {
      const f = await failure(httpFetch(silent.url('/'), opts({ policy: testPolicy(silent.port), headersTimeoutMs: 1000 })));
      expect(f).toMatchObject({ kind: 'transient', code: 'FETCH_HEADERS_TIMEOUT' });
      // Without a headers timeout the overall deadline still ends it.
      const g = await failure(httpFetch(silent.url('/'), opts({ policy: testPolicy(silent.port), deadlineMs: 1500 })));
      expect(g).toMatchObject({ kind: 'transient', code: 'FETCH_DEADLINE' });
    } finally {
      await silent.close();
    }
  });

  it('A8 connection dropped mid-body or fewer bytes than Content-Length is FETCH_TRUNCATED', async () => {
    expect(await failure(httpFetch(server.url('/short-body'), opts()))).toMatchObject({ kind: 'transient', code: 'FETCH_TRUNCATED' });
    const raw = await new RawServer((socket) => {
      socket.write(`HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: 1024\r\n\r\n${'a'.repeat(100)}`, () => socket.destroy());
    }).start();
    try {
      const f = await failure(httpFetch(raw.url('/'), opts({ policy: testPolicy(raw.port) })));
      expect(f).toMatchObject({ kind: 'transient', code: 'FETCH_TRUNCATED' });
    } finally {
      await raw.close();
    }
  });

  it('A9 chunked body without its final chunk is FETCH_TRUNCATED', async () => {
    const raw = await new RawServer((socket) => {
      socket.write('HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ntransfer-encoding: chunked\r\n\r\n5\r\nhello\r\n5\r\nworld\r\n', () => socket.end());
    }).start();
    try {
      const f = await failure(httpFetch(raw.url('/'), opts({ policy: testPolicy(raw.port) })));
      expect(f).toMatchObject({ kind: 'transient', code: 'FETCH_TRUNCATED' });
    } finally {
      await raw.close();
    }
  });

  it('A10 headers over 16 KiB are FETCH_HEADERS_TOO_LARGE', async () => {
    const raw = await new RawServer((socket) => {
      const cookies = Array.from({ length: 1000 }, (_, i) => `set-cookie: c${i}=${'v'.repeat(20)}\r\n`).join('');
      socket.end(`HTTP/1.1 200 OK\r\n${cookies}content-length: 0\r\n\r\n`);
    }).start();
    try {
      const f = await failure(httpFetch(raw.url('/'), opts({ policy: testPolicy(raw.port) })));
      expect(f).toMatchObject({ kind: 'permanent', code: 'FETCH_HEADERS_TOO_LARGE' });
    } finally {
      await raw.close();
    }
  });

  it('A12 connection refused is CONN_REFUSED (transient)', async () => {
    const gone = await new RawServer(() => undefined).start();
    const port = gone.port;
    await gone.close();
    const f = await failure(httpFetch(`http://127.0.0.1:${port}/`, opts({ policy: testPolicy(port) })));
    expect(f).toMatchObject({ kind: 'transient', code: 'CONN_REFUSED' });
  });
});

describe('redirects and SSRF (fault matrix B)', () => {
  it('B1 a redirect loop is FETCH_REDIRECT_LOOP after exactly two hits', async () => {
    const f = await failure(httpFetch(server.url('/loop-a'), opts()));
    expect(f).toMatchObject({ kind: 'permanent', code: 'FETCH_REDIRECT_LOOP' });
    expect(server.hitCount('/loop-a') + server.hitCount('/loop-b')).toBe(2);
  });

  it('B1 an endless chain is FETCH_TOO_MANY_REDIRECTS after 10 hops (11 hits)', async () => {
    const f = await failure(httpFetch(server.url('/chain?n=0'), opts({ maxRedirects: 10 })));
    expect(f).toMatchObject({ kind: 'permanent', code: 'FETCH_TOO_MANY_REDIRECTS' });
    expect(server.hitCount('/chain')).toBe(11);
  });

  it('B1 redirects within the limit are followed and finalUrl reported', async () => {
    const res = await httpFetch(server.url('/redirect?to=/ok'), opts());
    expect(res.status).toBe(200);
    expect(res.finalUrl).toBe(server.url('/ok'));
    expect(res.requestedUrl).toBe(server.url('/redirect?to=/ok'));
  });

  it('B2 redirects to the metadata address in every spelling are blocked before any connect', async () => {
    const connects: string[] = [];
    const onConnect = (message: unknown): void => {
      connects.push(String((message as { connectParams: { hostname: string } }).connectParams.hostname));
    };
    diagnosticsChannel.subscribe('undici:client:beforeConnect', onConnect);
    const resolve = fakeResolver({ '169.254.169.254.nip.io': ['169.254.169.254'] });
    try {
      for (const target of [
        'http://169.254.169.254/latest/meta-data/',
        'http://[::ffff:169.254.169.254]/',
        'http://2852039166/',
        'http://0xA9FEA9FE/',
        'http://169.254.169.254.nip.io/',
        `http://127.0.0.2:${canary.port}/`,
      ]) {
        connects.length = 0;
        const f = await failure(httpFetch(server.url(`/redirect?to=${encodeURIComponent(target)}`), opts({ resolve })));
        expect(f, target).toMatchObject({ kind: 'permanent', code: 'SSRF_BLOCKED_ADDRESS' });
        // Only the first hop (the FaultServer) was ever dialled.
        expect(connects, target).toEqual(['127.0.0.1']);
      }
    } finally {
      diagnosticsChannel.unsubscribe('undici:client:beforeConnect', onConnect);
    }
    expect(canary.connections).toBe(0);
  });

  it('B4 redirects to file:, gopher:, ftp: and data: are SSRF_BLOCKED_SCHEME', async () => {
    for (const target of ['file:///etc/passwd', 'gopher://127.0.0.2:70/', 'ftp://127.0.0.2/', 'data:text/html,hi']) {
      const f = await failure(httpFetch(server.url(`/redirect?to=${encodeURIComponent(target)}`), opts()));
      expect(f, target).toMatchObject({ kind: 'permanent', code: 'SSRF_BLOCKED_SCHEME' });
    }
    expect(canary.connections).toBe(0);
  });

  it('B5 DNS rebinding: the connection uses the pinned address, and a re-resolved hop is re-checked', async () => {
    const host = 'rebind.test';
    const resolve = fakeResolver({ [host]: (call) => (call === 1 ? ['127.0.0.1'] : ['127.0.0.2']) });
    // The system resolver knows nothing of rebind.test: success proves the socket used the checked address.
    const res = await httpFetch(`http://${host}:${server.port}/ok`, opts({ resolve }));
    expect(res.status).toBe(200);
    expect(res.headers['x-host-seen']).toBe(`${host}:${server.port}`);
    expect(resolve.calls.get(host)).toBe(1);
    // A second hop resolves again and now gets 127.0.0.2: refused, never dialled.
    const f = await failure(httpFetch(`http://${host}:${server.port}/redirect?to=/ok`, opts({ resolve })));
    expect(f).toMatchObject({ kind: 'permanent', code: 'SSRF_BLOCKED_ADDRESS' });
    expect(canary.connections).toBe(0);
  });
});

describe('statuses, Retry-After and conditional requests', () => {
  const status = (code: number, retryAfter?: string): string =>
    server.url(`/status?code=${code}${retryAfter === undefined ? '' : `&retryAfter=${encodeURIComponent(retryAfter)}`}`);

  it('C5 Retry-After forms become RateLimitedError with the right retryAfterMs', async () => {
    const cases: Array<[number, string | undefined, number, number]> = [
      [429, '2', 2000, 2000],
      [429, '999999999', 3_600_000, 3_600_000],
      [429, 'abc', 60_000, 60_000],
      [429, undefined, 60_000, 60_000],
      [503, '5', 5000, 5000],
      [429, new Date(Date.now() + 30_000).toUTCString(), 25_000, 31_000],
    ];
    for (const [code, retryAfter, low, high] of cases) {
      const f = await failure(httpFetch(status(code, retryAfter), opts()));
      expect(f.kind, `${code} ${retryAfter}`).toBe('rate_limited');
      const ms = (f.err as { retryAfterMs: number }).retryAfterMs;
      expect(ms, `${code} ${retryAfter}`).toBeGreaterThanOrEqual(low);
      expect(ms, `${code} ${retryAfter}`).toBeLessThanOrEqual(high);
    }
  });

  it('maps 404/410 to FETCH_NOT_FOUND, other 4xx permanent, 5xx transient', async () => {
    expect(await failure(httpFetch(status(404), opts()))).toMatchObject({ kind: 'permanent', code: 'FETCH_NOT_FOUND' });
    expect(await failure(httpFetch(status(410), opts()))).toMatchObject({ kind: 'permanent', code: 'FETCH_NOT_FOUND' });
    expect(await failure(httpFetch(status(403), opts()))).toMatchObject({ kind: 'permanent', code: 'FETCH_HTTP_STATUS' });
    expect(await failure(httpFetch(status(500), opts()))).toMatchObject({ kind: 'transient', code: 'FETCH_HTTP_STATUS' });
    expect(await failure(httpFetch(status(503), opts()))).toMatchObject({ kind: 'transient', code: 'FETCH_HTTP_STATUS' });
  });

  it('sends validators and reports 304 as notModified', async () => {
    const res = await httpFetch(server.url('/conditional'), opts({ conditional: { etag: '"v1"', lastModified: 'Wed, 01 Jan 2025 00:00:00 GMT' } }));
    expect(res.notModified).toBe(true);
    expect(res.status).toBe(304);
    const fresh = await httpFetch(server.url('/conditional'), opts());
    expect(fresh.notModified).toBe(false);
    expect(fresh.text).toBe('fresh');
  });

  it('sends User-Agent and Accept-Encoding', async () => {
    const res = await httpFetch(server.url('/echo-headers'), opts());
    const seen = JSON.parse(res.text) as Record<string, string>;
    expect(seen['user-agent']).toBe('wirewatch-test/1.0');
    expect(seen['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('a caller abort is passed through as the caller reason', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('shutting down')), 300);
    const f = await failure(httpFetch(server.url('/slow-body'), opts({ signal: controller.signal })));
    expect((f.err as Error).message).toBe('shutting down');
  });
});
