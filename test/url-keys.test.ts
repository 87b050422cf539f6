/**
 * URL keys (pipeline/dedup/url.ts): one page gets one key however its address is
 * spelled, and two pages never share a key. Hand-written cases for each rule, and
 * a seeded property test over generated addresses whose true identity is known.
 */
import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, urlKeysFor } from '../pipeline/dedup/url.js';
import { urlVariantKinds } from '../pipeline/dedup/url-variant.js';
import { seededRandom } from './helpers/seeded-random.js';

const key = canonicalizeUrl;

describe('URL keys: one page, one key', () => {
  it('upper-cases percent-escapes (RFC 3986 §6.2.2.1)', () => {
    expect(key('https://example.com/caf%c3%a9')).toBe(key('https://example.com/caf%C3%A9'));
    expect(key('https://example.com/a?q=caf%c3%a9')).toBe(key('https://example.com/a?q=caf%C3%A9'));
    expect(key('https://example.com/caf%c3%a9')).toBe('https://example.com/caf%C3%A9');
  });

  it('decodes escaped unreserved characters (RFC 3986 §6.2.2.2)', () => {
    expect(key('https://example.com/%7Euser/story')).toBe(key('https://example.com/~user/story'));
    expect(key('https://example.com/%41%62c-%2E_%5f')).toBe('https://example.com/Abc-.__');
    expect(key('https://example.com/a?id%5F=%35')).toBe(key('https://example.com/a?id_=5'));
  });

  it('drops tracking parameters from the list, whatever their order and case', () => {
    const plain = key('https://example.com/story?id=7');
    for (const tracked of [
      'https://example.com/story?utm_source=x&id=7&utm_medium=y',
      'https://example.com/story?id=7&fbclid=abc',
      'https://example.com/story?gclid=1&id=7&dclid=2&msclkid=3',
      'https://example.com/story?id=7&mc_cid=a&mc_eid=b',
      'https://example.com/story?_ga=2.1&_gl=1*x&id=7',
      'https://example.com/story?id=7&igshid=q&yclid=9&ref_src=twsrc',
      'https://example.com/story?UTM_Campaign=z&id=7',
    ]) {
      expect(key(tracked), tracked).toBe(plain);
    }
  });

  it('still merges fragments that are in-page anchors, and the root route', () => {
    expect(key('https://example.com/story#comments')).toBe(key('https://example.com/story'));
    expect(key('https://example.com/#/')).toBe(key('https://example.com/'));
  });
});

describe('URL keys: different pages, different keys', () => {
  it('keeps query escapes that are not UTF-8 apart (no U+FFFD folding)', () => {
    expect(key('https://example.com/search?q=caf%E9')).not.toBe(key('https://example.com/search?q=caf%E8'));
    expect(key('https://example.com/search?q=caf%E9')).not.toBe(key('https://example.com/search?q=caf%EF%BF%BD'));
    expect(key('https://example.com/caf%E9')).not.toBe(key('https://example.com/caf%E8'));
  });

  it('keeps reserved characters and their escapes apart', () => {
    expect(key('https://example.com/a%2Fb')).not.toBe(key('https://example.com/a/b'));
    expect(key('https://example.com/?q=a%26b=c')).not.toBe(key('https://example.com/?q=a&b=c'));
    expect(key('https://example.com/?q=a%2Bb')).not.toBe(key('https://example.com/?q=a+b'));
  });

  it('keeps #/ and #! routes of script-built sites as distinct pages', () => {
    expect(key('https://app.example.com/#/story/1')).not.toBe(key('https://app.example.com/#/story/2'));
    expect(key('https://app.example.com/#!/story/1')).not.toBe(key('https://app.example.com/#!/story/2'));
    expect(key('https://app.example.com/#!story-1')).toBe('https://app.example.com/#!story-1');
    expect(key('https://app.example.com/#/story/1')).not.toBe(key('https://app.example.com/'));
  });

  it('keeps underscore parameters that are not on the tracking list', () => {
    expect(key('https://example.com/item?_id=5')).not.toBe(key('https://example.com/item?_id=6'));
    expect(key('https://example.com/item?_page=2')).not.toBe(key('https://example.com/item'));
  });

  it('takes a route canonical, not a site-root one', () => {
    expect(urlKeysFor('https://app.example.com/x?id=1', 'https://app.example.com/#!/story/1')[0]).toBe('https://app.example.com/#!/story/1');
    expect(urlKeysFor('https://example.com/story-1', 'https://example.com/')).toEqual(['https://example.com/story-1']);
  });
});

/**
 * Generated addresses: each byte is either an unreserved character (written
 * plainly or escaped, in either case of hex) or another byte (always escaped,
 * or written plainly when it is a sub-delimiter a URL can hold). The identity of
 * an address is its list of tokens: unreserved characters as themselves, every
 * other byte as its escape or as the plain sub-delimiter. Two addresses have the
 * same key exactly when they have the same identity (query order aside).
 */
