/**
 * A small forward proxy that every Chromium connection goes through, so the URL
 * policy applies to all of a page's traffic: `page.route` misses WebSockets and
 * some worker traffic, a proxy does not. Chromium is launched with
 * `--proxy-bypass-list=<-loopback>`, so loopback targets come through here too.
 *
 * Invariant: the proxy opens a TCP connection only to an address that `checkUrl`
 * returned for the target, and connects to that address (pinned), never to the
 * hostname again. Refused targets get 403 (policy) or 502 (unresolvable) and are
 * counted. Listens on 127.0.0.1 only.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { errorCode, type ErrorCode } from '../../pipeline/errors.js';
import { checkUrl, effectivePort, systemResolver, type Resolver, type UrlPolicy } from '../url-policy.js';

/** Upstream TCP connect, and a plain request's wait for response headers, must finish within this. */
export const PROXY_CONNECT_TIMEOUT_MS = 10_000;
/** A tunnel or upstream socket silent this long is dropped (pages have shorter deadlines). */
export const PROXY_IDLE_TIMEOUT_MS = 120_000;
/** How many recent refusals are kept for operators and tests. */
export const RECENT_REFUSALS_KEPT = 200;
/** Marks the proxy's own refusals, so the renderer can tell them from a site's 403. */
export const REFUSAL_HEADER = 'x-wirewatch-refused';

