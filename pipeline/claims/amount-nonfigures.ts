/**
 * Numbers that are no amount: dates and datelines, ordinals, numbers inside
 * names ("Boeing 737", "the FTSE 100", "the Big Three"), addresses, tallies
 * written "2-to-1", ids and handles, decades and short years, list markers,
 * hyphenated adjectives ("a two-time champion") and "one" as a pronoun.
 * amounts.ts asks isNotAmount before it reads a unit; everything here looks
 * only at the tokens around the number.
 */
import type { Core } from './amount-core.js';
import { isAddressNumber } from './amount-addresses.js';
import { isDeterminerZero, isPronounNumber } from './amount-pronouns.js';
import { isColonName, isLineNumber, isModelNumber, isNameNumber, isPlaceNumber, isTitleCase, SENTENCE_ENDS } from './amount-names.js';
import { MONTHS, NAME_BEFORE, ORDINAL_SUFFIXES, type Phrase } from './amount-context.js';
import { isColonBetween, RANGE_DASHES } from './amount-core.js';
import { type AToken, glued, isDigitToken, type ReadNumber } from './amount-tokens.js';
import { SCALE_WORDS } from './amount-lexicon.js';
import { readUnit } from './amount-units.js';
import { POINT_CHANGE_NOUNS } from './amount-around.js';
import { NUMBER_OPENERS } from './amount-words.js';

const word = (tokens: readonly AToken[], i: number): string => tokens[i]?.lower ?? '';

