/**
 * The unit after a number: currency words, percent forms, physical and time
 * units (glued "70kg", hyphenated "7-inch", spaced "12 watts"), then the rate
 * ("per day", "a year", "/hour") and the amount's type.
 */
import { isAge } from './amount-ages.js';
import { AGE_AFTER, isRaceDistance, YEAR_MAX, YEAR_MIN } from './amount-context.js';
import { CURRENCY_MILLIONS, CURRENCY_SUFFIXES, MINOR_UNITS } from './amount-currencies.js';
import { PERCENT_WORDS, RATE_PERIODS, SCALE_WORDS, UNITS, type UnitDef } from './amount-lexicon.js';
import { glued, readNumber, type AToken, type ReadNumber } from './amount-numbers.js';
import type { AmountType } from './amount-tokens.js';

/** A unit found after a number. */
export interface UnitHit {
  id: string;
  kind: 'currency' | 'percent' | 'unit';
  dimension: UnitDef['dimension'] | null;
  next: number;
  /** "75 USD million", "30 MUSD": the unit carries a scale for the number before it. */
  scale?: number;
  /** "3 dollars 50 cents": minor units added to the number. */
  add?: number;
}

const FOOT_MARKS: ReadonlySet<string> = new Set(["'", '\u2019', '\u2032']);
const INCH_MARKS: ReadonlySet<string> = new Set(['"', '\u201D', '\u2033']);

/** Longest unit phrase, in tokens. */
const MAX_UNIT_TOKENS = 3;
/** Single letters are units only glued to the number ("48m", "-10C"). */
const SINGLE_LETTER = /^[a-z\u00B0\u00B5]$/i;
/** After "in" as a unit ("2 in thick"): without one of these, "in" is the preposition. */
const INCH_AFTER = new Set(['thick', 'long', 'wide', 'tall', 'high', 'deep', '.', ',', ')', '']);

const word = (tokens: readonly AToken[], i: number): string => tokens[i]?.lower ?? '';

/** Every prefix of every key readUnit acts on (the four tables, and "pound" and "pounds" as weight). */
const UNIT_KEY_PREFIXES: ReadonlySet<string> = new Set(
  [...Object.keys(PERCENT_WORDS), ...Object.keys(CURRENCY_SUFFIXES), ...Object.keys(CURRENCY_MILLIONS), ...Object.keys(UNITS), 'pound', 'pounds'].flatMap((k) =>
    Array.from({ length: k.length }, (_, n) => k.slice(0, n + 1)),
  ),
);

/** Tokens[at..at+n) joined as a lexicon key; "km/h", "km2" and "sq km" all work. */
function key(tokens: readonly AToken[], at: number, n: number): string {
  let k = '';
  for (let j = at; j < at + n; j++) {
    const t = tokens[j];
    if (t === undefined) return '';
    // "25-basis-point", "3-per-cent": a hyphen inside a unit phrase reads as a space.
    const hyphen = j > at && t.text === '-' && j + 1 < at + n && glued(tokens[j - 1], t) && glued(t, tokens[j + 1]);
    k += j === at ? t.lower : hyphen ? '' : glued(tokens[j - 1], t) && tokens[j - 1]?.text !== '-' ? t.lower : ` ${t.lower}`;
  }
  return k;
}

