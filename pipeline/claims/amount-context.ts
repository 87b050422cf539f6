/**
 * What stands around a number and changes its meaning: bound phrases
 * ("at least", "or more"), vague amounts ("dozens", "several hundred"), and
 * the spans that hold digits but no amount (clock times, phone numbers, URLs,
 * dates, ordinals, names such as "Covid-19" or "Route 66"). Data plus masks.
 *
 * Vague-amount convention (documented in docs/claims.md): a plural scale word
 * alone is a range from two of it to just under the next scale ("dozens" =
 * 24..99, "hundreds" = 200..999, "thousands" = 2,000..9,999 ...; "tens of
 * thousands" = 20,000..99,999); "several" = 2..9 and "a few" = 2..5 times the
 * scale word after it; "a handful" = 2..5.
 */
import type { Bound } from '../types.js';
import { table } from './amount-lexicon.js';
import { postcodes } from './amount-addresses.js';
import { clockAndDayRanges } from './amount-clock.js';
import { numbersToRing } from './amount-phones.js';
import type { AToken } from './amount-tokens.js';

/** Bound phrases before a number, longest first when matched. */
const PREFIXES: ReadonlyArray<readonly [string, Bound]> = [
  ['more than or equal to', '>='],
  ['greater than or equal to', '>='],
  ['equal to or more than', '>='],
  ['equal to or greater than', '>='],
  ['no less than', '>='],
  ['higher or equal than', '>='],
  ['bigger or equal than', '>='],
  ['greater or equal than', '>='],
  ['more or equal than', '>='],
  ['larger or equal than', '>='],
  ['at least or equal to', '>='],
  ['lower or equal than', '<='],
  ['smaller or equal than', '<='],
  ['less or equal than', '<='],
  ['fewer or equal than', '<='],
  ['no fewer than', '>='],
  ['at least', '>='],
  ['a minimum of', '>='],
  ['> =', '>='],
  ['≥', '>='],
  ['less than or equal to', '<='],
  ['equal to or less than', '<='],
  ['fewer than or equal to', '<='],
  ['< =', '<='],
  ['≤', '<='],
  ['up to about', '<='],
  ['up to', '<='],
  ['at most', '<='],
  ['no more than', '<='],
  ['as many as', '<='],
  ['as much as', '<='],
  ['a maximum of', '<='],
  ['not more than', '<='],
  ['not less than', '>='],
  ['not fewer than', '>='],
  ['as few as', '>='],
  ['as little as', '>='],
  ['as low as', '>='],
  ['north of', '>'],
  ['upward of', '>'],
  ['south of', '<'],
  ['short of', '<~'],
  ['just short of', '<~'],
  ['shy of', '<~'],
  ['in the region of', '~'],
  ['in the order of', '~'],
  ['on the order of', '~'],
  ['more than', '>'],
  ['greater than', '>'],
  ['larger than', '>'],
  ['bigger than', '>'],
  ['higher than', '>'],
  ['well over', '>'],
  ['just over', '>'],
  ['over', '>'],
  ['upwards of', '>'],
  ['in excess of', '>'],
  ['above', '>'],
  ['exceeding', '>'],
  ['exceed', '>'],
  ['exceeds', '>'],
  ['exceeded', '>'],
  ['surpass', '>'],
  ['surpasses', '>'],
  ['surpassed', '>'],
  ['topped', '>'],
  ['tops', '>'],
  // Headline "passes" only: "passed 3 laws" counts what was passed.
  ['passes', '>'],
  ['>', '>'],
  ['fewer than', '<'],
  ['less than', '<'],
  ['lower than', '<'],
  ['smaller than', '<'],
  ['under', '<'],
  ['below', '<'],
  ['<', '<'],
  ['nearly', '<~'],
  ['almost', '<~'],
  ['close to', '<~'],
  ['just under', '<~'],
  ['just shy of', '<~'],
  ['around', '~'],
  ['approximately', '~'],
  ['approx .', '~'],
  ['approx', '~'],
  ['about', '~'],
  ['roughly', '~'],
  ['some', '~'],
  ['an estimated', '~'],
  ['estimated', '~'],
  ['circa', '~'],
  ['an approximate', '~'],
  ['somewhere around', '~'],
  // "a margin of error of plus or minus 4 points": the tolerance itself.
  ['plus or minus', '='],
  ['+ / -', '='],
  // "a margin of error of ±3 points": the sign as the words are written.
  ['\u00B1', '='],
  ['equal to', '='],
  ['equaling to', '='],
  ['exactly', '='],
];

