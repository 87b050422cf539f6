/**
 * Text features shared by the three levels: word tokens (behind the exact hash
 * and the signatures), the lede, figures (numbers) and named entities
 * (capitalised sequences). Pure string work, no state.
 */
import { LEDE_WORDS, MIN_ANCHOR_FIGURE } from './constants.js';
import { entityTokenBounds, wordTokens } from './scan.js';
import { STOPWORDS } from './stopwords.js';

const NUMBER_WORDS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

// biome-ignore lint/suspicious/noControlCharactersInRegex: the range names all of ASCII, control characters included
const NON_ASCII_RE = /[^\x00-\x7f]/;

/** True when every code unit is ASCII: NFKC and lower-casing are then plain ASCII work. */
export function isAscii(text: string): boolean {
  return !NON_ASCII_RE.test(text);
}

/** NFKC folds compatibility forms (ligatures, full-width digits); ASCII text has none, and skipping it saves a third of tokenising. */
export function nfkc(text: string): string {
  return NON_ASCII_RE.test(text) ? text.normalize('NFKC') : text;
}

/** Lower-case word tokens of a text, numbers without separators ("1,100" → "1100"). */
export function tokenize(text: string): string[] {
  return wordTokens(nfkc(text).toLowerCase());
}

const NON_SPACE_RE = /\S+/g;

/** Where the first LEDE_WORDS whitespace-separated words of a text end (the text's length when it has fewer). */
export function ledeEnd(text: string): number {
  NON_SPACE_RE.lastIndex = 0;
  let end = 0;
  let words = 0;
  for (let m = NON_SPACE_RE.exec(text); m !== null && words < LEDE_WORDS; m = NON_SPACE_RE.exec(text), words++) end = m.index + m[0].length;
  return words < LEDE_WORDS ? text.length : end;
}

