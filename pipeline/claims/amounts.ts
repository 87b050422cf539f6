/**
 * Every amount of a sentence: the number with its bound, unit (ISO currency,
 * percent, percentage point, share, physical unit), rate and range, and the
 * span it covers. A general reader: whether an amount is a claim (and what it
 * measures) is decided by the tagger; years, durations and ages come back
 * typed so the tagger can leave them out.
 *
 * Invariant: offsets are UTF-16 indices into the sentence given; clock times,
 * phone numbers, dates, ordinals and numbers inside names are never returned.
 *
 * Why rules and not a library (measured 2026-12, Node 20, shared machine):
 * @microsoft/recognizers-text-suite 1.3.1 (currency, dimension, temperature,
 * percentage and number models, overlaps dropped) on the quantulum3 sentences
 * of quantities-dev, which are not its own test suite: value F1 0.701,
 * value+unit 0.367, at ≈ 19 ms a sentence; this reader: 0.942 / 0.744 at
 * ≈ 0.05 ms (the Recognizers-Text file is that library's own spec, so not a
 * fair test of it). wink-nlp's entities lose glued units ("70kg" → CARDINAL
 * "70") and give no values (/work/shared/specs/claims-libraries.md). The
 * tables (amount-lexicon.ts, amount-currencies.ts) are data, so a language or
 * a currency is an addition there.
 */
import type { Bound } from '../types.js';
import { AGE_BEFORE, BOUND_AFTER, BOUND_BEFORE, VAGUE_PLURALS, maskedRanges, type Phrase } from './amount-context.js';
import { CURRENCY_OPENERS, type Core, gluedDollar, RANGE_DASHES, readCore, readRangeEnd } from './amount-core.js';
import { CURRENCY_MILLIONS } from './amount-currencies.js';
import { SPELLED_SCALE_WORDS } from './amount-lexicon.js';
import type { Amount, AmountType } from './amount-tokens.js';
import { glued, isDigitToken, readNumber, round, tokenizeAmounts, type AToken } from './amount-numbers.js';
import { isNotAmount } from './amount-nonfigures.js';
import { raceTimes } from './amount-clock.js';
import { temperatureBands } from './amount-temperatures.js';
import { isMeasuredTime, joinTimeParts } from './amount-times.js';
import { PARTICLE_VERBS_OF_CHANGE } from './bounds.js';
import { DENOMINATOR_WORDS, NUMBER_OPENERS } from './amount-words.js';
import { classify, isRateAdjective, readRate, readUnit, type UnitHit } from './amount-units.js';
import { A_UNIT_WORDS, oneUnit, pennyOfDollars, POINT_CHANGE_NOUNS, pointsOfPercent, RATE_OPENERS, rateAfterNoun, shareRates } from './amount-around.js';

export type { Amount, AmountType };

const word = (tokens: readonly AToken[], i: number): string => tokens[i]?.lower ?? '';

/** Read every amount of a sentence, in text order. */
export function readAmounts(sentence: string): Amount[] {
  // Most sentences hold no amount: skip tokenising them (see MAY_HOLD_DIGIT_RE, MAY_HOLD_WORD_RE).
  if (!MAY_HOLD_DIGIT_RE.test(sentence) && !MAY_HOLD_WORD_RE.test(sentence)) return [];
  const tokens = tokenizeAmounts(sentence);
  const masks = maskedRanges(sentence);
  const out: Amount[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as AToken;
    if (!mayOpen(tokens, i)) continue;
    if (masks.some(([a, b]) => t.start >= a && t.start < b)) continue;
    const a = readAt(sentence, tokens, i);
    if (a === null) continue;
    // "above 140/90": bound words before a masked reading.
    if (masks.length > 0 && masks.some(([m0]) => m0 > a.amount.start && m0 < a.amount.end && /\s/.test(sentence[m0 - 1] ?? ''))) continue;
    out.push(a.amount);
    i = a.next - 1;
  }
  // "won in 3:51.29": a race's time, masked as a clock's above, read back here.
  if (sentence.includes(':')) withRaceTimes(out, sentence);
  // "highs in the mid-90s": a temperature's band of a decade, which the reader above leaves as an age bracket.
  if (sentence.includes('0s')) insertInOrder(out, temperatureBands(sentence));
  return joinTimeParts(sentence, shareRates(sentence, pennyOfDollars(joinBounds(sentence, shareUnits(sentence, millionsBeside(sentence, out))))));
}

