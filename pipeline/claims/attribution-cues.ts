/**
 * Which words are reporting cues, and when. The cue model is learned
 * (bench/claims-attribution-lexicon.ts writes attribution-cues-en.ts from the
 * train split of a hand-annotated attribution corpus): a logistic regression
 * over the candidate word, its stem, and its context (the token before and
 * after it, as a word or a class, and whether a capitalised word precedes it). Learned
 * rather than listed because news attributes with a long tail of verbs
 * ("seemed", "wants", "blasted", "endorsed") and because a word's reliability
 * depends on its neighbours ("called for" vs "a group called"); the hand list
 * this replaces had cue recall near 0.55 on that corpus, and a learned
 * word-level precision table (no context) 0.62 at the same precision.
 * No NLP library is used here: the candidates (wink-nlp, compromise) tag
 * parts of speech and entities but not reporting cues, so they could only add
 * features to this model. Measured with wink-nlp and wink-eng-lite-web-model:
 * the candidate's tag and its neighbours' (four feature sets, thresholds
 * 0.32–0.40) gave dev source F1 0.786 against 0.788 (held-out fifth of train
 * 0.771 against 0.768) and halved the tagger's throughput (claims 2.8 → 5.1 CPU
 * ms a page); the ambiguous words are cues as nouns as often as verbs in this
 * corpus ("support", "reports"), and the token features here already carry the
 * rest. compromise tags about 20 times slower than wink-nlp.
 *
 * The context that never makes a cue is shared by the learner and the reader,
 * so the learned probability is the one the reader sees: a word inside a
 * quotation (the quoted speaker's words). An infinitive ("rushing to TV to say
 * C") or a modal ("Rubio can ask them to …") is left to the model (its p=
 * feature): the corpus marks such cues, and excluding them cost cue F1 on the
 * train split (0.786 against 0.789).
 */

