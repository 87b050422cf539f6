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
import {
  BOUND_AFTER,
  BOUND_BEFORE,
  HANDFUL,
  MONTHS,
  NAME_BEFORE,
  ORDINAL_SUFFIXES,
  STREET_WORDS,
  VAGUE_MULTIPLES,
  VAGUE_PLURALS,
  maskedRanges,
  type Phrase,
} from './amount-context.js';
import { CURRENCY_MILLIONS, CURRENCY_PREFIXES } from './amount-currencies.js';
import type { AmountType } from './amount-tokens.js';
import { SCALE_LETTERS } from './amount-lexicon.js';
import { glued, isDigitToken, readNumber, round, tokenizeAmounts, type AToken, type ReadNumber } from './amount-numbers.js';
import { DENOMINATOR_WORDS, NUMBER_OPENERS, readRatio } from './amount-words.js';
import { classify, readRate, readUnit, type UnitHit } from './amount-units.js';

export type { AmountType };

/** One amount; offsets into the sentence. */
export interface Amount {
  start: number;
  end: number;
  text: string;
  /** The number; null for a range. */
  value: number | null;
  bound: Bound;
  low: number | null;
  high: number | null;
  /** ISO 4217 code, percent, percentage_point, basis_point, share, or a unit symbol (kg, km, °C...). */
  unit: string | null;
  type: AmountType;
  /** Rate denominator: "per day" → day, "a share" → share. */
  per: string | null;
  /** "dozens", "several hundred": low/high follow the vague-amount convention. */
  vague: boolean;
  /** "from 5% to 7%": the tagger decides between a change and a range. */
  fromTo: boolean;
  /** Written in words only ("one", "two-thirds"). */
  words: boolean;
}

const word = (tokens: readonly AToken[], i: number): string => tokens[i]?.lower ?? '';
const RANGE_DASHES = new Set(['-', '\u2013', '\u2014']);

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
    out.push(a.amount);
    i = a.next - 1;
  }
  return joinBounds(sentence, shareUnits(sentence, out));
}

const COORDINATION_RE = /^\s*(?:,|and|or|,\s*and|,\s*or)\s*$/;