/** Insert the race times of `s` into `out` in text order (none overlaps an amount: MASK_RE masks them). */
function withRaceTimes(out: Amount[], s: string): void {
  insertInOrder(out, raceTimes(s));
}
/** Insert amounts the reader left out (masked or no amount to it) into `out`, in text order. */
function insertInOrder(out: Amount[], extra: readonly Amount[]): void {
  for (const t of extra) {
    const at = out.findIndex((a) => a.start > t.start);
    out.splice(at < 0 ? out.length : at, 0, t);
  }
}

/** A figure ending in a glued "m" after digits: "2.3m", "At least 2.5m". */
const GLUED_M_RE = /\dm$/;
const M_CODE = 'm'.charCodeAt(0);
/** Words after "1.5m" that keep it a length. */
const LENGTH_AFTER_RE = /^[\s-]*(?:tall|high|long|wide|deep|across|away|above|below|under|in|of|from|thick|-)\b/i;

/**
 * "2.3m customers, up from 2.1m": once a glued "m" in the sentence is millions,
 * a bare "2.1m" beside it is millions too, unless a length word follows it.
 */
function millionsBeside(s: string, list: Amount[]): Amount[] {
  if (!list.some((a) => a.text.charCodeAt(a.text.length - 1) === M_CODE && a.unit !== 'm' && a.type !== 'money' && GLUED_M_RE.test(a.text))) return list;
  return list.map((a) =>
    a.unit === 'm' && a.value !== null && a.bound !== 'range' && GLUED_M_RE.test(a.text) && !LENGTH_AFTER_RE.test(s.slice(a.end))
      ? { ...a, value: round(a.value * 1e6), unit: null, type: 'count' as const }
      : a,
  );
}

const COORDINATION_RE = /^\s*(?:,|and|or|,\s*and|,\s*or)\s*$/;

/**
 * "45 and 50 mg", "10, 20 or 30 km": bare numbers coordinated with a measured one take its unit; "seven or eight
 * hours", "two or three weeks": with a duration, they are a duration, no figure.
 */
function shareUnits(s: string, list: Amount[]): Amount[] {
  for (let k = list.length - 2; k >= 0; k--) {
    const a = list[k] as Amount;
    const b = list[k + 1] as Amount;
    if (a.unit !== null || a.type !== 'count' || a.words !== b.words || b.unit === null) continue;
    if (b.type !== 'measure' && b.type !== 'percent' && b.type !== 'percentage_point' && b.type !== 'duration') continue;
    // "reached 40.9 million, 88% of 2019 levels": a number with a scale of its own is no bare item of a list.
    if (SCALED_END_RE.test(a.text)) continue;
    if (COORDINATION_RE.test(s.slice(a.end, b.start))) list[k] = { ...a, unit: b.unit, type: b.type, per: b.per };
  }
  return list;
}
/** A scale word or letters ending an amount's text: "40.9 million", "2.3m", "5bn". */
const SCALED_END_RE = /(?:hundred|thousand|million|billion|trillion|\d(?:m|bn|b|k|mn|mln|bln))$/i;

/** A digit, a currency or fraction sign: tested first, as most sentences with an amount hold one. */
const MAY_HOLD_DIGIT_RE = /[0-9\u00BC-\u00BE\u2150-\u215E$\u20AC\u00A3\u00A5\u20B9\u20A9\u20BD\u20BF\u20A1]/;
/** A word that can open a number or a vague amount. */
const MAY_HOLD_WORD_RE =
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|nought|naught|quarters?|hundreds?|thousands?|millions?|billions?|trillions?|lakhs?|crores?|dozens?|scores of|half|handful|(?:third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|hundredth|thousandth|millionth|billionth|trillionth)s?|several hundred|few (?:hundred|thousand|million))\b/i;