/** Request headers that concern the hop to the proxy, not the origin server. */
const HOP_HEADERS = new Set(['proxy-connection', 'proxy-authorization', 'connection', 'keep-alive', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

/** `host:port` as a CONNECT request names it (IPv6 in brackets). */
const TUNNEL_TARGET = /^(?:\[[0-9a-f:.]+\]|[^/?#@\s:[\]]+):\d{1,5}$/i;

type Admission = { ok: true; url: URL; address: string; port: number } | { ok: false; code: ProxyRefusal['code'] };

/** One target the proxy refused. */
export interface ProxyRefusal {
  /** 'host:port' for tunnels, the URL for plain requests. */
  target: string;
  /** SSRF_BLOCKED_ADDRESS, SSRF_BLOCKED_SCHEME, URL_INVALID, DNS_* ... */
  code: ErrorCode | 'INTERNAL';
  /**
   * The pages rendering when it was refused: the page that asked is one of them
   * (one browser serves a few pages at once; its connections do not say which).
   */
  pages?: string[];
}

export interface FilteringProxyOptions {
  policy: UrlPolicy;
  resolve?: Resolver;
  /** Called for every refused target (for logs and metrics). */
  onRefused?: (refusal: ProxyRefusal) => void;
  /** The URLs of the pages rendering now, recorded with each refusal. */
  pagesInFlight?: () => string[];
}

export class FilteringProxy {
  private readonly server: Server;
  private readonly sockets = new Set<Duplex>();
  private readonly recent: ProxyRefusal[] = [];
  private refusals = 0;
  private listeningPort: number | null = null;

  constructor(private readonly options: FilteringProxyOptions) {
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.server.on('connect', (req: IncomingMessage, socket: Duplex, head: Buffer) => void this.onConnect(req, socket, head));
    this.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => void this.onUpgrade(req, socket, head));
    this.server.on('connection', (socket: Socket) => this.track(socket));
    this.server.on('clientError', (_err, socket: Duplex) => socket.destroy());
  }

  /** Listens on 127.0.0.1 on a free port. */
  async start(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const address = this.server.address();
    this.listeningPort = typeof address === 'object' && address !== null ? address.port : null;
  }

  /** The port Chromium must be pointed at. */
  get port(): number {
    if (this.listeningPort === null) throw new Error('FilteringProxy.start() has not completed');
    return this.listeningPort;
  }

  /** Targets refused since start. */
  get refusedCount(): number {
    return this.refusals;
  }

  /** The last RECENT_REFUSALS_KEPT refusals, oldest first. */
  recentRefusals(): ProxyRefusal[] {
    return [...this.recent];
  }

  /** Stops listening and drops every open tunnel and upstream socket. */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    if (!this.server.listening) return;
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private track(socket: Duplex): void {
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  }

  /** Runs the policy on a target; a refusal is recorded and returned as a value. */
  private async admit(target: string, checkAs: string): Promise<Admission> {
    try {
      const { url, address } = await checkUrl(checkAs, this.options.policy, this.options.resolve ?? systemResolver);
      return { ok: true, url, address, port: effectivePort(url) };
    } catch (err) {
      return this.refuse(target, errorCode(err));
    }
  }

  private refuse(target: string, code: ProxyRefusal['code']): Admission {
    const pages = this.options.pagesInFlight?.();
    const refusal: ProxyRefusal = { target, code, ...(pages ? { pages } : {}) };
    this.refusals += 1;
    this.recent.push(refusal);
    if (this.recent.length > RECENT_REFUSALS_KEPT) this.recent.shift();
    this.options.onRefused?.(refusal);
    return { ok: false, code };
  }

  /** Plain HTTP in absolute form: `GET http://host/path`. */
  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = req.url ?? '';
    const admitted = await this.admit(target, target);
    if (!admitted.ok) {
      res.writeHead(403, { [REFUSAL_HEADER]: admitted.code, 'content-type': 'text/plain' });
      res.end('refused by URL policy');
      return;
    }
    const upstream = httpRequest({
      host: admitted.address,
      port: admitted.port,
      method: req.method,
      path: `${admitted.url.pathname}${admitted.url.search}`,
      headers: originHeaders(req.rawHeaders),
      setHost: false,
      agent: false,
      timeout: PROXY_CONNECT_TIMEOUT_MS,
    });
    upstream.on('socket', (socket) => this.track(socket));
    upstream.on('timeout', () => upstream.destroy(new Error('upstream timeout')));
    upstream.on('response', (answer) => {
      answer.socket.setTimeout(PROXY_IDLE_TIMEOUT_MS, () => answer.destroy());
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, originHeaders(answer.rawHeaders));
      answer.pipe(res);
      answer.on('error', () => res.destroy());
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' }).end('upstream failed');
      else res.destroy();
    });
    // Chromium hung up (page closed, deadline): stop talking to the origin too.
    res.once('close', () => upstream.destroy());
    req.pipe(upstream);
  }

  /** `CONNECT host:port`: https and wss (Chromium also tunnels ws:// this way). */
  private async onConnect(req: IncomingMessage, client: Duplex, head: Buffer): Promise<void> {
    const target = req.url ?? '';
    // The scheme is unknown inside a tunnel; the port is explicit, so http: checks the same.
    const admitted = TUNNEL_TARGET.test(target) ? await this.admit(target, `http://${target}/`) : this.refuse(target, 'URL_INVALID');
    if (!admitted.ok) {
      client.end(`HTTP/1.1 403 Forbidden\r\n${REFUSAL_HEADER}: ${admitted.code}\r\n\r\n`);
      return;
    }
    this.pipeTo(admitted, client, 'HTTP/1.1 200 Connection Established\r\n\r\n', head);
  }

  /** A plain `ws://` upgrade sent in absolute form (no tunnel). */
  private async onUpgrade(req: IncomingMessage, client: Duplex, head: Buffer): Promise<void> {
    const target = req.url ?? '';
    const admitted = await this.admit(target, target.replace(/^ws(s?):/i, 'http$1:'));
    if (!admitted.ok) {
      client.end(`HTTP/1.1 403 Forbidden\r\n${REFUSAL_HEADER}: ${admitted.code}\r\n\r\n`);
      return;
    }
    const headers = originHeaders(req.rawHeaders, ['connection', 'upgrade']);
    const lines = [`${req.method} ${admitted.url.pathname}${admitted.url.search} HTTP/1.1`];
    for (let i = 0; i < headers.length; i += 2) lines.push(`${headers[i]}: ${headers[i + 1]}`);
    this.pipeTo(admitted, client, null, Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), head]));
  }

  /** Connects to the pinned address and splices the two sockets. */
  private pipeTo(admitted: { address: string; port: number }, client: Duplex, greeting: string | null, head: Buffer): void {
    const upstream = connect({ host: admitted.address, port: admitted.port });
    this.track(upstream);
    let connected = false;
    upstream.setTimeout(PROXY_CONNECT_TIMEOUT_MS, () => upstream.destroy());
    upstream.once('connect', () => {
      connected = true;
      upstream.setTimeout(PROXY_IDLE_TIMEOUT_MS, () => upstream.destroy());
      if (greeting !== null) client.write(greeting);
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.once('error', () => {
      if (!connected && greeting !== null) client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      else client.destroy();
    });
    upstream.once('close', () => client.destroy());
    client.once('close', () => upstream.destroy());
  }
}

/** Raw header pairs without hop-by-hop headers (and without `keep`-listed exceptions removed). */
function originHeaders(raw: string[], keep: string[] = []): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!;
    const lower = name.toLowerCase();
    if (HOP_HEADERS.has(lower) && !keep.includes(lower)) continue;
    out.push(name, raw[i + 1]!);
  }
  return out;
}
