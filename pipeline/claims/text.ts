/**
 * Small text helpers shared by the claim-tagging pieces. Every helper keeps
 * character offsets intact: folding replaces one character by one character,
 * so an offset found in the folded text is valid in the original.
 */

/** A word, number or punctuation mark with its offsets in the source string. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const CURLY_DOUBLE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const CURLY_SINGLE = /[\u2018\u2019\u201A\u201B\u2032]/g;

const CURLY_ANY = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2018\u2019\u201A\u201B\u2032]/;

/**
 * Curly quotes → straight ones, one character for one, so offsets survive.
 * The tagger folds each sentence once (tagger.ts) and passes the folded text
 * to its pieces, which take it as it is.
 */
export function foldQuotes(s: string): string {
  // Most sentences have no curly quote: one scan finds out, instead of two replacing ones.
  return CURLY_ANY.test(s) ? s.replace(CURLY_DOUBLE, '"').replace(CURLY_SINGLE, "'") : s;
}

/** Fold quotes and collapse whitespace: the comparison form used for quotes. */
export function foldForMatch(s: string): string {
  return foldQuotes(s).replace(/\s+/g, ' ').trim();
}

/**
 * Every match of a global regex, as `[...s.matchAll(re)]` gives them. The tagger
 * runs dozens of regexes over every sentence, and matchAll clones the regex and
 * builds an iterator each time: an exec loop costs up to half as much on these
 * short strings (measured with the gazetteer's alias regex). Leaves
 * `re.lastIndex` at 0.
 */
export function execAll(re: RegExp, s: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('execAll needs a global regex');
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(m);
    // An empty match does not move lastIndex: step over it as matchAll does.
    if (m[0] === '') re.lastIndex = advance(s, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  return out;
}

function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  const d = s.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/** A number as tokenize reads it: with thousands separators first, so "1,100" stays one token. */
const NUMBER_TOKEN_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;

/**
 * Split into tokens; run on folded text so apostrophes are straight. The tokens of
 * `/NUMBER_TOKEN_RE|[A-Za-z]+(?:'[A-Za-z]+)?|\S/g` (words keep one inner apostrophe, "country's", and split on
 * hyphens), read by character codes: that regex built a match array per token (hand-written for speed, as
 * tokenizeAmounts; measured with it). `lower` is the token itself unless it has a capital. A word is read in this
 * loop, its capitals noted on the way, rather than by a function passed in and a second scan for capitals (measured:
 * the two tokenizers 0.82–0.90× on the sentences of the bench pages with a digit). test/claims-speed21.test.ts checks
 * it against the regex.
 */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    let e: number;
    let lower: boolean;
    if (isAsciiLetterCode(c)) {
      lower = c <= 90;
      e = i + 1;
      for (let d = s.charCodeAt(e); isAsciiLetterCode(d); d = s.charCodeAt(++e)) if (d <= 90) lower = true;
      if (s.charCodeAt(e) === 39 && isAsciiLetterCode(s.charCodeAt(e + 1))) {
        e += 1;
        for (let d = s.charCodeAt(e); isAsciiLetterCode(d); d = s.charCodeAt(++e)) if (d <= 90) lower = true;
      }
    } else {
      e = tokenEnd(s, i, c);
      lower = mayLowerCase(s, i, e);
    }
    const text = s.slice(i, e);
    out.push({ text, lower: lower ? text.toLowerCase() : text, start: i, end: e });
    i = e;
  }
  return out;
}

/**
 * Calls `visit` with the start and end of each run of non-white-space characters of `s` (the words of
 * `s.split(/\s+/)`), in order, until it returns false; returns false when it did. Read by character codes: the
 * name tests run it for every speaker of an article, where a split and a regex per word cost a percent of the stage.
 */
export function everyWord(s: string, visit: (start: number, end: number) => boolean): boolean {
  for (let k = 0; k < s.length; ) {
    if (isSpaceCode(s.charCodeAt(k))) {
      k++;
      continue;
    }
    let end = k + 1;
    while (end < s.length && !isSpaceCode(s.charCodeAt(end))) end++;
    if (!visit(k, end)) return false;
    k = end;
  }
  return true;
}

/** Where tokenize's token starting at s[i] (code c, not white space) ends. */
function tokenEnd(s: string, i: number, c: number): number {
  if (c >= 48 && c <= 57) {
    NUMBER_TOKEN_RE.lastIndex = i;
    NUMBER_TOKEN_RE.test(s);
    return NUMBER_TOKEN_RE.lastIndex;
  }
  if (!isAsciiLetterCode(c)) return i + 1;
  let e = lettersEnd(s, i + 1);
  if (s.charCodeAt(e) === 39 && isAsciiLetterCode(s.charCodeAt(e + 1))) e = lettersEnd(s, e + 2);
  return e;
}

function lettersEnd(s: string, from: number): number {
  let e = from;
  while (isAsciiLetterCode(s.charCodeAt(e))) e++;
  return e;
}