const APPROX_WORDS = new Set(['about', 'around', 'roughly', 'approximately', 'some', 'nearly', 'almost']);
const LOWER_BOUNDS = new Set(['>', '>=']);
const UPPER_BOUNDS = new Set(['<', '<=']);
const BOUND_JOIN_RE = /^\s*(?:,|,?\s*(?:and|but))\s*$/i;

/** "above 1000 and below 1500", "at most 100 and at least 20": two opposite bounds make one range. */
function joinBounds(s: string, list: Amount[]): Amount[] {
  const out: Amount[] = [];
  for (let k = 0; k < list.length; k++) {
    const a = list[k] as Amount;
    const b = list[k + 1];
    const opposite = b && ((LOWER_BOUNDS.has(a.bound) && UPPER_BOUNDS.has(b.bound)) || (UPPER_BOUNDS.has(a.bound) && LOWER_BOUNDS.has(b.bound)));
    const lowFirst = LOWER_BOUNDS.has(a.bound);
    // "more than 10 and less than 40" is a range; "more than 40 and less than 10" two bounds.
    const ordered = a.value !== null && b?.value != null && (lowFirst ? a.value < b.value : b.value < a.value);
    if (b && opposite && ordered && a.value !== null && b.value !== null && a.unit === b.unit && BOUND_JOIN_RE.test(s.slice(a.end, b.start))) {
      const low = Math.min(a.value, b.value);
      const high = Math.max(a.value, b.value);
      out.push({ ...a, end: b.end, text: s.slice(a.start, b.end), value: null, low, high, bound: 'range' });
      k++;
    } else out.push(a);
  }
  return out;
}

/**
 * Whether an amount may start at tokens[i]: a digit, a number or vague word,
 * a currency, a sign, or the first word of a bound phrase. Hot path (every
 * token of every sentence with a figure): set lookups only; "a"/"an" only
 * before a word that makes them a number ("a dozen", "a third", "a few").
 */
function mayOpen(tokens: readonly AToken[], i: number): boolean {
  const t = tokens[i] as AToken;
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (t.lower === 'a' || t.lower === 'an') {
    const next = word(tokens, i + 1);
    return A_OPENS.has(next) || (t.text === 'A' && gluedDollar(tokens, i) !== null);
  }
  return OPEN_WORDS.has(t.lower) || (t.text.length === 1 && (OPEN_SIGNS.has(t.text) || gluedDollar(tokens, i) !== null)) || (c === 46 && isDigitToken(t));
}
const CORE_WORDS = new Set([
  ...NUMBER_OPENERS,
  ...CURRENCY_OPENERS,
  ...Object.keys(CURRENCY_MILLIONS),
  ...Object.keys(VAGUE_PLURALS),
  'between',
  'from',
  'several',
  'few',
  'tens',
  'handful',
  'dozen',
]);
const OPEN_WORDS = new Set([...CORE_WORDS, ...BOUND_BEFORE.map((p) => p.words[0] ?? '')]);
const OPEN_SIGNS = new Set(
  [...'-\u2212$\u20AC\u00A3\u00A5\u20B9\u20A9\u20BD\u20BF\u20A1<>\u2265\u2264\u00BC\u00BD\u00BE'].concat(
    Array.from({ length: 15 }, (_, k) => String.fromCharCode(0x2150 + k)),
  ),
);
/** Second words of bound phrases that open with "a"/"an": "a maximum of", "an estimated". */
const A_BOUND_NEXT = new Set(BOUND_BEFORE.filter((p) => p.words[0] === 'a' || p.words[0] === 'an').map((p) => p.words[1] ?? ''));
/** Words after "a"/"an" that make a number: "a dozen", "a hundred", "a third", "a few thousand", "a handful", "a quarter million". */
const A_BEFORE = new Set(['dozen', ...SPELLED_SCALE_WORDS, 'few', 'couple', 'handful', 'half', ...DENOMINATOR_WORDS]);
/**
 * Module-level copies of sets read on every candidate: tsx compiles an
 * imported binding to a getter call, which the hot path should not pay.
 */
