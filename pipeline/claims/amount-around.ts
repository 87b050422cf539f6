/**
 * Forms read around an amount's core, each a general reading of news text:
 * "points" that are percentage points ("rose 3 points to 41%"), the rate
 * written after the counted noun ("400 patients a day"), "a"/"an" before a
 * unit spelled out ("a gallon", "a penny"), and a penny among dollar prices.
 * amounts.ts calls these; they look only at the tokens around the amount.
 */
import { PERCENT_WORDS } from './amount-lexicon.js';
import { type Amount, type AToken, isDigitToken } from './amount-tokens.js';
import { readRate, readUnit } from './amount-units.js';

const word = (tokens: readonly AToken[], i: number): string => tokens[i]?.lower ?? '';

/** Words of a clause whose "points" are percentage points. */
const RATE_WORDS: ReadonlySet<string> = new Set([
  'rate',
  'rates',
  'turnout',
  'poll',
  'polls',
  'approval',
  'unemployment',
  'inflation',
  'yield',
  'yields',
  // A poll's "margin of error", which may stand far from the poll's name.
  'error',
]);
/** Words after "points" that make them a lead ("20 points ahead", "behind", "clear"). */
const LEAD_WORDS: ReadonlySet<string> = new Set(['ahead', 'behind', 'clear']);
/**
 * Nouns of a change, a lead or a result after "<n>-point": "a 6-point drop", "a 12-point lead", "a 10-point win". Before
 * any other noun the points name a thing ("a 3-point shooter", "a 10-point plan"), no amount.
 */
export const POINT_CHANGE_NOUNS: ReadonlySet<string> = new Set(
  (
    'drop rise fall gain lead swing jump decline increase decrease cut hike slide dip surge boost climb slump plunge reduction ' +
    'deduction penalty margin deficit gap advantage cushion win victory defeat loss favourite favorite underdog'
  ).split(' '),
);
/** How far to look for a percentage in the clause of "points", in tokens either side. */
const POINTS_WINDOW_TOKENS = 8;

/** Whether "points" after the number at tokens[first] counts percentage points: a percentage or a rate word in its clause. */
export function pointsOfPercent(tokens: readonly AToken[], first: number, points: number): boolean {
  for (let k = points + 1; k < tokens.length && k <= points + POINTS_WINDOW_TOKENS; k++) {
    const w = word(tokens, k);
    // "leads by 3 points, 48% to 45%": the shares set off right after the points state them ("90 points, or 0.3%" restates an index's move).
    if (w === ',' && k === points + 1 && isDigitToken(tokens[k + 1])) continue;
    if (w === ',' || w === ';' || w === '.') break;
    if (PERCENT_WORDS[w] === 'percent') return true;
  }
  // "Labour on 44%, 20 points ahead of the Tories": a lead in points reads its percentage past a comma.
  const lead = LEAD_WORDS.has(word(tokens, points + 1));
  for (let k = first - 1; k >= 0 && k >= first - POINTS_WINDOW_TOKENS; k--) {
    const w = word(tokens, k);
    // "approval is 44%, a 6-point drop": a figure set off after the percentage restates its change.
    if ((w === ',' && !lead && !(k === first - 2 && (word(tokens, first - 1) === 'a' || word(tokens, first - 1) === 'an'))) || w === ';' || w === '.') break;
    if (PERCENT_WORDS[w] === 'percent' || RATE_WORDS.has(w)) return true;
  }
  return false;
}

/**
 * The rate written after the noun an amount counts or measures: "400
 * patients a day", "8,000 litres of milk a day", "2.5m of ice a year". At
 * most two words between, a plural noun for a count and "of" for a measure;
 * only periods of time ("a day", "per year") make the rate. amounts.ts asks
 * only when a rate word stands in the next few tokens (rateWordAhead).
 */
export function rateAfterNoun(tokens: readonly AToken[], at: number, measured: boolean): { per: string; next: number } | null {
  let k = at;
  if (measured) {
    if (word(tokens, k) !== 'of') return null;
    k++;
  }
  for (let n = 0; n < NOUN_WORDS_BEFORE_RATE; n++) {
    if (!/^[a-z]{3,}$/.test(tokens[k]?.text ?? '') || NOT_NOUN_BEFORE_RATE.has(word(tokens, k))) break;
    k++;
  }
  if (k === at || (measured && k === at + 1)) return null;
  // A count's noun is plural ("patients", "people"); "400 more" or "300 of them" is no noun.
  if (!measured && !/s$|people|children|staff|cattle|sheep|police/.test(word(tokens, k - 1))) return null;
  const w = word(tokens, k);
  // "every day" and "each day" are rates only here, after a noun: "300 cars every day", "1,000 pupils each day".
  if (w === 'every' || w === 'each') return TIME_PERIODS.has(word(tokens, k + 1)) ? { per: word(tokens, k + 1), next: k + 2 } : null;
  if (w !== 'a' && w !== 'an' && w !== 'per') return null;
  const r = readRate(tokens, k);
  // "45 cases per 100,000 people": a rate per a number of something, as a period is.
  // "25.4 points per game", "3 goals a match": "per" names its unit outright, and a game or match is the sport's period.
  return r !== null && (TIME_PERIODS.has(r.per) || PLAY_PERIODS.has(r.per) || w === 'per') ? r : null;
}
/**
 * "27.1 points, 7.4 rebounds and 6.9 assists per game": counts listed with their plural nouns share the rate written
 * after the last one. Only counts, each with one or two words of its noun before the comma or "and".
 */
