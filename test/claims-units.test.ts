// Unit tests of the claim-tagging pieces: sentences, quantities and bounds,
// measures, source resolution.
import { describe, expect, it } from 'vitest';
import { DEFAULT_GAZETTEER, findMentions, findQuantities, nameKey, resolveSource, splitSentences, tagClaims } from '../pipeline/claims/index.js';

const q = (s: string) => findQuantities(s).quantities.map(({ value, bound, low, high, unit }) => ({ value, bound, low, high, unit }));

describe('splitSentences', () => {
  it('keeps abbreviations, initials and decimals inside a sentence', () => {
    const text = 'Gen. Kim met Mr. Lee in the U.S. on Jan. 5 about No. 3 of 4.7 million shells. Then he left.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Gen. Kim met Mr. Lee in the U.S. on Jan. 5 about No. 3 of 4.7 million shells.', 'Then he left.']);
  });

  it('ends a sentence after closing quotes, not before a lower-case attribution', () => {
    const text = '“We will win.” The crowd cheered. “We are ready,” he said. “It is over.” he added.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['“We will win.”', 'The crowd cheered.', '“We are ready,” he said.', '“It is over.” he added.']);
  });

  it('drops the dateline, keeps headings as sentences, and gives offsets and paragraphs', () => {
    const text = 'SEOUL (Reuters) - North Korea sent troops. Russia agreed.\n\nHeavy casualties\n\nMore were sent.';
    const out = splitSentences(text);
    expect(out.map((s) => [s.text, s.paragraph])).toEqual([
      ['North Korea sent troops.', 0],
      ['Russia agreed.', 0],
      ['Heavy casualties', 1],
      ['More were sent.', 2],
    ]);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps a numbered list item with its marker, and a sentence ending in a number apart', () => {
    expect(splitSentences('Tips follow. 4. Keep Receipts Safe. The toll rose to 4. Officials said so.').map((s) => s.text)).toEqual([
      'Tips follow.',
      '4. Keep Receipts Safe.',
      'The toll rose to 4.',
      'Officials said so.',
    ]);
  });

  it('treats U.S. before a sentence starter as an ending', () => {
    expect(splitSentences('Troops went to the U.S. The next day they left.')).toHaveLength(2);
  });
});

describe('findQuantities', () => {
  it('finds no amount in words that name an object property ("constructor", "toString")', () => {
    expect(q('Officials said constructor soldiers were killed.')).toEqual([]);
    expect(q('They said toString of the valueOf hundreds were hurt.')).toEqual([{ value: null, bound: 'range', low: 200, high: null, unit: null }]);
  });

  it('reads digits with separators, scales and bounds', () => {
    expect(q('More than 1,000 soldiers')).toEqual([{ value: 1000, bound: '>', low: null, high: null, unit: null }]);
    expect(q('some 12,000 troops')[0]).toMatchObject({ value: 12000, bound: '~' });
    expect(q('about 4.7 million shells')[0]).toMatchObject({ value: 4_700_000, bound: '~' });
    expect(q('at least 100 killed')[0]).toMatchObject({ value: 100, bound: '>=' });
    expect(q('nearly 4,700 others')[0]).toMatchObject({ value: 4700, bound: '<~' });
    expect(q('fewer than 50 people')[0]).toMatchObject({ value: 50, bound: '<' });
    expect(q('up to 300 troops')[0]).toMatchObject({ value: 300, bound: '<=' });
    expect(q('upwards of 300 troops')[0]).toMatchObject({ value: 300, bound: '>' });
    expect(q('an estimated 300 troops')[0]).toMatchObject({ value: 300, bound: '~' });
    expect(q('100 or more troops')[0]).toMatchObject({ value: 100, bound: '>=' });
    expect(q('exactly 18,000 troops')[0]).toMatchObject({ value: 18000, bound: '=' });
  });

  it('reads words, shares and vague amounts', () => {
    expect(q('Three out of five North Korean soldiers')[0]).toMatchObject({ value: 0.6, unit: 'share', bound: '=' });
    expect(q('more than half of those sent')[0]).toMatchObject({ value: 0.5, unit: 'share', bound: '>' });
    expect(q('"several hundred" North Koreans')[0]).toMatchObject({ bound: 'range', low: 200, high: 900 });
    expect(q('thousands of soldiers')[0]).toMatchObject({ bound: 'range', low: 2000, high: null });
    expect(q('hundreds of troops')[0]).toMatchObject({ bound: 'range', low: 200 });
    expect(q('tens of thousands of troops')[0]).toMatchObject({ bound: 'range', low: 20000 });
    expect(q('a dozen soldiers')[0]).toMatchObject({ value: 12, bound: '=' });
    expect(q('twenty-five soldiers')[0]).toMatchObject({ value: 25 });
    expect(q('between 500 and 700 troops')[0]).toMatchObject({ bound: 'range', low: 500, high: 700 });
    expect(q('one in three soldiers')[0]?.value).toBeCloseTo(1 / 3);
    expect(q('60% of the troops')[0]).toMatchObject({ value: 0.6, unit: 'share' });
  });

  it('ignores years, dates, ages, money, ordinals and numbers in names', () => {
    for (const s of [
      'in February 2022',
      'on March 17, 2026',
      'a 20-year-old soldier',
      'footballer, 20, who died',
      'could lose $50M in funds',
      'the 1st battalion',
      'Su-27 jets',
      'COVID-19 cases',
      'Resolution 2231',
      'at 10:30 today',
      '-20F conditions',
    ]) {
      expect(q(s), s).toEqual([]);
    }
  });

  it('carries "approximately" over a coordinated figure', () => {
    expect(q('Approximately 10,000 troops, along with 1,000 engineers').map((x) => x.bound)).toEqual(['~', '~']);
  });
});