/** Whether s[start, end) may change under toLowerCase: an ASCII capital, or any character beyond ASCII. */
export function mayLowerCase(s: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

/** True for the code units `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** A lower-case letter (\p{Ll}): ASCII by code, any other by the regex. */
export const isLowerCaseCode = (c: number): boolean => (c < 0x80 ? c >= 97 && c <= 122 : LOWER_CASE_RE.test(String.fromCharCode(c)));
const LOWER_CASE_RE = /\p{Ll}/u;

/** The code of the last character before `end` that is not white space (-1 when none). */
export function lastNonSpaceCode(s: string, end: number): number {
  let i = end;
  while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
  return i > 0 ? s.charCodeAt(i - 1) : -1;
}

function isAsciiLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `\w` without the `u` flag: ASCII letters, digits and "_". */
function isWordCode(c: number): boolean {
  return isAsciiLetterCode(c) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * The last word of `s` as `/\s*\b([a-z]+)\s*$/i.exec(s)` finds it: `index` is
 * where the match starts (the spaces before the word), `word` its group 1.
 * Written by hand because V8 tries that regex at every offset of `s`, which
 * made it the costliest regex of attribution (measured); this scans back from
 * the end only. test/claims-speed-equivalence.test.ts checks it against the regex.
 */
export function trailingWord(s: string): { index: number; word: string } | null {
  let end = s.length;
  while (end > 0 && isSpaceCode(s.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isAsciiLetterCode(s.charCodeAt(start - 1))) start--;
  if (start === end || (start > 0 && isWordCode(s.charCodeAt(start - 1)))) return null;
  let index = start;
  while (index > 0 && isSpaceCode(s.charCodeAt(index - 1))) index--;
  return { index, word: s.slice(start, end) };
}

const LOWER_WORD_RE = /[a-z']+/g;
/** Characters from the end lower-cased first by lastWords: enough for a few words. */
const LAST_WORDS_CHARS = 64;

/**
 * The last `n` words of `s` as `(s.toLowerCase().match(/[a-z']+/g) ?? []).slice(-n)`
 * finds them, lower-casing and matching only the end of `s`: a cue often
 * closes a long sentence, and this ran over all of it at every cue (measured).
 * The cut falls after white space, so it splits no word, and lower-casing maps
 * each character on its own (final sigma aside, which gives no [a-z']).
 */
export function lastWords(s: string, n: number): string[] {
  // Read backwards by character codes while they are ASCII (a lower-cased ASCII letter is a-z, any other ASCII
  // character itself), word by word until n are read: no slice, lower case and match array of the end (measured:
  // lastWords 0.46× on the first halves of the bench and dev sentences). A character beyond ASCII on the way may lower-case
  // to a-z (the Kelvin sign, a dotted capital I): the end is then lower-cased and matched as below.
  const out: string[] = [];
  let k = s.length;
  while (out.length < n) {
    while (k > 0) {
      const c = s.charCodeAt(k - 1);
      if (isLowerWordCode(c)) break;
      if (c > 127) return lastWordsLowerCased(s, n);
      k--;
    }
    if (k === 0) break;
    let b = k - 1;
    while (b > 0) {
      const c = s.charCodeAt(b - 1);
      if (!isLowerWordCode(c)) {
        if (c > 127) return lastWordsLowerCased(s, n);
        break;
      }
      b--;
    }
    out.push(s.slice(b, k).toLowerCase());
    k = b;
  }
  return out.reverse();
}

/** ASCII letters and the apostrophe: what lower-cases to a character of LOWER_WORD_RE, among ASCII characters. */
function isLowerWordCode(c: number): boolean {
  return isAsciiLetterCode(c) || c === 39;
}

/** lastWords by lower-casing and matching the end of `s`. */
function lastWordsLowerCased(s: string, n: number): string[] {
  for (let size = LAST_WORDS_CHARS; ; size *= 2) {
    let from = Math.max(0, s.length - size);
    while (from > 0 && !isSpaceCode(s.charCodeAt(from - 1))) from--;
    const words = s.slice(from).toLowerCase().match(LOWER_WORD_RE) ?? [];
    if (words.length >= n || from === 0) return words.slice(-n);
  }
}

/** True when the token is a word (letters), not a number or a mark. */
export function isWord(t: Token | undefined): boolean {
  return t !== undefined && /^[A-Za-z]/.test(t.text);
}

/** True when the token starts with a capital letter. */
export function isCapitalised(t: Token | undefined): boolean {
  return t !== undefined && /^[A-Z]/.test(t.text);
}

/** Number of word or number tokens in s (punctuation does not count). */
export function countWords(s: string): number {
  // The matches of WORD_TOKEN_RE counted by `test`, which builds no array of them nor their strings as `match` did
  // (every match is at least one character long, so lastIndex always moves on).
  WORD_TOKEN_RE.lastIndex = 0;
  let n = 0;
  while (WORD_TOKEN_RE.test(s)) n++;
  return n;
}
const WORD_TOKEN_RE = /[A-Za-z0-9][\w'-]*/g;

/** Month abbreviations as written before a period ("Jan.", "Sept."), lower case. */
export const MONTH_ABBREVIATIONS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  ...MONTH_ABBREVIATIONS,
];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Month names and abbreviations, lower case: a number beside one is a date. */
export const MONTH_NAMES: ReadonlySet<string> = new Set(MONTHS);
/** Capitalised words that look like places but are calendar words. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);

/** Where one sentence holds two reports ("..., while X said ..."): clause breaks. */
const CLAUSE_BREAK_RE = /,\s+(?:while|whereas|although|though|but)\s+|;\s+/g;

/** Clause spans of a sentence, split at CLAUSE_BREAK_RE. */
export function clausesOf(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const m of execAll(CLAUSE_BREAK_RE, text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}
