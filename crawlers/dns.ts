/**
 * Hostname → addresses over the DNS protocol (c-ares), not getaddrinfo.
 *
 * Why not `dns.lookup`: getaddrinfo has no timeout of its own and runs on the
 * libuv threadpool (4 threads by default), so a few hanging lookups stall every
 * fs call and zlib job of the process. c-ares sends its own UDP queries on the
 * event loop with a real per-try timeout, so a dead DNS server costs a bounded
 * wait and nothing else.
 *
 * Outcomes: NXDOMAIN or "no A/AAAA record" → PermanentError DNS_NXDOMAIN; no
 * answer in time → TransientError DNS_TIMEOUT; SERVFAIL, REFUSED, garbage or an
 * unreachable server → TransientError DNS_FAILED.
 *
 * c-ares does not read /etc/hosts for these queries; `localhost` names are
 * answered locally as RFC 6761 asks, anything else must be in DNS.
 */
import { Resolver as CaresResolver } from 'node:dns/promises';
import { PermanentError, TransientError } from '../pipeline/errors.js';

/** Resolves a hostname to IP addresses (v4 or v6, textual). */
export type Resolver = (hostname: string) => Promise<string[]>;

/**
 * Wait for the first try; c-ares doubles it on each further try, so a lookup
 * gives up after timeout × (2^tries − 1): 1.5 s + 3 s = 4.5 s by default, under
 * the 5 s the fault matrix allows for DNS_TIMEOUT.
 */
export const DEFAULT_DNS_TRY_TIMEOUT_MS = 1_500;
/** Queries per name and record type before giving up. */
export const DEFAULT_DNS_TRIES = 2;
/** Our own backstop over c-ares' timers, past its own give-up time; it should never fire. */
const BACKSTOP_SLACK_MS = 500;
/** RFC 6761 §6.3: `localhost` and `*.localhost` are always loopback. */
const LOCALHOST_ADDRESSES = ['127.0.0.1', '::1'];

/** c-ares codes that mean "this name has no address", as opposed to "could not ask". */
const NO_SUCH_NAME = new Set(['ENOTFOUND', 'ENODATA', 'ENONAME']);

export interface DnsResolverOptions {
  /** 'ip' or 'ip:port' ('[v6]:port'); default: the system's /etc/resolv.conf servers. */
  servers?: string[];
  /** Wait for one try, in ms. */
  timeoutMs?: number;
  tries?: number;
}

/**
 * A Resolver over c-ares. A and AAAA are asked in parallel; IPv4 answers come
 * first (the caller pins to the first address, and IPv6 paths are more often broken).
 */
export function createDnsResolver(options: DnsResolverOptions = {}): Resolver {
  const timeoutMs = options.timeoutMs ?? DEFAULT_DNS_TRY_TIMEOUT_MS;
  const tries = Math.max(1, options.tries ?? DEFAULT_DNS_TRIES);
  const resolver = new CaresResolver({ timeout: timeoutMs, tries });
  if (options.servers !== undefined) resolver.setServers(options.servers);
  const backstopMs = timeoutMs * (2 ** tries - 1) + BACKSTOP_SLACK_MS;

  return async (hostname) => {
    const name = hostname.toLowerCase().replace(/\.$/, '');
    if (name === 'localhost' || name.endsWith('.localhost')) return [...LOCALHOST_ADDRESSES];
    const [v4, v6] = await withBackstop(Promise.allSettled([resolver.resolve4(name), resolver.resolve6(name)]), backstopMs, hostname);
    const addresses = [...(v4.status === 'fulfilled' ? v4.value : []), ...(v6.status === 'fulfilled' ? v6.value : [])];
    if (addresses.length > 0) return addresses;
    throw dnsError(
      hostname,
      [v4, v6].map((r) => (r.status === 'rejected' ? r.reason : undefined)),
    );
  };
}

/** The most telling error of the two lookups: a failure to ask beats "no such name". */
function dnsError(hostname: string, reasons: unknown[]): Error {
  const context = { hostname };
  const failures = reasons.filter((r) => r !== undefined);
  const codes = failures.map((r) => String((r as { code?: unknown }).code ?? ''));
  const timedOut = codes.findIndex((c) => c === 'ETIMEOUT' || c === 'ECANCELLED');
  if (timedOut !== -1) {
    return new TransientError('DNS_TIMEOUT', `DNS lookup timed out: ${hostname}`, { cause: failures[timedOut], context });
  }
  const other = codes.findIndex((c) => !NO_SUCH_NAME.has(c));
  if (other !== -1) {
    return new TransientError('DNS_FAILED', `DNS lookup failed (${codes[other]}): ${hostname}`, {
      cause: failures[other],
      context: { ...context, dnsCode: codes[other] },
    });
  }
  return new PermanentError('DNS_NXDOMAIN', `no such host: ${hostname}`, { cause: failures[0], context });
}

function withBackstop<T>(promise: Promise<T>, ms: number, hostname: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const backstop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TransientError('DNS_TIMEOUT', `DNS lookup timed out: ${hostname}`, { context: { hostname, timeoutMs: ms } })), ms);
    timer.unref();
  });
  return Promise.race([promise, backstop]).finally(() => clearTimeout(timer));
}