const A_ONE_UNIT: ReadonlySet<string> = A_UNIT_WORDS;
const RATE_WORDS_AHEAD: ReadonlySet<string> = RATE_OPENERS;
/** Tokens after an amount in which a rate word ("a", "per", "every") may stand before rateAfterNoun is asked. */
const RATE_LOOKAHEAD_TOKENS = 3;

const AGE_WORDS: ReadonlySet<string> = AGE_BEFORE;
const PARTICLE_VERB_SET: ReadonlySet<string> = PARTICLE_VERBS_OF_CHANGE;
/** The words of a rate's point. */
const POINT_WORDS: ReadonlySet<string> = new Set(['point', 'points']);
/** The most percentage points a figure may hold: a rate moves at most from 0% to 100%. */
const MAX_PERCENTAGE_POINTS = 100;
/** Nouns of an earthquake, before which a decimal is its magnitude ("a 7.1 quake"). */
const QUAKE_NOUNS: ReadonlySet<string> = new Set(['quake', 'earthquake', 'tremor', 'aftershock', 'quakes', 'earthquakes', 'tremors', 'aftershocks']);
const MAX_MAGNITUDE = 10;
const DECIMAL_RE = /^\d\.\d{1,2}$/;
/** Words after a unitless number that countedUnit reads. */
const COUNTED_UNIT_WORDS: ReadonlySet<string> = new Set(['points', 'point', 'pts', 'times']);

/** After a number with no unit: "rose 3 points to 41%" (percentage points), "four times a week" (how often). */
function countedUnit(tokens: readonly AToken[], core: Core, at: number): { unit: UnitHit | null; next: number } {
  const w = word(tokens, at);
  // "ended 0.5% lower at 7,650 points": more than a hundred points is an index's level or move, never percentage points.
  const percentSized = core.value === null || Math.abs(core.value) <= MAX_PERCENTAGE_POINTS;
  // "a quarter-point cut", "half a point": a fraction of a point in words is a rate's move wherever it stands (an index
  // or a game counts whole points).
  const fraction = core.number?.digits === false && core.value !== null && core.value < 1;
  if ((w === 'points' || w === 'point' || w === 'pts') && percentSized && (fraction || pointsOfPercent(tokens, core.first, at))) {
    return { unit: { id: 'percentage_point', kind: 'percent', dimension: null, next: at + 1 }, next: at + 1 };
  }
  if (w === 'times' && !core.range && readRate(tokens, at + 1) !== null) return { unit: null, next: at + 1 };
  return { unit: null, next: at };
}

/** Cheap test before rateAfterNoun: most amounts have no rate word in the next few tokens. */
function rateWordAhead(tokens: readonly AToken[], at: number): boolean {
  for (let j = at + 1; j <= at + RATE_LOOKAHEAD_TOKENS; j++) if (RATE_WORDS_AHEAD.has(word(tokens, j))) return true;
  return false;
}

