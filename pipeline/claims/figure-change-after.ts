/**
 * What after a figure states its change: a noun of change ("a 15% increase"), a market's comparative ("closed 1.2%
 * higher") and the level "at" which a market's change ended ("1.2% higher at $45.10", "closed down 0.4% at $220.91").
 * Split from figure-change.ts, which asks these for every figure claim.
 */
import type { ClaimChange } from '../types.js';
import type { Amount } from './amounts.js';

/**
 * A noun of a rise or a fall right after a figure, perhaps after a modifier ("a 15% increase", "a 22% year-over-year
 * decrease", "a $2bn cut", American "a 38% raise") or up to two nouns naming what changes ("a 3% pay rise", "a 4.99% council tax rise"), no
 * preposition among them ("a 10% stake in loss-making X" is no loss).
 */
const NOUN_OF_CHANGE_AFTER_RE =
  /^[\s-]*(?:(?:year-over-year|year-on-year|annual|yearly|monthly|quarterly|weekly|overall|further|sharp|steep|modest|slight)\s+)?(?:(?!(?:of|in|on|at|to|for|with|by|from|into|and|or|than|as|the|a|an|its|their)\s)[a-z]+\s+){0,2}(?:(increase|rise|raise|jump|gain|hike|surge|boost|growth|climb|uptick)|(decrease|decline|drop|fall|cut|reduction|loss|slump|dip|contraction|slide|plunge))\b/i;
/** An article opening a figure's span ("a quarter-point"), or after its bound before the number ("up to a $500"). */
const ARTICLE_IN_FIGURE_RE = /^an?\s|\s(?:a|an)\s+[$\u00A3\u20AC\u00A5]?\d/i;
/** Characters read after a figure for its noun of change: "year-over-year decrease", "council tax rise". */
const NOUN_OF_CHANGE_WINDOW_CHARS = 40;
export function nounOfChangeAfter(text: string, start: number, end: number, money: boolean): ClaimChange['direction'] | null {
  // Only after a determiner: "1/8 teaspoon increases the acidity", "two losses in six days" have a verb or a plural.
  // The article may stand inside the figure: "a quarter-point cut", after its bound: "at most a 2% raise".
  if (!DETERMINER_BEFORE_RE.test(text.slice(Math.max(0, start - 24), start)) && !ARTICLE_IN_FIGURE_RE.test(text.slice(start, end))) return null;
  const m = NOUN_OF_CHANGE_AFTER_RE.exec(text.slice(end, end + NOUN_OF_CHANGE_WINDOW_CHARS));
  // "a $50 million raise" is a funding round, "a 38% raise" a rise of pay.
  if (m?.[1] && money && m[1].toLowerCase() === 'raise') return null;
  return m ? (m[1] ? 'up' : 'down') : null;
}
/** Comparatives of a rise and of a fall that follow a market's change ("ended 0.5% lower", "was 0.3% weaker"). */
const UP_COMPARATIVES: ReadonlySet<string> = new Set(['higher', 'stronger', 'firmer', 'more']);
/** Comparatives of amount: a change only after a percentage or money. */
const AMOUNT_COMPARATIVES: ReadonlySet<string> = new Set(['more', 'less', 'fewer']);
/** "pay 12% more for electricity", "20% less": "more" and "less" too, not before a noun or "than". */
const COMPARATIVE_AFTER_RE =
  /^\s+(higher|lower|stronger|weaker|firmer|softer|more|less|fewer)(?=\s*[,.;:)]|\s*$|\s+(?:at|on|in|to|from|after|before|against|as|by|for|while|with|and|but|yesterday|today|overnight)\b)/i;
/** "at" alone between a change and its level ("closed down 0.4% at $220.91"). */
const AT_ONLY_RE = /^\s+at\s+(?:(?:about|around|some|roughly)\s+)?$/i;
/**
 * A market's close and its way right before the change: "closed down", "ended up by about", the wires' "was last down",
 * or a market's name with its verb left out ("with Brent up 0.8% at $74.30", a headline's "Gold Down 1% At $2,600").
 */
const CLOSED_WAY_BEFORE_RE =
  /\b(?:closed|ended|finished|settled|traded|stood|was|were)\s+(?:last\s+)?(up|down)\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|roughly)\s+)?$/i;
