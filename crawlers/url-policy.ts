/**
 * URL safety: which URLs the crawler may connect to, and to which address.
 *
 * Invariant: a URL passes only when its scheme is http(s), it carries no userinfo,
 * and every address its host resolves to is public unicast (or explicitly allowed
 * by the policy). The caller must connect to the returned `address` and nowhere
 * else: resolving again at connect time would reopen DNS rebinding.
 */
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { PermanentError } from '../pipeline/errors.js';
import { createDnsResolver, type Resolver } from './dns.js';

export type { Resolver } from './dns.js';

/** Exceptions to the "public unicast only" rule. Production allows nothing private. */
export interface UrlPolicy {
  /**
   * 'host' or 'host:port' (IPv6 as '[::1]:8080') allowed even when private, for
   * example '127.0.0.1:43123'. Matched against the URL's hostname and against the
   * resolved address, so a name mapped to an allowed address:port passes too.
   */
  allowHosts: string[];
  /** CIDR ranges allowed even when private, e.g. '127.0.0.0/8'. Any port. */
  allowCidrs: string[];
}

export const PRODUCTION_URL_POLICY: UrlPolicy = Object.freeze({
  allowHosts: [],
  allowCidrs: [],
}) as UrlPolicy;

/**
 * The default resolver: DNS over c-ares with real per-try timeouts, so a dead DNS
 * server gives DNS_TIMEOUT within about 5 s and never ties up the libuv threadpool
 * as getaddrinfo would (see dns.ts).
 */
export const systemResolver: Resolver = (hostname) => {
  // Built on first use: importing this module reads no resolv.conf.
  defaultResolver ??= createDnsResolver();
  return defaultResolver(hostname);
};
let defaultResolver: Resolver | undefined;

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);

/** Parses a URL and refuses non-http(s) schemes and userinfo; no DNS. */
export function parseHttpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (err) {
    throw new PermanentError('URL_INVALID', `not a valid URL: ${truncate(url)}`, { cause: err, context: { url: truncate(url) } });
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) {
    throw new PermanentError('SSRF_BLOCKED_SCHEME', `scheme not allowed: ${parsed.protocol}`, {
      context: { url: truncate(url), scheme: parsed.protocol },
    });
  }
  if (parsed.username !== '' || parsed.password !== '') {
    // Credentials in URLs leak into logs and can smuggle a different host past naive parsers.
    throw new PermanentError('URL_INVALID', 'URL carries userinfo', { context: { host: parsed.host } });
  }
  return parsed;
}

/**
 * Checks a URL and resolves its host once. Returns the address the connection
 * must be pinned to. Throws PermanentError SSRF_BLOCKED_SCHEME /
 * SSRF_BLOCKED_ADDRESS / URL_INVALID, or DNS errors from the resolver.
 */
export async function checkUrl(url: string, policy: UrlPolicy, resolve: Resolver = systemResolver): Promise<{ url: URL; address: string }> {
  const parsed = parseHttpUrl(url);
  const hostname = bareHostname(parsed);
  const port = effectivePort(parsed);
  const literal = isIP(hostname) !== 0;
  // The URL parser turns 2852039166, 0xA9FEA9FE and 127.1 into dotted quads, so a
  // literal is always checked here: the connect-time lookup hook never sees literals.
  const addresses = literal ? [hostname] : await resolve(hostname);
  if (addresses.length === 0) {
    throw new PermanentError('DNS_NXDOMAIN', `no address for ${hostname}`, { context: { hostname } });
  }
  const hostAllowed = matchesAllowHost(policy, hostname, port);
  for (const address of addresses) {
    if (!hostAllowed && !isAddressAllowed(address, port, policy)) {
      throw new PermanentError('SSRF_BLOCKED_ADDRESS', `address not allowed for ${hostname}`, {
        context: { hostname, address, range: addressRange(address) },
      });
    }
  }
  if (literal && parsed.hostname.includes('.') && !rawHostIsCanonical(url, hostname)) {
    // Public but written in an odd form (decimal, hex, shortened): a sign of evasion.
    throw new PermanentError('URL_INVALID', 'IPv4 address in a non-canonical form', { context: { hostname } });
  }
  return { url: parsed, address: normaliseAddress(addresses[0]!) };
}