/** The unit starting at tokens[at] (after the number), or null. */
export function readUnit(tokens: readonly AToken[], at: number, n: ReadNumber | null, currency: string | null): UnitHit | null {
  let j = at;
  // "7-inch", "two-year", "776-foot"
  if (tokens[j]?.text === '-' && glued(tokens[j - 1], tokens[j]) && glued(tokens[j], tokens[j + 1]) && /^[A-Za-z]/.test(tokens[j + 1]?.text ?? '')) j++;
  const attached = glued(tokens[j - 1], tokens[j]);
  // "1960s": a decade, not seconds.
  if (attached && word(tokens, j) === 's' && /^\d{2,4}$/.test(tokens[j - 1]?.text ?? '')) return null;
  // 6'3" (six foot three): feet and inches written with primes.
  if (
    attached &&
    FOOT_MARKS.has(tokens[j]?.text ?? '') &&
    n?.digits === true &&
    /^\d{1,2}$/.test(tokens[j + 1]?.text ?? '') &&
    glued(tokens[j], tokens[j + 1])
  ) {
    const close = tokens[j + 2];
    const inches = Number(tokens[j + 1]?.text);
    if (close !== undefined && INCH_MARKS.has(close.text) && glued(tokens[j + 1], close) && inches < 12)
      return { id: 'ft', kind: 'unit', dimension: 'length', next: j + 3, add: inches / 12 };
  }
  // "a 10k race", "a 5K run": kilometres in running, not thousands.
  if (attached && word(tokens, j) === 'k' && n?.digits === true && isRaceDistance(tokens, j))
    return { id: 'km', kind: 'unit', dimension: 'length', next: j + 1 };
  // 9" (inches): a straight double quote glued to digits that closes no quotation.
  if (attached && tokens[j]?.text === '"' && n?.digits === true && closesNoQuote(tokens, j))
    return { id: 'in', kind: 'unit', dimension: 'length', next: j + 1 };
  // A key starts with the token at j: when no unit phrase starts so, no length of key is one (most words after a number).
  const first = tokens[j]?.lower;
  // "500 U.S. dollars", "66.5 U.S. cents": initials with stops take two tokens each.
  const longest = tokens[j + 1]?.text === '.' && glued(tokens[j], tokens[j + 1]) ? MAX_UNIT_TOKENS + 2 : MAX_UNIT_TOKENS;
  for (let len = first !== undefined && UNIT_KEY_PREFIXES.has(first) ? longest : 0; len >= 1; len--) {
    const k = key(tokens, j, len);
    if (k === '') continue;
    const pct = PERCENT_WORDS[k];
    if (pct !== undefined && currency === null) return { id: pct, kind: 'percent', dimension: null, next: j + len };
    // "a twenty-pound bag", "one pound of coal": weight, not sterling.
    if (
      (k === 'pound' || k === 'pounds') &&
      currency === null &&
      (j > at ||
        (word(tokens, j + 1) === 'of' && !(n?.scaled ?? false)) ||
        weighedBefore(tokens, at) ||
        (k === 'pound' && poundBeforeNoun(tokens, j, n)) ||
        (k === 'pounds' && !(n?.scaled ?? false) && !moneyBefore(tokens, at)))
    ) {
      return { id: 'lb', kind: 'unit', dimension: 'mass', next: j + 1 };
    }
    const cur = CURRENCY_SUFFIXES[k];
    // "$ 20,000.00 $ 37,305.97": a symbol before the next number is that number's prefix.
    const symbolOfNext = k.length === 1 && !/[a-z]/.test(k) && /^\d/.test(tokens[j + 1]?.text ?? '');
    if (cur !== undefined && !symbolOfNext && (currency === null || cur === currency) && !(k === 'p' && !attached)) {
      // "they won 3 games" vs "5,000 won", "1.5 trillion won".
      if (k === 'won' && !/^\d/.test(tokens[at - 1]?.text ?? '') && !(n?.scaled ?? false)) continue;
      return afterCurrency(tokens, { id: currency ?? cur, kind: 'currency', dimension: null, next: j + len });
    }
    const millions = currency === null ? CURRENCY_MILLIONS[k] : undefined;
    if (millions !== undefined) return { id: millions, kind: 'currency', dimension: null, next: j + len, scale: 1e6 };
    if (currency !== null) continue;
    const unit = UNITS[k];
    if (unit === undefined) continue;
    // "5G", "4G": a capital G is a network generation; grams are written "g".
    if (k === 'g' && tokens[j]?.text === 'G') continue;
    if (len === 1 && SINGLE_LETTER.test(k) && !attached && !singleLetterSpaced(tokens, j, k, n)) continue;
    if (k === 'in' && !(attached || INCH_AFTER.has(word(tokens, j + 1)))) continue;
    // "a 1-in-100-year flood": odds, not inches.
    if (k === 'in' && tokens[j + 1]?.text === '-' && glued(tokens[j], tokens[j + 1])) continue;
    if (k === 'in' && n !== null && !n.digits) continue;
    // "two kb per second", "100 Mb": a lower-case "b" is bits, a capital "B" bytes.
    // "35 Mt of CO2" is megatonnes; commodity desks write metric tonnes "mt".
    const id = len === 1 && (unit.dimension === 'data' || unit.dimension === 'mass') ? (CASED_UNITS[tokens[j]?.text ?? ''] ?? unit.id) : unit.id;
    // "10 degrees Celsius" beats "10 degrees".
    return withSubunit(tokens, { id, kind: 'unit', dimension: unit.dimension, next: j + len });
  }
  return currency !== null ? afterCurrency(tokens, { id: currency, kind: 'currency', dimension: null, next: at }) : null;
}

