/**
 * Figures and claims written for people (pipeline/present): the code the CLI
 * prints with and the dashboard loads as /present.js.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../pipeline/types.js';
import { claimLine, claimWords, flagLine, formatAmount, formatFigure, sourceNamesOf, STATEMENT_MAX_CHARS } from '../pipeline/present/index.js';

const fig = (value: number | null, bound: Claim['bound'], unit: string | null = null, low: number | null = null, high: number | null = null) =>
  formatFigure({ value, bound, low, high, unit });

describe('figures as people write them', () => {
  it('writes bounds, ranges and thousands separators', () => {
    expect(fig(100, '>=')).toBe('≥100');
    expect(fig(1000, '>')).toBe('>1,000');
    expect(fig(1100, '~')).toBe('~1,100');
    expect(fig(4700, '<~')).toBe('nearly 4,700');
    expect(fig(12000, '=')).toBe('12,000');
    expect(fig(null, 'range', null, 200, 900)).toBe('200–900');
    expect(fig(null, 'range', null, 2000, null)).toBe('2,000+');
    expect(fig(null, null)).toBe('no figure');
  });

  it('writes shares and percents as percentages, money with its currency, and units', () => {
    expect(fig(0.6, '=', 'share')).toBe('60%');
    expect(fig(0.5, '>', 'share')).toBe('>50%');
    expect(formatAmount(5, 'percent')).toBe('5%');
    expect(formatAmount(2, 'percentage_point')).toBe('2 percentage points');
    expect(formatAmount(4.2e9, 'USD')).toBe('$4.2 billion');
    expect(formatAmount(1_500_000, 'GBP')).toBe('£1.5 million');
    expect(formatAmount(300, 'EUR')).toBe('€300');
    expect(formatAmount(1250.5, 'CHF')).toBe('CHF 1,250.5');
    expect(formatAmount(40, 'km')).toBe('40 km');
  });
});

describe('claims and flags in words', () => {
  const names = sourceNamesOf({ sources: { 'south-korea-nis': ['National Intelligence Service', 'NIS'], yonhap: ['Yonhap'] } });
  const claim = {
    value: 6000,
    bound: '~' as const,
    low: null,
    high: null,
    unit: null,
    measure: 'killed_or_wounded',
    counted: 'North Korean soldiers',
    source: 'south-korea-nis',
    via: 'yonhap',
    cue: 'estimates',
    hedge: null,
    in: 'body' as const,
  };

  it('names sources by their first alias and measures in words', () => {
    expect(claimLine(claim, names)).toBe('~6,000 killed or wounded — North Korean soldiers · source: National Intelligence Service, via Yonhap ("estimates")');
    // An id without a name is shown as it is; no source at all is "unnamed".
    expect(claimLine({ ...claim, source: 'kcna', via: null, cue: null, in: 'title' }, names)).toBe(
      '~6,000 killed or wounded — North Korean soldiers · source: kcna [headline]',
    );
    expect(claimLine({ ...claim, source: null, via: null, cue: null, value: 0.6, bound: '=', unit: 'share' }, names)).toContain('60% killed or wounded');
  });

  it('gives what a claim without a figure says, cut to a line', () => {
    const statement = {
      ...claim,
      value: null,
      bound: null,
      measure: null,
      counted: null,
      sentence: 'The levee held, the mayor said.',
      contentSpan: { start: 0, end: 14, text: 'The levee held' },
    };
    expect(claimWords(statement, names)).toMatchObject({ figure: '', says: 'The levee held', source: 'National Intelligence Service' });
    const long = { ...statement, contentSpan: null, sentence: 'word '.repeat(100) };
    expect(claimWords(long, names).says).toHaveLength(STATEMENT_MAX_CHARS);
    expect(claimWords(claim, names).says).toBeNull();
  });

  it('writes an update with both figures, who gave them and when', () => {
    const figure = (value: number, when: string) => ({ value, bound: '~' as const, low: null, high: null, when, source: 'south-korea-nis', articleIds: [] });
    const update = {
      type: 'update' as const,
      subject: 'north korean',
      measure: 'casualties',
      source: 'south-korea-nis',
      from: figure(4700, '2025-04-30'),
      to: figure(6000, '2026-01-12'),
    };
    expect(flagLine(update, names, (id) => id)).toBe(
      'update  National Intelligence Service: north korean casualties ~4,700 (National Intelligence Service, 2025-04-30) → ~6,000 (National Intelligence Service, 2026-01-12)',
    );
  });
});