/** Bound phrases after a number. */
const SUFFIXES: ReadonlyArray<readonly [string, Bound]> = [
  ['or more', '>='],
  ['or above', '>='],
  ['or greater', '>='],
  ['or higher', '>='],
  ['or over', '>='],
  ['and above', '>='],
  ['and over', '>='],
  ['and more', '>='],
  ['and up', '>='],
  ['or greater than', '>='],
  ['or more than', '>='],
  ['or less than', '<='],
  ['or fewer than', '<='],
  ['or less', '<='],
  ['or fewer', '<='],
  ['or below', '<='],
  ['or under', '<='],
  ['or so', '~'],
  ['+', '>'],
  ['plus', '>'],
  ['- plus', '>'],
];

export interface Phrase {
  words: string[];
  bound: Bound;
}

const phrases = (list: ReadonlyArray<readonly [string, Bound]>): Phrase[] =>
  list.map(([p, bound]) => ({ words: p.split(' '), bound })).sort((a, b) => b.words.length - a.words.length);

export const BOUND_BEFORE: readonly Phrase[] = phrases(PREFIXES);
export const BOUND_AFTER: readonly Phrase[] = phrases(SUFFIXES);
/** "more than 5000 or equal to": a strict bound widened by a trailing "or equal to". */
export const OR_EQUAL = ['or', 'equal', 'to'];

/** Plural scale words alone: [low, high] (see the convention above). */
export const VAGUE_PLURALS: Readonly<Record<string, readonly [number, number]>> = table({
  dozens: [24, 99],
  scores: [40, 99],
  hundreds: [200, 999],
  thousands: [2_000, 9_999],
  millions: [2e6, 999_999_999],
  billions: [2e9, 999e9],
});
/** "several hundred", "a few thousand": multiples of the scale word after them. */
export const VAGUE_MULTIPLES: Readonly<Record<string, readonly [number, number]>> = table({
  several: [2, 9],
  few: [2, 5],
  'a few': [2, 5],
  'a couple of': [2, 3],
  'tens of': [20, 99],
  'hundreds of': [200, 999],
});
/** "a handful of": 2..5. */
export const HANDFUL: readonly [number, number] = [2, 5];

/** Words before a number that make it part of a name ("Route 66", "page 3"). */
export const NAME_BEFORE: ReadonlySet<string> = new Set(
  'no number article resolution route unit division brigade regiment corps flight room chapter section page highway interstate exit junction junctions terminal ward pier precinct incident extension ext gate platform version model type class phase level grade stage covid vol episode season tier category bill act paragraph clause item figure table photo image slide apollo voyager'.split(
    ' ',
  ),
);

/**
 * Clock times, phone numbers ("+44 20 7946 0000", "0800 123 4567", "1-800-555-0199", "03-1234-5678", "06 12 34 56 78",
 * "07700 900123": a leading zero and two groups or more, or a trunk code and six digits), URLs, e-mail, ISO dates, "1995-01", "2013-14", IP and version strings,
 * and month/day pairs ("9/11") unless the second number is a usual denominator ("3/4", "1/10"). Neighbouring forms that
 * open with a word boundary share one, written before their group: the same matches in the same order of preference,
 * and V8 runs the regex about a third faster (measured on the sentences of the bench pages and attribution-dev).
 */