/** A capitalised name, then its way (read with case: "with shares up 2% at 300 stores" names no market). */
const NAME_WAY_BEFORE_RE = /(?:^|\s)[A-Z][\w&.'\u2019-]*\s+([Uu]p|[Dd]own)\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|roughly)\s+)?$/;
/** "1.2% higher at $45.10": the new level after a change's comparative. */
const COMPARATIVE_AT_RE = /^\s+(higher|lower|stronger|weaker|firmer|softer)\s+at\s+(?:(?:about|around|some|roughly)\s+)?$/i;
const MAX_COMPARATIVE_AT_CHARS = 24;
/**
 * The way of a change a comparative right after the figure states: "closed 1.2% higher", "0.5% lower on Tuesday".
 * Not before "than" ("5% lower than rivals" compares two things) nor before a noun ("3 lower courts").
 */
export function comparativeAfter(text: string, end: number, priced: boolean): ClaimChange['direction'] | null {
  const m = COMPARATIVE_AFTER_RE.exec(text.slice(end, end + COMPARATIVE_WINDOW_CHARS));
  // "more"/"less" after a count or a measure is how many besides ("killed thousands more", "14 yards more"), a
  // change only after a percentage or money ("paying 20 percent more for food").
  if (m && (priced || !AMOUNT_COMPARATIVES.has(m[1]?.toLowerCase() ?? ''))) return UP_COMPARATIVES.has(m[1]?.toLowerCase() ?? '') ? 'up' : 'down';
  // "9% more than a year earlier", "£2.4 billion more than last year": compared with an earlier time, not with another
  // thing, the comparative is a change (a native search for "than" first: most figures have none after them).
  if (!text.slice(end, end + THAN_BEFORE_CHARS).includes(' than ')) return null;
  const t = THAN_TIME_RE.exec(text.slice(end, end + THAN_TIME_WINDOW_CHARS));
  return t ? (THAN_UP.has(t[1]?.toLowerCase() ?? '') ? 'up' : 'down') : null;
}
/** A comparative, "than" and an earlier time: "more than a year earlier", "lower than last month", "higher than in 2019". */
const THAN_TIME_RE =
  /^\s+(more|higher|greater|bigger|larger|less|lower|fewer|smaller)\s+than\s+(?:(?:a|one|the)\s+(?:year|month|quarter|week|decade)\s+(?:earlier|ago|before)|(?:last|the\s+previous|the\s+prior)\s+(?:year|month|quarter|week|decade|period)|(?:in\s+)?(?:19|20)\d{2}(?!\d))/i;
const THAN_UP: ReadonlySet<string> = new Set(['more', 'higher', 'greater', 'bigger', 'larger']);
const THAN_TIME_WINDOW_CHARS = 48;
/** Characters after the figure that hold " than " after a comparative: a space, "greater" or "smaller", " than ". */
const THAN_BEFORE_CHARS = 15;
const COMPARATIVE_WINDOW_CHARS = 24;
/** A determiner, perhaps with a word that qualifies the figure: "a forecast", "a revised", "a seasonally adjusted". */
const DETERMINER_BEFORE_RE =
  /\b(?:a|an|the|its|their|his|her|our|this|that|another)\s+(?:(?:forecast|further|record|sharp|steep|modest|slight|seasonally\s+adjusted|[a-z]+ed)\s+)?$/i;

/** The level `a` reached "at" after the change `prev` ("1.2% higher at $45.10", "closed down 0.4% at $220.91"), or null. */
export function levelAt(text: string, raw: string, prev: Amount, a: Amount, earlier?: Amount | null): ClaimChange | null {
  if (a.start - prev.end > MAX_COMPARATIVE_AT_CHARS) return null;
  const between = text.slice(prev.end, a.start);
  const m = COMPARATIVE_AT_RE.exec(between);
  if (m) return { direction: UP_COMPARATIVES.has(m[1]?.toLowerCase() ?? '') ? 'up' : 'down', from: null, to: a.value };
  // "The stock closed down 0.4% at $220.91": a market's close, its way and change, then "at" the level.
  if (AT_ONLY_RE.test(between)) return closedWay(raw, prev, a);
  // "ended down 0.6%, or 260 points, at 42,800": the change restated in other units, its noun, then "at" the level.
  if (earlier && RESTATED_AT_RE.test(between) && RESTATED_BETWEEN_RE.test(text.slice(earlier.end, prev.start))) return closedWay(raw, earlier, a);
  return null;
}
/** The restatement's noun, a comma, then "at" the level (", or 260 points, at 42,800"). */
const RESTATED_AT_RE = /^\s+[a-z]+\s*,\s*at\s+(?:(?:about|around|some|roughly)\s+)?$/i;
/** ", or " between a change and its restatement. */
const RESTATED_BETWEEN_RE = /^\s*,\s*or\s+$/i;

/** The level `a` reached "at" after the change `prev` that a market's close and its way stand before, or null. */
function closedWay(raw: string, prev: Amount, a: Amount): ClaimChange | null {
  const before = raw.slice(Math.max(0, prev.start - 32), prev.start);
  const way = CLOSED_WAY_BEFORE_RE.exec(before) ?? NAME_WAY_BEFORE_RE.exec(before);
  return way ? { direction: way[1]?.toLowerCase() === 'up' ? 'up' : 'down', from: null, to: a.value } : null;
}