/** Symbols whose case decides the unit: a lower-case "b" names the bit ("100Mb"), "Mt" megatonnes beside "mt" (tonnes). */
const CASED_UNITS: Readonly<Record<string, string>> = {
  kb: 'kbit',
  Kb: 'kbit',
  mb: 'Mbit',
  Mb: 'Mbit',
  Gb: 'Gbit',
  gb: 'Gbit',
  Tb: 'Tbit',
  tb: 'Tbit',
  Mt: 'Mt',
};

/** "5 ft 2 in", "5 feet and 2 inches", "7 lb 6 oz": imperial measures with a smaller unit added. */
function withSubunit(tokens: readonly AToken[], hit: UnitHit): UnitHit {
  const sub = SUBUNITS[hit.id];
  if (sub === undefined) return hit;
  // "6-foot-3": the inches after a hyphen, with no unit of their own.
  const h = tokens[hit.next];
  if (
    hit.id === 'ft' &&
    h?.text === '-' &&
    glued(tokens[hit.next - 1], h) &&
    glued(h, tokens[hit.next + 1]) &&
    /^\d{1,2}$/.test(tokens[hit.next + 1]?.text ?? '')
  ) {
    const inches = Number(tokens[hit.next + 1]?.text);
    if (inches < sub.per && !glued(tokens[hit.next + 1], tokens[hit.next + 2])) return { ...hit, next: hit.next + 2, add: inches / sub.per };
  }
  const k = word(tokens, hit.next) === 'and' ? hit.next + 1 : hit.next;
  const n = readNumber(tokens, k);
  if (n === null || n.value <= 0 || n.value >= sub.per) return hit;
  const u = UNITS[word(tokens, n.next)];
  if (u?.id !== sub.id) return hit;
  return { ...hit, next: n.next + 1, add: n.value / sub.per };
}
const SUBUNITS: Readonly<Record<string, { id: string; per: number }>> = { ft: { id: 'in', per: 12 }, lb: { id: 'oz', per: 16 } };

/** Scale words written after the currency ("75 USD million") and minor units ("3 dollars 50 cents", "15 dollars and 50."). */
function afterCurrency(tokens: readonly AToken[], hit: UnitHit): UnitHit {
  const j = hit.next;
  const scale = SCALE_WORDS[word(tokens, j)];
  if (scale !== undefined && scale >= 1e3 && /^\d/.test(tokens[j - 2]?.text ?? '')) return { ...hit, next: j + 1, scale };
  if (!MAJOR_WITH_MINOR.has(hit.id) || hit.next === 0 || MINOR_UNITS.has(word(tokens, j - 1))) return hit;
  const k = word(tokens, j) === 'and' ? j + 1 : j;
  const n = readNumber(tokens, k);
  if (n === null || n.fraction || !Number.isInteger(n.value) || n.value < 1 || n.value > 99) return hit;
  if (MINOR_UNITS.has(word(tokens, n.next)) && !(word(tokens, n.next) === 'p' && !glued(tokens[n.next - 1], tokens[n.next]))) {
    return { ...hit, next: n.next + 1, add: n.value / 100 };
  }
  // "15 dollars 50." with no coin word: only at the end of a clause.
  const after = tokens[n.next]?.text ?? '';
  return after === '' || /^[.,;!?)]$/.test(after) || word(tokens, n.next) === 'more' ? { ...hit, next: n.next, add: n.value / 100 } : hit;
}

/** Currencies whose hundredth has a name of its own, written after the main unit. */
const MAJOR_WITH_MINOR = new Set(['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD']);