/** Every word after "a"/"an" that may open an amount: a number, a bound phrase ("a maximum of") or a unit ("a gallon"). */
const A_OPENS: ReadonlySet<string> = new Set([...A_BEFORE, ...A_BOUND_NEXT, ...A_UNIT_WORDS]);
/** Whether the core of an amount (after any bound words) may start at tokens[i]. */
function opensCore(tokens: readonly AToken[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (t.lower === 'a' || t.lower === 'an') return A_BEFORE.has(word(tokens, i + 1)) || (t.text === 'A' && gluedDollar(tokens, i) !== null);
  return CORE_WORDS.has(t.lower) || (t.text.length === 1 && (OPEN_SIGNS.has(t.text) || gluedDollar(tokens, i) !== null)) || (c === 46 && isDigitToken(t));
}

/** Digits, or a currency sign glued to digits, at tokens[i]: a figure written after an article ("a 2%", "a $500"). */
function figureAfterArticle(tokens: readonly AToken[], i: number): boolean {
  if (isDigitToken(tokens[i])) return true;
  const t = tokens[i];
  return t !== undefined && t.text.length === 1 && OPEN_SIGNS.has(t.text) && isDigitToken(tokens[i + 1]) && glued(t, tokens[i + 1]);
}

function matchPhrase(tokens: readonly AToken[], i: number, index: ReadonlyMap<string, readonly Phrase[]>): Phrase | null {
  const list = index.get(word(tokens, i));
  if (list === undefined) return null;
  for (const p of list) {
    let ok = true;
    for (let k = 1; k < p.words.length && ok; k++) ok = word(tokens, i + k) === p.words[k];
    if (ok) return p;
  }
  return null;
}
/** Bound phrases by first word, longest first. */
function byFirstWord(list: readonly Phrase[]): ReadonlyMap<string, readonly Phrase[]> {
  const m = new Map<string, Phrase[]>();
  for (const p of list) {
    const w = p.words[0] ?? '';
    m.set(w, [...(m.get(w) ?? []), p]);
  }
  return m;
}
const BEFORE_INDEX = byFirstWord(BOUND_BEFORE);
const AFTER_INDEX = byFirstWord(BOUND_AFTER);

/** The amount starting at tokens[i] (bound words included), or null. */
function readAt(s: string, tokens: readonly AToken[], i: number): { amount: Amount; next: number } | null {
  const w0 = (tokens[i] as AToken).lower;
  if ((w0 === 'a' || w0 === 'an') && A_ONE_UNIT.has(word(tokens, i + 1))) return oneUnit(s, tokens, i);
  // "a 3-under 69", "a 2-over-par round": a bound word joined by a hyphen to what precedes it is part of a compound.
  const before = tokens[i - 1]?.text === '-' && glued(tokens[i - 1], tokens[i]) ? null : matchPhrase(tokens, i, BEFORE_INDEX);
  // "ticked up to 3.9%": after a verb whose particle is "up", "up to" leads to a new level; the number opens the amount.
  if (before !== null && w0 === 'up' && PARTICLE_VERB_SET.has(word(tokens, i - 1))) return null;
  let coreAt = before ? i + before.words.length : i;
  // "at most a 2% raise", "up to a $500 rebate": an article between the bound and a figure that qualifies a noun.
  if (before !== null && (word(tokens, coreAt) === 'a' || word(tokens, coreAt) === 'an') && figureAfterArticle(tokens, coreAt + 1)) coreAt++;
  if (!opensCore(tokens, coreAt)) return null;
  const core = readBetween(tokens, coreAt) ?? readCore(tokens, coreAt);
  if (core === null) return null;
  if (core.number && isNotAmount(tokens, core, coreAt === i ? undefined : before)) return null;
  // "Shares of 3M fell", "supports 4K and 5G": one digit and a glued capital M or K, no currency and no counted plural
  // after it, name a company or a resolution ("3M shares", "3M people" stay millions).
  if (core.currency === null && !core.range && oneDigitNamed(tokens, coreAt, core.next)) return null;
  let next = core.next;
  let bound: Bound = core.range ? 'range' : '=';
  if (before && !core.range) bound = before.bound;
  // "more than 5000 or equal to"
  if ((bound === '>' || bound === '<') && word(tokens, next) === 'or' && word(tokens, next + 1) === 'equal') {
    // "more than 5000 or equal to", "less than 5000 or equal"; not "... or equal to 6000" (a second amount).
    const to = word(tokens, next + 2) === 'to';
    if (!opensCore(tokens, next + (to ? 3 : 2))) {
      bound = bound === '>' ? '>=' : '<=';
      next += to ? 3 : 2;
    }
  }
  next = skipTolerance(tokens, next);
  let unit: UnitHit | null = fractionOfUnit(tokens, next, core) ?? vagueOfUnit(tokens, next, core) ?? readUnit(tokens, next, core.number, core.currency);
  if (unit) {
    next = unit.next;
    applyUnitScale(core, unit);
  }
  // "44 mg to 50 mg", "$350 per kg to $680 per kg": the range end repeats the unit.
  const rangeEnd = core.range ? null : readRangeEnd(tokens, next, core, unit);
  if (rangeEnd) {
    core.low = core.value;
    core.high = rangeEnd.value;
    core.value = null;
    core.range = true;
    bound = 'range';
    next = rangeEnd.next;
    unit = rangeEnd.unit ?? unit;
  }
  // "a magnitude 6.2 earthquake": the unit written before the number.
  // "a 7.1 quake": a decimal before a quake's noun is its magnitude.
  const quake = core.value !== null && core.value < MAX_MAGNITUDE && QUAKE_NOUNS.has(word(tokens, next)) && DECIMAL_RE.test(tokens[core.first]?.text ?? '');
  if (unit === null && core.number?.digits && (quake || word(tokens, core.first - 1) === 'magnitude'))
    unit = { id: 'magnitude', kind: 'unit', dimension: 'other', next };
  // "5G networks", "3D printing", "2FA", "401(k)": digits glued to letters that are no unit name a thing.
  if (unit === null && core.number?.digits && !core.range && (gluedLetters(tokens, core.next) || bracketedSubsection(tokens, core.first))) return null;
  // "half a point", "a quarter-point": a fraction of a rate's point, "a" or a hyphen between.
  if (
    unit === null &&
    core.number?.digits === false &&
    core.value !== null &&
    core.value < 1 &&
    (word(tokens, next) === 'a' || word(tokens, next) === '-') &&
    POINT_WORDS.has(word(tokens, next + 1))
  )
    next++;
  if (unit === null && core.number !== null && COUNTED_UNIT_WORDS.has(word(tokens, next))) {
    const counted = countedUnit(tokens, core, next);
    unit = counted.unit;
    next = counted.next;
  } else if (
    unit === null &&
    core.number?.digits &&
    word(tokens, next) === '-' &&
    word(tokens, next + 1) === 'point' &&
    POINT_CHANGE_NOUNS.has(word(tokens, next + 2))
  ) {
    // "a 6-point drop in approval": a rate's points joined by a hyphen before a noun of change or lead, as "a
    // 25-basis-point cut" is ("a 3-point shooter" names a shot).
    const counted = countedUnit(tokens, core, next + 1);
    if (counted.unit !== null) {
      unit = counted.unit;
      next = counted.next;
    }
  }
  let rate = readRate(tokens, next);
  // "640 million monthly active users", "300 million weekly users": after a count, a rate adjective before a word names
  // the kind of what is counted (its noun goes on), no rate; "10mg daily", "$5bn annual", "5,000 daily." keep theirs.
  if (
    rate !== null &&
    unit === null &&
    core.currency === null &&
    rate.next === next + 1 &&
    /^[a-z]/.test(tokens[next + 1]?.text ?? '') &&
    isRateAdjective(word(tokens, next))
  )
    rate = null;
  if (rate) next = rate.next;
  // "400 patients a day", "2.5m of ice a year": the rate after the counted noun; the span stays the amount's.
  // A range takes it too: "40 to 50 patients a week".
  const nounRate = rate !== null || !rateWordAhead(tokens, next) ? null : rateAfterNoun(tokens, next, unit !== null);
  const per = rate?.per ?? nounRate?.per ?? null;
  const after = core.range || (before && before.bound !== '~' && before.bound !== '=') ? null : matchPhrase(tokens, next, AFTER_INDEX);
  // "equal to 5000 or less than 6000": "or less than" opens the next amount; "200 or greater than." closes this one.
  const opensNext =
    after !== null &&
    (word(tokens, next + after.words.length) === 'than' || after.words.at(-1) === 'than') &&
    opensCore(tokens, next + after.words.length + (after.words.at(-1) === 'than' ? 0 : 1));
  // "€80 million plus €20m in add-ons", "5 plus 3": "plus" before another amount adds, it bounds nothing.
  const adds = after !== null && (after.words[0] === 'plus' || after.words[0] === '+') && opensCore(tokens, next + after.words.length);
  if (after && !opensNext && !adds && !(after.words[0] === '+' && !glued(tokens[next - 1], tokens[next]))) {
    bound = after.bound;
    next += after.words.length;
  }
  const startTok = tokens[before && !core.fromTo ? i : core.first] as AToken;
  const endTok = tokens[next - 1] as AToken;
  const classified = classify(core, unit, tokens, next);
  const unitId = classified.unitId;
  // "ran 9.58 seconds", "delays of up to 45 minutes": a measured time is a figure, a period only scopes one.
  const type = classified.type === 'duration' && isMeasuredTime(tokens, i, core.first, next, classified.unitId, per) ? 'measure' : classified.type;
  // "aged over 80", "aged under 16": an age group, whatever its bound.
  const ageGroup = type === 'count' && before !== null && coreAt !== i && AGE_WORDS.has(word(tokens, i - 1));
  const value = core.value;
  const amount: Amount = {
    start: startTok.start,
    end: endTok.end,
    text: s.slice(startTok.start, endTok.end),
    value,
    bound: core.vague ? 'range' : bound,
    low: core.low,
    high: core.high,
    unit: ageGroup ? 'year' : unitId,
    type: ageGroup ? 'age' : type,
    per,
    vague: core.vague,
    fromTo: core.fromTo,
    words: core.number !== null && !core.number.digits,
  };
  // "45 cases per 100,000 people": the reader goes on past the denominator, which is no amount of its own.
  return { amount, next: nounRate !== null && nounRate.next > next ? nounRate.next : next };
}

function oneDigitNamed(tokens: readonly AToken[], at: number, next: number): boolean {
  const d = tokens[at];
  const letter = tokens[at + 1];
  if (d === undefined || letter === undefined || next !== at + 2 || d.text.length !== 1 || (letter.text !== 'M' && letter.text !== 'K')) return false;
  if (!glued(d, letter) || !isDigitToken(d)) return false;
  const after = tokens[next]?.text ?? '';
  return !(after === 'people' || /^[a-z]+s$/.test(after));
}

function gluedLetters(tokens: readonly AToken[], at: number): boolean {
  const t = tokens[at];
  if (t === undefined || !glued(tokens[at - 1], t)) return false;
  // "a 401(k) plan", "a 501(c)(3) charity": a letter in brackets glued to the number labels a section of a code.
  if (t.text === '(') return /^[a-z]$/.test(tokens[at + 1]?.text ?? '') && tokens[at + 2]?.text === ')' && glued(t, tokens[at + 1]);
  return NAME_SUFFIXES.has(t.text) && /^[\d.,]+$/.test(tokens[at - 1]?.text ?? '');
}
/** "501(c)(3)": a number in brackets glued to a closing bracket is a subsection of the label before it. */
function bracketedSubsection(tokens: readonly AToken[], first: number): boolean {
  const open = tokens[first - 1];
  return open?.text === '(' && tokens[first - 2]?.text === ')' && glued(tokens[first - 2], open) && glued(open, tokens[first]);
}
/**
 * Letters glued to digits that make a name ("5G", "3D", "2FA", the "49ers") or style sheet furniture ("600px"); an
 * unknown unit ("1Ga") keeps its number.
 */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['G', 'D', 'FA', 'GS', 'DS', 'px', 'ers']);

