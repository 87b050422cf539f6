// Acceptance: the headline figures of the seed storyline, tagged from the
// cleaned seed texts, with value, bound and canonical source.
import { describe, expect, it } from 'vitest';
import { tagClaims } from '../pipeline/claims/index.js';
import type { Claim } from '../pipeline/types.js';
import { readFixture } from './fixtures/claims/dev-set.js';

function tag(doc: string): Claim[] {
  const { title, text } = readFixture(doc);
  return tagClaims({ articleId: doc, title, text, publishedAt: null });
}

function find(claims: Claim[], measure: string, value: number): Claim | undefined {
  return claims.find((c) => c.measure === measure && c.value === value);
}

describe('seed acceptance', () => {
  it('000: NIS >=100 killed, JCS ~1,100 casualties, headline from Seoul', () => {
    const claims = tag('000_6275b9eade664fba');
    expect(find(claims, 'killed', 100)).toMatchObject({ bound: '>=', source: 'south-korea-nis' });
    expect(find(claims, 'casualties', 1100)).toMatchObject({ bound: '~', source: 'south-korea-jcs' });
    expect(claims.find((c) => c.in === 'title')).toMatchObject({
      measure: 'killed_or_wounded',
      value: 1000,
      bound: '>',
      source: 'south-korea',
      cue: ':',
    });
  });

  it('003: >=100 killed from Lee Sung-kwon via the NIS (attribution in the next sentence)', () => {
    const claims = tag('003_2895c678fcb53e31');
    const killed = claims.filter((c) => c.measure === 'killed' && c.value === 100);
    expect(killed.map((c) => [c.bound, c.source, c.via])).toContainEqual(['>=', 'lee-seong-kweun', 'south-korea-nis']);
    expect(claims.find((c) => c.in === 'title')).toMatchObject({ value: 100, bound: '>' });
  });

  it('001: Lee (via NIS) gives 600 killed and ~4,700 casualties; "He said" resolves to him', () => {
    const claims = tag('001_3e04f3331c4ae288');
    const expected = { source: 'lee-seong-kweun', via: 'south-korea-nis' };
    expect(claims.find((c) => c.measure === 'killed' && c.value === 600 && c.bound === '=')).toMatchObject(expected);
    expect(find(claims, 'casualties', 4700)).toMatchObject({ bound: '~', ...expected });
    expect(find(claims, 'wounded_repatriated', 2000)).toMatchObject({ source: 'lee-seong-kweun', via: null });
  });

  it('002: ~6,000 killed or wounded from the NIS via Yonhap; headline share 3/5', () => {
    const claims = tag('002_dd3bf1ecb0a6c1c0');
    expect(find(claims, 'killed_or_wounded', 6000)).toMatchObject({
      bound: '~',
      source: 'south-korea-nis',
      via: 'yonhap',
      cue: 'estimates',
    });
    expect(claims.find((c) => c.in === 'title')).toMatchObject({ value: 0.6, unit: 'share', bound: '=' });
    expect(find(claims, 'returned', 1100)).toMatchObject({ source: 'south-korea-nis' });
  });

  it('gives every claim offsets that point at its sentence and a stable id', () => {
    const { title, text } = readFixture('001_3e04f3331c4ae288');
    const claims = tag('001_3e04f3331c4ae288');
    for (const c of claims) {
      expect((c.in === 'title' ? title : text).slice(c.start, c.end)).toBe(c.sentence);
      expect(c.checkWorthiness).toBeGreaterThan(0);
      expect(c.checkWorthiness).toBeLessThanOrEqual(1);
    }
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    expect(tag('001_3e04f3331c4ae288').map((c) => c.id)).toEqual(claims.map((c) => c.id));
  });

  it('takes no figure from typical page clutter', () => {
    const clutter = [
      '• By poster',
      '• March 17, 2026',
      '• 2 views',
      'Amateur footballer, 20, who died from flesh-eating virus could have survived',
      'North Carolina may lose $50M in federal funds over flawed immigrant trucker licenses',
      'The 12 cities that will see catastrophic damage by crippling US winter storm: Live updates',
      'Pyongyang expected to release five-year development plan for defence and economy.',
    ].join('\n\n');
    const claims = tagClaims({ articleId: 'clutter', title: '', text: clutter, publishedAt: null });
    expect(claims.filter((c) => c.value !== null || c.low !== null)).toEqual([]);
  });
});
