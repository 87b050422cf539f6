// Hand-written scanners of the claim tagger (pipeline/claims/text.ts) stand in for
// regexes on hot paths; each must give what its regex gives, on every input.
import { describe, expect, it } from 'vitest';
import { WORD_RE, cueLexicon, cueLogitBound, cueModel, cueScorer, cueStem, modelStrongCues, strongCues } from '../pipeline/claims/attribution-cues.js';
import { prefixWordBefore } from '../pipeline/claims/attribution-cue-span.js';
import { compile, reachableCues, scannedWords } from '../pipeline/claims/attribution-lexicon.js';
import { TRAILING_PUNCT, nounPhraseBefore, trimSpan, withoutTrailingPunct } from '../pipeline/claims/attribution-phrases.js';
import { ATTRIBUTION_LEXICON_EN } from '../pipeline/claims/attribution-spans.js';
import { execAll, isSpaceCode, lastWords, trailingWord } from '../pipeline/claims/text.js';
import { seededRandom } from './helpers/seeded-random.js';

const lastWordByRegex = (s: string): { index: number; word: string } | null => {
  const m = /\s*\b([a-z]+)\s*$/i.exec(s);
  return m ? { index: m.index, word: m[1] ?? '' } : null;
};

/**
 * Characters where the scanners could go wrong: digits, ASCII letters of both
 * cases, apostrophes, underscores and hyphens (word characters or not), every
 * kind of white space, non-ASCII letters that a case-insensitive regex might
 * take for ASCII ones (Kelvin sign, long s, dotted capital I), and the two
 * halves of a surrogate pair.
 */
const ALPHABET = [
  '0',
  '1',
  '7',
  '9',
  ',',
  ',',
  '.',
  '.',
  "'",
  "'",
  'a',
  'b',
  'Z',
  'K',
  's',
  'I',
  '_',
  '-',
  ' ',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u2003',
  '\u2028',
  '\u3000',
  '\ufeff',
  '\u200b',
  '\u180e',
  '\u212a',
  '\u017f',
  '\u0130',
  '\u03a3',
  '\u00e9',
  '\u00c9',
  '\u2019',
  '"',
  '$',
  '%',
  '\ud83d',
  '\ude00',
];

/** Inputs on which `got` and `want` differ (compared as JSON), the first ten. */
function mismatches<T>(inputs: readonly T[], got: (x: T) => unknown, want: (x: T) => unknown): Array<{ input: T; got: unknown; want: unknown }> {
  const out: Array<{ input: T; got: unknown; want: unknown }> = [];
  for (const input of inputs) {
    const g = JSON.stringify(got(input));
    const w = JSON.stringify(want(input));
    if (g !== w && out.length < 10) out.push({ input, got: g, want: w });
  }
  return out;
}

function randomStrings(count: number, seed: number, maxLength = 24): string[] {
  const r = seededRandom(seed);
  return Array.from({ length: count }, () => {
    let s = '';
    for (let j = Math.floor(r() * maxLength); j > 0; j--) s += ALPHABET[Math.floor(r() * ALPHABET.length)];
    return s;
  });
}