describe('sources', () => {
  it('resolves transliterations of one name by consonant skeleton', () => {
    expect(nameKey('Lee Seong-kweun')).toBe(nameKey('Lee Sung-kwon'));
    expect(nameKey('Lee Seong-Kwun')).toBe(nameKey('Lee Sung-kwon'));
    expect(resolveSource('Lee Sung-kwan', DEFAULT_GAZETTEER)).toBe('lee-seong-kweun');
    expect(resolveSource('Kim Sung-kwon', DEFAULT_GAZETTEER)).toBeNull();
  });

  it('resolves descriptions and keeps the longest alias', () => {
    expect(resolveSource("Seoul's spy agency", DEFAULT_GAZETTEER)).toBe('south-korea-nis');
    expect(resolveSource('South Korea’s intelligence service', DEFAULT_GAZETTEER)).toBe('south-korea-nis');
    const m = findMentions('citing Seoul’s National Intelligence Service (NIS), disclosed', DEFAULT_GAZETTEER);
    expect(m.map((x) => x.id)).toEqual(['south-korea-nis']);
  });

  it('matches acronyms only in capitals', () => {
    expect(findMentions('an ap course', DEFAULT_GAZETTEER)).toEqual([]);
    expect(findMentions('the AP reported', DEFAULT_GAZETTEER).map((x) => x.id)).toEqual(['ap']);
  });

  it('accepts an operator gazetteer and measure lexicon', () => {
    const gazetteer = { sources: { 'ukraine-mod': ["Ukraine's defence ministry"] }, kinds: {} };
    const measures = [{ phrase: 'evacuated', measure: 'evacuated', kind: 'other' as const }];
    const [claim] = tagClaims(
      { articleId: 'a', title: '', text: "About 300 civilians were evacuated, Ukraine's defence ministry said.", publishedAt: null },
      { gazetteer, measures },
    );
    expect(claim).toMatchObject({ measure: 'evacuated', value: 300, bound: '~', source: 'ukraine-mod', cue: 'said' });
  });
});

describe('attribution', () => {
  const tag = (text: string, title = '') => tagClaims({ articleId: 't', title, text, publishedAt: null });

  it('links "according to", inverted "said X", pronouns and negation', () => {
    expect(tag('At least 50 soldiers were killed, according to Reuters.')[0]).toMatchObject({ source: 'reuters', cue: 'according to' });
    expect(tag('"About 200 troops were wounded," said Volodymyr Zelensky.')[0]).toMatchObject({ source: 'zelensky' });
    const he = tag('Lee Sung-kwon spoke to reporters. He said 300 soldiers died.');
    expect(he.find((c) => c.value === 300)).toMatchObject({ source: 'lee-seong-kweun', cue: 'said' });
  });

  it('a negated report and a noun "claims" make no claim', () => {
    expect(tag('These claims have not been confirmed by the BBC.')).toEqual([]);
  });

  it('keeps figures without a reporting cue unattributed', () => {
    expect(tag('Pyongyang has sent thousands of soldiers to Russia.')[0]).toMatchObject({ source: null, cue: null, low: 2000 });
  });

  it('emits no claim without a figure unless a cue carries it', () => {
    expect(tag('The war will last.')).toEqual([]);
    expect(tag('The minister visited the flooded town on Tuesday.')).toEqual([]);
    // An unknown speaker keeps its words: a group of experts is a source the gazetteer does not list.
    expect(tag('Experts say the war will last.')).toEqual([
      expect.objectContaining({
        kind: 'prediction',
        source: null,
        sourceText: 'Experts',
        cue: 'say',
        contentSpan: expect.objectContaining({ text: 'the war will last' }),
      }),
    ]);
    expect(tag('Seoul warned that Pyongyang might send more troops in the future.')[0]).toMatchObject({ kind: 'prediction', hedge: 'might' });
  });
});
