/**
 * Which kind of URL variant made two addresses one article: what a person
 * reading "same article as ..." wants to know, instead of every rule that could
 * have applied. Reads the same lists the URL key is built from (url.ts), so an
 * explanation never names a rule the key does not apply.
 */
import { AMP_PATH_SUFFIXES, isTrackingParam, MIRROR_SUBDOMAINS } from './url.js';

/** What differs between two addresses of one article. */
export const URL_VARIANT_KINDS = ['tracking parameters', 'AMP', 'host', 'spelling'] as const;
export type UrlVariantKind = (typeof URL_VARIANT_KINDS)[number];

interface UrlTraits {
  /** Tracking and campaign parameters (AMP ones excluded), as name=value, sorted. */
  tracking: string;
  amp: boolean;
  /** Mirror subdomain other than amp. ("www.", "m."), or "". */
  mirror: string;
}

const AMP_HOST = 'amp.';

function traitsOf(url: string): UrlTraits | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  const params = [...parsed.searchParams];
  const ampParam = params.some(([name, value]) => isTrackingParam(name, value) && isAmpParam(name, value));
  const tracking = params
    .filter(([name, value]) => isTrackingParam(name, value) && !isAmpParam(name, value))
    .map(([name, value]) => `${name}=${value}`)
    .sort()
    .join('&');
  const path = parsed.pathname.toLowerCase();
  const ampPath = AMP_PATH_SUFFIXES.some((suffix) => path.endsWith(suffix));
  const label = MIRROR_SUBDOMAINS.find((l) => parsed.hostname.startsWith(l) && parsed.hostname.slice(l.length).includes('.')) ?? '';
  return { tracking, amp: ampParam || ampPath || label === AMP_HOST, mirror: label === AMP_HOST ? '' : label };
}

function isAmpParam(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'amp' || (lower === 'outputtype' && value.toLowerCase() === 'amp');
}

/**
 * The kinds of difference between two URLs with the same URL key, most telling
 * first; "spelling" (letter case, escapes, trailing slash, parameter order, an
 * in-page anchor) when none of the others applies.
 */
export function urlVariantKinds(a: string, b: string): UrlVariantKind[] {
  const x = traitsOf(a);
  const y = traitsOf(b);
  if (x === null || y === null) return ['spelling'];
  const kinds: UrlVariantKind[] = [];
  if (x.tracking !== y.tracking) kinds.push('tracking parameters');
  if (x.amp !== y.amp) kinds.push('AMP');
  if (x.mirror !== y.mirror) kinds.push('host');
  return kinds.length > 0 ? kinds : ['spelling'];
}