/** nounPhraseBefore as it was written over a regex split of its window: the reference of its backward scan. */
function nounPhraseBeforeBySplit(s: string, end: number, stop: ReadonlySet<string>): [number, number] | null {
  const paren = /\s*\([^()]{1,30}\)\s*$/.exec(s.slice(Math.max(0, end - 40), end));
  if (paren) {
    const head = nounPhraseBeforeBySplit(s, end - paren[0].length, stop);
    return head ? [head[0], end - (paren[0].length - paren[0].trimEnd().length)] : null;
  }
  const from = Math.max(0, end - 160);
  const words = [...s.slice(from, end).matchAll(/[^\s]+/g)];
  if (from > 0) words.shift();
  let first = -1;
  for (let k = words.length - 1, n = 0; k >= 0 && n < 7; k--, n++) {
    const text = (words[k] as RegExpMatchArray)[0];
    if (text.replace(/[,;:"\u201C\u201D\u00BB]+$/, '') !== text) {
      if (k === words.length - 1) return null;
      break;
    }
    if (/[,;:()\u2014\u2013"\u201C\u201D\u201E\u00AB\u00BB]/.test(text)) {
      // A word glued to the mark before it is read alone ("bad,”Clinton").
      const glued = /(?<=[,;:()\u2014\u2013"\u201C\u201D\u201E\u00AB\u00BB])[A-Za-z][A-Za-z.'\u2019-]*$/.exec(text);
      if (glued && !stop.has(glued[0].toLowerCase())) first = from + ((words[k] as RegExpMatchArray).index ?? 0) + glued.index;
      break;
    }
    if (stop.has(text.toLowerCase()) && text !== text.toUpperCase()) break;
    first = from + ((words[k] as RegExpMatchArray).index ?? 0);
  }
  if (first < 0) return null;
  const span = trimSpan(s, first, end);
  return span && /[A-Za-z]/.test(s.slice(span[0], span[1])) ? span : null;
}

describe('claims text scanners', () => {
  it('isSpaceCode is \\s on every UTF-16 code unit', () => {
    const codes = Array.from({ length: 0x10000 }, (_, c) => c);
    expect(mismatches(codes, isSpaceCode, (c) => /\s/.test(String.fromCharCode(c)))).toEqual([]);
  });

  it('trailingWord finds what /\\s*\\b([a-z]+)\\s*$/i finds', () => {
    const cases = ['the troops he ', 'Lee also', 'x9also', 'under_score', '  ', '', 'K\u212aK', 'end.'];
    expect(mismatches([...cases, ...randomStrings(50_000, 12)], trailingWord, lastWordByRegex)).toEqual([]);
  });

  it('lastWords gives the last words of the whole string lower-cased', () => {
    // Long strings too, so that the end lower-cased first is too short and grows.
    const inputs = [...randomStrings(20_000, 14), ...randomStrings(5_000, 15, 400), 'x'.repeat(300), `${'ab '.repeat(100)}\u03a3 c`];
    for (const n of [1, 3, 40]) {
      expect(
        mismatches(
          inputs,
          (s) => lastWords(s, n),
          (s) => (s.toLowerCase().match(/[a-z']+/g) ?? []).slice(-n),
        ),
      ).toEqual([]);
    }
  });

  it("withoutTrailingPunct removes what TRAILING_PUNCT's replace removes", () => {
    const cases = ['', ' ', 'said.', 'he said, "yes."  ', 'a)\u00a0\u2028', '(x', 'end\u201d \u3000'];
    const inputs = [...cases, ...randomStrings(50_000, 16), ...randomStrings(2_000, 17, 200)];
    expect(mismatches(inputs, withoutTrailingPunct, (s) => s.replace(TRAILING_PUNCT, ''))).toEqual([]);
  });

  it('execAll gives the matches of matchAll, empty ones included', () => {
    const regexes = [/\S+/g, /,\s+(?:while|but)\s+|;\s+/g, /a*/g, /(?:)/gu, /\d*|[a-z]/gi];
    const inputs = ['', 'a b', ...randomStrings(5_000, 13)];
    for (const re of regexes) {
      expect(
        mismatches(
          inputs,
          (s) => execAll(re, s).map((m) => [m.index, m[0]]),
          (s) => [...s.matchAll(re)].map((m) => [m.index, m[0]]),
        ),
      ).toEqual([]);
      expect(re.lastIndex).toBe(0);
    }
  });

  it('trimSpan trims what its regexes trim, offsets outside the text included', () => {
    const leading = /^[\s,:;"'\u201C\u201D\u201E\u2018\u2019\u00AB\u00BB(\u2014\u2013-]+/;
    const byRegex = ({ s, from, to }: { s: string; from: number; to: number }): [number, number] | null => {
      const piece = s.slice(from, to);
      const lead = leading.exec(piece)?.[0].length ?? 0;
      const trail = TRAILING_PUNCT.exec(piece.slice(lead))?.[0].length ?? 0;
      return to - trail > from + lead ? [from + lead, to - trail] : null;
    };
    const marks = [
      '\u201C',
      '\u201D',
      '\u201E',
      '\u2018',
      '\u2019',
      '\u00AB',
      '\u00BB',
      '(',
      ')',
      '!',
      '?',
      ';',
      ':',
      '"',
      '\u2014',
      '\u2013',
      '\u2028',
      '\ufeff',
    ];
    const r = seededRandom(22);
    const inputs = randomStrings(30_000, 23, 12).map((base) => {
      let s = base;
      for (let k = Math.floor(r() * 4); k > 0; k--) {
        const at = Math.floor(r() * (s.length + 1));
        s = s.slice(0, at) + marks[Math.floor(r() * marks.length)] + s.slice(at);
      }
      return { s, from: Math.floor(r() * (s.length + 3)) - 1, to: Math.floor(r() * (s.length + 3)) - 1 };
    });
    expect(mismatches(inputs, ({ s, from, to }) => trimSpan(s, from, to), byRegex)).toEqual([]);
  });

  it('the cue scorer with a floor gives the exact probability at or above it and 0 only below it', () => {
    const model = cueModel(ATTRIBUTION_LEXICON_EN.model);
    const exact = cueScorer(model);
    const floor = ATTRIBUTION_LEXICON_EN.minProbability;
    const floored = cueScorer(model, floor);
    const sentences = [
      'The minister said on Monday that prices would rise, and she has warned about it before.',
      '\u201CWe will not back down,\u201D he told reporters, adding that talks were going nowhere.',
      'According to police, who were called at 9pm, the suspects have fled.',
      'Shares fell 5% after the company reportedly cut its forecast, analysts said.',
      'Critics claim the plan was announced too late; officials insist it was not.',
    ];
    let belowFloor = 0;
    for (const s of sentences) {
      for (const m of s.matchAll(WORD_RE)) {
        const word = m[0].toLowerCase();
        const end = (m.index ?? 0) + m[0].length;
        const p = exact(s, m.index ?? 0, end, word);
        const q = floored(s, m.index ?? 0, end, word);
        if (Number.isNaN(p)) expect(q).toBeNaN();
        else if (q === 0 && p !== 0) {
          expect(p).toBeLessThan(floor);
          belowFloor++;
        } else expect(q).toBe(p);
      }
    }
    // Most words stop early, or the floor would gain nothing.
    expect(belowFloor).toBeGreaterThan(3);
  });

  it("the scan's scorer on a word looked up once gives what the cue scorer gives on the word", () => {
    const model = cueModel(ATTRIBUTION_LEXICON_EN.model);
    const c = compile(ATTRIBUTION_LEXICON_EN);
    const byWord = cueScorer(model, ATTRIBUTION_LEXICON_EN.minProbability);
    const sentences = [
      'The minister said on Monday that prices would rise, and she has warned about it before.',
      '\u201CWe will not back down,\u201D he told reporters, adding that talks were going nowhere.',
      'Shares fell 5% after the company reportedly cut its forecast, analysts said, citing people who urges calm.',
      'Critics claim the plan was announced too late; officials insist it was not, Reuters reported.',
    ];
    let scored = 0;
    for (const s of sentences) {
      const first = s.search(/\b(?:said|told|according|warned)\b/);
      for (const m of s.matchAll(WORD_RE)) {
        const word = m[0].toLowerCase();
        const entry = c.scanned.get(word);
        if (!entry) continue;
        const at = m.index ?? 0;
        const end = at + m[0].length;
        expect(c.score(s, at, end, entry)).toBe(byWord(s, at, end, word));
        expect(c.score(s, at, end, entry, first)).toBe(byWord(s, at, end, word, first));
        scored++;
      }
    }
    expect(scored).toBeGreaterThan(20);
    // The strong mark of each scanned word is the lexicon's strong set.
    expect([...c.scanned].filter(([w, e]) => e.strong !== (c.strong?.has(w) ?? false))).toEqual([]);
    expect([...c.scanned.values()].filter((e) => e.strong).length).toBe(c.strong?.size);
  });

  it("prefixWordBefore finds what /([A-Za-z]+(?:['\u2019]t)?)\\s+$/ finds in the 20 characters before", () => {
    const byRegex = ({ s, at }: { s: string; at: number }): number => {
      const from = Math.max(0, at - 20);
      const m = /([A-Za-z]+(?:['\u2019]t)?)\s+$/.exec(s.slice(from, at));
      return m ? at - m[0].length : -1;
    };
    // Contractions, apostrophes without a "t", capitals, blanks of every kind, and runs that cross the window.
    const pieces = ['t', 't', 'T', "'", '\u2019', "n't ", 'n\u2019t ', "'t ", 'n', 'did', 'x', ' ', ' ', '  ', '\t', '\u00a0', '\u3000'];
    pieces.push('-', '.', '\u00e9', '9', 'also', 'y'.repeat(18));
    const r = seededRandom(25);
    const inputs = Array.from({ length: 40_000 }, () => {
      let s = '';
      for (let j = Math.floor(r() * 14); j > 0; j--) s += pieces[Math.floor(r() * pieces.length)];
      return { s, at: Math.floor(r() * (s.length + 1)) };
    });
    inputs.push({ s: "he didn't said", at: 10 }, { s: 'x won\u2019t ', at: 8 }, { s: " 't ", at: 4 });
    expect(mismatches(inputs, ({ s, at }) => prefixWordBefore(s, at), byRegex)).toEqual([]);
    // Matches and misses both occur.
    expect(inputs.filter((x) => byRegex(x) >= 0).length).toBeGreaterThan(2_000);
    expect(inputs.filter((x) => byRegex(x) < 0).length).toBeGreaterThan(2_000);
    expect(inputs.filter((x) => byRegex(x) >= 0 && /[A-Za-z]['\u2019]t\s+$/.test(x.s.slice(byRegex(x), x.at))).length).toBeGreaterThan(500);
  });

  it('cueLexicon reads what a split on the separators reads', () => {
    const bySplit = (packed: string): Map<string, number> => {
      const map = new Map<string, number>();
      for (const entry of packed.split(' ')) {
        const mark = entry.lastIndexOf('~');
        if (mark > 0) map.set(entry.slice(0, mark), Number(entry.slice(mark + 1)));
      }
      return map;
    };
    const r = seededRandom(24);
    const pieces = [' ', ' ', '~', '~', 'a', 'w=', '|', '1', '0.5', '-', '.', 'e'];
    const inputs = Array.from({ length: 5_000 }, (_, i) => {
      let s = `${i}`;
      for (let k = Math.floor(r() * 12); k > 0; k--) s += pieces[Math.floor(r() * pieces.length)];
      return s;
    });
    expect(inputs.filter((s) => JSON.stringify([...cueLexicon(s, ' ', '~')]) !== JSON.stringify([...bySplit(s)]))).toEqual([]);
    expect(cueLexicon(ATTRIBUTION_LEXICON_EN.model, ' ', '~')).toEqual(bySplit(ATTRIBUTION_LEXICON_EN.model));
    // Most inputs hold entries, or the comparison went untested.
    expect(inputs.filter((s) => bySplit(s).size > 0).length).toBeGreaterThan(inputs.length / 2);
  });

  it('reachableCues keeps the words and stems a bound of each feature on its own keeps', () => {
    // The bound of each feature's best weight on its own, from feature strings: what reachableCues computed before it
    // read the scorer's tables (and a word also had to pass cueLogitBound).
    const model = cueModel(ATTRIBUTION_LEXICON_EN.model);
    const floor = ATTRIBUTION_LEXICON_EN.minProbability;
    const globalKinds = ['P', 'N', 'Q', 'E'];
    const best = new Map<string, number>();
    for (const [f, w] of model) {
      if (w <= 0 || f.length < 3 || f[1] !== '=' || f[0] === 'S') continue;
      const kind = f[0] as string;
      const key = globalKinds.includes(kind) ? kind : kind === 'w' || kind === 's' ? null : `${kind}:${f.slice(2, f.indexOf('|'))}`;
      if (key && w > (best.get(key) ?? 0)) best.set(key, w);
    }
    const logit = Math.log(floor / (1 - floor));
    const context = (model.get('bias') ?? 0) + globalKinds.reduce((sum, k) => sum + (best.get(k) ?? 0), 0);
    const words: string[] = [];
    const stems: string[] = [];
    for (const [f, w] of model) {
      if (f.startsWith('s=') && context + w >= logit) stems.push(f.slice(2));
      if (!f.startsWith('w=')) continue;
      const word = f.slice(2);
      const featureBound =
        context +
        w +
        Math.max(0, model.get(`s=${cueStem(word)}`) ?? 0) +
        ['p', 'n', 'c', 'b', 't', 'q', 'e'].reduce((sum, k) => sum + (best.get(`${k}:${word}`) ?? 0), 0);
      if (featureBound >= logit && cueLogitBound(model, word) >= logit) words.push(word);
    }
    const reachable = reachableCues(model, floor);
    expect([...reachable.words]).toEqual(words);
    expect([...reachable.stems]).toEqual(stems);
    // The model has words the floor leaves out, or the bound went untested.
    expect(words.length).toBeLessThan([...model.keys()].filter((f) => f.startsWith('w=')).length);
  });

  it('the cue scorer told where the first strong cue is gives what it finds by itself', () => {
    const model = cueModel(ATTRIBUTION_LEXICON_EN.model);
    const strong = strongCues(modelStrongCues(model));
    expect(strong).not.toBeNull();
    const score = cueScorer(model);
    const sentences = [
      'The minister said on Monday that prices would rise, and she has warned about it before.',
      'Critics claim the plan was announced too late, according to officials who told reporters it was not.',
      'Voters believe the economy is weak; the senator insisted it was strong.',
    ];
    let told = 0;
    for (const s of sentences) {
      const first = strong?.re.exec(s)?.index ?? -1;
      for (const m of s.matchAll(WORD_RE)) {
        const word = m[0].toLowerCase();
        const at = m.index ?? 0;
        const p = score(s, at, at + m[0].length, word);
        if (Number.isNaN(p)) continue;
        expect(score(s, at, at + m[0].length, word, first)).toBe(p);
        if (first >= 0 && first < at) told++;
      }
    }
    // Words after a strong cue were scored, or the feature went untested.
    expect(told).toBeGreaterThan(3);
  });

  it('nounPhraseBefore reads backwards what a split of its window gives', () => {
    const stop = new Set(['that', 'and', 'said', 'the']);
    // Words, stop words, marks that end or stop a source, parentheses, and blanks of every kind; long texts cross the window.
    const pieces = [
      'Lee',
      'the',
      'THE',
      'that',
      'and',
      'minister',
      'WHO',
      'x',
      ',',
      ';',
      '"',
      '\u201D',
      '(R-OK)',
      '(',
      ')',
      ' ',
      ' ',
      ' ',
      '  ',
      '\t',
      'O\u2019Neil',
    ];
    pieces.push('\n', '\u00a0', '\u2014', '.', 'Sen.', 'Internationally', 'y'.repeat(40), ' '.repeat(30));
    const r = seededRandom(21);
    const texts = Array.from({ length: 20_000 }, () => {
      let s = '';
      for (let j = Math.floor(r() * (r() < 0.2 ? 120 : 20)); j > 0; j--) s += pieces[Math.floor(r() * pieces.length)];
      return s;
    });
    const inputs = texts.map((s) => ({ s, end: Math.floor(r() * (s.length + 1)) }));
    expect(
      mismatches(
        inputs,
        ({ s, end }) => nounPhraseBefore(s, end, stop),
        ({ s, end }) => nounPhraseBeforeBySplit(s, end, stop),
      ),
    ).toEqual([]);
  });

  it('scannedWords holds exactly the words that are candidates or have a cue stem', () => {
    const c = compile(ATTRIBUTION_LEXICON_EN);
    const slow = (w: string): boolean => c.candidates.has(w) || c.stems.has(cueStem(w));
    // Every candidate and stem with each ending, cut short and lengthened, and the words of news sentences.
    const words = new Set<string>();
    for (const w of [...c.candidates, ...c.stems]) {
      for (const end of ['', 's', 'e', 'd', 'es', 'ed', 'ing', 'ings', 'eds', 'er', 'ly']) {
        words.add(w + end);
        words.add((w + end).slice(0, -1));
        words.add((w + end).slice(0, -2));
      }
    }
    const sentences = [
      'The minister said on Monday that prices would rise by 5%, adding that wages were agreed.',
      'Analysts estimated the deal was worth $4.2 billion, according to people familiar with the talks.',
      "Police confirmed 12 people were arrested; the mayor's office declined to comment and urged calm.",
      'He has argued, insisted and warned, but she agrees, agreed and is agreeing; they disagree.',
    ];
    for (const s of sentences) for (const w of s.toLowerCase().match(/[a-z][a-z'\u2019-]*/g) ?? []) words.add(w);
    expect([...words].filter((w) => c.scanned.has(w) !== slow(w))).toEqual([]);
    // The set is not trivially empty or everything.
    expect([...words].filter((w) => c.scanned.has(w)).length).toBeGreaterThan(1000);
    expect([...words].filter((w) => !c.scanned.has(w)).length).toBeGreaterThan(1000);
    expect(scannedWords(new Set(['said']), new Set(['urg']))).toEqual(new Set(['said', 'urg', 'urge', 'urgs', 'urgd', 'urges', 'urged', 'urging']));
  });
});
