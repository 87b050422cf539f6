/**
 * Kept-alive connections (crawlers/pinned-connections.ts): pages of one host
 * share a connection, and a host whose DNS answer changes gets a new connection
 * to the new, checked address, never the old socket (DNS rebinding).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpFetch, type HttpFetchOptions } from '../crawlers/http.js';
import { PinnedConnections } from '../crawlers/pinned-connections.js';
import { errorCode, errorKind } from '../pipeline/errors.js';
import { fakeResolver } from './helpers/fault-server.js';

interface CountingServer {
  server: Server;
  connections: number;
}

function counting(name: string): CountingServer {
  const counted: CountingServer = {
    server: createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(`<html>${name} ${req.url}</html>`)),
    connections: 0,
  };
  counted.server.on('connection', () => (counted.connections += 1));
  return counted;
}

const first = counting('first');
const second = counting('second');
let port = 0;
const pools: PinnedConnections[] = [];

beforeAll(async () => {
  await new Promise<void>((resolve) => first.server.listen(0, '127.0.0.1', resolve));
  port = (first.server.address() as AddressInfo).port;
  // The same port on another loopback address: the same origin after a new DNS answer.
  await new Promise<void>((resolve) => second.server.listen(port, '127.0.0.2', resolve));
});

afterAll(async () => {
  for (const pool of pools) await pool.close();
  for (const s of [first, second]) await new Promise((resolve) => s.server.close(resolve));
});

function options(resolve: HttpFetchOptions['resolve'], connections?: PinnedConnections): HttpFetchOptions {
  return {
    userAgent: 'wirewatch-test/1.0',
    deadlineMs: 5000,
    maxBodyBytes: 1024 * 1024,
    maxRedirects: 3,
    policy: { allowHosts: [`news.test:${port}`], allowCidrs: [] },
    ...(resolve ? { resolve } : {}),
    ...(connections ? { connections } : {}),
  };
}

describe('kept-alive connections', () => {
  it('fetches five pages of one host over one connection', async () => {
    const pool = new PinnedConnections();
    pools.push(pool);
    const before = first.connections;
    const resolve = fakeResolver({ 'news.test': ['127.0.0.1'] });
    for (let i = 0; i < 5; i++) {
      const res = await httpFetch(`http://news.test:${port}/story-${i}`, options(resolve, pool));
      expect(res.text).toBe(`<html>first /story-${i}</html>`);
    }
    expect(first.connections - before).toBe(1);
  });

  it('without a pool, each request has its own connection', async () => {
    const before = first.connections;
    const resolve = fakeResolver({ 'news.test': ['127.0.0.1'] });
    for (let i = 0; i < 3; i++) await httpFetch(`http://news.test:${port}/solo-${i}`, options(resolve));
    expect(first.connections - before).toBe(3);
  });

  it('a changed DNS answer gets a new connection to the new address, not the old socket', async () => {
    const pool = new PinnedConnections();
    pools.push(pool);
    const [firstBefore, secondBefore] = [first.connections, second.connections];
    const resolve = fakeResolver({ 'news.test': (call) => (call === 1 ? ['127.0.0.1'] : ['127.0.0.2']) });
    const a = await httpFetch(`http://news.test:${port}/a`, options(resolve, pool));
    const b = await httpFetch(`http://news.test:${port}/b`, options(resolve, pool));
    expect(a.text).toBe('<html>first /a</html>');
    expect(b.text).toBe('<html>second /b</html>');
    expect([first.connections - firstBefore, second.connections - secondBefore]).toEqual([1, 1]);
  });

  it('a closed pool refuses new requests with a clear error', async () => {
    const pool = new PinnedConnections();
    await pool.close();
    const resolve = fakeResolver({ 'news.test': ['127.0.0.1'] });
    const err = await httpFetch(`http://news.test:${port}/late`, options(resolve, pool)).catch((e: unknown) => e);
    expect(errorCode(err)).toBe('FETCHER_CLOSED');
    expect(errorKind(err)).toBe('transient');
  });
});