/** Digits that are a date, an ordinal, part of a name or an address, or the pronoun "one". */
export function isNotAmount(tokens: readonly AToken[], core: Core, _before: Phrase | null | undefined): boolean {
  const n = core.number as ReadNumber;
  const first = tokens[core.first + (core.currency ? 0 : 0)] as AToken;
  if (inDigitChain(tokens, core.first)) return true;
  // "I7-860": a hyphen glued to what precedes it is no minus sign.
  if ((first.text === '-' || first.text === '\u2212') && glued(tokens[core.first - 1], first) && /^\w/.test(tokens[core.first - 1]?.text ?? '')) return true;
  // "J/m^2", "fb−1": an exponent of a unit.
  const before = tokens[core.first - 1];
  if (before?.text === '^' && glued(before, first)) return true;
  // "06F6", "scp173m": digits inside a code.
  const after = tokens[n.next];
  if (
    after &&
    glued(tokens[n.next - 1], after) &&
    /^[A-Za-z]+$/.test(after.text) &&
    glued(after, tokens[n.next + 1]) &&
    /^\d/.test(tokens[n.next + 1]?.text ?? '') &&
    !((readUnit(tokens, n.next, n, null)?.next ?? 0) > n.next + 1)
  )
    return true;
  const prev = tokens[core.first - 1];
  const next = tokens[n.next];
  // "a two-time champion", "a one-off payment", "a one-two finish", "a five-star hotel", a golfer's "3-under", "14 of 30
  // 3-pointers": an adjective or a compound, no amount.
  if (next?.text === '-' && glued(tokens[n.next - 1], next) && HYPHEN_ADJECTIVES.has(word(tokens, n.next + 1)) && glued(next, tokens[n.next + 1])) return true;
  // "a half-marathon", "the quarter-finals", "his half-brother": "half" or "quarter" heading a compound noun ("a
  // quarter-point" of a rate is a figure).
  if (
    !n.digits &&
    (word(tokens, n.next - 1) === 'half' || word(tokens, n.next - 1) === 'quarter') &&
    next?.text === '-' &&
    glued(tokens[n.next - 1], next) &&
    /^[a-z]{3,}$/.test(tokens[n.next + 1]?.text ?? '') &&
    glued(next, tokens[n.next + 1]) &&
    SCALE_WORDS[word(tokens, n.next + 1)] === undefined &&
    word(tokens, n.next + 1) !== 'point' &&
    readUnit(tokens, n.next, n, null) === null
  )
    return true;
  if (
    !n.digits &&
    prev?.text === '-' &&
    glued(prev, first) &&
    /^[A-Z]/.test(first.text) &&
    isDigitToken(tokens[core.first - 2]) &&
    glued(tokens[core.first - 2], prev)
  )
    return true;
  // "a 3-point shooter", "three-point attempts", "a 10-point plan": a few points joined by a hyphen to a noun other than
  // one of change or lead name a thing ("a 6-point drop" is an amount, "a 1,000-point scorer" a tally).
  if (
    next?.text === '-' &&
    n.value <= MAX_NAMING_POINTS &&
    word(tokens, n.next + 1) === 'point' &&
    glued(tokens[n.next - 1], next) &&
    /^[a-z]+$/.test(tokens[n.next + 2]?.text ?? '')
  ) {
    if (!POINT_CHANGE_NOUNS.has(word(tokens, n.next + 2))) return true;
  }
  // "a 1-in-100-year flood": a ratio joined by hyphens to a noun is an adjective ("a one-in-four chance" is a share).
  if (next?.text === '-' && word(tokens, n.next + 1) === 'in' && tokens[n.next + 2]?.text === '-' && tokens[n.next + 4]?.text === '-') {
    if (glued(tokens[n.next + 4], tokens[n.next + 5]) && /^[a-z]+$/.test(tokens[n.next + 5]?.text ?? '')) return true;
  }
  // "finished in the top four", "the bottom three": a band of a ranking, no amount ("the top 1% of earners" is a share).
  if ((prev?.lower === 'top' || prev?.lower === 'bottom') && readUnit(tokens, n.next, n, core.currency) === null && core.currency === null) return true;
  // "a 2-bed flat", "a four-bedroom house": a home's bedrooms name its kind.
  if (next?.text === '-' && BEDROOM_WORDS.has(word(tokens, n.next + 1)) && DWELLINGS.has(word(tokens, n.next + 2))) return true;
  // "its 10 millionth visitor", "the two billionth dose": a scale's ordinal before a noun numbers one of a series ("a
  // millionth of a second" is a fraction).
  if (next !== undefined && ORDINAL_SCALES.has(next.lower) && /^[a-z]+$/.test(tokens[n.next + 1]?.text ?? '') && word(tokens, n.next + 1) !== 'of') return true;
  if (!n.digits) {
    // "number one", "No. one"
    if (prev?.lower === 'number' && core.currency === null) return true;
    // "56 seconds left in the half": "the half" closing a phrase is a period of play; "the half of voters" is a share.
    if (first.lower === 'half' && prev?.lower === 'the' && n.next === core.first + 1 && (next === undefined || PERIOD_AFTER.has(next.lower))) return true;
    // "one-on-one", "all-in-one": the end of a hyphenated compound.
    const before = tokens[core.first - 2];
    if (prev?.text === '-' && glued(prev, first) && /^[A-Za-z]/.test(before?.text ?? '') && glued(before, prev) && !NUMBER_OPENERS.has(before?.lower ?? ''))
      return true;
    // "the Big Three", "the Group of Seven": a capitalised number word inside a name.
    if (/^[A-Z]/.test(first.text) && n.next === core.first + 1 && isInName(tokens, core.first)) return true;
    if (SERIES_NUMBER_WORD_RE.test(first.text) && isSeriesWord(prev)) return true;
    // "that one mile": a unit after it makes "one" a number.
    if (first.lower === 'one' && n.next === core.first + 1) return isPronounOne(tokens, core.first) && readUnit(tokens, n.next, n, null) === null;
    // "The two matched", "the two of them": a number word standing for what was named before.
    if (n.next === core.first + 1 && prev?.lower === 'the') return isPronounNumber(tokens, core.first);
    // "zero point in arguing", "zero chance": "zero" as "no" before a singular noun ("zero degrees" is a unit's).
    if (n.next === core.first + 1 && first.lower === 'zero') return isDeterminerZero(tokens, core.first) && readUnit(tokens, n.next, n, null) === null;
    return false;
  }
  if (glued(prev, first) && prev !== undefined && /^[A-Za-z]/.test(prev.text) && core.currency === null) return true;
  // "BA.2.86", "XBB.1.5": a decimal glued to the digits before it continues a dotted code.
  if (first.text.charCodeAt(0) === DOT_CODE && glued(prev, first) && isDigitToken(prev)) return true;
  // "7-Eleven", "3-Sat": digits joined by a hyphen to a capitalised word that is no unit make a name.
  if (
    next?.text === '-' &&
    glued(tokens[n.next - 1], next) &&
    /^[A-Z][a-z]/.test(tokens[n.next + 1]?.text ?? '') &&
    glued(next, tokens[n.next + 1]) &&
    !isTitleCase(tokens) &&
    readUnit(tokens, n.next, n, core.currency) === null
  )
    return true;
  // "@Fred_945", "#G20": digits of a handle or a tag.
  if (prev !== undefined && glued(prev, first) && HANDLE_MARKS.has(prev.text)) return true;
  // "by a 2-to-1 vote": a tally written with "-to-".
  if (next?.text === '-' && word(tokens, n.next + 1) === 'to' && tokens[n.next + 2]?.text === '-' && isDigitToken(tokens[n.next + 3])) {
    if (Number(tokens[n.next + 3]?.text.replace(/,/g, '')) <= n.value) return true;
  }
  // "783499116076687360": sixteen digits or more without separators is an id (tweets, cards), no amount.
  if (first.text.length >= ID_MIN_DIGITS && /^\d+$/.test(first.text) && core.currency === null) return true;
  // "Sept. 26 (UPI) —": the day of a dateline.
  if (next?.text === '(' && /^[A-Z]{2,}$/.test(tokens[n.next + 1]?.text ?? '') && tokens[n.next + 2]?.text === ')') return true;
  if (
    (prev?.text === '-' || prev?.text === '\u2212') &&
    glued(prev, first) &&
    /^[A-Za-z]/.test(tokens[core.first - 2]?.text ?? '') &&
    glued(tokens[core.first - 2], prev)
  )
    return true;
  // "March 1-8", "3-1": the end of a dashed pair whose start was no amount.
  if (prev !== undefined && RANGE_DASHES.has(prev.text) && glued(prev, first) && isDigitToken(tokens[core.first - 2]) && glued(tokens[core.first - 2], prev))
    return true;
  // "Luke 2:7", "1:2:1": a term of a colon group that no ratio took whole is no amount of its own.
  if (isColonBetween(tokens, core.first - 1) || isColonBetween(tokens, n.next)) return true;
  if (next && glued(tokens[n.next - 1], next) && ORDINAL_SUFFIXES.has(next.lower)) return true;
  // "the '90s", "in '08": a decade or a year.
  if ((prev?.text === "'" || prev?.text === '\u2019') && glued(prev, first) && /^\d{2}$/.test(first.text)) return true;
  // "in his early 60s": an age bracket.
  if (next?.lower === 's' && glued(tokens[n.next - 1], next) && /^\d{2}$/.test(first.text)) return true;
  // "3) Bernie's bio.": a list marker.
  if (core.first === 0 && next?.text === ')' && core.currency === null && /^\d{1,2}$/.test(first.text)) return true;
  // "4. Keep every receipt", "Boston (9-5) 2.": the marker of a numbered list's item; "317." alone is a number.
  if (next?.text === '.' && core.currency === null && /^\d{1,3}$/.test(first.text)) {
    if (core.first === 0 && /^[A-Z"\u201C]/.test(tokens[n.next + 1]?.text ?? '')) return true;
    if (prev?.text === ')' && n.next === tokens.length - 1) return true;
  }
  if (isPlaceNumber(tokens, core)) return true;
  if (core.currency === null && /^\d{1,3}$/.test(first.text) && isSeriesWord(prev)) return true;
  // "version 2.0", "section 3.2": a numbered part or release, not a measure.
  if (DECIMAL_NAME_BEFORE.has(prev?.lower ?? '') && core.currency === null && /^\d+\.\d+$/.test(first.text)) return true;
  if (MONTHS.has(prev?.lower ?? '') && /^[A-Z]/.test(prev?.text ?? '')) return true;
  // "from Sept. 19 to 22", "May 3-5": the last day of a span of dates.
  if (DAY_SPAN_WORDS.has(prev?.lower ?? '') && n.value <= MAX_DAY && /^\d{1,2}$/.test(first.text) && /^\d{1,2}$/.test(tokens[core.first - 2]?.text ?? '')) {
    const m = tokens[core.first - 3];
    const month = m?.text === '.' ? tokens[core.first - 4] : m;
    if (month !== undefined && MONTHS.has(month.lower) && /^[A-Z]/.test(month.text)) return true;
  }
  // "Dec. 7", "No. 1": an abbreviated month or "No." before the number.
  if (prev?.text === '.' && glued(tokens[core.first - 2], prev) && /^[A-Z]/.test(tokens[core.first - 2]?.text ?? '')) {
    const w = word(tokens, core.first - 2);
    if (MONTHS.has(w) || w === 'no') return true;
  }
  if (isScoreLine(tokens, core) || isGalleryCount(tokens, core.first, n) || isRecord(tokens, core) || isModelNumber(tokens, core)) return true;
  if (_before == null && (isNameNumber(tokens, core) || isColonName(tokens, core))) return true;
  if (MONTHS.has(next?.lower ?? '') && /^[A-Z]/.test(next?.text ?? '')) return true;
  if (next !== undefined && DAY_LINKS.has(next.lower) && core.currency === null && isListedDay(tokens, core.first, n)) return true;
  if (isLineNumber(tokens, core)) return true;
  return isAddressNumber(tokens, core.first, n, core.currency !== null);
}

/** Words before a decimal that number a part or a release ("version 2.0", "section 3.2"). */
/**
 * "in Week 3", "Game 7", "Part Two", "Season Two": a capitalised word before a number (digits, or a number word with
 * a capital) that names one of a series by it; in lower case it may count ("a week 300 people …").
 */
function isSeriesWord(prev: AToken | undefined): boolean {
  return prev !== undefined && (SERIES_BEFORE.has(prev.text) || (NAME_BEFORE.has(prev.lower) && /^[A-Z]/.test(prev.text)));
}
/** A number word written with a capital, as the number of a titled part is. */
const SERIES_NUMBER_WORD_RE = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)$/;
/** Capitalised words that name one of a numbered series by the number after them. */
const SERIES_BEFORE: ReadonlySet<string> = new Set('Week Day Game Round Matchday Match Race Heat Lap Leg Part Act Scene Book Volume Issue'.split(' '));
const DECIMAL_NAME_BEFORE: ReadonlySet<string> = new Set('version release chapter section article paragraph clause figure table rule'.split(' '));
const ID_MIN_DIGITS = 16;
const DOT_CODE = '.'.charCodeAt(0);
const BEDROOM_WORDS: ReadonlySet<string> = new Set(['bed', 'bedroom', 'bedroomed', 'bedrm']);
/** Nouns of a home, after which "<n>-bedroom" names a kind of home ("a 200-bed hospital" counts beds). */
const DWELLINGS: ReadonlySet<string> = new Set(
  'flat flats house houses home homes apartment apartments property properties bungalow bungalows cottage cottages semi semis terrace maisonette villa condo unit units'.split(
    ' ',
  ),
);
/** The most points a plan or a shot is named by ("a 12-point plan"). */
const MAX_NAMING_POINTS = 20;
/** Ordinals of the scale words, singular: after a number they make one ordinal ("10 millionth"). */
const ORDINAL_SCALES: ReadonlySet<string> = new Set(['hundredth', 'thousandth', 'millionth', 'billionth']);
const MAX_DAY = 31;
const DAY_SPAN_WORDS: ReadonlySet<string> = new Set(['to', '-', '\u2013', 'through', 'and']);
const HANDLE_MARKS: ReadonlySet<string> = new Set(['_', '#', '@']);

/**
 * "on 2, 3 and 4 May", "between 3 and 5 March", "12 or 13 December": a day listed before the day a capitalised month
 * follows is a day of that month too, no amount (the last one is masked as a date already).
 */
function isListedDay(tokens: readonly AToken[], first: number, n: ReadNumber): boolean {
  const isDay = (t: AToken | undefined): boolean => t !== undefined && DAY_DIGITS_RE.test(t.text) && Number(t.text) <= MAX_DAY;
  if (n.next !== first + 1 || !isDay(tokens[first])) return false;
  let k = n.next;
  for (let listed = 0; listed < MAX_LISTED_DAYS; listed++) {
    let j = k;
    if (tokens[j]?.text === ',') j++;
    if (word(tokens, j) === 'and' || word(tokens, j) === 'or' || word(tokens, j) === '&') j++;
    if (j === k || !isDay(tokens[j])) return false;
    const month = tokens[j + 1];
    if (month !== undefined && MONTHS.has(month.lower) && /^[A-Z]/.test(month.text)) return true;
    k = j + 1;
  }
  return false;
}
const DAY_DIGITS_RE = /^\d{1,2}$/;
/** Words and marks that join days listed before their month. */
const DAY_LINKS: ReadonlySet<string> = new Set([',', 'and', 'or', '&']);
/** How many more days a list may hold before the one its month follows. */
const MAX_LISTED_DAYS = 6;

/** Marks and words after "the half" that end its phrase: no "of", no noun it would share out. */
const PERIOD_AFTER: ReadonlySet<string> = new Set('. , ; : ! ? ) in at on with before after when as and but to for by'.split(' '));
/** Words after "<number>-" that make an adjective of it. */
const HYPHEN_ADJECTIVES: ReadonlySet<string> = new Set(
  // "man": "ten-man Chelsea", "a two-man race".
  'time off way sided two star party for nil up all on figure under over pointer pointers man'.split(' '),
);

function isInName(tokens: readonly AToken[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined || i === 1 || SENTENCE_ENDS.has(word(tokens, i - 2))) return false;
  const named = (t: AToken | undefined): boolean => t !== undefined && /^[A-Z][a-z]/.test(t.text);
  return (named(prev) || (prev.lower === 'of' && named(tokens[i - 2]))) && !isTitleCase(tokens);
}

/**
 * "1 of 5 | Firefighters battle the blaze.", "Image 3 of 12": a photo gallery's counter opening a caption, page
 * furniture. Only at the start of the sentence, and only before "|" or the end, as "3 of 5 voters" counts.
 */
function isGalleryCount(tokens: readonly AToken[], first: number, n: ReadNumber): boolean {
  const ends = (t: AToken | undefined): boolean => t === undefined || t.text === '|';
  if (first === 0) return word(tokens, n.next) === 'of' && /^\d{1,3}$/.test(tokens[n.next + 1]?.text ?? '') && ends(tokens[n.next + 2]);
  return first === 2 && word(tokens, 1) === 'of' && /^\d{1,3}$/.test(tokens[0]?.text ?? '') && n.next === 3 && ends(tokens[3]);
}

/**
 * "Chelsea 2 Arsenal 1", "Leinster 24 Munster 17": a score line, each side's
 * name followed by its goals or points, is a result and no amount.
 */
function isScoreLine(tokens: readonly AToken[], core: Core): boolean {
  const n = core.number as ReadNumber;
  if (core.currency !== null || n.next !== core.first + 1 || !/^\d{1,3}$/.test((tokens[core.first] as AToken).text)) return false;
  // The home side's score (name, score, name, score) or the away side's (score, name, score).
  if (!isTeam(tokens[core.first - 1])) return false;
  return (isTeam(tokens[n.next]) && isScore(tokens[n.next + 1])) || (isScore(tokens[core.first - 2]) && isTeam(tokens[core.first - 3]));
}
/**
 * "a 4-4-2 formation", "switched to 4-2-3-1": three or more single digits joined by hyphens are a formation or a code,
 * no amount (two make a range or a record, read elsewhere).
 */
function inDigitChain(tokens: readonly AToken[], at: number): boolean {
  const single = (k: number): boolean => /^\d$/.test(tokens[k]?.text ?? '');
  const link = (k: number): boolean => tokens[k]?.text === '-' && glued(tokens[k - 1], tokens[k]) && glued(tokens[k], tokens[k + 1]);
  if (!single(at)) return false;
  let start = at;
  while (link(start - 1) && single(start - 2)) start -= 2;
  let parts = 1;
  for (let k = start; link(k + 1) && single(k + 2); k += 2) parts++;
  return parts >= 3;
}

/**
 * A team's win-loss record, not a range: "The Giants (5-9)", "(1-7, 0-5)", "a 4-5 start", "went 12-4", "improved to
 * 30-35". Two small whole numbers joined by a hyphen, in brackets after a name, before a word of records, or after a
 * verb of a season.
 */
function isRecord(tokens: readonly AToken[], core: Core): boolean {
  const a = tokens[core.first];
  const dash = tokens[core.first + 1];
  const b = tokens[core.first + 2];
  if (!core.range || core.currency !== null || core.next !== core.first + 3 || !a || !dash || !b) return false;
  if (dash.text !== '-' || !glued(a, dash) || !glued(dash, b) || !SCORE_RE.test(a.text) || !SCORE_RE.test(b.text)) return false;
  const after = tokens[core.next];
  // "5-7%", "15-25km": a unit glued after it makes a range.
  if (after && glued(b, after) && /^[\p{L}\p{N}%\u00B0]/u.test(after.text)) return false;
  const prev = tokens[core.first - 1];
  if (prev?.text === '(' && (isTeam(tokens[core.first - 2]) || (tokens[core.first - 2]?.text === ',' && tokens[core.first - 3]?.text === ')'))) return true;
  // The second record of a pair in brackets: "(1-7, 0-5)".
  if (prev?.text === ',' && tokens[core.first - 3]?.text === '-' && tokens[core.first - 5]?.text === '(') return true;
  if (RECORD_WORDS.has(word(tokens, core.next))) return true;
  const before = word(tokens, core.first - 1);
  if (SEASON_VERBS.has(before)) return true;
  // "improved to 8-3", "dropped them to 30-35".
  const verb = OBJECT_PRONOUNS.has(word(tokens, core.first - 2)) ? word(tokens, core.first - 3) : word(tokens, core.first - 2);
  return before === 'to' && SEASON_VERBS.has(verb);
}
/** Words after a record ("a 4-5 start"). */
const RECORD_WORDS: ReadonlySet<string> = new Set(['start', 'record', 'mark', 'season', 'finish', 'run', 'streak', 'skid', 'stretch']);
/** An object between a verb and "to" ("dropped them to 30-35"). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['them', 'him', 'her', 'it', 'us']);
/** Verbs before a record, or before "to" and a record ("went 12-4", "improved to 8-3"). */
const SEASON_VERBS: ReadonlySet<string> = new Set([
  'went',
  'go',
  'goes',
  'started',
  'began',
  'finished',
  'improved',
  'fell',
  'dropped',
  'slipped',
  'moved',
  'climbed',
]);
const isTeam = (t: AToken | undefined): boolean => t !== undefined && TEAM_RE.test(t.text);
const isScore = (t: AToken | undefined): boolean => t !== undefined && SCORE_RE.test(t.text);
const TEAM_RE = /^[A-Z][a-z]/;
const SCORE_RE = /^\d{1,3}$/;

/** Reporting verbs after "one analyst", "one senior official": "one" picks out a speaker, it counts nothing. */
const SPEAKER_CUES: ReadonlySet<string> = new Set(
  'said says told tells added adds warned warns wrote writes explained noted argued claimed insisted recalled admitted complained suggested asked replied commented remarked'.split(
    ' ',
  ),
);
/** Words between "one" and its reporting verb: a speaker's noun with up to two modifiers. */
const SPEAKER_WORDS_MAX = 3;
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'who', 'that', 'which']);
/** Tokens of an apposition after a speaker ("One resident, a 42-year-old teacher, said"). */
const APPOSITION_MAX_TOKENS = 10;