/** The first LEDE_WORDS whitespace-separated words of a text, joined by one space: where a report states its news (stops early: bodies are long). */
export function ledeOf(text: string): string {
  const words: string[] = [];
  NON_SPACE_RE.lastIndex = 0;
  for (let m = NON_SPACE_RE.exec(text); m !== null && words.length < LEDE_WORDS; m = NON_SPACE_RE.exec(text)) words.push(m[0]);
  return words.join(' ');
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const COMMA = 44;
const PERIOD = 46;
/** A scale word after a number ("2 million"), matched where the number ends. */
const SCALE_RE = /\s+(thousand|million|billion|trillion)/iy;
/** Digit runs up to this long are read as they are scanned (every such integer is exact in a double). */
const MAX_EXACT_DIGITS = 15;

/**
 * Figures of a text: numbers ≥ MIN_ANCHOR_FIGURE, "2 million" scaled, years
 * (1900–2100 written without separators) left out, sorted and unique. Numbers
 * are `\d+(,\d{3})*(\.\d+)?`, scanned by hand: a regex match per digit run was
 * a fifth of the cost of an article's features.
 */
export function figures(text: string): number[] {
  const found = new Set<number>();
  const s = nfkc(text);
  const n = s.length;
  for (let i = 0; i < n; ) {
    if (!isDigit(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    // The value of a plain digit run, read as it is scanned: most numbers are one, and
    // a string and Number() for each was most of this function's cost.
    let digits = 0;
    for (let d = s.charCodeAt(i); i < n && isDigit(d); d = s.charCodeAt(++i)) digits = digits * 10 + (d - 48);
    let comma = false;
    while (s.charCodeAt(i) === COMMA && isDigit(s.charCodeAt(i + 1)) && isDigit(s.charCodeAt(i + 2)) && isDigit(s.charCodeAt(i + 3))) {
      i += 4;
      comma = true;
    }
    let point = false;
    if (s.charCodeAt(i) === PERIOD && isDigit(s.charCodeAt(i + 1))) {
      point = true;
      i += 2;
      while (i < n && isDigit(s.charCodeAt(i))) i++;
    }
    const rawEnd = i;
    let scale: number | undefined;
    const next = s.charCodeAt(i);
    if (next <= 32 || next >= 128) {
      SCALE_RE.lastIndex = i;
      const m = SCALE_RE.exec(s);
      if (m !== null) {
        scale = NUMBER_WORDS[(m[1] ?? '').toLowerCase()];
        i = SCALE_RE.lastIndex;
      }
    }
    // A lone digit is below MIN_ANCHOR_FIGURE: skip it without building a string.
    if (MIN_ANCHOR_FIGURE > 9 && scale === undefined && rawEnd - start === 1 && !comma && !point) continue;
    // Exact as an integer up to 15 digits; longer runs go through Number like the rest.
    const plain = !comma && !point && rawEnd - start <= MAX_EXACT_DIGITS;
    const raw = plain ? '' : s.slice(start, rawEnd);
    let value = plain ? digits : Number(comma ? raw.replaceAll(',', '') : raw);
    const isYear = !comma && !point && rawEnd - start === 4 && value >= 1900 && value <= 2100;
    if (!Number.isFinite(value) || isYear) continue;
    if (scale !== undefined) value *= scale;
    if (value >= MIN_ANCHOR_FIGURE) found.add(value);
  }
  return [...found].sort((a, b) => a - b);
}

/** Two figures are the same reported figure when within `tolerance` of each other. */
export function figuresMatch(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(a, b);
}

/** How many figures of `a` have a matching figure in `b`. */
export function sharedFigures(a: readonly number[], b: readonly number[], tolerance: number): number {
  let n = 0;
  for (const x of a) if (b.some((y) => figuresMatch(x, y, tolerance))) n++;
  return n;
}

const LETTER_OR_NUMBER_RE = /[\p{L}\p{N}]/u;
const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const CAPITALISED_RE = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u;
/**
 * Token bounds of entityCounts (two entries a code unit, grown to the longest
 * text). entityCounts runs synchronously and returns nothing that points into
 * it, so one buffer serves every call on a thread instead of one per article.
 */
const BOUNDS_SCRATCH = { bounds: new Int32Array(8192) };
const ENTITY_CONNECTORS = new Set(['of', 'de', 'al', 'bin', 'van', 'von', 'du', 'la']);

/**
 * Named entities: maximal runs of capitalised words (connectors such as "of"
 * allowed inside), lower-cased, possessive stripped. A single capitalised word at
 * a sentence start counts only when the text also capitalises it elsewhere
 * ("Experts say" is not a name; "Seoul said" is when Seoul recurs).
 */
export function entities(text: string): Set<string> {
  return new Set(entityCounts(text).keys());
}

/**
 * `entities`, each with how many times the text names it: a report names its
 * place and its people again and again, a page's furniture once. A single word
 * that only opens sentences ("Lodi police said ...") also counts when `alsoNames`
 * holds it (the headline capitalises it: "Girl shot in Lodi"). `plain`, when
 * given, receives the names `entities` gives (those admitted without `alsoNames`).
 */
export function entityCounts(text: string, alsoNames?: ReadonlySet<string>, plain?: Set<string>): Map<string, number> {
  const runs: { name: string; words: number; atStart: boolean }[] = [];
  const midSentence = new Set<string>();
  let run: string[] = [];
  let runAtStart = false;
  let sentenceStart = true;
  const flush = (): void => {
    while (run.length > 0 && ENTITY_CONNECTORS.has(run[run.length - 1] ?? '')) run.pop();
    if (run.length > 0) runs.push({ name: run.join(' '), words: run.length, atStart: runAtStart });
    run = [];
  };
  const s = nfkc(text);
  if (BOUNDS_SCRATCH.bounds.length < s.length * 2) BOUNDS_SCRATCH.bounds = new Int32Array(s.length * 2);
  const bounds = BOUNDS_SCRATCH.bounds;
  const tokens = entityTokenBounds(s, bounds);
  for (let t = 0; t < tokens; t++) {
    const start = bounds[t * 2] as number;
    const end = bounds[t * 2 + 1] as number;
    const c0 = s.charCodeAt(start);
    // Fast path: a word starting with a lower-case ASCII letter or a digit is no
    // name; it only ends a run (or continues one as a connector) and may end a
    // sentence. Outside a run it is not even read.
    if ((c0 >= 97 && c0 <= 122) || (c0 >= 48 && c0 <= 57)) {
      const last = s.charCodeAt(end - 1);
      const endsSentence = last === 46 || last === 33 || last === 63;
      if (run.length > 0) {
        const bare = s
          .slice(start, end)
          .replace(/[.!?]+$/, '')
          .replace(/['’]s?$/, '');
        if (ENTITY_CONNECTORS.has(bare)) run.push(bare);
        else flush();
      }
      sentenceStart = endsSentence;
      continue;
    }
    const raw = s.slice(start, end);
    if (raw.length === 1 && !isAsciiAlnum(c0) && (c0 < 128 || !LETTER_OR_NUMBER_RE.test(raw))) {
      flush();
      if ('.!?:;\n'.includes(raw)) sentenceStart = true;
      continue;
    }
    const endsSentence = /[.!?]$/.test(raw) && !/^(?:[\p{Lu}]\.)+$/u.test(raw);
    const word = raw.replace(/[.!?]+$/, '');
    const possessive = /['’]s$/.test(word);
    const bare = word.replace(/['’]s?$/, '');
    const lower = bare.toLowerCase();
    if (bare !== '' && CAPITALISED_RE.test(bare)) {
      // "The", "On", "This" open sentences; an acronym such as "US" is kept.
      const acronym = bare.length > 1 && bare === bare.toUpperCase();
      if (run.length === 0 && STOPWORDS.has(lower) && !acronym) {
        sentenceStart = endsSentence;
        continue;
      }
      if (run.length === 0) runAtStart = sentenceStart;
      if (!sentenceStart) midSentence.add(lower);
      run.push(lower);
      if (possessive || endsSentence) flush();
    } else if (run.length > 0 && ENTITY_CONNECTORS.has(bare)) {
      run.push(bare);
    } else {
      flush();
    }
    sentenceStart = endsSentence;
  }
  flush();
  const out = new Map<string, number>();
  for (const r of runs) {
    if (r.words === 1 && r.name.length < 2) continue;
    if (r.words === 1 && r.atStart && !midSentence.has(r.name)) {
      if (alsoNames?.has(r.name) !== true) continue;
    } else plain?.add(r.name);
    out.set(r.name, (out.get(r.name) ?? 0) + 1);
  }
  return out;
}

const CAPITALISED_WORD_RE = /[\p{Lu}][\p{L}\p{M}]*/gu;

/** The capitalised words of a text, lower-cased. */
export function capitalisedWords(text: string): Set<string> {
  return new Set(Array.from(nfkc(text).matchAll(CAPITALISED_WORD_RE), (m) => m[0].toLowerCase()));
}

/** Content words of tokens for story vectors: no stopwords, no bare numbers, no one- or two-letter words. */
export function contentWords(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.length < 3 || STOPWORDS.has(t)) continue;
    const c = t.charCodeAt(0);
    if (c >= 48 && c <= 57) continue;
    out.push(stem(t));
  }
  return out;
}

/**
 * `contentWords(tokenize(text))` of an all-ASCII text, counted into `counts` in
 * order (each `ledeCount` times when the token starts before `ledeEnd`, else
 * once), without the lower-cased copy of the text and a string per token: in
 * ASCII the word tokens that can be content words are the maximal runs of
 * letters (number tokens start with a digit, and letters never join them), so
 * a run shorter than three letters is passed over unread. Measured on the
 * synthetic bench stream, tokenising the body into strings first was a third
 * of an article's features.
 */
export function countAsciiContentWords(text: string, ledeEnd: number, ledeCount: number, counts: Map<string, number>): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    // (c | 32) folds capitals onto small letters; everything else lands outside a-z.
    if (((c | 32) - 97) >>> 0 >= 26) {
      i++;
      continue;
    }
    const start = i;
    let capital = false;
    do {
      if (c <= 90) capital = true;
      c = ++i < n ? text.charCodeAt(i) : 0;
    } while (((c | 32) - 97) >>> 0 < 26);
    if (i - start < 3) continue;
    const word = capital ? text.slice(start, i).toLowerCase() : text.slice(start, i);
    if (STOPWORDS.has(word)) continue;
    const term = stem(word);
    counts.set(term, (counts.get(term) ?? 0) + (start < ledeEnd ? ledeCount : 1));
  }
}

/** A light plural/possessive stemmer: enough to meet "soldier" and "soldiers". */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}