/** "half a percentage point", "a quarter of a mile", "three-quarters of an hour": a fraction in words of one unit. */
function fractionOfUnit(tokens: readonly AToken[], at: number, core: Core): UnitHit | null {
  if (core.number?.fraction !== true || core.number.digits || core.currency !== null || core.range) return null;
  const k = word(tokens, at) === 'of' ? at + 1 : at;
  const a = word(tokens, k);
  if (a !== 'a' && a !== 'an') return null;
  const hit = readUnit(tokens, k + 1, core.number, null);
  // "half a cent", "a quarter of a dollar": a currency named by a word; a symbol opens an amount of its own
  // ("two-thirds of a $10 billion fund").
  return hit !== null && (hit.kind !== 'currency' || LETTERS_RE.test(tokens[k + 1]?.text ?? '')) ? hit : null;
}
const LETTERS_RE = /^[A-Za-z]+$/;

/** "hundreds of millions of dollars", "thousands of tonnes": the unit of a vague amount after "of". */
function vagueOfUnit(tokens: readonly AToken[], at: number, core: Core): UnitHit | null {
  if (!core.vague || core.currency !== null || word(tokens, at) !== 'of') return null;
  const hit = readUnit(tokens, at + 1, null, null);
  return hit !== null && hit.kind !== 'percent' ? hit : null;
}

