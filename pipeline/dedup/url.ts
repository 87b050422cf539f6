/**
 * Level 1, same URL. Invariant: two addresses get the same key only when they
 * differ by things that never select a different article (tracking parameters,
 * AMP/mobile variants, letter case of scheme and host, default port, fragment,
 * parameter order, trailing slash). False negatives allowed, false positives never:
 * an unknown parameter is kept.
 */
import { PermanentError } from '../errors.js';

/** Leading host labels that serve the same article as the bare host. */
const MIRROR_SUBDOMAINS = ['www.', 'm.', 'amp.', 'mobile.'];
/** Query parameters that only track the click, never choose content. */
const TRACKING_PARAMS = new Set(['fbclid', 'gclid', 'dclid', 'msclkid', 'mc_cid', 'mc_eid', 'yclid', 'igshid', 'amp']);
const TRACKING_PREFIXES = ['utm_', 'ga_', '_'];
/** Trailing path segments of AMP renditions and directory indexes. */
const AMP_PATH_SUFFIXES = ['/amp.html', '/amp/', '/amp'];
const INDEX_FILES = ['/index.html', '/index.htm'];

function isTrackingParam(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (TRACKING_PARAMS.has(lower)) return true;
  if (lower === 'outputtype' && value.toLowerCase() === 'amp') return true;
  return TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

function stripMirrorSubdomain(host: string): string {
  for (const label of MIRROR_SUBDOMAINS) {
    // Keep at least "name.tld": "m.com" is a domain of its own, not a mobile mirror.
    if (host.startsWith(label) && host.slice(label.length).includes('.')) return host.slice(label.length);
  }
  return host;
}

function normalisePath(path: string): string {
  let p = path;
  for (const suffix of AMP_PATH_SUFFIXES) {
    if (p.toLowerCase().endsWith(suffix)) {
      p = p.slice(0, -suffix.length);
      break;
    }
  }
  for (const file of INDEX_FILES) {
    if (p.toLowerCase().endsWith(file)) p = p.slice(0, -file.length + 1);
  }
  while (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
  return p === '' ? '/' : p;
}

/**
 * The URL key of an article address. Throws PermanentError URL_INVALID on a
 * string that is not an absolute http(s) URL.
 */
export function canonicalizeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch (cause) {
    throw new PermanentError('URL_INVALID', `not an absolute URL: ${url}`, { cause, context: { url } });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new PermanentError('URL_INVALID', `not an http(s) URL: ${url}`, { context: { url } });
  }
  // URL already lower-cases scheme and host, applies punycode and drops default ports.
  const host = stripMirrorSubdomain(parsed.hostname);
  const port = parsed.port === '' ? '' : `:${parsed.port}`;
  const params = [...parsed.searchParams.entries()]
    .filter(([name, value]) => !isTrackingParam(name, value))
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = params.length === 0 ? '' : `?${new URLSearchParams(params).toString()}`;
  return `${parsed.protocol}//${host}${port}${normalisePath(parsed.pathname)}${query}`;
}

/** The host of a URL key without mirror subdomains: the outlet of an article. */
export function outletOf(urlKey: string): string {
  try {
    return new URL(urlKey).host;
  } catch {
    return '';
  }
}

/**
 * The keys an article is known under: its fetched URL and the page's own
 * canonical URL. A canonical pointing at a site root is a template mistake
 * (every article would collapse into one), so it is ignored. The first key is
 * the primary one (the page's own canonical when usable).
 */
export function urlKeysFor(url: string, canonicalUrl: string): string[] {
  const own = canonicalizeUrl(url);
  let declared: string | null = null;
  try {
    declared = canonicalUrl.trim() === '' ? null : canonicalizeUrl(canonicalUrl);
  } catch {
    declared = null;
  }
  if (declared === null || new URL(declared).pathname === '/' || declared === own) return [own];
  return [declared, own];
}
