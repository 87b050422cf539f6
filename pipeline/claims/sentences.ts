/**
 * Sentence splitting for clean article text. Invariant: every sentence's
 * `start`/`end` index the input string, and `text === input.slice(start, end)`.
 *
 * News text breaks naive splitters in known places, handled here:
 * abbreviations and initials (Mr., Gen., U.S., J.), decimals ("4.7"), a
 * sentence that ends inside closing quotes, datelines ("SEOUL (Reuters) -"),
 * and headings (a paragraph without final punctuation is its own sentence).
 */
import { isSpaceCode, MONTH_ABBREVIATIONS } from './text.js';

/** One sentence with its offsets and the index of its paragraph (0-based). */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
  paragraph: number;
}

/** Words that end with a period without ending the sentence (lower case, no dot). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'maj',
  'adm',
  'gov',
  'sen',
  'rep',
  'rev',
  'st',
  'jr',
  'sr',
  'prof',
  'cmdr',
  'brig',
  'pvt',
  'cpl',
  ...MONTH_ABBREVIATIONS,
  'no',
  'nos',
  'vs',
  'approx',
  'est',
  'inc',
  'corp',
  'ltd',
  'co',
  'fig',
  'vol',
  'mt',
  'ft',
  'pres',
]);

/** Abbreviations that only abbreviate before a number ("No. 5", "Nos. 3 and 4"). */
const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nos']);

/**
 * After a dotted acronym ("U.S.") the sentence ends only when one of these
 * words follows: "U.S. troops" goes on, "in the U.S. The next day" breaks.
 */
const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'it',
  'he',
  'she',
  'they',
  'we',
  'but',
  'in',
  'a',
  'an',
  'on',
  'however',
  'meanwhile',
  'its',
  'his',
  'her',
  'their',
]);

const TERMINATORS = '.!?\u2026';
const CLOSERS = '"\'\u201D\u2019)]';
/**
 * "SEOUL (Reuters) -", "KYIV, Ukraine —" or "Washington (AFP) ― " opening a paragraph. A place in mixed case needs
 * its agency in parentheses, a name of letters: "Jane Doe - a teacher - says" and "Sen. Jane Doe (D-Ill.) - the
 * sponsor - said" open with a speaker, not a dateline.
 */
const DATELINE_RE =
  /^(?:[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?(?:\s*\([^)]{1,40}\))?|[A-Z][\w.'\u2019-]*(?:\s+(?:(?:de|da|do|del|dos|la|el|al|of|upon|on)\s+)?[A-Z][\w.'\u2019-]*){0,3}(?:,\s*[A-Z][A-Za-z .]{1,30})?\s*\([A-Z][A-Za-z .&]{0,30}\))\s*(?:[-\u2012\u2013\u2014\u2015]|--)\s+/;

/** Split clean text (paragraphs separated by blank lines) into sentences. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const terminators = new Terminators(text);
  let paragraph = 0;
  for (const block of spans(text, PARAGRAPH_BREAK_RE)) {
    if (text.slice(block.start, block.end).trim() === '') continue;
    // A single newline inside a paragraph is a hard break too: clean text only
    // keeps one where the page had a line of its own (a caption, a heading).
    for (let start = block.start; ; ) {
      const newline = text.indexOf('\n', start);
      const end = newline < 0 || newline > block.end ? block.end : newline;
      splitLine(text, start, end, paragraph, terminators, out);
      if (end === block.end) break;
      start = end + 1;
    }
    paragraph++;
  }
  return out;
}

/**
 * A blank line and the white space after it. The lookahead changes no match:
 * it lets V8 leave a newline that opens no blank line (most of them) after one
 * test, where the regex without it runs twice as long (measured on the bench
 * pages and attribution-dev).
 */
export const PARAGRAPH_BREAK_RE = /\n(?=[ \t]*\n)[ \t]*\n\s*/g;

