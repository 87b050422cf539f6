/**
 * The core of an amount, without bound words: a currency before the number,
 * the number with a glued or spaced scale ("1.1bn", "£10 m"), a ratio ("1 in
 * 5", "3:1"), a dashed or "to" range ("252-287", "5k-20k", "1 to 2 thousand"), a range
 * end that repeats the unit ("44 mg to 50 mg"), or a vague amount ("dozens",
 * "several hundred"). amounts.ts adds bounds, units and rates around it.
 */
import { VAGUE_MULTIPLES, VAGUE_PLURALS, HANDFUL, isRaceDistance } from './amount-context.js';
import { CURRENCY_MILLIONS, CURRENCY_PREFIXES } from './amount-currencies.js';
import { SCALE_LETTERS, SCALE_WORDS, UNITS } from './amount-lexicon.js';
import { readNumber, round } from './amount-numbers.js';
import { type AToken, glued, isDigitToken, type ReadNumber } from './amount-tokens.js';
import { readUnit, type UnitHit } from './amount-units.js';
import { readRatio } from './amount-words.js';

const word = (tokens: readonly AToken[], i: number): string => tokens[i]?.lower ?? '';
export const RANGE_DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014']);
/** First tokens of the currency prefixes ("us" of "us $"). */
export const CURRENCY_OPENERS: ReadonlySet<string> = new Set(Object.keys(CURRENCY_PREFIXES).map((k) => k.split(' ')[0] ?? ''));

/** Currency written before the number at tokens[i]: its code and how many tokens it takes. */
export function currencyAt(tokens: readonly AToken[], i: number): { code: string; used: number; scale: number } | null {
  const first = tokens[i]?.lower ?? '';
  const dollar = gluedDollar(tokens, i);
  if (dollar !== null) return { code: dollar, used: tokens[i + 1]?.text === '$' ? 2 : 1, scale: 1 };
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

/**
 * "A$3.4bn", "S$500m": a capital letter glued to "$" names the dollar (spaced,
 * "a $5 fee" is the article). "R50bn" (rand) and "N500 billion" (naira): the
 * bare letter names a currency only before a scaled number, so "R8" and
 * "N95" stay names.
 */
export function gluedDollar(tokens: readonly AToken[], i: number): string | null {
  const t = tokens[i];
  if (t === undefined || t.text.length !== 1) return null;
  const c = t.text.charCodeAt(0);
  // Only the capitals A, C, N, R, S name a currency here.
  if (c < 65 || c > 90) return null;
  const next = tokens[i + 1];
  if (next === undefined || !glued(t, next)) return null;
  if (next.text === '$') return GLUED_DOLLAR_LETTERS.get(t.text) ?? null;
  const code = SCALED_LETTER_CURRENCIES.get(t.text);
  if (code === undefined || !/^\d/.test(next.text)) return null;
  const scale = tokens[i + 2];
  const letter = scale !== undefined && glued(next, scale) && SCALE_LETTERS[scale.lower] !== undefined && scale.lower !== 'k';
  return letter || (SCALE_WORDS[scale?.lower ?? ''] ?? 0) >= 1e6 ? code : null;
}
const SCALED_LETTER_CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['R', 'ZAR'],
  ['N', 'NGN'],
]);
const GLUED_DOLLAR_LETTERS: ReadonlyMap<string, string> = new Map([
  ['A', 'AUD'],
  ['S', 'SGD'],
  ['C', 'CAD'],
  ['R', 'BRL'],
]);

