// Fast paths of the claim tagger outside attribution (amounts, time scopes, the general
// layer): each must give what the plainer form it replaced gives, on every input.
import { describe, expect, it } from 'vitest';
import { MASK_NO_EMAIL_RE, MASK_RE } from '../pipeline/claims/amount-context.js';
import { SCOPE_FORMS, SCOPE_RE, timeScopes } from '../pipeline/claims/amount-timescope.js';
import { MATERIEL_HEADS, findCounted } from '../pipeline/claims/counted.js';
import { findFigures, mayCountMateriel } from '../pipeline/claims/figures.js';
import { readAmounts } from '../pipeline/claims/amounts.js';
import { DEFAULT_MEASURES, type MeasureHit, findMeasures } from '../pipeline/claims/measures.js';
import { measuresByEveryRegex } from './helpers/measures-reference.js';
import { scanQuantities } from '../pipeline/claims/quantities.js';
import { isPageFurniture } from '../pipeline/claims/general.js';
import { PARAGRAPH_BREAK_RE, Terminators, trailingRunStart } from '../pipeline/claims/sentences.js';
import { execAll } from '../pipeline/claims/text.js';
import { randomGlued, seededRandom } from './helpers/seeded-random.js';

/** Words and marks that time scopes, figures and sentences are made of, cases mixed. */
const VOCABULARY =
  `in In the The third first full half quarter quarters year years Year month week weekend day days decade season term night morning March march May may Sept. Monday Monday's election vote fiscal FY FY24 Q3 H1 2024 2023-24 1990s 5 12 3.4% last this next past earlier ago a an two since as of by over to date on - year-on-year month-over-month third-quarter end mid mid-2026 early from than yesterday Today overnight said rose fell profit , . and ending through`.split(
    ' ',
  );

function randomSentences(count: number, seed: number, maxWords = 16): string[] {
  const r = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const words: string[] = [];
    for (let j = 1 + Math.floor(r() * maxWords); j > 0; j--) words.push(VOCABULARY[Math.floor(r() * VOCABULARY.length)] as string);
    return words.join(r() < 0.2 ? '  ' : ' ');
  });
}

const spans = (re: RegExp, s: string): string[] => execAll(re, s).map((m) => `${m.index}:${m[0]}`);

describe('time scopes', () => {
  const sentences = randomSentences(20_000, 18);

  it('SCOPE_RE, its word boundary written once, matches what a boundary at the head of each form matches', () => {
    const perForm = new RegExp(SCOPE_FORMS.map((f) => `\\b${f}`).join('|'), 'gi');
    const differ = sentences.filter((s) => spans(SCOPE_RE, s).join('|') !== spans(perForm, s).join('|'));
    expect(differ.slice(0, 5)).toEqual([]);
    // The sentences hold scopes of many forms, not only a few.
    expect(sentences.filter((s) => timeScopes(s).length > 0).length).toBeGreaterThan(5_000);
  });

  it('a sentence without a digit is still read for scopes in words', () => {
    expect(timeScopes('Profit rose in the third quarter, up from a year earlier.').map((s) => s.start)).toEqual([12, 42]);
    expect(timeScopes('Profit rose five percent, the company said.')).toEqual([]);
  });
});

/** MASK_RE with a word boundary at the head of each form, as it was first written. */
const MASK_PER_FORM_RE =
  /\b\d{1,2}(?::\d{2}){1,2}\s*(?:[ap]\.?m\.?)?|\b\d{1,2}(?:\.\d{2})?\s*[ap]\.?m\b\.?|\b\d{1,2}\s*o'clock|(?:\+?\b1[-. ])?\+?\(?\b\d{3}\)?[ -.]\d{3}[-.]\d{4}\b|\+\d{1,3}[ -]\d{2,4}[ -]\d{3,4}[ -]?\d{0,4}|\b0\d{1,4}(?:[ -]\d{2,4}){2,4}\b|\b0\d{3,4}[ -]\d{6}\b|https?:\/\/\S+|www\.\S+|\S+@\S+\.\w+|\b\d{4}-\d{2}(?:-\d{2})?\b|\b(?:1[89]|20)\d{2}[-\u2013/]\d{2}\b(?!\d)|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:0?[1-9]|1[0-2])\/(?!(?:2|3|4|5|6|8|10|12|16)\b)(?:0?[1-9]|[12]\d|3[01])\b(?![/\d])|\b\d+(?:\.\d+){2,}\b/gi;

/** Pieces of clock times, phone numbers, dates, URLs and versions, and what stands around them. */
const MASK_PIECES = "0|1|2|9|12|20|2024|555|0800|:|.|/|-|\u2013|+|(|)| | |am|p.m.|o'clock|http://|www.|a|x@y|_|B".split('|');

describe('masked ranges', () => {
  it('MASK_RE, forms grouped under one word boundary, matches what it matched with a boundary on each form', () => {
    const inputs = randomGlued(MASK_PIECES, 30_000, 47, 12);
    const noEmail = new RegExp(MASK_PER_FORM_RE.source.replace('|\\S+@\\S+\\.\\w+', ''), 'gi');
    expect(inputs.filter((s) => spans(MASK_RE, s).join('|') !== spans(MASK_PER_FORM_RE, s).join('|')).slice(0, 5)).toEqual([]);
    expect(inputs.filter((s) => spans(MASK_NO_EMAIL_RE, s).join('|') !== spans(noEmail, s).join('|')).slice(0, 5)).toEqual([]);
    expect(inputs.filter((s) => spans(MASK_RE, s).length > 0).length).toBeGreaterThan(5_000);
  });
});