/** A word the lexicon holds: lower case, letters, apostrophes and hyphens. */
export const WORD_RE = /[A-Za-z][A-Za-z'\u2019-]*/g;

/** Auxiliaries, modals and adverbs a cue span takes in front of its head ("has said", "also told", "would not say", "just announced"). */
export const CUE_PREFIX_WORDS: ReadonlySet<string> = new Set(
  'has have had also is are was were been be did does do not never later previously repeatedly again once then publicly reportedly allegedly apparently supposedly would could might should must can cannot may shall will just still already even now often recently first quickly initially since long yet ever further'.split(
    ' ',
  ),
);

/** A word a cue span takes in front of its head: CUE_PREFIX_WORDS, a negated auxiliary ("didn't") or an -ly adverb. */
export function isCuePrefix(word: string): boolean {
  const w = word.toLowerCase();
  // A capitalised -ly word is a name ("Kelly said"), not an adverb.
  // endsWith rather than /n['\u2019]t$/, which V8 tries at every offset of the word (profiled: a tenth of a percent of the tagger).
  return CUE_PREFIX_WORDS.has(w) || w.endsWith("n't") || w.endsWith('n\u2019t') || (w.length > 4 && w.endsWith('ly') && word[0] === w[0] && !LY_NOUNS.has(w));
}
/** Nouns ending in -ly that end a speaker before its verb ("Lawyers for the family said"), not adverbs of the cue. */
const LY_NOUNS: ReadonlySet<string> = new Set(
  'family assembly supply rally ally reply monopoly anomaly bully belly folly homily lily panoply melancholy'.split(' '),
);

/** Words a cue span may open with that are not its head: a contraction's rest ("’s been ratcheting up") and an article ("an assertion"). */
const NOT_A_HEAD: ReadonlySet<string> = new Set(['s', 're', 'd', 'll', 've', 'm', 'a', 'an', 'the']);

/**
 * The head of the cue span text[start, end): its first word after the
 * auxiliaries, modals and adverbs (the verb of "would not say"), else its last
 * word. The learner labels heads; the reader scores them.
 */
export function cueHead(text: string, start: number, end: number): { word: string; at: number } | null {
  const words = [...text.slice(start, end).matchAll(WORD_RE)];
  const head = words.find((w) => !isCuePrefix(w[0]) && !NOT_A_HEAD.has(w[0].toLowerCase())) ?? words[words.length - 1];
  return head ? { word: head[0].toLowerCase(), at: start + (head.index ?? 0) } : null;
}

/** Learned cue heads: word → precision. */
export function cueLexicon(packed: string, sep = ' ', colonMark = ':'): ReadonlyMap<string, number> {
  const cached = lexicons.get(packed);
  if (cached) return cached;
  const map = new Map<string, number>();
  // Walked with indexOf rather than split: no array of ~14,000 entry strings, a third less of the time every thread
  // spends reading the model before its first article (hand-written for that start cost). An entry is the text between
  // two separators; one without a mark after its first character is skipped.
  for (let from = 0; from < packed.length; ) {
    let end = packed.indexOf(sep, from);
    if (end < 0) end = packed.length;
    const colon = packed.lastIndexOf(colonMark, end - colonMark.length);
    if (colon > from) map.set(packed.slice(from, colon), Number(packed.slice(colon + colonMark.length, end)));
    from = end + sep.length;
  }
  lexicons.set(packed, map);
  return map;
}
const lexicons = new Map<string, ReadonlyMap<string, number>>();

/** A to Z, a to z, and the accented Latin letters of names ("García", "Müller", "Łukasz"): U+00C0 to U+024F but × and ÷. */
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
/** Letters and the apostrophe: what a word of the lexicon is made of. */
const isWordCode = (c: number): boolean => isLetter(c) || c === 39;
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 160;

/** The word before offset `at` (lower case), or ''. */
export function wordBefore(s: string, at: number): string {
  let e = at;
  while (e > 0 && s.charCodeAt(e - 1) === 32) e--;
  let b = e;
  while (b > 0 && isWordCode(s.charCodeAt(b - 1))) b--;
  return s.slice(b, e).toLowerCase();
}

/** The token before `at` as a model feature: the word (lower case), a punctuation mark, or ^ at the start. */
export function prevToken(s: string, at: number): string {
  let e = at;
  while (e > 0 && s.charCodeAt(e - 1) === 32) e--;
  if (e === 0) return '^';
  const code = s.charCodeAt(e - 1);
  if (!isWordCode(code)) return punctClass(s.charAt(e - 1), code);
  let b = e;
  while (b > 0 && isWordCode(s.charCodeAt(b - 1))) b--;
  return s.slice(b, e).toLowerCase();
}

/** The token after `at`, like prevToken ($ at the end). */
export function nextToken(s: string, at: number): string {
  let b = at;
  while (b < s.length && s.charCodeAt(b) === 32) b++;
  if (b >= s.length) return '$';
  const code = s.charCodeAt(b);
  if (!isLetter(code)) return punctClass(s.charAt(b), code);
  let e = b;
  while (e < s.length && isWordCode(s.charCodeAt(e))) e++;
  return s.slice(b, e).toLowerCase();
}

function punctClass(ch: string, code: number): string {
  return PUNCT_CLASS[ch] ?? (code >= 48 && code <= 57 ? '#' : '.');
}

/** True when the word before `at` (after blanks) has a capital: a name or a title as subject. */
function capitalBefore(s: string, at: number): boolean {
  let e = at;
  while (e > 0 && isBlank(s.charCodeAt(e - 1))) e--;
  if (e === at) return false;
  for (let b = e - 1; b >= 0; b--) {
    const c = s.charCodeAt(b);
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) return true;
    if (!(isLetter(c) || c === 39 || c === 46 || c === 45)) return false;
  }
  return false;
}

