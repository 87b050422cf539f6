/**
 * Numbers that name a thing rather than count it: a bare number after a
 * capitalised word ("Boeing 737", "iOS 17.2", "Windows 11 runs"), numbered
 * places ("junction 10", "platforms 3, 4 and 7") and the three digits of a
 * telephone line before a noun of telephoning ("a 999 call"). isNotAmount
 * (amount-nonfigures.ts) asks these.
 */
import { MONTHS, NAME_BEFORE, YEAR_MAX, YEAR_MIN } from './amount-context.js';
import type { Core } from './amount-core.js';
import { type AToken, glued, isDigitToken, type ReadNumber } from './amount-tokens.js';
import { readUnit } from './amount-units.js';

const word = (tokens: readonly AToken[], i: number): string => tokens[i]?.lower ?? '';

/**
 * "Boeing 737", "the FTSE 100", "iPhone 15", "Windows 11": a bare integer
 * right after a capitalised word inside the sentence names a thing. Not in a
 * title-case headline ("Floods Force 3000 From Homes"), not after a word
 * that opens a figure at the start of a sentence ("Some 200"), and not in
 * "told Reuters 40 people died".
 */
export function isNameNumber(tokens: readonly AToken[], core: Core): boolean {
  const n = core.number as ReadNumber;
  const prev = tokens[core.first - 1];
  // Cheap tests first: most numbers follow a lower-case word.
  if (prev === undefined || prev.text === prev.lower || core.currency !== null || n.scaled || n.next !== core.first + 1) return false;
  // "iOS 17.2", "Web 3.0": a version has one or two decimals.
  if (!/^(?:\d{1,4}|\d{1,3}\.\d{1,2})$/.test((tokens[core.first] as AToken).text) || !/^[A-Za-z&]*[A-Z][A-Za-z&]*$/.test(prev.text) || prev.text === 'I')
    return false;
  // "iPhone 16", "NHS 111": a word shaped as a name (mixed case, or an acronym in a sentence not all in capitals).
  const nameShaped = TITLE_NAME_RE.test(prev.text) && tokens.some((t) => LOWER_CASE_WORD_RE.test(t.text));
  // In a title-case headline every word is capitalised: only such a word names the number after it ("NHS 111 Calls
  // Rise 30%"), or the headline's first word, its subject, as a headline opens with its subject and not its verb
  // ("Boeing 737 Orders Rise 20%"); a later one may be the verb ("Floods Force 3000 From Homes" keeps its figure).
  const title = isTitleCase(tokens);
  if (title && !nameShaped && (core.first !== 1 || !SUBJECT_NAME_NUMBER_RE.test((tokens[core.first] as AToken).text))) return false;
  // "Windows 11 runs", "Python 3.12 is": at the start of a sentence, a capital is no sign of a name, so the
  // word must be none that opens a figure ("Nearly 200", "Including 3 children", "Of 300 people").
  if (core.first === 1 && !nameShaped && (SENTENCE_OPENERS.has(prev.lower) || OPENER_ENDINGS_RE.test(prev.lower) || prev.text === prev.text.toUpperCase()))
    return false;
  // At the start of a sentence, in a headline and for a decimal, a word must follow, lower-case unless the name is
  // shaped as one or the headline capitalises it ("Windows 11 runs", "iOS 17.2 on Monday", "iPhone 16 Sales",
  // "Boeing 737 Orders"): "Germany 3.2, France 2.8" and
  // "Brent 85.20 and WTI 80.10" are tallies and prices with the verb left out.
  const follows = (nameShaped || title ? /^[A-Za-z]/ : /^[a-z]/).test(tokens[n.next]?.text ?? '');
  if ((core.first === 1 || title || n.value % 1 !== 0) && (!follows || JOINERS.has(word(tokens, n.next)))) return false;
  // "France 2.8 and Italy 1.9 were", "WTI 80.10 closed": the last decimal of such a list.
  if (n.value % 1 !== 0 && (JOINERS.has(word(tokens, core.first - 2)) || word(tokens, core.first - 2) === ',') && isDigitToken(tokens[core.first - 3]))
    return false;
  if (NOT_NAME_WORDS.has(prev.lower) || MONTHS.has(prev.lower) || SENTENCE_ENDS.has(word(tokens, core.first - 2))) return false;
  if (TELL_WORDS.has(word(tokens, core.first - 2))) return false;
  const v = n.value;
  // "Spring 2015", "Hillary 2008": a year after a name still dates the claim.
  if (v >= YEAR_MIN && v <= YEAR_MAX && /^\d{4}$/.test((tokens[core.first] as AToken).text)) return false;
  // "Cruz 16 points ahead", "beat Trump 46 to 40 percent": a tally after a name.
  if (TALLY_AFTER_NAME.has(word(tokens, n.next)) || readUnit(tokens, n.next, n, null) !== null) return false;
  // "Republicans have 24 seats, Democrats 10.": a tally with its verb left out, after another figure; "the bill, HR
  // 3684, provides" and "the Big Ten, Big 12 and" have none before and name a bill and a league.
  if (
    CLAUSE_MARKS.has(word(tokens, core.first - 2)) &&
    (n.next >= tokens.length || CLAUSE_MARKS.has(word(tokens, n.next)) || word(tokens, n.next) === '.') &&
    digitBefore(tokens, core.first - 2)
  )
    return false;
  return true;
}
/**
 * "the 737-800 fleet", "a 737-900", "a 146-200 jet": a dashed pair of as many digits whose start is written to the
 * unit and whose end is rounded to the hundred or more is a model and its variant, as a range's ends are written to
 * a like precision. "252-287", "175-200" and a bracket one past a round number ("101-200", "201-500") stay ranges, as
 * does a pair before a unit ("737-800 km").
 */