/** Figures, materiel and people nouns, supply words, and the characters that could hide or fake a word. */
const SUPPLY_PIECES = [
  ...MATERIEL_HEADS,
  ...`SHELLS|Missiles|rockets'|shells's|shellsx|xtanks|tanks-|\u00e9jets|troops|people|artillery|ballistic|shipping|supply|supplied|were|killed|500|1,200|three|about|more than| | | |,|.|-|'|_`.split(
    '|',
  ),
];

describe('pack figures', () => {
  const r = seededRandom(7);
  const sentences = Array.from({ length: 20_000 }, () => {
    let s = '';
    for (let j = 1 + Math.floor(r() * 14); j > 0; j--) s += SUPPLY_PIECES[Math.floor(r() * SUPPLY_PIECES.length)] + (r() < 0.8 ? ' ' : '');
    return s;
  });

  it('no figure counts materiel in a sentence without a word of MATERIEL_HEADS', () => {
    const materiel = (s: string): boolean => {
      const { tokens, quantities } = scanQuantities(s);
      return quantities.some((q) => {
        const c = findCounted(tokens, q.next);
        return c.type === 'noun' && c.materiel;
      });
    };
    const counted = sentences.filter(materiel);
    expect(counted.length).toBeGreaterThan(1_000);
    expect(counted.filter((s) => !mayCountMateriel(s))).toEqual([]);
  });

  it('supply figures are still found', () => {
    const s = 'The allies supplied 500 artillery shells, officials said.';
    expect(findFigures(s, readAmounts(s), DEFAULT_MEASURES).map((f) => f.measure.kind)).toEqual(['arms_supply']);
    expect(sentences.some((t) => findFigures(t, readAmounts(t), DEFAULT_MEASURES).some((f) => f.measure.kind === 'arms_supply'))).toBe(true);
  });
});

/** Line ends, blanks of every kind, sentence ends and quotes: what ends a line or a paragraph. */
const LINE_PIECES = 'a|B|.|!|?|"|\'|\u201D|\u2019|)|]|:| | |\t|\n|\n|\r|\u00a0|\u2028|\u3000|\ufeff|\u200b'.split('|');

describe('sentences and lines', () => {
  const r = seededRandom(11);
  const inputs = randomGlued(LINE_PIECES, 30_000, 11, 10);

  it('isPageFurniture reads the end of a line as its sentence-end regex does', () => {
    const endsSentence = /[.!?"'\u201D\u2019)\]]\s*$/;
    // Lines whose start and words are no furniture: only the end decides.
    expect(inputs.filter((s) => isPageFurniture(`Officials said ${s}`) === endsSentence.test(`Officials said ${s}`)).slice(0, 5)).toEqual([]);
  });

  it('Terminators finds the first terminator after each offset as a regex search from it does', () => {
    const byRegex = (text: string, from: number, to: number): number => {
      const re = /[.!?\u2026]/g;
      re.lastIndex = from;
      const m = re.exec(text);
      return m === null || m.index >= to ? to : m.index;
    };
    const text = inputs.join('\u2026 x. ');
    const terminators = new Terminators(text);
    const offsets = Array.from({ length: 5_000 }, (_, k) => (k % 50 === 49 ? Math.floor(r() * text.length) : Math.floor((k / 5_000) * text.length)));
    const differ = offsets.filter((from) => {
      const to = Math.min(text.length, from + Math.floor(r() * 40));
      return terminators.first(from, to) !== byRegex(text, from, to);
    });
    expect(differ).toEqual([]);
  });

  it('trailingRunStart reads back what /([A-Za-z.]+)$/ finds', () => {
    const words = inputs.map((s, k) => `${s}${k % 3 === 0 ? 'U.S' : k % 3 === 1 ? 'approx' : 'e.g'}`);
    const byRegex = (s: string, from: number): string => /([A-Za-z.]+)$/.exec(s.slice(from))?.[1] ?? '';
    const differ = words.filter((s) => {
      const from = Math.max(0, s.length - 12);
      return s.slice(trailingRunStart(s, from, s.length)) !== byRegex(s, from);
    });
    expect(differ).toEqual([]);
  });

  it('PARAGRAPH_BREAK_RE, with its lookahead, matches what /\\n[ \\t]*\\n\\s*/g matches', () => {
    const plain = /\n[ \t]*\n\s*/g;
    expect(inputs.filter((s) => spans(PARAGRAPH_BREAK_RE, s).join('|') !== spans(plain, s).join('|')).slice(0, 5)).toEqual([]);
    expect(inputs.filter((s) => spans(plain, s).length > 0).length).toBeGreaterThan(500);
  });
});

describe('measure phrases', () => {
  it('findMeasures finds what every phrase regex run over the sentence finds', () => {
    const words = [...new Set(DEFAULT_MEASURES.flatMap((e) => e.phrase.split(/\s+/)))].filter((w) => w !== '<Place>');
    const pieces = [...words, ...`KILLED|Wounded|or|for|more|in|Kyiv|May|\u0130n|killed's|-|_|5|,|.| | |\u00e9`.split('|')];
    const r = seededRandom(5);
    const sentences = Array.from({ length: 8_000 }, () => {
      let s = '';
      for (let j = 1 + Math.floor(r() * 10); j > 0; j--) s += pieces[Math.floor(r() * pieces.length)] + (r() < 0.85 ? ' ' : '');
      return s;
    });
    const fast = (s: string): string[] => findMeasures(s, DEFAULT_MEASURES).map((h: MeasureHit) => `${h.start}-${h.end} ${h.entry.phrase}`);
    expect(sentences.filter((s) => fast(s).join('|') !== measuresByEveryRegex(s).join('|')).slice(0, 5)).toEqual([]);
    expect(sentences.filter((s) => fast(s).length > 1).length).toBeGreaterThan(800);
  });
});