/** Punctuation folded to classes: all quotation marks are one mark. */
const PUNCT_CLASS: Readonly<Record<string, string>> = {
  ',': ',',
  ':': ':',
  ';': ';',
  '"': 'q',
  '\u201C': 'q',
  '\u201D': 'q',
  '\u2018': 'q',
  '\u2019': 'q',
  '\u00AB': 'q',
  '\u00BB': 'q',
  '\u201E': 'q',
  '\u2014': '-',
  '\u2013': '-',
  '-': '-',
  '(': '(',
  ')': ')',
};

/**
 * Features of a candidate cue word for the learned model: the word, and the
 * word with the token before and after it, with the token two before (as a
 * class), with the shape of the word before (capitalised: a name as subject),
 * with what opens the clause after it (that, a quotation, a colon), with
 * where the sentence has quotation marks (a quotation beside a verb is what it
 * reports), and with whether a strong cue ("said", "according") comes before
 * it in the sentence (e=, E=: a verb in what someone is reported to say is
 * mostly their words, not a second report).
 */
export function cueFeatures(s: string, start: number, end: number, word: string, strong: StrongCues | null = null): string[] {
  const before = prevToken(s, start);
  const after = nextToken(s, end);
  const prevCap = capitalBefore(s, start) ? 'C' : 'l';
  const quotes = quoteSides(s, start, end);
  const reported = strong ? [`e=${word}|${strongCueBefore(s, start, strong)}`, `E=${strongCueBefore(s, start, strong)}`] : [];
  return [
    ...reported,
    `w=${word}`,
    `s=${cueStem(word)}`,
    `p=${word}|${before}`,
    `n=${word}|${after}`,
    `c=${word}|${prevCap}`,
    `b=${word}|${shape(secondTokenBefore(s, start))}`,
    `t=${word}|${clauseOpener(s, end)}`,
    `q=${word}|${quotes}`,
    `P=${shape(before)}${prevCap}`,
    `N=${shape(after)}`,
    `Q=${quotes}`,
  ];
}

/** Words that are cues nearly whenever they occur, learned (the model's S= entries), as one search. */
export interface StrongCues {
  re: RegExp;
}

/** The strong cue words of a model as a search: whole words, any case. */
export function strongCues(words: Iterable<string>): StrongCues | null {
  const list = [...words].sort((a, b) => b.length - a.length);
  if (list.length === 0) return null;
  return { re: new RegExp(`(?<![A-Za-z'\u2019-])(?:${list.join('|')})(?![A-Za-z'\u2019-])`, 'i') };
}

/** '1' when a strong cue word starts before `at` in `s`, else '0'; the first one is found once per sentence. */
export function strongCueBefore(s: string, at: number, strong: StrongCues): '0' | '1' {
  if (s !== strongCache.s || strong !== strongCache.strong) {
    strongCache.s = s;
    strongCache.strong = strong;
    strongCache.first = strong.re.exec(s)?.index ?? -1;
  }
  return strongCache.first >= 0 && strongCache.first < at ? '1' : '0';
}
const strongCache: { s: string; strong: StrongCues | null; first: number } = { s: '', strong: null, first: -1 };

/** Tokens after a cue looked at for what opens its clause. */
const CLAUSE_OPENER_TOKENS = 5;

/** What opens the clause after `at` within a few tokens: "that", a quotation mark (q), a colon (:), or "-". */
export function clauseOpener(s: string, at: number): string {
  let k = at;
  for (let n = 0; n < CLAUSE_OPENER_TOKENS; n++) {
    while (k < s.length && isBlank(s.charCodeAt(k))) k++;
    if (k >= s.length) return '-';
    const code = s.charCodeAt(k);
    if (code === 58) return ':';
    if (isDoubleQuote(code) || code === 0x2018) return 'q';
    if (!isLetter(code)) {
      k++;
      continue;
    }
    let e = k;
    while (e < s.length && isWordCode(s.charCodeAt(e))) e++;
    if (e - k === 4 && (code | 32) === 116 && (s.charCodeAt(k + 1) | 32) === 104 && (s.charCodeAt(k + 2) | 32) === 97 && (s.charCodeAt(k + 3) | 32) === 116)
      return 'that';
    k = e;
  }
  return '-';
}