const UNRESERVED_CHARS = 'aZ09-._~';
const PLAIN_SUBDELIMS = '!$()*,;:@';
const OTHER_BYTES = [0x20, 0x22, 0x23, 0x25, 0x26, 0x2b, 0x2f, 0x3d, 0x3f, 0x7f, 0x80, 0xc3, 0xa9, 0xe8, 0xe9, 0xff];
const PARAM_NAMES = ['q', 'id', '_id', 'p', 'ref'];

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
const hex = (byte: number, rand: Rand): string => {
  const h = byte.toString(16).padStart(2, '0');
  return rand() < 0.5 ? h.toUpperCase() : h.toLowerCase();
};

/** One text of n bytes: [spelling, identity]. */
function generateText(rand: Rand, n: number): [string, string] {
  let spelled = '';
  let identity = '';
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.5) {
      const c = pick(rand, [...UNRESERVED_CHARS]);
      spelled += rand() < 0.5 ? c : `%${hex(c.charCodeAt(0), rand)}`;
      identity += c;
    } else if (r < 0.6) {
      const c = pick(rand, [...PLAIN_SUBDELIMS]);
      spelled += c;
      identity += c;
    } else {
      const b = pick(rand, OTHER_BYTES);
      spelled += `%${hex(b, rand)}`;
      identity += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return [spelled, identity];
}

function generateUrl(rand: Rand): [string, string] {
  // Segments start with a letter so that none is a dot segment, an index file or an AMP suffix.
  const segments = Array.from({ length: 1 + Math.floor(rand() * 2) }, () => generateText(rand, 1 + Math.floor(rand() * 2)));
  const path = segments.map(([s]) => `/s${s}`).join('');
  const pathId = segments.map(([, id]) => `/s${id}`).join('');
  const params = Array.from({ length: Math.floor(rand() * 3) }, () => {
    const name = pick(rand, PARAM_NAMES);
    const [value, valueId] = generateText(rand, Math.floor(rand() * 3));
    return [`${name}=${value}`, `${name}=${valueId}`] as const;
  });
  const query = params.length === 0 ? '' : `?${params.map(([s]) => s).join('&')}`;
  const queryId = params
    .map(([, id]) => id)
    .sort()
    .join('&');
  let fragment = '';
  let fragmentId = '';
  if (rand() < 0.3) {
    const [route, routeId] = generateText(rand, 1 + Math.floor(rand() * 2));
    fragment = `#!/r${route}`;
    fragmentId = `#!/r${routeId}`;
  }
  return [`https://example.com${path}${query}${fragment}`, `${pathId}?${queryId}${fragmentId}`];
}

describe('URL keys: property', () => {
  it('two addresses share a key exactly when they name the same bytes (seeded)', () => {
    const rand = seededRandom(20240305);
    const byKey = new Map<string, string>();
    const byIdentity = new Map<string, string>();
    let merged = 0;
    for (let i = 0; i < 20_000; i++) {
      const [url, identity] = generateUrl(rand);
      const k = key(url);
      const seenIdentity = byKey.get(k);
      if (seenIdentity !== undefined) expect(seenIdentity, `${url} collides under ${k}`).toBe(identity);
      else byKey.set(k, identity);
      const seenKey = byIdentity.get(identity);
      if (seenKey !== undefined) {
        expect(k, `${url} spells ${identity}`).toBe(seenKey);
        merged++;
      } else byIdentity.set(identity, k);
    }
    // The generator is small enough that many spellings of one address meet.
    expect(merged).toBeGreaterThan(1000);
  });
});

describe('URL variants in words', () => {
  const base = 'https://news.example.com/world/story-1';
  it('names the one rule that made two addresses one article', () => {
    expect(urlVariantKinds(`${base}?utm_source=rss&utm_medium=feed`, base)).toEqual(['tracking parameters']);
    expect(urlVariantKinds(`${base}/amp`, base)).toEqual(['AMP']);
    expect(urlVariantKinds(`${base}?outputType=amp`, base)).toEqual(['AMP']);
    expect(urlVariantKinds('https://amp.news.example.com/world/story-1', base)).toEqual(['AMP']);
    expect(urlVariantKinds('https://www.news.example.com/world/story-1', base)).toEqual(['host']);
    expect(urlVariantKinds(`${base}/`, base)).toEqual(['spelling']);
    expect(urlVariantKinds(`${base}/amp?fbclid=x`, base)).toEqual(['tracking parameters', 'AMP']);
    // Each explanation is a rule the URL key really applies.
    for (const variant of [`${base}?utm_source=rss`, `${base}/amp`, 'https://www.news.example.com/world/story-1', `${base}/`]) {
      expect(canonicalizeUrl(variant)).toBe(canonicalizeUrl(base));
    }
  });
});
