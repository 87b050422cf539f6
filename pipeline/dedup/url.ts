/**
 * Level 1, same URL. Invariant: two addresses get the same key only when they
 * differ by things that never select a different article (tracking parameters,
 * AMP/mobile variants, letter case of scheme and host, default port, case of
 * percent-escapes, escaped unreserved characters, plain in-page fragments,
 * parameter order, trailing slash). False negatives allowed, false positives
 * never: an unknown parameter is kept, and escapes are compared as bytes, never
 * decoded to text (bytes that are not UTF-8 would all fold into U+FFFD).
 */
import { PermanentError } from '../errors.js';

/** Leading host labels that serve the same article as the bare host. */
export const MIRROR_SUBDOMAINS = ['www.', 'm.', 'amp.', 'mobile.'];
/**
 * Query parameters that only track the click (ad, mail and social click ids,
 * analytics cookies carried over), never choose content. A list, not a prefix
 * rule: sites use `_id`, `_page` and the like to select content.
 */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  // Ad-click ids
  'fbclid',
  'gclid',
  'gclsrc',
  'gbraid',
  'wbraid',
  'dclid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'epik',
  'srsltid',
  // Mail campaigns (Mailchimp, HubSpot, Marketo, Vero, Omeda)
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'hsctatracking',
  'mkt_tok',
  'vero_id',
  'vero_conv',
  'oly_anon_id',
  'oly_enc_id',
  'wickedid',
  // Analytics linkers and share markers
  '_ga',
  '_gl',
  'igshid',
  'igsh',
  'ref_src',
  'ref_url',
  's_cid',
  'ns_mchannel',
  'ns_source',
  'ns_campaign',
  'ns_linkname',
  'ns_fee',
  'at_medium',
  'at_campaign',
  'at_custom1',
  'at_custom2',
  'at_custom3',
  'at_custom4',
  'pk_campaign',
  'pk_kwd',
  'pk_source',
  'pk_medium',
  'piwik_campaign',
  'piwik_kwd',
  '_openstat',
  'fb_action_ids',
  'fb_action_types',
  'fb_source',
  'fb_ref',
  'action_object_map',
  'action_type_map',
  'action_ref_map',
  'smid',
  'smtyp',
  'ocid',
]);
/** Parameter-name prefixes of campaign tags (Google Analytics, Matomo). */
const TRACKING_PREFIXES = ['utm_', 'mtm_', 'hsa_'];
/** Parameters asking for the AMP rendition of the same article. */
export const AMP_PARAMS: ReadonlySet<string> = new Set(['amp']);
/** Trailing path segments of AMP renditions and directory indexes. */
export const AMP_PATH_SUFFIXES = ['/amp.html', '/amp/', '/amp'];
const INDEX_FILES = ['/index.html', '/index.htm'];
/**
 * Fragments that are routes of script-built sites (`#/story/12`, `#!/story/12`):
 * each selects a different page, unlike an in-page anchor.
 */
const ROUTE_FRAGMENT_PREFIXES = ['#/', '#!'];
/** Route fragments that name the site's root route, the same page as no fragment. */
const ROOT_ROUTE_FRAGMENTS = new Set(['#/', '#!', '#!/']);

/** RFC 3986 §2.3: escaping these never changes what a URL means. */
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;
const PERCENT_ESCAPE = /%([0-9A-Fa-f]{2})/g;

/**
 * RFC 3986 §6.2.2: escapes in upper case, escaped unreserved characters decoded.
 * Every other escape stays an escape, so different bytes stay different.
 */
export function normalisePercentEscapes(component: string): string {
  if (!component.includes('%')) return component;
  return component.replace(PERCENT_ESCAPE, (_escape, hex: string) => {
    const char = String.fromCharCode(Number.parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

/** True for a query parameter that never selects content (tracking, campaign or AMP). */
export function isTrackingParam(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (TRACKING_PARAMS.has(lower) || AMP_PARAMS.has(lower)) return true;
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
  let p = normalisePercentEscapes(path);
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
 * The query as sorted `name=value` pairs, escapes normalised but never decoded:
 * URLSearchParams would decode to UTF-8 text and merge distinct byte sequences.
 */
function normaliseQuery(search: string): string {
  if (search.length <= 1) return '';
  const pairs: string[] = [];
  for (const raw of search.slice(1).split('&')) {
    if (raw === '') continue;
    const pair = normalisePercentEscapes(raw);
    const eq = pair.indexOf('=');
    const name = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? '' : pair.slice(eq + 1);
    if (isTrackingParam(name, value)) continue;
    pairs.push(pair);
  }
  pairs.sort();
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}

function normaliseFragment(hash: string): string {
  if (!ROUTE_FRAGMENT_PREFIXES.some((prefix) => hash.startsWith(prefix))) return '';
  const route = normalisePercentEscapes(hash);
  return ROOT_ROUTE_FRAGMENTS.has(route) ? '' : route;
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
  // URL already lower-cases scheme and host, applies punycode, drops default
  // ports and escapes the characters a URL cannot hold as they are.
  const host = stripMirrorSubdomain(parsed.hostname);
  const port = parsed.port === '' ? '' : `:${parsed.port}`;
  const path = normalisePath(parsed.pathname);
  return `${parsed.protocol}//${host}${port}${path}${normaliseQuery(parsed.search)}${normaliseFragment(parsed.hash)}`;
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
  if (declared === null || isSiteRoot(declared) || declared === own) return [own];
  return [declared, own];
}

/** A key on the site's root path; a route fragment (`/#!/story/12`) still names one page. */
function isSiteRoot(urlKey: string): boolean {
  const parsed = new URL(urlKey);
  return parsed.pathname === '/' && parsed.hash === '';
}
