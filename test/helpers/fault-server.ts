/**
 * Loopback fault harness for crawler tests (the fault-matrix rows, README "Tests"): a node:http
 * FaultServer with parameterised routes, a raw node:net server for malformed
 * HTTP, canary listeners that count connections (SSRF tests assert 0), and a fake
 * resolver. Large bodies are generated lazily and written with backpressure, so
 * a "200 MB" body never sits in memory on either side.
 */
import dgram from 'node:dgram';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { isIPv4 } from 'node:net';
import net, { type AddressInfo, type Socket } from 'node:net';
import type { Writable } from 'node:stream';
import type { Resolver, UrlPolicy } from '../../crawlers/url-policy.js';

/** A route; its return value is ignored (arrow bodies like `res.writeHead(...).end()` are fine). */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

export class FaultServer {
  readonly hits = new Map<string, number>();
  private readonly routes = new Map<string, RouteHandler>();
  private readonly server: http.Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor() {
    this.server = http.createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      this.hits.set(path, (this.hits.get(path) ?? 0) + 1);
      const handler = this.routes.get(path);
      if (!handler) {
        res.writeHead(404).end('no route');
        return;
      }
      Promise.resolve(handler(req, res)).catch(() => res.destroy());
    });
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
  }

  async start(host = '127.0.0.1'): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, host, resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  route(path: string, handler: RouteHandler): this {
    this.routes.set(path, handler);
    return this;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  hitCount(path: string): number {
    return this.hits.get(path) ?? 0;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A raw TCP server: the handler owns the socket and writes whatever bytes it likes. */
export class RawServer {
  private readonly server: net.Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(onConnection: (socket: Socket) => void) {
    this.server = net.createServer((socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined);
      onConnection(socket);
    });
  }

  async start(host = '127.0.0.1'): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, host, resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Counts accepted connections; any connection at all means a guard failed. */
export class Canary {
  connections = 0;
  private readonly server = net.createServer((socket) => {
    this.connections++;
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 200 OK\r\ncontent-length: 6\r\ncontent-type: text/html\r\n\r\nCANARY');
  });
  port = 0;

  /** Port 0 picks a free one; pass the FaultServer's port to catch a rebind to the same port. */
  async start(host = '127.0.0.2', port = 0): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** The production policy plus exactly the FaultServer's address and port. */
export function testPolicy(port: number): UrlPolicy {
  return { allowHosts: [`127.0.0.1:${port}`], allowCidrs: [] };
}

/**
 * A resolver answering from a table; a function entry sees the call number for
 * that name (1, 2, ...), which is how DNS rebinding is staged.
 */
export function fakeResolver(table: Record<string, string[] | ((call: number) => string[])>): Resolver & { calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const resolve = async (hostname: string): Promise<string[]> => {
    const n = (calls.get(hostname) ?? 0) + 1;
    calls.set(hostname, n);
    const entry = table[hostname];
    if (entry === undefined) {
      throw Object.assign(new Error(`fake resolver: no entry for ${hostname}`), { code: 'ENOTFOUND' });
    }
    return typeof entry === 'function' ? entry(n) : entry;
  };
  return Object.assign(resolve, { calls });
}

/** How the fake DNS server treats one query: an rcode, silence, or A records. */
export type DnsBehaviour = 'nxdomain' | 'servfail' | 'drop' | { a: string[] };

const DNS_HEADER_BYTES = 12;
const DNS_TYPE_A = 1;
const DNS_RCODE = { nxdomain: 3, servfail: 2 } as const;

/**
 * A tiny UDP DNS server on 127.0.0.1 (the fault matrix's A11 harness, after
 * Scrapy's MockDNSServer). `behave` decides per query name; an A answer gives
 * no AAAA records (NOERROR, empty), as an IPv4-only host does.
 */
export class FakeDnsServer {
  /** Queries received, per lower-cased name. */
  readonly queries = new Map<string, number>();
  private readonly socket = dgram.createSocket('udp4');
  port = 0;

  constructor(private readonly behave: (name: string) => DnsBehaviour) {
    this.socket.on('message', (msg, peer) => {
      const reply = this.answer(msg);
      if (reply) this.socket.send(reply, peer.port, peer.address);
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.socket.bind(0, '127.0.0.1', resolve));
    this.port = this.socket.address().port;
    return this;
  }

  /** For `setServers` / `createDnsResolver({ servers })`. */
  get server(): string {
    return `127.0.0.1:${this.port}`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.socket.close(() => resolve()));
  }

  private answer(query: Buffer): Buffer | null {
    if (query.length < DNS_HEADER_BYTES) return null;
    const labels: string[] = [];
    let at = DNS_HEADER_BYTES;
    while (at < query.length && query[at]! !== 0) {
      labels.push(query.subarray(at + 1, at + 1 + query[at]!).toString('latin1'));
      at += 1 + query[at]!;
    }
    const questionEnd = at + 5; // the root label, QTYPE, QCLASS
    if (questionEnd > query.length) return null;
    const name = labels.join('.').toLowerCase();
    const qtype = query.readUInt16BE(at + 1);
    this.queries.set(name, (this.queries.get(name) ?? 0) + 1);
    const behaviour = this.behave(name);
    if (behaviour === 'drop') return null;
    const records = typeof behaviour === 'object' && qtype === DNS_TYPE_A ? behaviour.a.filter((a) => isIPv4(a)) : [];
    const rcode = typeof behaviour === 'string' ? DNS_RCODE[behaviour] : 0;
    const header = Buffer.alloc(DNS_HEADER_BYTES);
    query.copy(header, 0, 0, 2); // id
    header.writeUInt16BE(0x8000 | (query.readUInt16BE(2) & 0x0100) | 0x0080 | rcode, 2); // QR, RD echoed, RA
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(records.length, 6);
    const answers = records.map((address) => {
      const rr = Buffer.alloc(16);
      rr.writeUInt16BE(0xc00c, 0); // name: pointer to the question
      rr.writeUInt16BE(DNS_TYPE_A, 2);
      rr.writeUInt16BE(1, 4); // class IN
      rr.writeUInt32BE(60, 6); // TTL
      rr.writeUInt16BE(4, 10);
      Buffer.from(address.split('.').map(Number)).copy(rr, 12);
      return rr;
    });
    return Buffer.concat([header, query.subarray(DNS_HEADER_BYTES, questionEnd), ...answers]);
  }
}

/** Lazily yields `totalBytes` of zeros (Infinity for an endless stream) in `chunkBytes` pieces. */
export function* zeros(totalBytes: number, chunkBytes = 64 * 1024): Generator<Buffer> {
  const chunk = Buffer.alloc(chunkBytes);
  for (let sent = 0; sent < totalBytes; sent += chunkBytes) {
    yield totalBytes - sent >= chunkBytes ? chunk : chunk.subarray(0, totalBytes - sent);
  }
}

/**
 * Writes chunks with backpressure until done or the peer goes away. Resolves with
 * the bytes written and whether the response was closed before the end.
 */
export async function writeLazily(
  res: Writable,
  chunks: Iterable<Buffer>,
  options: { end?: boolean } = {},
): Promise<{ bytesWritten: number; closedEarly: boolean }> {
  let bytesWritten = 0;
  let closed = false;
  res.once('close', () => {
    closed = true;
  });
  for (const chunk of chunks) {
    if (closed || res.destroyed) return { bytesWritten, closedEarly: true };
    bytesWritten += chunk.length;
    if (!res.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          res.removeListener('drain', done);
          res.removeListener('close', done);
          resolve();
        };
        res.once('drain', done);
        res.once('close', done);
      });
    }
  }
  if (options.end !== false) res.end();
  return { bytesWritten, closedEarly: closed };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