/**
 * The cheap gate used at discovery (feed and sitemap entries, advertised feed
 * links): true when the URL names its host by an address the policy refuses, or
 * by a `localhost` name. No DNS: names are left to `checkUrl` at fetch time.
 * Decimal, hex and shortened IPv4 forms are caught because the URL parser has
 * already turned them into dotted quads.
 */
export function isBlockedLiteral(url: URL, policy: UrlPolicy): boolean {
  const hostname = bareHostname(url);
  const port = effectivePort(url);
  if (matchesAllowHost(policy, hostname, port)) return false;
  if (isIP(hostname) !== 0) return !isAddressAllowed(hostname, port, policy);
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) return !isAddressAllowed('127.0.0.1', port, policy);
  return false;
}

/** True when the address is public unicast or allowed by the policy. */
export function isAddressAllowed(address: string, port: number, policy: UrlPolicy): boolean {
  if (!ipaddr.isValid(address)) return false;
  const addr = normalisedIp(address);
  if (matchesAllowHost(policy, addr.toString(), port)) return true;
  for (const cidr of policy.allowCidrs) {
    const range = parseCidr(cidr);
    if (range && range[0].kind() === addr.kind() && addr.match(range)) return true;
  }
  return addr.range() === 'unicast';
}

/** The ipaddr.js range name of an address ('loopback', 'private', 'linkLocal', ...). */
export function addressRange(address: string): string {
  return ipaddr.isValid(address) ? normalisedIp(address).range() : 'invalid';
}

function normalisedIp(address: string): ipaddr.IPv4 | ipaddr.IPv6 {
  const addr = ipaddr.parse(address);
  // ::ffff:169.254.169.254 reaches the IPv4 address: judge it as IPv4.
  if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (addr as ipaddr.IPv6).toIPv4Address();
  }
  return addr;
}

function normaliseAddress(address: string): string {
  return ipaddr.isValid(address) ? normalisedIp(address).toString() : address;
}

type Cidr = [ipaddr.IPv4 | ipaddr.IPv6, number];

/**
 * Parsed allow-list ranges, by their text. Every request checks its address
 * against the policy's ranges, and parsing them again each time showed up in
 * the distributed worker's profile (~2% of its event loop on the pipeline
 * bench); a policy holds a handful of ranges, so the cache stays small.
 */
const parsedCidrs = new Map<string, Cidr | null>();

function parseCidr(cidr: string): Cidr | null {
  const known = parsedCidrs.get(cidr);
  if (known !== undefined) return known;
  let range: Cidr | null;
  try {
    range = ipaddr.parseCIDR(cidr);
  } catch {
    range = null;
  }
  if (parsedCidrs.size < 1024) parsedCidrs.set(cidr, range);
  return range;
}

function matchesAllowHost(policy: UrlPolicy, host: string, port: number): boolean {
  const wanted = host.toLowerCase();
  for (const entry of policy.allowHosts) {
    const { host: entryHost, port: entryPort } = splitHostPort(entry);
    if (entryHost !== wanted) continue;
    if (entryPort === null || entryPort === port) return true;
  }
  return false;
}

function splitHostPort(entry: string): { host: string; port: number | null } {
  const text = entry.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (bracketed) return { host: bracketed[1]!, port: bracketed[2] ? Number(bracketed[2]) : null };
  const colons = text.split(':').length - 1;
  if (colons === 1) {
    const [host, port] = text.split(':') as [string, string];
    return { host, port: Number(port) };
  }
  return { host: text, port: null };
}

function bareHostname(url: URL): string {
  const h = url.hostname.toLowerCase();
  return h.startsWith('[') && h.endsWith(']') ? h.slice(1, -1) : h;
}

export function effectivePort(url: URL): number {
  if (url.port !== '') return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}

function rawHostIsCanonical(raw: string, hostname: string): boolean {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]*)/i.exec(raw.trim());
  return m !== null && m[1]!.toLowerCase() === hostname;
}

function truncate(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