/** Whether the straight quote at tokens[j] opens no quotation and closes none (an even number of quotes before it). */
function closesNoQuote(tokens: readonly AToken[], j: number): boolean {
  let quotes = 0;
  for (let k = 0; k < j; k++) if (tokens[k]?.text === '"') quotes++;
  const after = tokens[j + 1]?.text ?? '';
  return quotes % 2 === 0 && (after === '' || !/^[A-Za-z]/.test(after) || !glued(tokens[j], tokens[j + 1]));
}

/**
 * "a twenty pound bag", "a 300 pound man": the singular after a number other
 * than one, before a noun, is a weight; "a twenty pound note" and "twenty
 * pound for it" are money.
 */
function poundBeforeNoun(tokens: readonly AToken[], j: number, n: ReadNumber | null): boolean {
  if (n === null || n.value === 1 || n.scaled) return false;
  const next = tokens[j + 1];
  return next !== undefined && /^[a-z]{3,}$/.test(next.text) && !NOT_WEIGHED_AFTER_POUND.has(next.text);
}
const NOT_WEIGHED_AFTER_POUND: ReadonlySet<string> = new Set(
  'note notes coin coins fine fee fees bill bills ticket voucher bet bonus prize charge tax levy payment deal loan rise cut increase and for from per each the more less than was were are has had will would could with into off'.split(
    ' ',
  ),
);

/**
 * "paid 20 pounds", "fined 500 pounds", "tickets cost 40 pounds": a word of money shortly before the number makes
 * "pounds" sterling; without one (and without a scale: "361 million pounds") it is a weight ("lost 30 pounds",
 * "170-175 pounds"), as news writes sterling with "£".
 */
function moneyBefore(tokens: readonly AToken[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - WEIGH_WINDOW_TOKENS; k--) if (MONEY_WORDS.has(word(tokens, k))) return true;
  return false;
}
const MONEY_WORDS: ReadonlySet<string> = new Set(
  'paid pay pays paying cost costs costing price prices priced worth fine fined fines charge charged charges spend spent spending raise raised raising sterling salary wage wages earn earns earned earning sold sell sells selling buy bought buys donate donated budget fund funding grant award awarded compensation bill fee fees tax rent sum prize bonus profit revenue loan debt owed owe'.split(
    ' ',
  ),
);

/** "weighs 200 pounds", "weighing over two pounds": a weight verb shortly before the number. */
function weighedBefore(tokens: readonly AToken[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - WEIGH_WINDOW_TOKENS; k--) if (/^weigh/.test(word(tokens, k))) return true;
  return false;
}
const WEIGH_WINDOW_TOKENS = 8;

/**
 * A single-letter unit after a space: "30 C" / "-10 F" in capitals at a clause
 * end, and the metric symbols m, g, t, l/L after digits ("1 m", "278,000 t",
 * "3 to 4 L"), where a letter after a number has no other reading.
 */
function singleLetterSpaced(tokens: readonly AToken[], j: number, k: string, n: ReadNumber | null): boolean {
  const t = tokens[j];
  const after = tokens[j + 1]?.text ?? '';
  if ((k === 'c' || k === 'f') && t?.text === k.toUpperCase() && (after === '' || /^[.,!;)]$/.test(after) || /^[a-z]/.test(after))) return true;
  return n?.digits === true && SPACED_METRIC.has(t?.text ?? '') && !/^['’]/.test(after);
}
const SPACED_METRIC = new Set(['m', 'g', 't', 'l', 'L', 'W', 'J']);

/** "per day", "a year", "an hour", "/hour", "per share", "apiece", "each". */
/** Adjectives of a rate: their period. */
const RATE_ADJECTIVES: Readonly<Record<string, string>> = {
  hourly: 'hour',
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  annual: 'year',
  yearly: 'year',
  annually: 'year',
};
/** Whether `w` is an adjective of a rate ("daily", "monthly"). */
export const isRateAdjective = (w: string): boolean => RATE_ADJECTIVES[w] !== undefined;
/** Words after "per" that are no denominator ("as per the deal"). */
const NOT_PER_NOUN: ReadonlySet<string> = new Set([
  'hundred',
  'thousand',
  'million',
  'billion',
  'the',
  'his',
  'her',
  'their',
  'its',
  'our',
  'your',
  'this',
  'that',
  'these',
  'those',
  'cent',
  'centum',
  'mille',
  'and',
]);