/** "one analyst said", "according to one official": the speaker of a report, not the number 1. */
function isSpeakerOne(tokens: readonly AToken[], i: number): boolean {
  if (word(tokens, i - 1) === 'to' && word(tokens, i - 2) === 'according') return true;
  for (let k = i + 1; k <= i + SPEAKER_WORDS_MAX + 1; k++) {
    const w = word(tokens, k);
    if (SPEAKER_CUES.has(w)) return k > i + 1;
    // "One resident, Maria Lopez, said": the cue after an apposition closed by a comma.
    if (w === ',' && k > i + 1) return cueAfterApposition(tokens, k + 1);
    // "one scene she wrote": a subject of its own before the verb, so "one" is not its speaker.
    if (!/^[a-z][a-z-]*$/.test(tokens[k]?.text ?? '') || SUBJECT_PRONOUNS.has(w)) return false;
  }
  return false;
}

/** An apposition of at most APPOSITION_MAX_TOKENS tokens from tokens[from], a comma, then a reporting verb. */
function cueAfterApposition(tokens: readonly AToken[], from: number): boolean {
  for (let k = from; k < tokens.length && k <= from + APPOSITION_MAX_TOKENS; k++) {
    const w = word(tokens, k);
    if (w === ',') return SPEAKER_CUES.has(word(tokens, k + 1));
    if (w === '.' || w === ';' || w === '"' || w === '\u201C' || w === '\u201D') return false;
  }
  return false;
}

