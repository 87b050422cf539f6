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

/** Curly quotes → straight ones, one character for one, so offsets survive. */
export function foldQuotes(s: string): string {
  return s.replace(CURLY_DOUBLE, '"').replace(CURLY_SINGLE, "'");
}

/** Fold quotes and collapse whitespace: the comparison form used for quotes. */
export function foldForMatch(s: string): string {
  return foldQuotes(s).replace(/\s+/g, ' ').trim();
}

// Numbers with thousands separators first, so "1,100" stays one token;
// words keep an inner apostrophe ("country's") but split on hyphens.
const TOKEN_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+(?:'[A-Za-z]+)?|\S/g;

/** Split into tokens; run on folded text so apostrophes are straight. */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(TOKEN_RE)) {
    const start = m.index ?? 0;
    out.push({ text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length });
  }
  return out;
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
  return (s.match(/[A-Za-z0-9][\w'-]*/g) ?? []).length;
}

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
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
  for (const m of text.matchAll(CLAUSE_BREAK_RE)) {
    out.push({ start, end: m.index ?? 0 });
    start = (m.index ?? 0) + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}