/** Pieces of text between matches of a separator. */
function spans(text: string, sep: RegExp): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  sep.lastIndex = 0;
  for (let m = sep.exec(text); m !== null; m = sep.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

function splitLine(text: string, from: number, to: number, paragraph: number, terminators: Terminators, out: SentenceSpan[]): void {
  const dateline = DATELINE_RE.exec(text.slice(from, to));
  let start = from + (dateline && dateline.index === 0 ? dateline[0].length : 0);
  for (let i = terminators.first(start, to); i < to; i = terminators.first(i + 1, to)) {
    let j = i + 1;
    while (j < to && TERMINATORS.includes(text[j] ?? '')) j++;
    while (j < to && CLOSERS.includes(text[j] ?? '')) j++;
    // "4.7", "U.S.", "example.com": the terminator is glued to what follows.
    if (j < to && !isSpaceCode(text.charCodeAt(j))) continue;
    if (j < to && !endsSentence(text, i, j, to)) continue;
    // "4. Keep every receipt": the marker of a numbered list's item opens the item, it ends no sentence.
    if (j < to && isListMarker(text, start, i)) continue;
    push(text, start, j, paragraph, out);
    start = j;
    i = j - 1;
  }
  push(text, start, to, paragraph, out);
}

/**
 * The first terminator at or after an offset. The splitter asks for offsets in
 * increasing order, so each terminator's next position is remembered and each
 * is searched for by `indexOf` over the text once in all: a regex search from
 * every offset asked cost more, and so did a loop over the characters
 * (measured). An offset below the last one asked starts the searches again.
 */
export class Terminators {
  // The table starts as a copy of a constant: Array.from over the string's characters cost about 5 µs a text (profiled).
  /** Per character of TERMINATORS: its first position at or after the last offset asked, Infinity for none, -1 not known. */
  private readonly next: number[] = NONE_KNOWN.slice();
  private last = 0;

  constructor(private readonly text: string) {}

  /** Offset of the first terminator in text[from, to), else `to`. */
  first(from: number, to: number): number {
    if (from < this.last) this.next.fill(-1);
    this.last = from;
    let best = to;
    for (let k = 0; k < TERMINATORS.length; k++) {
      let at = this.next[k] as number;
      if (at < from) {
        const found = this.text.indexOf(TERMINATORS[k] as string, from);
        at = found < 0 ? Number.POSITIVE_INFINITY : found;
        this.next[k] = at;
      }
      if (at < best) best = at;
    }
    return best;
  }
}

function endsSentence(text: string, dot: number, after: number, to: number): boolean {
  // Offsets rather than slices of the rest of the line: this runs at every terminator.
  let restStart = after;
  while (restStart < to && isSpaceCode(text.charCodeAt(restStart))) restStart++;
  const next = restStart < to ? text.charCodeAt(restStart) : -1;
  // A lower-case continuation ("...win," he said; "approx. three") never starts a sentence.
  if (!opensSentence(next)) return false;
  if (text.charCodeAt(dot) !== DOT) return true;
  const runStart = trailingRunStart(text, Math.max(0, dot - WORD_BEFORE_DOT_CHARS), dot);
  // The run without its trailing periods, in lower case (`word.replace(/\.+$/, '').toLowerCase()`).
  let bareEnd = dot;
  while (bareEnd > runStart && text.charCodeAt(bareEnd - 1) === DOT) bareEnd--;
  const bare = text.slice(runStart, bareEnd).toLowerCase();
  // "No. 5" abbreviates; "the candidate said no. But" ends a sentence.
  if (ABBREVIATIONS.has(bare) && !(NUMBER_ABBREVIATIONS.has(bare) && !(next >= 48 && next <= 57))) return false;
  const word = text.slice(runStart, dot);
  // A single capital is an initial ("Keith J. Gardner").
  if (word.length === 1 && isCapitalCode(word.charCodeAt(0))) return false;
  // The shortest dotted acronym is "U.S" (three characters before the period).
  if (word.length >= 3 && /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) {
    const nextWord = /^[A-Za-z]+/.exec(text.slice(restStart, to))?.[0]?.toLowerCase() ?? '';
    return SENTENCE_STARTERS.has(nextWord);
  }
  return true;
}

/** Terminators.next before any search: -1 for each character of TERMINATORS. */
const NONE_KNOWN: readonly number[] = Array.from(TERMINATORS, () => -1);

const DOT = 46;
const isCapitalCode = (c: number): boolean => c >= 65 && c <= 90;

/**
 * Whether a character of this code may open a sentence: what `/[A-Z0-9"'\u201C\u2018(]/` accepts, -1 (the line's end)
 * not. By its code: this runs at every terminator, and the regex was tried on a string of one character cut for it.
 */
export function opensSentence(c: number): boolean {
  return isCapitalCode(c) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40;
}

/** Whether text[start, dot] is one to three digits and a period, after blanks: "4.", "12.". */
function isListMarker(text: string, start: number, dot: number): boolean {
  if (text[dot] !== '.') return false;
  let k = start;
  while (k < dot && isSpaceCode(text.charCodeAt(k))) k++;
  const digits = dot - k;
  if (digits < 1 || digits > LIST_MARKER_MAX_DIGITS) return false;
  for (; k < dot; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
const LIST_MARKER_MAX_DIGITS = 3;

/** Characters before a period read for the word it may abbreviate ("approx", "U.S"). */
const WORD_BEFORE_DOT_CHARS = 12;

/**
 * Where the run of ASCII letters and periods that ends at `end` starts, not
 * before `from`: what `/([A-Za-z.]+)$/` finds in text.slice(from, end), read
 * backwards (the regex is tried at every offset, at every terminator).
 */
export function trailingRunStart(text: string, from: number, end: number): number {
  let k = end;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46)) break;
    k--;
  }
  return k;
}

function push(text: string, start: number, end: number, paragraph: number, out: SentenceSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e, paragraph });
}