export function isModelNumber(tokens: readonly AToken[], core: Core): boolean {
  if (!core.range) return isModelAfterCount(tokens, core);
  if (core.currency !== null || core.next !== core.first + 3 || core.low === null || core.high === null) return false;
  const a = (tokens[core.first] as AToken).text;
  const b = tokens[core.first + 2]?.text ?? '';
  if (!/^\d{3,}$/.test(a) || b.length !== a.length || !/^[1-9]0+$/.test(b)) return false;
  if (core.low % ROUND_START === 0 || core.low % 10 === 1) return false;
  return readUnit(tokens, core.next, core.number, null) === null;
}
/**
 * "40 737 MAX jets": a bare integer right after another and before a capitalised word names the model the first counts
 * (news writes no two counts side by side, but a year may date one; the tokenizer keeps spaced thousands apart before
 * a word in capitals). "the 737 MAX 9 jets": a word in capitals between a bare integer and another number names a model
 * and its variant.
 */
function isModelAfterCount(tokens: readonly AToken[], core: Core): boolean {
  if (core.next !== core.first + 1 || core.currency !== null) return false;
  const after = tokens[core.next]?.text ?? '';
  if (!/^[A-Z]/.test(after) || !/^\d{2,4}$/.test(tokens[core.first]?.text ?? '')) return false;
  if (isDigitToken(tokens[core.first - 1])) {
    // "In 2024 150 Toyota dealers closed": a year before the number dates it.
    const prev = Number(tokens[core.first - 1]?.text);
    return !(prev >= YEAR_MIN && prev <= YEAR_MAX);
  }
  return /^[A-Z]{2,}$/.test(after) && isDigitToken(tokens[core.next + 1]) && readUnit(tokens, core.next, null, null) === null;
}
/** A start that is a multiple of this is rounded as a range's start is ("175-200", "250-300"). */
const ROUND_START = 5;