/** Rates written as abbreviations, lower case only ("PA" is a state, "PW" a name). */
const RATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['pcm', 'month'],
  ['pw', 'week'],
  ['pa', 'year'],
]);

/** Words after "a <period>" that make it a time ago, not a rate. */
const NOT_RATE_AFTER: ReadonlySet<string> = new Set(['earlier', 'ago', 'before', 'later', 'previously', 'after']);

export function readRate(tokens: readonly AToken[], at: number): { per: string; next: number } | null {
  const w = word(tokens, at);
  // "£350,000-a-week", "$15-an-hour": a hyphenated rate glued to the amount.
  if (w === '-' && glued(tokens[at - 1], tokens[at]) && glued(tokens[at], tokens[at + 1]) && word(tokens, at + 2) === '-') {
    const a = word(tokens, at + 1);
    const p = word(tokens, at + 3);
    if ((a === 'a' || a === 'an' || a === 'per') && RATE_PERIODS.has(p) && glued(tokens[at + 2], tokens[at + 3])) return { per: p, next: at + 4 };
  }
  // "300 each week" is a rate per week, "$5 each" a price apiece.
  if (w === 'each' && RATE_PERIODS.has(word(tokens, at + 1))) return { per: word(tokens, at + 1), next: at + 2 };
  if (w === 'apiece' || w === 'each') return { per: 'each', next: at + 1 };
  // "£1,200 pcm", "£300 pw", "£40,000 pa": letting and salary abbreviations.
  const abbreviated = RATE_ABBREVIATIONS.get(tokens[at]?.text ?? '');
  if (abbreviated !== undefined) return { per: abbreviated, next: at + 1 };
  // "10mg daily", "$5bn annual": a rate adjective right after the amount.
  const adjective = RATE_ADJECTIVES[w];
  if (adjective) return { per: adjective, next: at + 1 };
  // "a year earlier", "a week ago" date the amount; they are no rate.
  if ((w === 'a' || w === 'an') && NOT_RATE_AFTER.has(word(tokens, at + 2))) return null;
  if (w === 'per' || ((w === 'a' || w === 'an') && RATE_PERIODS.has(word(tokens, at + 1))) || (w === '/' && glued(tokens[at - 1], tokens[at]))) {
    if (w === 'per') {
      const counted = perCount(tokens, at + 1);
      if (counted !== null) return counted;
    }
    const p = word(tokens, at + 1);
    if (p === 'cent') return null;
    const area = areaDenominator(tokens, at + 1);
    if (area !== null) return area;
    if (RATE_PERIODS.has(p)) return { per: UNITS[p]?.id ?? p, next: at + 2 };
    if (UNITS[p] !== undefined) {
      // "48 euros per megawatt hour": the unit may run over more words than its first ("megawatt" alone is power).
      const whole = readUnit(tokens, at + 1, null, null);
      return whole !== null && whole.next > at + 2 ? { per: whole.id, next: whole.next } : { per: UNITS[p]?.id ?? p, next: at + 2 };
    }
    if (p === 'annum') return { per: 'year', next: at + 2 };
    // "$2.1m per patient", "10 per voter": "per" before any singular noun.
    if (w === 'per' && /^[a-z]{3,}$/.test(tokens[at + 1]?.text ?? '') && !NOT_PER_NOUN.has(p)) {
      // "$1.12 per diluted share": a participle before the noun qualifies it; the noun is the denominator.
      if (p.endsWith('ed') && /^[a-z]{3,}$/.test(tokens[at + 2]?.text ?? '')) return { per: word(tokens, at + 2), next: at + 3 };
      return { per: p, next: at + 2 };
    }
  }
  return null;
}

/**
 * "6.8 per 100,000 people", "5.4 deaths per 1,000 live births", "per 100,000": a rate per a number of something. The
 * number is the denominator, no figure of its own; `per` is the number with its noun ("100000 people"). The noun is a
 * lower-case word, or two when the first is no plural ("live births"), that is no word of grammar ("in", "last").
 */