/** The token two before `at` (see prevToken), or ^. */
export function secondTokenBefore(s: string, at: number): string {
  let e = at;
  while (e > 0 && s.charCodeAt(e - 1) === 32) e--;
  if (e === 0) return '^';
  if (isWordCode(s.charCodeAt(e - 1))) while (e > 0 && isWordCode(s.charCodeAt(e - 1))) e--;
  else e--;
  return prevToken(s, e);
}

/** Where the sentence has double quotation marks: before the word (b), after it (a), both (ba) or none (-). */
export function quoteSides(s: string, start: number, end: number): string {
  // The scorer asks this for every candidate of a sentence: the first and last mark are found once per sentence.
  // indexOf per mark (a native search) rather than a loop over every character: a tenth of the scorer's time (profiled).
  if (s !== quoteCache.s) {
    let first = -1;
    let last = -1;
    for (const mark of DOUBLE_QUOTES) {
      const at = s.indexOf(mark);
      if (at < 0) continue;
      if (first < 0 || at < first) first = at;
      last = Math.max(last, s.lastIndexOf(mark));
    }
    quoteCache.s = s;
    quoteCache.first = first;
    quoteCache.last = last;
  }
  const before = quoteCache.first >= 0 && quoteCache.first < start;
  const after = quoteCache.last >= end;
  return before ? (after ? 'ba' : 'b') : after ? 'a' : '-';
}
const quoteCache = { s: '', first: -1, last: -1 };

/** The marks isDoubleQuote accepts, as strings. */
const DOUBLE_QUOTES = ['\u201C', '\u201D', '"', '\u00AB', '\u00BB', '\u201E'];
const isDoubleQuote = (c: number): boolean => c === 0x201c || c === 0x201d || c === 0x22 || c === 0xab || c === 0xbb || c === 0x201e;

/** Inflection endings a stem takes: "propose", "proposes", "proposed", "proposing" share "propos". */
export const STEM_ENDINGS_RE_SOURCE = '(?:ing|ed|es|s|e|d)?';
const STEM_RE = /^(.{3,}?)(?:ing|ed|es|s|e|d)$/;

/**
 * The word without its inflection ending: a feature shared by the forms of a
 * verb, so a form the train split holds too rarely ("urges", "proposes")
 * borrows the weight of the others. Crude on purpose (no dictionary).
 */
export function cueStem(word: string): string {
  return STEM_RE.exec(word)?.[1] ?? word;
}

const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'who', 'which', 'that']);
const KEPT_WORDS: ReadonlySet<string> = new Set(['that', 'to', 'the', 'a', 'and', 'in', 'on', 'by', 'for', 'of', 'also', 'has', 'have', 'had', 'was', 'is']);

/** The longest word of KEPT_WORDS and PRONOUNS: a longer token is a 'word' without a lookup (the scorer shapes ~3 tokens a candidate). */
const LONGEST_SHAPED_WORD = Math.max(...[...KEPT_WORDS, ...PRONOUNS].map((w) => w.length));

/** A token's class for the context features: punctuation as is, frequent function words as is, else a pronoun or a word. */
function shape(token: string): string {
  const c = token.charCodeAt(0);
  if (!((c >= 97 && c <= 122) || c === 39)) return token;
  if (token.length > LONGEST_SHAPED_WORD) return 'word';
  if (KEPT_WORDS.has(token)) return token;
  return PRONOUNS.has(token) ? 'pron' : 'word';
}

/** The strong cue words a model lists (its S= entries). */
export function modelStrongCues(model: ReadonlyMap<string, number>): ReadonlySet<string> {
  const words = new Set<string>();
  for (const f of model.keys()) if (f.startsWith('S=')) words.add(f.slice(2));
  return words;
}