/**
 * "Luke 2:7", "Arsenal 2:1 Chelsea", "Question 1: Is it safe?": a number between a capitalised word and a glued
 * colon is a verse, a score or a label, no ratio nor count; not in a title-case headline, whose verbs are
 * capitalised too ("Odds Shorten To 3:1"), nor after a word that opens a figure at the start of a sentence.
 */
export function isColonName(tokens: readonly AToken[], core: Core): boolean {
  const prev = tokens[core.first - 1];
  const colon = tokens[core.first + 1];
  if (colon?.text !== ':' || !glued(tokens[core.first], colon) || prev === undefined || !/^[A-Z][a-z]+$/.test(prev.text)) return false;
  if (NOT_NAME_WORDS.has(prev.lower) || MONTHS.has(prev.lower)) return false;
  if (core.first === 1 && (SENTENCE_OPENERS.has(prev.lower) || OPENER_ENDINGS_RE.test(prev.lower))) return false;
  return !isTitleCase(tokens);
}

/**
 * "junction 10", "incident 345", "gates 3 and 4", "between junctions 10 and 11", "platforms 3, 4 and 7": whole
 * digits after a word that numbers places, parts or items, or listed after one such number when that word is a
 * plural, which the list shares.
 */
export function isPlaceNumber(tokens: readonly AToken[], core: Core): boolean {
  if (core.currency !== null || !/^\d+$/.test((tokens[core.first] as AToken).text)) return false;
  const prev = word(tokens, core.first - 1);
  if (NAME_BEFORE.has(prev) || isPluralPlace(prev)) return true;
  let k = core.first - 1;
  while (LIST_JOINERS.has(word(tokens, k))) {
    // "10, 11, and 12": the comma before the last joiner.
    if (word(tokens, k - 1) === ',' && word(tokens, k) !== ',') k--;
    if (!/^\d+$/.test(tokens[k - 1]?.text ?? '')) return false;
    k -= 2;
    if (isPluralPlace(word(tokens, k))) return true;
  }
  return false;
}
/** Words between the numbers of a list of places ("3, 4 and 7", "10 or 11", "101 to 105"). */
const LIST_JOINERS: ReadonlySet<string> = new Set([',', 'and', 'or', '&', 'to', 'through']);

/** "junctions", "gates", "categories": the plural of a word of NAME_BEFORE. */
function isPluralPlace(w: string): boolean {
  if (!w.endsWith('s') || w.length < 4) return false;
  if (NAME_BEFORE.has(w.slice(0, -1))) return true;
  return (w.endsWith('es') && NAME_BEFORE.has(w.slice(0, -2))) || (w.endsWith('ies') && NAME_BEFORE.has(`${w.slice(0, -3)}y`));
}

/**
 * "the 911 call", "a 999 caller", "the county's 911 dispatch centre": three digits before a singular noun of
 * telephoning name the line rung. A count takes the plural ("300 call centre jobs", "112 call handlers").
 */
export function isLineNumber(tokens: readonly AToken[], core: Core): boolean {
  const n = core.number as ReadNumber;
  if (!LINE_NOUNS.has(word(tokens, n.next)) || n.next !== core.first + 1 || core.currency !== null || !/^\d{3}$/.test((tokens[core.first] as AToken).text))
    return false;
  for (let k = n.next + 1; k <= n.next + LINE_NOUN_LOOKAHEAD; k++) {
    const w = tokens[k]?.text ?? '';
    if (!/^[a-z]+$/.test(w)) break;
    if ((w.endsWith('s') && !NOT_PLURAL_S.has(w)) || PLURALS_WITHOUT_S.has(w)) return false;
  }
  return true;
}
/** Singular nouns of a line rung ("the 999 line", "the 111 service", "the 101 number"): a count before them would be plural. */
const LINE_NOUNS: ReadonlySet<string> = new Set(
  'call caller operator operators dispatcher dispatchers dispatch hotline helpline line service number'.split(' '),
);
/** Words after a line noun in which a plural head is looked for ("call centre jobs"). */
const LINE_NOUN_LOOKAHEAD = 2;
/** Plurals without a final "s" that a count may take ("300 service staff"). */
const PLURALS_WITHOUT_S: ReadonlySet<string> = new Set(['staff', 'people', 'personnel', 'crew', 'police', 'men', 'women', 'children']);
const NOT_PLURAL_S: ReadonlySet<string> = new Set(['was', 'is', 'has', 'says', 'does', 'this', 'its', 'his', 'as', 'us']);