function perCount(tokens: readonly AToken[], at: number): { per: string; next: number } | null {
  const t = tokens[at];
  if (t === undefined || !isDigitCode(t.text.charCodeAt(0))) return null;
  const n = readNumber(tokens, at);
  if (n === null || n.fraction || n.value < MIN_PER_COUNT || !Number.isInteger(n.value)) return null;
  // "per 100 grams" is a measure's rate: the unit names it.
  const unit = readUnit(tokens, n.next, n, null);
  if (unit !== null) return { per: `${n.value} ${unit.id}`, next: unit.next };
  let next = n.next;
  const noun: string[] = [];
  while (noun.length < PER_COUNT_NOUN_WORDS && /^[a-z]{3,}$/.test(tokens[next]?.text ?? '') && !NOT_PER_COUNT_NOUN.has(word(tokens, next))) {
    noun.push(word(tokens, next));
    next++;
    if (/s$|people|population|children/.test(noun[0] as string)) break;
  }
  return { per: noun.length > 0 ? `${n.value} ${noun.join(' ')}` : String(n.value), next };
}
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
/** "per 10 people" and up: "per 1" is no denominator news writes. */
const MIN_PER_COUNT = 10;
const PER_COUNT_NOUN_WORDS = 2;
/** Words after "per 100,000" that end the denominator's noun. */
const NOT_PER_COUNT_NOUN: ReadonlySet<string> = new Set(
  'and or but the in on at of for from to by with than was were are is has had have who that which this last since during over across among compared against up down while when after before'.split(
    ' ',
  ),
);

/** "per square mile", "kg/m³", "W/m2": a denominator that is an area or a volume. */
function areaDenominator(tokens: readonly AToken[], at: number): { per: string; next: number } | null {
  const p = word(tokens, at);
  if (p === 'square' || p === 'sq' || p === 'cubic') {
    const u = UNITS[`${p} ${word(tokens, at + 1)}`];
    return u === undefined ? null : { per: u.id, next: at + 2 };
  }
  // "J/m^2": a caret before the power.
  const caret = tokens[at + 1]?.text === '^' && glued(tokens[at], tokens[at + 1]) ? 1 : 0;
  const power = tokens[at + 1 + caret];
  if (power === undefined || !POWERS.has(power.text) || !glued(tokens[at + caret], power)) return null;
  const u = UNITS[p + power.text];
  return u === undefined ? null : { per: u.id, next: at + 2 + caret };
}
const POWERS: ReadonlySet<string> = new Set(['2', '3', '\u00B2', '\u00B3']);

const isYear = (v: number | null | undefined): boolean => v != null && Number.isInteger(v) && v >= YEAR_MIN && v <= YEAR_MAX;

/** Type and unit id of an amount. */
export function classify(
  core: { first: number; number: ReadNumber | null; currency: string | null; range: boolean; value: number | null; low?: number | null; high?: number | null },
  unit: UnitHit | null,
  tokens: readonly AToken[],
  next: number,
): { type: AmountType; unitId: string | null } {
  if (unit?.kind === 'currency' || core.currency !== null) return { type: 'money', unitId: unit?.id ?? core.currency };
  if (unit?.kind === 'percent') return { type: unit.id === 'percent' ? 'percent' : 'percentage_point', unitId: unit.id };
  if (unit === null && core.number !== null && isAge(core, tokens, next)) return { type: 'age', unitId: 'year' };
  if (unit?.dimension === 'time') {
    const age = AGE_AFTER.some((words) => words.every((w, k) => word(tokens, next + k) === w));
    return { type: age ? 'age' : 'duration', unitId: unit.id };
  }
  if (unit) return { type: 'measure', unitId: unit.id };
  // "two-thirds", "1/3"; "3 1/2 times", "two and a half" are more than a whole and no share.
  const whole = core.value ?? core.high ?? null;
  if (core.number?.fraction && whole !== null && Math.abs(whole) <= 1) return { type: 'share', unitId: 'share' };
  const v = core.value;
  const n = core.number;
  // "between 2003 and 2012": a span of years.
  if (core.range && isYear(core.low) && isYear(core.high) && n?.digits) return { type: 'year', unitId: null };
  if (n?.digits && !n.scaled && v !== null && Number.isInteger(v) && v >= YEAR_MIN && v <= YEAR_MAX && /^\d{4}$/.test(tokens[n.next - 1]?.text ?? '')) {
    return { type: 'year', unitId: null };
  }
  return { type: 'count', unitId: null };
}