/** Learned model: feature → weight. */
export function cueModel(packed: string): ReadonlyMap<string, number> {
  return cueLexicon(packed, ' ', '~');
}

/** Probability that a candidate is a cue, from its features. */
export function cueProbability(model: ReadonlyMap<string, number>, features: readonly string[]): number {
  let z = model.get('bias') ?? 0;
  for (const f of features) z += model.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** A word's weights: its own, and by the token before and after it. */
export interface WordWeights {
  w: number;
  p: Map<string, number>;
  n: Map<string, number>;
  b: Map<string, number>;
  t: Map<string, number>;
  q: Map<string, number>;
  e: Map<string, number>;
  capital: number;
  lower: number;
  /** afterPrevBound of the word, set once the tables are built (the scorer's floor and cueLogitBound both read it). */
  rest: number;
}

/**
 * The context tables a word starts with: one shared empty map, replaced by its own on the first weight (setWeight).
 * Most words have weights in two or three of the six contexts, and the tables are built once per thread before its
 * first article: six maps for each of ~1,800 words would be most of that start's allocation.
 */
const NO_WEIGHTS: Map<string, number> = new Map();
/** '=', after a feature's kind letter. */
const EQUALS = 61;
type ContextKind = 'p' | 'n' | 'b' | 't' | 'q' | 'e';

/** Sets a context weight of a word, giving the word its own table on the first one. */
function setWeight(e: WordWeights, kind: ContextKind, key: string, v: number): void {
  if (e[kind] === NO_WEIGHTS) e[kind] = new Map();
  e[kind].set(key, v);
}

/**
 * The probability of a candidate, from the offsets of the word in the sentence; NaN for a word the model does not know
 * (0 below the scorer's floor, when it has one). `firstStrong`: where the sentence's first strong cue word starts (-1:
 * none before the word), when the caller already knows it; else it is searched for.
 */
export type CueScorer = (s: string, start: number, end: number, word: string, firstStrong?: number) => number;

/**
 * A word as the scorer reads it, looked up once: its own weights when the model knows it, else its stem's weight.
 * The candidate scan keeps one per word it can meet, so a match costs one map lookup (Compiled.scanned), not three.
 */
export interface ScoredWord {
  /** The word's weight with its stem's (a known word), or its stem's weight alone. */
  w: number;
  weights: WordWeights | null;
  /** A strong cue word of the model ("said", "according"). */
  strong: boolean;
}

/** cueScorer on a word already looked up (scoredWord), the same number. */
export type ScoredWordScorer = (s: string, start: number, end: number, word: ScoredWord, firstStrong?: number) => number;

/** The scorer's entry for `word`, or null when the model knows neither it nor its stem (cueScorer's NaN). */
export function scoredWord(model: ReadonlyMap<string, number>, word: string, strong: boolean): ScoredWord | null {
  const { words, stems } = scorerTables(model);
  const e = words.get(word);
  if (e) return { w: e.w, weights: e, strong };
  const stem = stems.get(cueStem(word));
  return stem === undefined ? null : { w: stem, weights: null, strong };
}

/** The model as the scorer's nested tables (cueScorer), built once per model. */
interface ScorerTables {
  words: Map<string, WordWeights>;
  stems: Map<string, number>;
  after: Map<string, number>;
  quoted: Map<string, number>;
  beforeCapital: Map<string, number>;
  beforeLower: Map<string, number>;
  /** E=: by whether a strong cue comes before the word. */
  reported: Map<string, number>;
  strong: StrongCues | null;
  bias: number;
  /** maxOrZero of beforeCapital and of beforeLower, for cueLogitBound. */
  beforeCapitalMax: number;
  beforeLowerMax: number;
}
const tablesByModel = new WeakMap<ReadonlyMap<string, number>, ScorerTables>();

function scorerTables(model: ReadonlyMap<string, number>): ScorerTables {
  const cached = tablesByModel.get(model);
  if (cached) return cached;
  const words = new Map<string, WordWeights>();
  const entry = (word: string): WordWeights => {
    let e = words.get(word);
    if (!e) {
      e = { w: 0, p: NO_WEIGHTS, n: NO_WEIGHTS, b: NO_WEIGHTS, t: NO_WEIGHTS, q: NO_WEIGHTS, e: NO_WEIGHTS, capital: 0, lower: 0, rest: 0 };
      words.set(word, e);
    }
    return e;
  };
  const before = new Map<string, number>();
  const after = new Map<string, number>();
  const stems = new Map<string, number>();
  const quoted = new Map<string, number>();
  const reported = new Map<string, number>();
  const strongWords: string[] = [];
  // One switch on the kind letter rather than a prefix test per kind: this loop reads every feature of the model once
  // per thread, before its first article (hand-written for that start cost).
  for (const [f, v] of model) {
    if (f.charCodeAt(1) !== EQUALS) continue;
    const kind = f.charAt(0);
    const body = f.slice(2);
    switch (kind) {
      case 'w':
        entry(body).w = v;
        break;
      case 's':
        stems.set(body, v);
        break;
      case 'Q':
        quoted.set(body, v);
        break;
      case 'P':
        before.set(body, v);
        break;
      case 'N':
        after.set(body, v);
        break;
      case 'E':
        reported.set(body, v);
        break;
      case 'S':
        strongWords.push(body);
        break;
      case 'c': {
        const bar = body.lastIndexOf('|');
        entry(body.slice(0, bar))[body.slice(bar + 1) === 'C' ? 'capital' : 'lower'] = v;
        break;
      }
      case 'p':
      case 'n':
      case 'b':
      case 't':
      case 'q':
      case 'e': {
        const bar = body.lastIndexOf('|');
        setWeight(entry(body.slice(0, bar)), kind, body.slice(bar + 1), v);
        break;
      }
    }
  }
  const bias = model.get('bias') ?? 0;
  // Per call only lookups: a known word carries its stem's weight, the capital feature is split in two tables.
  for (const [word, e] of words) e.w += stems.get(cueStem(word)) ?? 0;
  const beforeCapital = new Map<string, number>();
  const beforeLower = new Map<string, number>();
  for (const [k, v] of before) (k.endsWith('C') ? beforeCapital : beforeLower).set(k.slice(0, -1), v);
  const afterMax = maxOrZero(after);
  for (const e of words.values()) e.rest = afterPrevBound(e, after, afterMax, quoted, reported);
  const tables = {
    words,
    stems,
    after,
    quoted,
    beforeCapital,
    beforeLower,
    reported,
    strong: strongCues(strongWords),
    bias,
    beforeCapitalMax: maxOrZero(beforeCapital),
    beforeLowerMax: maxOrZero(beforeLower),
  };
  tablesByModel.set(model, tables);
  return tables;
}

/**
 * The model as nested tables, so scoring a candidate builds no feature
 * strings: the same sum as cueProbability(model, cueFeatures(...)), which the
 * learner uses, in a fraction of the time (every sentence goes through it).
 * `floor`: a probability below which the exact value does not matter.
 */
export function cueScorer(model: ReadonlyMap<string, number>, floor?: number): CueScorer {
  const score = scoredWordScorer(model, floor);
  return (s, start, end, word, firstStrong) => {
    const entry = scoredWord(model, word, false);
    return entry === null ? Number.NaN : score(s, start, end, entry, firstStrong);
  };
}

/** cueScorer for a word looked up once (scoredWord): the candidate scan's scorer. */
export function scoredWordScorer(model: ReadonlyMap<string, number>, floor?: number): ScoredWordScorer {
  const { after, quoted, bias, beforeCapital, beforeLower, reported, strong } = scorerTables(model);
  // With a floor, a candidate whose word and preceding token already leave it below the floor
  // whatever follows is answered 0 without reading the rest of its context: most candidates
  // ("was", "has", "who") are such, and the attributor asks only whether the floor is reached.
  const floorLogit = floor === undefined ? Number.NEGATIVE_INFINITY : Math.log(floor / (1 - floor));
  const stemRestMax = maxOrZero(after) + maxOrZero(quoted) + maxOrZero(reported);
  return (s, start, end, word, firstStrong) => {
    const e = word.weights;
    let z = bias;
    z += word.w;
    const prev = prevToken(s, start);
    const cap = capitalBefore(s, start);
    z += (cap ? beforeCapital : beforeLower).get(shape(prev)) ?? 0;
    // A context table is read only when it holds a weight: a lookup hashes the token cut for it, and a fifth of the
    // words have no weight by the token before, more by the one after (measured: the scorer 0.97× on the bench pages'
    // candidates, the same sums).
    if (e) z += (e.p.size > 0 ? (e.p.get(prev) ?? 0) : 0) + (cap ? e.capital : e.lower);
    if (z + (e ? e.rest : stemRestMax) < floorLogit) return 0;
    const next = nextToken(s, end);
    const quotes = quoteSides(s, start, end);
    z += (after.get(shape(next)) ?? 0) + (quoted.get(quotes) ?? 0);
    if (strong) {
      const side = firstStrong === undefined ? strongCueBefore(s, start, strong) : firstStrong >= 0 && firstStrong < start ? '1' : '0';
      z += (reported.get(side) ?? 0) + (e !== null && e.e.size > 0 ? (e.e.get(side) ?? 0) : 0);
    }
    if (e) {
      z += (e.n.size > 0 ? (e.n.get(next) ?? 0) : 0) + (e.q.size > 0 ? (e.q.get(quotes) ?? 0) : 0);
      if (e.b.size > 0) z += e.b.get(shape(secondTokenBefore(s, start))) ?? 0;
      if (e.t.size > 0) z += e.t.get(clauseOpener(s, end)) ?? 0;
    }
    return 1 / (1 + Math.exp(-z));
  };
}

/** The most the features after the preceding token (next token, quotation marks, strong cue before, second token before, clause opener) add to a word's logit. */
function afterPrevBound(
  e: WordWeights,
  after: ReadonlyMap<string, number>,
  afterMax: number,
  quoted: ReadonlyMap<string, number>,
  reported: ReadonlyMap<string, number>,
): number {
  let next = afterMax;
  for (const [tok, v] of e.n) next = Math.max(next, v + (after.get(shape(tok)) ?? 0));
  let quotes = Number.NEGATIVE_INFINITY;
  for (const side of QUOTE_SIDES) quotes = Math.max(quotes, (quoted.get(side) ?? 0) + (e.q.get(side) ?? 0));
  let strong = Number.NEGATIVE_INFINITY;
  for (const side of ['0', '1']) strong = Math.max(strong, (reported.get(side) ?? 0) + (e.e.get(side) ?? 0));
  return next + quotes + strong + (e.b.size > 0 ? maxOrZero(e.b) : 0) + (e.t.size > 0 ? maxOrZero(e.t) : 0);
}

/** The largest value of a map, or 0 when larger (a context the map does not list adds nothing). */
const maxOrZero = (m: ReadonlyMap<string, number>): number => Math.max(0, ...m.values());

/**
 * The highest logit the scorer can give `word` (a word the model knows) in
 * any context, or -Infinity for a word it does not know. Features read from
 * the same token are maximised together (the word before gives p=, P= and
 * c=), so the bound is tighter than the sum of each feature's best weight:
 * frequent words such as "was" or "has" then never reach the regex at all.
 */
export function cueLogitBound(model: ReadonlyMap<string, number>, word: string): number {
  const { words, bias, beforeCapital, beforeLower, beforeCapitalMax, beforeLowerMax } = scorerTables(model);
  const e = words.get(word);
  if (!e) return Number.NEGATIVE_INFINITY;
  const prevBound = (cap: boolean): number => {
    const table = cap ? beforeCapital : beforeLower;
    let best = cap ? beforeCapitalMax : beforeLowerMax;
    for (const [prev, v] of e.p) best = Math.max(best, v + (table.get(shape(prev)) ?? 0));
    return best + (cap ? e.capital : e.lower);
  };
  return bias + e.w + Math.max(prevBound(true), prevBound(false)) + e.rest;
}
/**
 * The most the features of any word add to the bias (bias + the best of P=, N=, Q= and E=, each at least 0): with a
 * stem's weight, the highest logit a word the model knows only by its stem can reach.
 */
export function cueContextBound(model: ReadonlyMap<string, number>): number {
  const { bias, after, quoted, reported, beforeCapitalMax, beforeLowerMax } = scorerTables(model);
  // Summed P, N, Q, E and then onto the bias, the order of a bound from feature strings (claims-speed-equivalence.test.ts),
  // so both are the same number to the last bit.
  return bias + (Math.max(beforeCapitalMax, beforeLowerMax) + maxOrZero(after) + maxOrZero(quoted) + maxOrZero(reported));
}

/** The model's stems and their weights (its s= entries). */
export function cueStemWeights(model: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  return scorerTables(model).stems;
}

/** Every value quoteSides returns. */
const QUOTE_SIDES = ['ba', 'b', 'a', '-'] as const;

/**
 * Two apostrophes standing for a double quotation mark (''Yes,'' he said), as
 * some archives write them, turned into one mark and a space: the same length,
 * so offsets hold, and every quotation reads alike.
 */
export function plainQuotes(s: string): string {
  return s.includes("''") ? s.replace(/''/g, '" ') : s;
}

/**
 * Quotation state after s[0, at), starting `open`: curly, guillemet, low-9 and
 * straight double quotes. Pages often close with a second opening mark (“…“),
 * so an opening mark inside a quotation closes it.
 */
export function quoteStateAt(s: string, at: number, open: boolean): boolean {
  return hasQuoteMarks(s) ? quoteStateBetween(s, 0, at, open) : open;
}

/** Every mark quoteStateBetween reads (two apostrophes stand for a double quotation mark). */
const QUOTE_MARK_RE = /["\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019]|''/;

/**
 * Whether `s` has a mark that can change the quotation state: most sentences have none, and their state is the one
 * they start with, found by one native search instead of a loop over every character.
 */
export function hasQuoteMarks(s: string): boolean {
  // The same sentence is asked again and again (the candidate scan, then the tagger's quotation state at its end, and
  // the readings of its cues): the last answer is kept, its string compared first by identity.
  if (s === quoteMarksCache.s) return quoteMarksCache.marks;
  const marks = QUOTE_MARK_RE.test(s);
  quoteMarksCache.s = s;
  quoteMarksCache.marks = marks;
  return marks;
}
const quoteMarksCache = { s: '', marks: false };

/** Quotation state after s[from, to), starting `open` at `from`. */
export function quoteStateBetween(s: string, from: number, to: number, open: boolean): boolean {
  let o = open;
  for (let k = from; k < to; k++) {
    const ch = s.charCodeAt(k);
    if (ch === 0x201c || ch === 0xab || ch === 0x201e || ch === 0x22) o = !o;
    // Single quotes: an opening one opens; a closing one closes unless it is an apostrophe ("don’t").
    else if (ch === 0x2018 && !o) o = true;
    else if (ch === 0x2019 && o && !isWordCode(s.charCodeAt(k + 1))) o = false;
    // Two apostrophes stand for a double quote in some archives (''Yes,'' he said).
    else if (ch === 0x27 && s.charCodeAt(k + 1) === 0x27) {
      o = !o;
      k++;
    } else if (ch === 0x201d || ch === 0xbb) o = false;
  }
  return o;
}