/** Whether a token of digits stands in the TALLY_LOOKBACK tokens before tokens[at]. */
function digitBefore(tokens: readonly AToken[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - TALLY_LOOKBACK; k--) if (isDigitToken(tokens[k])) return true;
  return false;
}
/** Tokens before a name's number in which a tally's earlier figure is looked for ("24 seats, Democrats 10"). */
const TALLY_LOOKBACK = 6;
/**
 * The number a headline's first word names: up to three digits, as models and versions are numbered ("Boeing 737",
 * "Windows 11", "Pixel 9"). Four are a year or a catalogue number, which the quantity benchmark keeps as a figure
 * ("Bahco 9031 Adjustable Wrench").
 */
const SUBJECT_NAME_NUMBER_RE = /^\d{1,3}$/;
/** Words shaped as a name: mixed case ("iPhone", "eBay", "iOS") or an acronym ("NHS", "FTSE", "MAX"). */
const TITLE_NAME_RE = /^(?:[a-z]+[A-Z][A-Za-z]*|[A-Z]{2,5})$/;
/** A word with a lower-case letter after its first: the headline is not all in capitals. */
const LOWER_CASE_WORD_RE = /^[A-Za-z][a-z]/;

/** Capitalised words before a number that are no name: sentence openers and bound words. */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  'about around some nearly almost over up at more only just by to from with in of and but than between under less fewer another all the a an its their his her our at least'.split(
    ' ',
  ),
);
/** Words that open a sentence before a figure, besides NOT_NAME_WORDS: prepositions, determiners, adverbs and imperatives ("Discover 5 ways"). */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  'with since after before for on during until within despite including excluding roughly exactly precisely perhaps maybe still also even then now today yesterday overall altogether total each every both those these that this what which while when how why who if although though because as like unlike plus minus or so yet where through via against among across along toward towards last next top another additional some my your once beyond above below past down off out into per than well see meet read watch get take try find discover explore learn check visit add make give buy save win join grab enjoy book pay spend earn'.split(
    ' ',
  ),
);
const JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'to', 'vs', 'versus', 'against']);
/**
 * Adverbs, participles and gerunds ("Nearly", "Killed", "Including") open a figure, never name one. A gerund's stem
 * ends in a consonant, as a silent "e" drops ("making"): "Boeing" is a name.
 */
const OPENER_ENDINGS_RE = /(?:ly|ed|[^aeiou]ing)$/;
const TALLY_AFTER_NAME: ReadonlySet<string> = new Set(
  'to points point pts votes vote delegates seats percent per more fewer times lead ahead behind'.split(' '),
);
/** Marks after which a capitalised word opens a sentence ("years.” Fully 250 companies"). */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', '"', '\u201D', '\u201C', '(', '\u2014', '-']);
const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', ';', ':']);
const TELL_WORDS: ReadonlySet<string> = new Set(['told', 'tells', 'telling', 'tell']);
/** A headline in title case: most words of four letters or more capitalised. */
export function isTitleCase(tokens: readonly AToken[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.text.length < 4 || !/^[A-Za-z]/.test(t.text)) continue;
    words++;
    if (/^[A-Z]/.test(t.text)) caps++;
  }
  return words >= TITLE_CASE_MIN_WORDS && caps / words >= TITLE_CASE_SHARE;
}
const TITLE_CASE_SHARE = 0.85;
const TITLE_CASE_MIN_WORDS = 3;