/** "2,000.45±0.01 pounds", "9.83e-3 +/- 1e-5 km/s2": the tolerance is no amount of its own. */
function skipTolerance(tokens: readonly AToken[], at: number): number {
  let j = at;
  if (tokens[j]?.text === '\u00B1') j++;
  else if (tokens[j]?.text === '+' && tokens[j + 1]?.text === '/' && tokens[j + 2]?.text === '-') j += 3;
  else return at;
  const n = readNumber(tokens, j);
  return n === null ? at : n.next;
}

/** "75 USD million", "30 MUSD", "3 dollars 50 cents": the unit changes the number. */
function applyUnitScale(core: Core, unit: UnitHit): void {
  const f = unit.scale;
  if (f !== undefined) {
    if (core.value !== null) core.value = round(core.value * f);
    if (core.low !== null) core.low = round(core.low * f);
    if (core.high !== null) core.high = round(core.high * f);
  }
  if (unit.add !== undefined && core.value !== null) core.value = round(core.value + unit.add);
}

/** "between 10 and 12%", "from 5% to 7%", "between $1m and $2m". */
function readBetween(tokens: readonly AToken[], i: number): Core | null {
  const w = word(tokens, i);
  if (w !== 'between' && w !== 'from') return null;
  // "from about $350 per kg to $680 per kg"
  const at = APPROX_WORDS.has(word(tokens, i + 1)) ? i + 2 : i + 1;
  const a = readCore(tokens, at);
  // "rise from 40,000 to 52,000": the core read both numbers as a range.
  if (w === 'from' && a !== null && a.range && !a.vague && a.low !== null && hasTo(tokens, at, a.next)) return { ...a, first: i + 1, fromTo: true };
  if (a === null || a.range || a.value === null) return null;
  let j = a.next;
  const unitA = readUnit(tokens, j, a.number, a.currency);
  if (unitA) {
    j = unitA.next;
    applyUnitScale(a, unitA);
    j = readRate(tokens, j)?.next ?? j;
  }
  if (word(tokens, j) !== (w === 'between' ? 'and' : 'to') && !(w === 'between' && RANGE_DASHES.has(word(tokens, j)))) return null;
  const b = readCore(tokens, APPROX_WORDS.has(word(tokens, j + 1)) ? j + 2 : j + 1);
  if (b === null || b.range || b.value === null || a.value === null) return null;
  if (w === 'between' && b.value < a.value) return null;
  // "from 44 ml to 50 mg": two amounts, not a range.
  const unitB = unitA ? readUnit(tokens, b.next, b.number, b.currency) : null;
  if (unitA && unitB && unitB.id !== unitA.id) return null;
  return {
    ...a,
    first: w === 'from' ? i + 1 : i,
    next: b.next,
    value: null,
    low: a.value,
    high: b.value,
    range: true,
    fromTo: w === 'from',
    currency: a.currency ?? b.currency,
    number: b.number,
  };
}

function hasTo(tokens: readonly AToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]?.lower === 'to') return true;
  return false;
}
