/**
 * Watches as a pure function of a document: the keyword language (boolean,
 * phrases, prefixes, NEAR/n), entities in their written case, claim filters
 * with thresholds, feeds and sites, and the timeline alert of a watched story.
 */
import { describe, expect, it } from 'vitest';
import type { ClaimFlag } from '../pipeline/output-flags.js';
import {
  alertsOf,
  compileWatch,
  matchWatches,
  parseClaimFilter,
  parseQuery,
  QuerySyntaxError,
  watchCompiler,
  watchSchema,
  WordIndex,
} from '../pipeline/watches/index.js';
import { matchesQuery } from '../pipeline/watches/query.js';
import { claim, doc } from './helpers/watch-documents.js';

const watch = (def: Record<string, unknown>) => compileWatch(watchSchema.parse({ id: 'w', ...def }));
const q = (query: string, text: string) => matchesQuery(parseQuery(query), new WordIndex([text]));

describe('watch queries', () => {
  it('AND, OR, NOT, implicit AND and parentheses', () => {
    const text = 'Talks on a ceasefire in Gaza resumed in Cairo on Monday.';
    expect(q('ceasefire AND cairo', text)).toBe(true);
    expect(q('ceasefire cairo', text)).toBe(true);
    expect(q('ceasefire AND doha', text)).toBe(false);
    expect(q('doha OR cairo', text)).toBe(true);
    expect(q('ceasefire NOT cairo', text)).toBe(false);
    expect(q('(doha OR cairo) AND NOT truce', text)).toBe(true);
    // Lower-case operators are words.
    expect(q('ceasefire and', text)).toBe(false);
  });

  it('phrases, prefixes, case and diacritics folded', () => {
    const text = 'Le Président a parlé des sanctions économiques imposées par les États-Unis.';
    expect(q('"sanctions economiques"', text)).toBe(true);
    expect(q('"economiques sanctions"', text)).toBe(false);
    expect(q('sanction*', text)).toBe(true);
    expect(q('"etats unis"', text)).toBe(true);
    expect(q('PRESIDENT', text)).toBe(true);
  });

  it('NEAR/n counts the words between its operands, in either order, phrases included', () => {
    const text = 'Officials said the ceasefire was holding, and the talks would continue next week in Doha.';
    expect(q('ceasefire NEAR/5 talks', text)).toBe(true);
    expect(q('talks NEAR/5 ceasefire', text)).toBe(true);
    expect(q('ceasefire NEAR/2 talks', text)).toBe(false);
    expect(q('"the talks" NEAR/3 "ceasefire was"', text)).toBe(true);
    expect(q('(truce OR ceasefire) NEAR/1 holding', text)).toBe(true);
    // Title and text are separate: no phrase or NEAR reaches across.
    expect(matchesQuery(parseQuery('"holding doha"'), new WordIndex(['Ceasefire holding', 'Doha talks']))).toBe(false);
  });

  it('refuses malformed queries with where, at definition time', () => {
    expect(() => parseQuery('(a OR b')).toThrow(QuerySyntaxError);
    expect(() => parseQuery('a AND')).toThrow(/ends where a word/);
    expect(() => parseQuery('(a AND b) NEAR/3 c')).toThrow(/NEAR joins/);
    expect(() => parseQuery('a NEAR/500 b')).toThrow(/at most NEAR\/50/);
    const bad = watchSchema.safeParse({ id: 'w', query: 'a OR' });
    expect(bad.success).toBe(false);
    expect(watchSchema.safeParse({ id: 'w' }).success).toBe(false);
  });
});