/** Verbs after "one" as a pronoun: "one should not assume", "one can see". */
const PRONOUN_VERBS: ReadonlySet<string> = new Set([
  'can',
  'must',
  'should',
  'would',
  'could',
  'might',
  'may',
  'will',
  'cannot',
  'does',
  'did',
  'needs',
  'wonders',
]);

/** "one of the", "the one who", "no one", "one another": a pronoun, not the number 1. */
function isPronounOne(tokens: readonly AToken[], i: number): boolean {
  const prev = word(tokens, i - 1);
  const next = word(tokens, i + 1);
  if (['the', 'no', 'any', 'every', 'each', 'this', 'that', 'which', 'someone', 'such', 'another', 'little', 'only'].includes(prev)) return true;
  if (['another', 'who', 'which', 'that', "one's", 'day', 'way', 'thing', 'time', 'side', 'point', 'go'].includes(next)) return true;
  // "one by one", "one after another", "by one"
  if ((next === 'by' || next === 'after') && ['one', 'another', 'the'].includes(word(tokens, i + 2))) return true;
  if (prev === 'by' && word(tokens, i - 2) === 'one') return true;
  return next === '' || next === '.' || next === ',' || next === 'of' || next === 'is' || next === 'has' || PRONOUN_VERBS.has(next) || isSpeakerOne(tokens, i);
}
