/**
 * Byte formats of the dedup records: the Rice-coded lede sets round-trip
 * exactly, and records written in the previous (version 1) layout still read
 * back while they live out the window.
 */
import { describe, expect, it } from 'vitest';
import { decodeSortedSet16, encodeSortedSet16 } from '../pipeline/dedup/rice.js';
import type { StoredArticle } from '../pipeline/dedup/index.js';
import { packArticle, unpackArticle } from '../workers/redis-dedup/codec.js';
import { SAMPLE_ARTICLE } from './helpers/dedup-sample.js';
import { seededRandom } from './helpers/seeded-random.js';

function randomSet(random: () => number, size: number, range: number): Uint16Array {
  const values = new Set<number>();
  while (values.size < Math.min(size, range)) values.add(Math.floor(random() * range));
  return Uint16Array.from([...values]).sort();
}

const article = SAMPLE_ARTICLE;

/** The version 1 layout: u32 JSON length, u16 bins, JSON tuple, 16-bit bins, 16-bit lede set. */
function packV1(a: StoredArticle): Buffer {
  const tuple = [
    a.urlKey,
    null,
    a.textHash,
    Date.parse(a.eventTime),
    null,
    a.duplicateOf,
    a.duplicateReason,
    a.similarity,
    a.headlineFigures,
    a.ledeFigures,
    a.allFigures,
    a.ledeEntities,
  ];
  const json = Buffer.from(JSON.stringify(tuple));
  const head = Buffer.alloc(6);
  head.writeUInt32LE(json.length, 0);
  head.writeUInt16LE(a.signature.length, 4);
  const bytes = (t: Uint16Array): Buffer => Buffer.from(t.buffer, t.byteOffset, t.byteLength);
  return Buffer.concat([head, json, bytes(a.signature), bytes(a.ledeShingles)]);
}

describe('dedup record formats', () => {
  it('Rice-coded sorted sets round-trip, from empty to dense', () => {
    const random = seededRandom(11);
    const cases: Uint16Array[] = [new Uint16Array(0), Uint16Array.from([0]), Uint16Array.from([0xffff]), Uint16Array.from([0, 1, 2, 0xfffe, 0xffff])];
    for (const size of [1, 2, 10, 90, 250, 1000, 20000]) cases.push(randomSet(random, size, 0x10000));
    cases.push(randomSet(random, 300, 400));
    for (const values of cases) expect(decodeSortedSet16(encodeSortedSet16(values), values.length)).toEqual(values);
  });

  it('codes a 90-value lede set in well under 16 bits a value', () => {
    const values = randomSet(seededRandom(3), 90, 0x10000);
    expect(encodeSortedSet16(values).length).toBeLessThan(90 * 1.5);
  });

  it('packs 8-bit sketches in a byte a bin and reads them back exactly', () => {
    const narrow = { ...article, signature: Uint16Array.from({ length: 128 }, (_, i) => (i * 37) & 0xff) };
    expect(unpackArticle(narrow.articleId, packArticle(narrow))).toEqual(narrow);
    expect(packArticle(narrow).length).toBeLessThan(packArticle(article).length - 100);
    expect(unpackArticle(article.articleId, packArticle(article))).toEqual(article);
  });

  it('leaves trailing defaults out of the tuple and puts them back', () => {
    const bare = { ...article, headlineFigures: [], ledeFigures: [], allFigures: [], ledeEntities: [] };
    expect(unpackArticle(bare.articleId, packArticle(bare))).toEqual(bare);
    const middle = { ...bare, ledeEntities: ['seoul'], similarity: 0, duplicateOf: 'aother', duplicateReason: 'near_copy' as const };
    expect(unpackArticle(middle.articleId, packArticle(middle))).toEqual(middle);
    expect(packArticle(bare).length).toBeLessThan(packArticle(middle).length);
  });

  it('reads records of the version 1 layout', () => {
    expect(unpackArticle(article.articleId, packV1(article))).toEqual(article);
  });
});