describe('matching a document', () => {
  it('keyword watch: matches with boolean and proximity, lists no entity', () => {
    const d = doc('Ceasefire talks resume', 'Negotiators said the ceasefire talks would resume in Cairo.');
    const [m] = matchWatches(d, [watch({ query: 'ceasefire NEAR/2 cairo OR "talks would resume"' })]);
    expect(m).toMatchObject({ id: 'w', on: 'document', alerts: ['match'] });
    expect(matchWatches(d, [watch({ query: 'ceasefire NOT cairo' })])).toEqual([]);
  });

  it('entity watch: the written case counts, aliases and claim source ids too', () => {
    const d = doc('Apple shares fall', 'Investors sold apple futures.', { claims: [claim({ id: 'c9', source: 'nis' })] });
    expect(matchWatches(d, [watch({ entities: ['Apple'] })])[0]?.entities).toEqual(['Apple']);
    const lower = doc('Fruit', 'He ate an apple.');
    expect(matchWatches(lower, [watch({ entities: ['Apple'] })])).toEqual([]);
    expect(matchWatches(d, [watch({ entities: [{ name: 'National Intelligence Service', aliases: ['NIS'] }] })])[0]?.entities).toEqual([
      'National Intelligence Service',
    ]);
  });

  it('claim threshold: "killed >= 1,000" takes an exact 1,200, a range reaching it, not 600; measure families count', () => {
    const d = doc('Toll rises', 'text', {
      claims: [
        claim({ id: 'c1', value: 600 }),
        claim({ id: 'c2', value: 1200, source: 'un' }),
        claim({ id: 'c3', value: null, bound: 'range', low: 1000, high: 1500 }),
        claim({ id: 'c4', measure: 'wounded', value: 5000 }),
      ],
    });
    const filter = parseClaimFilter('killed >= 1,000');
    expect(filter).toEqual({ measure: 'killed', min: 1000 });
    expect(matchWatches(d, [watch({ claims: [filter] })])[0]?.claimIds).toEqual(['c2', 'c3']);
    expect(matchWatches(d, [watch({ claims: [parseClaimFilter('killed ≥ 1000 source=un')] })])[0]?.claimIds).toEqual(['c2']);
    expect(matchWatches(d, [watch({ claims: [{ measure: 'casualties', min: 4000 }] })])[0]?.claimIds).toEqual(['c4']);
    expect(matchWatches(d, [watch({ claims: [{ measure: 'killed', min: 2000 }] })])).toEqual([]);
  });

  it('feeds and sites narrow; criteria of different kinds must all hold', () => {
    const d = doc('Ceasefire', 'ceasefire', { feedId: 'world', url: 'https://www.news.example.com/a' });
    expect(matchWatches(d, [watch({ sites: ['news.example.com'], query: 'ceasefire' })])).toHaveLength(1);
    expect(matchWatches(d, [watch({ sites: ['example.org'], query: 'ceasefire' })])).toHaveLength(0);
    expect(matchWatches(d, [watch({ feeds: ['world'] })])).toHaveLength(1);
    expect(matchWatches(d, [watch({ feeds: ['business'], query: 'ceasefire' })])).toHaveLength(0);
    expect(matchWatches(d, [watch({ feeds: ['world'], paused: true })])).toHaveLength(0);
  });

  it('a copy of an earlier report is listed without a match alert unless the watch includes duplicates', () => {
    const d = doc('Ceasefire', 'ceasefire', { status: 'duplicate' });
    expect(matchWatches(d, [watch({ query: 'ceasefire' })])[0]?.alerts).toEqual([]);
    expect(matchWatches(d, [watch({ query: 'ceasefire', includeDuplicates: true })])[0]?.alerts).toEqual(['match']);
  });

  it('an update in a watched story is a timeline alert, even when the document itself does not match', () => {
    const fig = (value: number, source: string, articleIds: string[]) => ({
      value,
      bound: '=' as const,
      low: null,
      high: null,
      when: '2026-12-01',
      source,
      articleIds,
    });
    const update: ClaimFlag = { type: 'update', subject: null, measure: 'killed', source: 'nis', from: fig(100, 'nis', ['a0']), to: fig(600, 'nis', ['a1']) };
    const d = doc('Toll rises', 'The agency now says 600 died.', { flags: [update] });
    const w = watch({ query: 'pyongyang', claims: [{ measure: 'killed' }] });
    expect(matchWatches(d, [w])).toEqual([]);
    const [m] = matchWatches(d, [w], new Set(['w']));
    expect(m).toMatchObject({ on: 'story', claimFlags: [0], alerts: ['timeline'] });
    const alerts = alertsOf({ ...d, watches: m ? [m] : [] });
    expect(alerts.map((a) => a.key)).toEqual(['w.timeline.a1-0011223344556677']);
    expect(alerts[0]?.body.claimFlags).toEqual([update]);
    // A filter on another measure does not follow it.
    expect(matchWatches(d, [watch({ query: 'pyongyang', claims: [{ measure: 'deployed' }] })], new Set(['w']))).toEqual([]);
  });
});

describe('watchCompiler', () => {
  it('keeps the compiled form of an unchanged definition and compiles a changed one anew', () => {
    const compile = watchCompiler();
    const a = watchSchema.parse({ id: 'a', query: 'flood AND evacuated' });
    const b = watchSchema.parse({ id: 'b', query: 'earnings' });
    const [a1, b1] = compile([a, b]);
    const [a2, b2] = compile([a, watchSchema.parse({ id: 'b', query: 'earnings OR profit' })]);
    expect(a2).toBe(a1);
    expect(b2).not.toBe(b1);
    expect(b2?.watch.query).toBe('earnings OR profit');
    // A definition dropped in between is compiled anew when it comes back.
    const [b3] = compile([b]);
    expect(b3).not.toBe(b1);
    expect(b3).toEqual(b1);
  });
});