export function shareRates(s: string, list: Amount[]): Amount[] {
  for (let k = list.length - 2; k >= 0; k--) {
    const a = list[k] as Amount;
    const b = list[k + 1] as Amount;
    if (b.per === null || a.per !== null || a.type !== 'count' || b.type !== 'count' || a.unit !== null || b.unit !== null) continue;
    if (LISTED_COUNT_RE.test(s.slice(a.end, b.start))) list[k] = { ...a, per: b.per };
  }
  return list;
}
/** The plural noun of a listed count, then a comma or "and", up to the next count. */
const LISTED_COUNT_RE = /^\s+(?:[a-z-]+\s+)?[a-z-]+s\s*(?:,|,?\s+and)\s*$/;

/** What a sport's averages are per: "points a game", "goals per match". */
const PLAY_PERIODS: ReadonlySet<string> = new Set(['game', 'match']);
const NOUN_WORDS_BEFORE_RATE = 2;
export const RATE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'per', 'every', 'each']);
/** The rates read after a counted noun: periods of time ("400 patients a day"), not "300 workers a household". */
const TIME_PERIODS: ReadonlySet<string> = new Set(['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'quarter', 'year']);
/** Words that end a noun phrase before what could look like a rate. */
const NOT_NOUN_BEFORE_RATE: ReadonlySet<string> = new Set([
  'per',
  'and',
  'or',
  'but',
  'the',
  'was',
  'were',
  'are',
  'for',
  'than',
  'from',
  'with',
  'who',
  'that',
  'which',
]);

/**
 * Units spelled out that "a"/"an" makes one of: "a gallon of beer", "a penny",
 * "a mile away". Not time units (durations scope, they are no figure), not
 * "ton" ("a ton of work"), "foot" ("a foot in the door"), "degree" ("to a
 * degree") or "meter" (the device); symbols never ("a m").
 */
export const A_UNIT_WORDS: ReadonlySet<string> = new Set(
  'gallon litre liter pint penny cent dollar euro pound mile kilometre kilometer metre inch yard acre hectare tonne kilogram kilo gram ounce barrel kilowatt megawatt calorie'.split(
    ' ',
  ),
);

/** Words after "a gallon", "a mile" that leave it an amount: "of", a rate, a preposition, an adverb of distance. */
const AFTER_ONE_UNIT: ReadonlySet<string> = new Set(
  'of a an per each apiece away from to in on at for and or but more less higher lower up down long wide high deep short off across into beyond north south east west than'.split(
    ' ',
  ),
);

/** "a gallon", "a penny", "a mile": one of the unit after "a"/"an", unless the unit starts a compound ("a mile-long queue"). */
export function oneUnit(s: string, tokens: readonly AToken[], i: number): { amount: Amount; next: number } | null {
  const hit = readUnit(tokens, i + 1, null, null);
  if (hit === null || hit.next !== i + 2) return null;
  // "a dollar store", "a pound coin", "a mile-long queue": the unit opens a compound, no amount.
  const after = tokens[i + 2];
  if (after !== undefined && /^[A-Za-z-]/.test(after.text) && !AFTER_ONE_UNIT.has(after.lower)) return null;
  const rate = readRate(tokens, hit.next);
  const next = rate?.next ?? hit.next;
  const a = tokens[i] as AToken;
  const end = (tokens[next - 1] as AToken).end;
  const money = hit.kind === 'currency';
  const amount: Amount = {
    start: a.start,
    end,
    text: s.slice(a.start, end),
    value: 1,
    bound: '=',
    low: null,
    high: null,
    unit: hit.id,
    type: money ? 'money' : 'measure',
    per: rate?.per ?? null,
    vague: false,
    fromTo: false,
    words: true,
  };
  return { amount, next };
}

const PENNY_RE = /penn(?:y|ies)/i;

/** "copper rose a penny, to $2.222 a pound": among dollars and no pounds sterling, a penny is a US cent. */
export function pennyOfDollars(list: Amount[]): Amount[] {
  if (list.length < 2) return list;
  let pence = false;
  let dollars = false;
  for (const a of list) {
    if (a.unit === 'GBP') return list;
    if (a.unit === 'GBX') pence = true;
    else if (a.unit === 'USD') dollars = true;
  }
  if (!pence || !dollars) return list;
  for (let k = 0; k < list.length; k++) {
    const a = list[k] as Amount;
    if (a.unit === 'GBX' && PENNY_RE.test(a.text)) list[k] = { ...a, unit: 'USX' };
  }
  return list;
}