export const MASK_RE =
  /\b(?:\d{1,2}(?::\d{2}){1,2}\s*(?:[ap]\.?m\.?)?|\d{1,2}(?:\.\d{2})?\s*[ap]\.?m\b\.?|\d{1,2}\s*o'clock)|(?:\+?\b1[-. ])?\+?\(?\b\d{3}\)?[ -.]\d{3}[-.]\d{4}\b|\+\d{1,3}[ -]\d{2,4}[ -]\d{3,4}[ -]?\d{0,4}|\b0\d{1,4}(?:[ -]\d{2,4}){2,4}\b|\b0\d{3,4}[ -]\d{6}\b|https?:\/\/\S+|www\.\S+|\S+@\S+\.\w+|\b(?:\d{4}-\d{2}(?:-\d{2})?\b|(?:1[89]|20)\d{2}[-\u2013/]\d{2}\b(?!\d)|\d{1,2}\/\d{1,2}\/\d{2,4}\b|(?:0?[1-9]|1[0-2])\/(?!(?:2|3|4|5|6|8|10|12|16)\b)(?:0?[1-9]|[12]\d|3[01])\b(?![/\d])|\d+(?:\.\d+){2,}\b)/gi;

/**
 * MASK_RE without its e-mail form, which is tried at every character and costs
 * two thirds of the regex: a sentence without "@" gets the same ranges from it.
 */
export const MASK_NO_EMAIL_RE = new RegExp(MASK_RE.source.replace('|\\S+@\\S+\\.\\w+', ''), MASK_RE.flags);

/** Character ranges of a sentence where no amount may start. */
export function maskedRanges(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // Every form but a URL or an e-mail address holds a digit: a sentence of number words has no mask to look for.
  if (!ASCII_DIGIT_RE.test(s) && !s.includes('@') && !s.includes('://') && !WWW_RE.test(s)) return out;
  const re = s.includes('@') ? MASK_RE : MASK_NO_EMAIL_RE;
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) out.push([m.index, m.index + m[0].length]);
  SCORE_RE.lastIndex = 0;
  for (let m = SCORE_RE.exec(s); m !== null; m = SCORE_RE.exec(s)) {
    const before = s.slice(Math.max(0, m.index - SCORE_WINDOW_CHARS), m.index);
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + SCORE_WINDOW_CHARS);
    if (isMeasuredPair(m[0], after)) continue;
    // A colon pair is a score only beside a result word: alone, "3:1" is a ratio.
    const dashed = m[1] !== ':';
    if (SCORE_BEFORE_RE.test(before) || SCORE_AFTER_RE.test(after) || (dashed && isTally(m[0]) && !/[-\u2212]/.test(s[m.index - 1] ?? '')))
      out.push([m.index, m.index + m[0].length]);
  }
  if (s.includes('at ')) {
    TIED_AT_RE.lastIndex = 0;
    for (let m = TIED_AT_RE.exec(s); m !== null; m = TIED_AT_RE.exec(s)) out.push([m.index + m[0].length - (m[1] as string).length, m.index + m[0].length]);
  }
  numbersToRing(s, out);
  postcodes(s, out);
  clockAndDayRanges(s, out);
  if (s.includes('/')) {
    READING_RE.lastIndex = 0;
    for (let m = READING_RE.exec(s); m !== null; m = READING_RE.exec(s)) {
      // "a 50/50 chance": a number over itself (but one) is an even split, no share of 1.
      if (Number(m[1]) > Number(m[2]) || (m[1] === m[2] && m[1] !== '1')) out.push([m.index, m.index + m[0].length]);
    }
  }
  return out;
}

const ASCII_DIGIT_RE = /[0-9]/;

/** MASK_RE's "www." form, in any case (MASK_RE is case-insensitive). */
const WWW_RE = /www\./i;

/** "140/90" (blood pressure), "24/7": digits over fewer is a reading or a phrase, never a share; "50/50" an even split. */
const READING_RE = /\b(\d{1,3})\/(\d{1,3})\b(?![/\d])/g;

/**
 * Sports scores ("beat Chelsea 3-1", "a 2-2 draw", "won 6-4, 6-3", "won 2:1"): two small
 * numbers joined by a dash or a colon, with a result word before or after. Without one,
 * "1-3" stays a possible range (see isTally for pairs that run down, and
 * "555-0123").
 */
const SCORE_RE = /\b\d{1,3}\s?([-\u2013:])\s?(?:\d{1,3}|0\d{3})\b(?![-\u2013.,:]?\d)/g;
const SCORE_WINDOW_CHARS = 40;
/**
 * "voted 51-49", "a 6-3 ruling", "a 50-50 chance", "555-0123": a dashed pair
 * whose second number is not above the first, or opens with a zero, is a
 * tally, a score or a phone number; a range runs upwards ("252-287").
 */
function isTally(pair: string): boolean {
  const [a = '', b = ''] = pair.split(/\s?[-\u2013]\s?/);
  return (b.length > 1 && b.startsWith('0')) || Number(b) <= Number(a);
}
/**
 * "lost 20-30% of its value", "lost 10-20 million dollars", "won 20-25 games a season": a unit or a scale after
 * the pair, or a counted plural after a pair that runs upwards, makes a range, whatever result word stands before.
 */
