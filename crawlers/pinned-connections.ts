/**
 * Keep-alive connections for the HTTP client, one undici Client per origin and
 * checked address. A page fetch used to open (and, for https, handshake) a
 * fresh connection and close it after one request; a news crawl asks the same
 * few hosts for page after page, so the next request to that host reuses it.
 *
 * Safety is unchanged: a client dials only the address its key names, which
 * the URL policy checked for this request (crawlers/url-policy.ts). When DNS
 * answers another address next time, that is another key and a new
 * connection, so a rebinding host never reaches an unchecked address through
 * an old socket.
 */
import { rootCertificates } from 'node:tls';
import { Client, buildConnector } from 'undici';
import { TransientError } from '../pipeline/errors.js';

/** Clients kept; past this the least recently used one is closed (after its requests finish). */
export const MAX_PINNED_CLIENTS = 256;
/** An idle socket is closed after this long unless the server asks for less (undici's default, under Node's 5 s server timeout). */
const KEEP_ALIVE_TIMEOUT_MS = 4000;

export interface PinnedClientOptions {
  connectTimeoutMs: number;
  maxHeaderBytes: number;
  /** Extra CA certificates (PEM) on top of Node's roots. */
  extraCaPem?: string[];
}

export class PinnedConnections {
  readonly #clients = new Map<string, Client>();
  #closed = false;

  /** A client for `origin` that dials `address` only. */
  client(origin: string, address: string, options: PinnedClientOptions): Client {
    // Shutting down: the page is worth fetching again later, by this process or another.
    if (this.#closed) throw new TransientError('FETCHER_CLOSED', 'the fetcher is shut down', { context: { origin } });
    const ca = options.extraCaPem?.length ? options.extraCaPem.join('\n') : '';
    const key = `${origin}\n${address}\n${options.maxHeaderBytes}\n${ca}`;
    const known = this.#clients.get(key);
    if (known !== undefined && !known.destroyed && !known.closed) {
      // Most recently used last, so the first key is the one to drop.
      this.#clients.delete(key);
      this.#clients.set(key, known);
      return known;
    }
    const created = pinnedClient(origin, address, options, { keepAlive: true });
    this.#clients.set(key, created);
    if (this.#clients.size > MAX_PINNED_CLIENTS) {
      const [oldestKey, oldest] = this.#clients.entries().next().value as [string, Client];
      this.#clients.delete(oldestKey);
      void oldest.close().catch(() => undefined);
    }
    return created;
  }

  /** Closes every connection at once: in-flight requests fail. */
  async close(): Promise<void> {
    this.#closed = true;
    const clients = [...this.#clients.values()];
    this.#clients.clear();
    await Promise.all(clients.map((c) => c.destroy().catch(() => undefined)));
  }
}

/**
 * An undici Client whose connector ignores the URL's host and dials the checked
 * address. TLS still verifies against the hostname (servername), and the Host
 * header still names it. Without keep-alive it serves one request.
 */
export function pinnedClient(origin: string, address: string, options: PinnedClientOptions, reuse: { keepAlive: boolean }): Client {
  // `ca` replaces Node's roots rather than adding to them, hence the spread.
  const ca = options.extraCaPem?.length ? { ca: [...rootCertificates, ...options.extraCaPem] } : {};
  const baseConnect = buildConnector({ timeout: options.connectTimeoutMs, ...ca });
  return new Client(origin, {
    connect: (opts, cb) => baseConnect({ ...opts, hostname: address }, cb),
    maxHeaderSize: options.maxHeaderBytes,
    ...(reuse.keepAlive
      ? { pipelining: 1, keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS }
      : // One request per client: nothing to keep alive, and closing frees the socket at once.
        { pipelining: 0 }),
  });
}