export interface Core {
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

/** Currency? number scale? or a vague amount; no bound words, no unit. */
export function readCore(tokens: readonly AToken[], i: number): Core | null {
  // "-£3m": a minus glued before the currency.
  const t = tokens[i];
  if ((t?.text === '-' || t?.text === '\u2212') && glued(t, tokens[i + 1]) && currencyAt(tokens, i + 1) !== null) {
    const c = readCore(tokens, i + 1);
    return c === null || c.value === null ? null : { ...c, first: i, value: -c.value };
  }
  const cur = currencyAt(tokens, i);
  const at = cur ? i + cur.used : i;
  const vague = readVague(tokens, at);
  if (vague) return { ...vague, first: i, currency: cur?.code ?? null };
  const n0 = readNumber(tokens, at);
  if (n0 === null) return null;
  const inWords = cur === null ? ratioAt(tokens, n0) : null;
  const colon = cur === null && inWords === null ? colonRatio(tokens, at, n0) : null;
  const n = inWords ?? colon ?? n0;
  let value = cur !== null && cur.scale !== 1 ? round(n.value * cur.scale) : n.value;
  let next = n.next;
  const gs = n.digits && !n.scaled ? (gluedScale(tokens, next, cur !== null) ?? spacedScale(tokens, next, cur !== null)) : null;
  if (gs !== null) {
    value = round(value * gs);
    next++;
  } else if (n.digits && !n.scaled && hyphenScale(tokens, next) !== null) {
    // "a $1.5-billion deal", "a 2-million-strong crowd"
    value = round(value * (hyphenScale(tokens, next) as number));
    next += 2;
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
  // "Luke 2:7 to 300 worshippers": a colon ratio opens no range.
  const end = colon === null ? readDashRange(tokens, next, core) : null;
  return end ?? core;
}

/**
 * A scale letter glued to the number ending before tokens[at]: "1.1bn", "$50k",
 * "€3m", "5k". Lower-case m/b/t only with a currency ("48m" is metres).
 */
function gluedScale(tokens: readonly AToken[], at: number, money: boolean): number | null {
  const g = tokens[at];
  if (g === undefined || !glued(tokens[at - 1], g)) return null;
  // "$1MM", "$5MM": the finance desk's thousand-thousand, only with money (outside it "5mm" is millimetres).
  if (money && g.text === 'MM') return 1e6;
  const scale = SCALE_LETTERS[g.lower];
  if (scale === undefined) return null;
  // "Rule 10b5-1", "a 3m4 code": digits glued on after the letter make a code, no scale.
  if (isDigitToken(tokens[at + 1]) && glued(g, tokens[at + 1])) return null;
  // "a 10k race", "the 5K in 17 minutes": a race distance, read as kilometres by readUnit.
  if (g.lower === 'k' && !money && isRaceDistance(tokens, at)) return null;
  // A lower-case "b" before a singular word is a unit ("the 1500b packet"), not billions ("1.2b", "7b people").
  if (g.text === 'b' && !money && /^[a-z]+$/.test(tokens[at + 1]?.text ?? '') && !countedAfter(tokens[at + 1])) return null;
  const strong = g.lower.length > 1 || g.lower === 'k' || g.lower === 'b' || /^[MBT]$/.test(g.text);
  return strong || money || (g.text === 'm' && (countedAfter(tokens[at + 1]) || countedRangeEnd(tokens, at + 1))) ? scale : null;
}

/** "7m-8m units": the first end of a range whose second end counts. */
function countedRangeEnd(tokens: readonly AToken[], at: number): boolean {
  const dash = tokens[at];
  if (dash === undefined || !RANGE_DASHES.has(dash.text) || !glued(tokens[at - 1], dash) || !isDigitToken(tokens[at + 1])) return false;
  return tokens[at + 2]?.text === 'm' && glued(tokens[at + 1], tokens[at + 2]) && countedAfter(tokens[at + 3]);
}

/**
 * "2.3m customers", "1.5m barrels", "2.5m people": a glued "m" before a plural
 * noun is millions (British news writes millions so), while "1.5m high",
 * "100m hurdles" and "6.5m across" stay metres.
 */
function countedAfter(t: AToken | undefined): boolean {
  if (t === undefined) return false;
  // "40m bpd", "3m sq ft": a unit other than a length after it.
  const unit = t.text.length > 1 && t.lower !== 'in' ? UNITS[t.lower] : undefined;
  if (unit !== undefined && unit.dimension !== 'length') return true;
  // A capital too: a title-case headline's noun ("Record 4.3m Pupils Sit Exams"), a nationality ("2.3m Americans").
  if (!/^[A-Za-z][a-z]{3,}$/.test(t.text)) return false;
  return (t.lower.endsWith('s') && !NOT_PLURAL_AFTER_METRES.has(t.lower)) || IRREGULAR_PLURALS.has(t.lower);
}
const NOT_PLURAL_AFTER_METRES: ReadonlySet<string> = new Set(['across', 'less', 'plus', 'this', 'thus', 'unless', 'whereas', 'hurdles', 'towers']);
/** Plural nouns counted in news that do not end in "s". */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['people', 'children', 'women', 'staff', 'cattle', 'sheep', 'livestock', 'police', 'personnel']);

/** "1.5-billion": a scale word joined to the number by a hyphen. */
function hyphenScale(tokens: readonly AToken[], at: number): number | null {
  const h = tokens[at];
  if (h?.text !== '-' || !glued(tokens[at - 1], h) || !glued(h, tokens[at + 1])) return null;
  const scale = SCALE_WORDS[tokens[at + 1]?.lower ?? ''];
  return scale !== undefined && scale >= 1e3 ? scale : null;
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

/**
 * "3:1", "10.8:1", "2,000,000:1": a ratio written with a colon is one figure, its quotient ("1:4" is 0.25). Clock
 * times ("3:15") are masked before this is read; "1:2:1" is a split of three and no quotient.
 */
function colonRatio(tokens: readonly AToken[], at: number, n: ReadNumber): ReadNumber | null {
  const colon = tokens[n.next];
  if (colon?.text !== ':' || !n.digits || n.scaled || n.fraction || !glued(tokens[n.next - 1], colon) || !glued(colon, tokens[n.next + 1])) return null;
  if (!isDigitToken(tokens[n.next + 1]) || isColonBetween(tokens, at - 1)) return null;
  const d = readNumber(tokens, n.next + 1);
  if (d === null || !d.digits || d.scaled || d.fraction || d.value <= 0 || isColonBetween(tokens, d.next)) return null;
  return { value: round(n.value / d.value), next: d.next, digits: true, fraction: false, scaled: false };
}

/** Whether tokens[k] is a colon glued between digits: beside a ratio, a third term ("1:2:1"). */
export function isColonBetween(tokens: readonly AToken[], k: number): boolean {
  const t = tokens[k];
  return t?.text === ':' && isDigitToken(tokens[k - 1]) && glued(tokens[k - 1], t) && isDigitToken(tokens[k + 1]) && glued(t, tokens[k + 1]);
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
  // "7-8,000": the thousands of the end apply to a small start.
  if (
    dash &&
    endScale === null &&
    !b.scaled &&
    !core.number?.scaled &&
    /,000$/.test(tokens[to + 1]?.text ?? '') &&
    low < 1000 &&
    low * 1000 <= high &&
    low * 2000 > high
  )
    low *= 1000;
  if (!(high > low)) return null;
  if (!dash && isChangeThenLevel(tokens, core.first, low, high)) return null;
  if (dash && (core.number?.digits !== true || (isYearLike(low) && high < 100))) return null;
  high = b.value;
  return { ...core, next: b.next, value: null, low, high, range: true, number: b };
}

/**
 * "fell $2 to $78", "rose by $200m to $1.9bn", "climbed 0.5% to 3.2%": after a
 * verb of change, "X to Y" is the change and the new level when Y is many
 * times X; "rose 5 to 10 percent" (ends close together) stays a range.
 */
function isChangeThenLevel(tokens: readonly AToken[], first: number, low: number, high: number): boolean {
  if (!(high > CHANGE_LEVEL_RATIO * Math.abs(low))) return false;
  let k = first - 1;
  while (k >= 0 && CHANGE_FILLERS.has(word(tokens, k))) k--;
  return CHANGE_VERBS.has(word(tokens, k));
}
/** How many times the change the new level must be: ranges in news rarely span more. */
const CHANGE_LEVEL_RATIO = 3;
/** Words between a change verb and its amount: "rose by about 2%", "fell a further $3". */
const CHANGE_FILLERS: ReadonlySet<string> = new Set(['by', 'about', 'around', 'roughly', 'some', 'nearly', 'almost', 'just', 'a', 'further', 'another', 'an']);
const CHANGE_VERBS: ReadonlySet<string> = new Set(
  'rose rise rises rising risen fell fall falls falling fallen increased increase increases increasing decreased decrease decreases decreasing climbed climb climbs jumped jump jumps gained gain gains lost lose loses dropped drop drops declined decline declines slipped slip slips slid slide slides sank sink sinks surged surge surges soared soar soars grew grow grows shrank shrink shrinks plunged plunge plunges tumbled tumble tumbles added add adds shed sheds cut cuts raised raise raises lowered lower lowers advanced advance advances eased ease eases edged rallied slumped slump slumps up down widened narrowed'.split(
    ' ',
  ),
);

const isYearLike = (v: number): boolean => Number.isInteger(v) && v >= 1800 && v <= 2100;

/** "44 mg to 50 mg": a range end that repeats the unit. */
export function readRangeEnd(
  tokens: readonly AToken[],
  at: number,
  core: Core,
  unit: UnitHit | null,
): { value: number; next: number; unit: UnitHit | null } | null {
  if (unit === null || core.value === null || !['to', '-', '\u2013', 'and'].includes(word(tokens, at))) return null;
  if (word(tokens, at) === 'and') return null;
  const b = readCore(tokens, at + 1);
  if (b === null || b.value === null || b.range) return null;
  const u2 = readUnit(tokens, b.next, b.number, b.currency);
  if (u2 === null || u2.id !== unit.id) return null;
  if (word(tokens, at) === 'to' && isChangeThenLevel(tokens, core.first, core.value, b.value)) return null;
  // "$5-$6bn": the scale of the end applies to the start.
  const low = core.value;
  const high = b.value;
  // "passed by 52% to 48%": a split, not a range (a range runs upwards).
  if (high <= low) return null;
  if (b.number?.scaled && !core.number?.scaled) {
    const f = SHARED_SCALES.find((x) => low * x <= high && low * x * 10 > high);
    if (f !== undefined) core.value = round(low * f);
  }
  return { value: b.value, next: u2.next, unit: u2 };
}

const SHARED_SCALES: readonly number[] = [1e3, 1e6, 1e9, 1e12];

/** "dozens", "thousands of", "tens of thousands", "several hundred", "a few thousand", "a handful". */
function readVague(tokens: readonly AToken[], i: number): Core | null {
  const base = { first: i, value: null, currency: null, range: true, vague: true, fromTo: false, number: null };
  const w = word(tokens, i);
  for (const { words, lo, hi, of } of VAGUE_LIST) {
    if (words[0] !== w || !words.every((pw, k) => word(tokens, i + k) === pw)) continue;
    const scaleWord = word(tokens, i + words.length);
    const scale = SCALE_OF[scaleWord] ?? (of ? PLURAL_SCALE[scaleWord] : undefined);
    if (scale === undefined) continue;
    // "several hundred thousand", "a few hundred million": a larger scale after the first multiplies it.
    const more = SCALE_OF[word(tokens, i + words.length + 1)];
    if (more !== undefined && more > scale && !of) return { ...base, next: i + words.length + 2, low: lo * scale * more, high: hi * scale * more };
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
const SCALE_OF: Readonly<Record<string, number>> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
const PLURAL_SCALE: Readonly<Record<string, number>> = { hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 };