function isMeasuredPair(pair: string, after: string): boolean {
  if (PAIR_UNIT_AFTER_RE.test(after)) return true;
  const plural = PLURAL_AFTER_RE.exec(after)?.[1];
  return plural !== undefined && !NOT_PLURAL_NOUNS.has(plural.toLowerCase()) && !isTally(pair);
}
const PAIR_UNIT_AFTER_RE = /^\s?(?:%|per ?cent\b|percent\b|pc\b|(?:thousand|million|billion|trillion|bn|mn|m|k)\b)/i;
const PLURAL_AFTER_RE = /^\s([a-z]{3,}s)\b/;
const NOT_PLURAL_NOUNS: ReadonlySet<string> = new Set(['was', 'has', 'this', 'its', 'his', 'plus', 'across', 'minus', 'versus', 'thus', 'less', 'unless']);
/**
 * "tied the game at 17", "knotted at 1": the score of a tie, one number for both sides. Not "level at": an index or
 * a rate is "level at 7500" too.
 */
const TIED_AT_RE =
  /\b(?:tied|tie|ties|tying|knotted|deadlocked)(?:\s+(?:the\s+)?(?:game|score|match|contest|series|it|things))?\s+at\s+(\d{1,3})\b(?![-\u2013.,]?\d|\s*(?:%|percent|per cent|points?\b))/g;
const SCORE_BEFORE_RE =
  /\b(?:beat|beats|beating|won|win|wins|winning|lost|lose|loses|losing|drew|draw|draws|defeated|defeats|defeating|edged|thrashed|routed|trailed|trailing|trail|led|leading|leads|scoreline|score|scored|victory|defeat|sets?)\b[^.;]*$/i;
const SCORE_AFTER_RE =
  /^\s*(?:\(|,)?\s*(?:win|wins|victory|defeat|loss|draw|lead|home win|away win|scoreline|aggregate|in (?:the )?(?:final|semi|quarter|first|second|third|fourth|fifth))\b/i;

/** Month names and abbreviations: a number beside one is a day or a year of a date. */
export const MONTHS: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

/** Ordinal suffixes glued to digits ("4th", "21st"): positions, not amounts. */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Words after a number of years that make it an age ("29 years old", "6 weeks of age"). */
export const AGE_AFTER: readonly string[][] = [['old'], ['-', 'old'], ['of', 'age'], ['yo']];
/** Words before a number that make it an age ("aged 45", "age 87"). */
export const AGE_BEFORE: ReadonlySet<string> = new Set(['aged', 'age', 'ages']);

/** Years as written alone: four digits in this span with no unit. */
export const YEAR_MIN = 1800;
export const YEAR_MAX = 2100;

const word = (tokens: readonly AToken[], i: number): string => tokens[i]?.lower ?? '';

/**
 * Whether the "k" glued to a number at tokens[k] is a race distance in
 * kilometres: a running word follows ("a 10k race", "5K run", "the 10K
 * record"), or an article or a running verb comes before and no counted noun
 * follows ("ran the 10K in 31 minutes", "a charity 5k.", "the Great North 10K
 * this year"). "10k workers",
 * "50K likes" and "raised 10k" stay thousands.
 */
export function isRaceDistance(tokens: readonly AToken[], k: number): boolean {
  const after = word(tokens, k + 1);
  if (RACE_AFTER.has(after)) return true;
  // "the Great North 10K", "the Bupa 10k": a race's name before the distance.
  const named = /^[A-Z][a-z]/.test(tokens[k - 2]?.text ?? '') && k - 2 > 0;
  if (!RACE_BEFORE.has(word(tokens, k - 2)) && !named) return false;
  const next = tokens[k + 1];
  return next === undefined || !/^[a-z]/.test(next.text) || CLAUSE_WORDS_AFTER_RACE.has(after);
}
const RACE_AFTER: ReadonlySet<string> = new Set(
  'race races run runs runner runners running walk walks swim row fun parkrun event course route trail loop record records title champion championship final heat time times personal pb split winner'.split(
    ' ',
  ),
);
const RACE_BEFORE: ReadonlySet<string> = new Set('the a an charity virtual ran run runs running won win wins finished completed'.split(' '));
/** Words that may follow a race distance: prepositions and conjunctions, not a counted noun. */
const CLAUSE_WORDS_AFTER_RACE: ReadonlySet<string> = new Set('in at on for with and or but last this next was is raised'.split(' '));