/** "45 and 50 mg", "10, 20 or 30 km": bare numbers coordinated with a measured one take its unit. */
function shareUnits(s: string, list: Amount[]): Amount[] {
  for (let k = list.length - 2; k >= 0; k--) {
    const a = list[k] as Amount;
    const b = list[k + 1] as Amount;
    if (a.unit !== null || a.type !== 'count' || a.words !== b.words || b.unit === null) continue;
    if (b.type !== 'measure' && b.type !== 'percent' && b.type !== 'percentage_point') continue;
    if (COORDINATION_RE.test(s.slice(a.end, b.start))) list[k] = { ...a, unit: b.unit, type: b.type, per: b.per };
  }
  return list;
}

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
  if (t.lower === 'a' || t.lower === 'an') return A_BEFORE.has(word(tokens, i + 1));
  return OPEN_WORDS.has(t.lower) || (t.text.length === 1 && OPEN_SIGNS.has(t.text)) || (c === 46 && isDigitToken(t));
}
const CURRENCY_OPENERS = new Set(Object.keys(CURRENCY_PREFIXES).map((k) => k.split(' ')[0] ?? ''));
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
/** Words after "a"/"an" that make a number: "a dozen", "a hundred", "a third", "a few thousand", "a handful", "a quarter million". */
const A_BEFORE = new Set([
  'dozen',
  'hundred',
  'thousand',
  'million',
  'billion',
  'trillion',
  'lakh',
  'crore',
  'few',
  'couple',
  'handful',
  'half',
  ...DENOMINATOR_WORDS,
]);
/** Whether the core of an amount (after any bound words) may start at tokens[i]. */
function opensCore(tokens: readonly AToken[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (t.lower === 'a' || t.lower === 'an') return A_BEFORE.has(word(tokens, i + 1));
  return CORE_WORDS.has(t.lower) || (t.text.length === 1 && OPEN_SIGNS.has(t.text)) || (c === 46 && isDigitToken(t));
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

/** Currency written before the number at tokens[i]: its code and how many tokens it takes. */
function currencyAt(tokens: readonly AToken[], i: number): { code: string; used: number; scale: number } | null {
  const first = tokens[i]?.lower ?? '';
  // "MAUD 60": millions of the currency.
  const millions = CURRENCY_MILLIONS[first];
  if (millions !== undefined && isDigitToken(tokens[i + 1])) return { code: millions, used: 1, scale: 1e6 };
  if (!CURRENCY_OPENERS.has(first)) return null;
  let key = '';
  for (let used = 1; used <= 3 && i + used < tokens.length; used++) {
    key += used === 1 ? first : ` ${tokens[i + used - 1]?.lower}`;
    const code = CURRENCY_PREFIXES[key];
    // Longest match wins: "us $" over "us".
    const longer = used < 3 && i + used + 1 < tokens.length && CURRENCY_PREFIXES[`${key} ${tokens[i + used]?.lower}`] !== undefined;
    if (code !== undefined && !longer) return { code, used, scale: 1 };
  }
  return null;
}

interface Core {
  first: number;
  next: number;
  value: number | null;
  low: number | null;
  high: number | null;
  currency: string | null;
  range: boolean;
  vague: boolean;
  fromTo: boolean;
  number: ReadNumber | null;
}

/** The amount starting at tokens[i] (bound words included), or null. */
function readAt(s: string, tokens: readonly AToken[], i: number): { amount: Amount; next: number } | null {
  const before = matchPhrase(tokens, i, BEFORE_INDEX);
  const coreAt = before ? i + before.words.length : i;
  if (!opensCore(tokens, coreAt)) return null;
  const core = readBetween(tokens, coreAt) ?? readCore(tokens, coreAt);
  if (core === null) return null;
  if (core.number && isNotAmount(tokens, core, coreAt === i ? undefined : before)) return null;
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
  let unit: UnitHit | null = readUnit(tokens, next, core.number, core.currency);
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
  const rate = readRate(tokens, next);
  if (rate) next = rate.next;
  const after = core.range || (before && before.bound !== '~' && before.bound !== '=') ? null : matchPhrase(tokens, next, AFTER_INDEX);
  // "equal to 5000 or less than 6000": "or less than" opens the next amount; "200 or greater than." closes this one.
  const opensNext =
    after !== null &&
    (word(tokens, next + after.words.length) === 'than' || after.words.at(-1) === 'than') &&
    opensCore(tokens, next + after.words.length + (after.words.at(-1) === 'than' ? 0 : 1));
  if (after && !opensNext && !(after.words[0] === '+' && !glued(tokens[next - 1], tokens[next]))) {
    bound = after.bound;
    next += after.words.length;
  }
  const startTok = tokens[before && !core.fromTo ? i : core.first] as AToken;
  const endTok = tokens[next - 1] as AToken;
  const { type, unitId } = classify(core, unit, tokens, next);
  const value = core.value;
  const amount: Amount = {
    start: startTok.start,
    end: endTok.end,
    text: s.slice(startTok.start, endTok.end),
    value,
    bound: core.vague ? 'range' : bound,
    low: core.low,
    high: core.high,
    unit: unitId,
    type,
    per: rate?.per ?? null,
    vague: core.vague,
    fromTo: core.fromTo,
    words: core.number !== null && !core.number.digits,
  };
  return { amount, next };
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

/** Currency? number scale? or a vague amount; no bound words, no unit. */
function readCore(tokens: readonly AToken[], i: number): Core | null {
  const cur = currencyAt(tokens, i);
  const at = cur ? i + cur.used : i;
  const vague = readVague(tokens, at);
  if (vague) return { ...vague, first: i, currency: cur?.code ?? null };
  const n0 = readNumber(tokens, at);
  if (n0 === null) return null;
  const n = cur === null ? (ratioAt(tokens, n0) ?? n0) : n0;
  let value = cur !== null && cur.scale !== 1 ? round(n.value * cur.scale) : n.value;
  let next = n.next;
  const gs = n.digits && !n.scaled ? (gluedScale(tokens, next, cur !== null) ?? spacedScale(tokens, next, cur !== null)) : null;
  if (gs !== null) {
    value = round(value * gs);
    next++;
  }
  const core: Core = {
    first: i,
    next,
    value,
    low: null,
    high: null,
    currency: cur?.code ?? null,
    range: false,
    vague: false,
    fromTo: false,
    number: { ...n, next, scaled: n.scaled || gs !== null },
  };
  const end = readDashRange(tokens, next, core);
  return end ?? core;
}

/**
 * A scale letter glued to the number ending before tokens[at]: "1.1bn", "$50k",
 * "€3m", "5k". Lower-case m/b/t only with a currency ("48m" is metres).
 */
function gluedScale(tokens: readonly AToken[], at: number, money: boolean): number | null {
  const g = tokens[at];
  if (g === undefined || !glued(tokens[at - 1], g)) return null;
  const scale = SCALE_LETTERS[g.lower];
  if (scale === undefined) return null;
  const strong = g.lower.length > 1 || g.lower === 'k' || g.lower === 'b' || /^[MBT]$/.test(g.text);
  return strong || money ? scale : null;
}

/** "£10 m", "$5 k": a spaced scale letter after money, before no other letter. */
function spacedScale(tokens: readonly AToken[], at: number, money: boolean): number | null {
  const g = tokens[at];
  if (!money || g === undefined || g.text.length !== 1 || glued(tokens[at - 1], g)) return null;
  if (/^[A-Za-z]/.test(tokens[at + 1]?.text ?? '') && glued(g, tokens[at + 1])) return null;
  return g.lower === 'm' || g.lower === 'k' || g.lower === 'b' ? (SCALE_LETTERS[g.lower] ?? null) : null;
}

/** "one over three", "1 in 5 adults", "nine out of 10": a share, unless a unit follows ("1 in 5 years"). */
function ratioAt(tokens: readonly AToken[], n: ReadNumber): ReadNumber | null {
  const r = readRatio(tokens, n, (k) => readNumber(tokens, k));
  if (r === null || readUnit(tokens, r.next, r, null) !== null) return null;
  return r;
}

/** "252-287", "10-15 exabytes", "3.5–4.0 TeV", "1 to 2 thousand": a range after a first number. */
function readDashRange(tokens: readonly AToken[], at: number, core: Core): Core | null {
  const sep = tokens[at];
  if (sep === undefined || core.value === null) return null;
  let to = at;
  // "8- to 16-meter"
  if (sep.text === '-' && glued(tokens[at - 1], sep) && word(tokens, at + 1) === 'to') to = at + 1;
  const dash = to === at && (RANGE_DASHES.has(sep.text) || sep.text === '~');
  if (!dash && !['to', 'through', 'thru'].includes(word(tokens, to))) return null;
  const b0 = readNumber(tokens, to + 1);
  if (b0 === null || (dash && !isDigitToken(tokens[to + 1]))) return null;
  // "5k-20k", "$1m-2m": a glued scale on the end.
  const endScale = b0.digits && !b0.scaled ? gluedScale(tokens, b0.next, core.currency !== null) : null;
  const b: ReadNumber = endScale === null ? b0 : { ...b0, value: round(b0.value * endScale), next: b0.next + 1, scaled: true };
  let high = b.value;
  let low = core.value;
  if (endScale !== null && !core.number?.scaled && low * endScale <= high) low = round(low * endScale);
  // "1 to 2 thousand": the scale of the end applies to both.
  if (endScale === null && b.scaled && !core.number?.scaled && b.digits && tokens[b.next - 1]?.lower !== tokens[to + 1]?.lower) {
    const scale = high / Number(tokens[to + 1]?.text.replace(/,/g, ''));
    if (Number.isFinite(scale) && scale > 1) low *= scale;
  }
  if (!(high > low)) return null;
  if (dash && (core.number?.digits !== true || (isYearLike(low) && high < 100))) return null;
  high = b.value;
  return { ...core, next: b.next, value: null, low, high, range: true, number: b };
}

const isYearLike = (v: number): boolean => Number.isInteger(v) && v >= 1800 && v <= 2100;

/** "44 mg to 50 mg": a range end that repeats the unit. */
function readRangeEnd(tokens: readonly AToken[], at: number, core: Core, unit: UnitHit | null): { value: number; next: number; unit: UnitHit | null } | null {
  if (unit === null || core.value === null || !['to', '-', '\u2013', 'and'].includes(word(tokens, at))) return null;
  if (word(tokens, at) === 'and') return null;
  const b = readCore(tokens, at + 1);
  if (b === null || b.value === null || b.range) return null;
  const u2 = readUnit(tokens, b.next, b.number, b.currency);
  if (u2 === null || u2.id !== unit.id) return null;
  return { value: b.value, next: u2.next, unit: u2 };
}

/** "dozens", "thousands of", "tens of thousands", "several hundred", "a few thousand", "a handful". */
function readVague(tokens: readonly AToken[], i: number): Core | null {
  const base = { first: i, value: null, currency: null, range: true, vague: true, fromTo: false, number: null };
  const w = word(tokens, i);
  for (const { words, lo, hi, of } of VAGUE_LIST) {
    if (words[0] !== w || !words.every((pw, k) => word(tokens, i + k) === pw)) continue;
    const scaleWord = word(tokens, i + words.length);
    const scale = SCALE_OF[scaleWord] ?? (of ? PLURAL_SCALE[scaleWord] : undefined);
    if (scale === undefined) continue;
    return { ...base, next: i + words.length + 1, low: lo * scale, high: hi * scale };
  }
  const plural = VAGUE_PLURALS[w];
  if (plural !== undefined && (word(tokens, i + 1) === 'of' || i === 0 || !/^[A-Z]/.test(tokens[i]?.text ?? ''))) {
    if (w === 'scores' && word(tokens, i + 1) !== 'of') return null;
    return { ...base, next: i + 1, low: plural[0], high: plural[1] };
  }
  if (w === 'a' && word(tokens, i + 1) === 'handful') return { ...base, next: i + 2, low: HANDFUL[0], high: HANDFUL[1] };
  return null;
}
const VAGUE_LIST = Object.entries(VAGUE_MULTIPLES).map(([p, [lo, hi]]) => ({ words: p.split(' '), lo, hi, of: p.endsWith(' of') }));
const SCALE_OF: Readonly<Record<string, number>> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
const PLURAL_SCALE: Readonly<Record<string, number>> = { hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 };

/** Digits that are a date, an ordinal, part of a name or an address, or the pronoun "one". */
function isNotAmount(tokens: readonly AToken[], core: Core, _before: Phrase | null | undefined): boolean {
  const n = core.number as ReadNumber;
  const first = tokens[core.first + (core.currency ? 0 : 0)] as AToken;
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
  if (!n.digits) {
    // "that one mile": a unit after it makes "one" a number.
    if (first.lower === 'one' && n.next === core.first + 1) return isPronounOne(tokens, core.first) && readUnit(tokens, n.next, n, null) === null;
    return false;
  }
  if (glued(prev, first) && prev !== undefined && /^[A-Za-z]/.test(prev.text) && core.currency === null) return true;
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
  if (next && glued(tokens[n.next - 1], next) && ORDINAL_SUFFIXES.has(next.lower)) return true;
  if (NAME_BEFORE.has(prev?.lower ?? '') && core.currency === null && /^\d+$/.test(first.text)) return true;
  if (MONTHS.has(prev?.lower ?? '') && /^[A-Z]/.test(prev?.text ?? '')) return true;
  if (MONTHS.has(next?.lower ?? '') && /^[A-Z]/.test(next?.text ?? '')) return true;
  // "10 Downing Street"
  if (/^[A-Z]/.test(next?.text ?? '') && STREET_WORDS.has(word(tokens, n.next + 1)) && /^[A-Z]/.test(tokens[n.next + 1]?.text ?? '')) return true;
  return false;
}

/** "one of the", "the one who", "no one", "one another": a pronoun, not the number 1. */
function isPronounOne(tokens: readonly AToken[], i: number): boolean {
  const prev = word(tokens, i - 1);
  const next = word(tokens, i + 1);
  if (['the', 'no', 'any', 'every', 'each', 'this', 'that', 'which', 'someone', 'such', 'another', 'little', 'only'].includes(prev)) return true;
  if (['another', 'who', 'which', 'that', "one's", 'day', 'way', 'thing', 'time', 'side', 'point'].includes(next)) return true;
  return next === '' || next === '.' || next === ',' || next === 'of' || next === 'is' || next === 'has' || next === 'can' || next === 'must';
}
