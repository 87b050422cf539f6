/**
 * Words the cue model reads as reports that state a figure instead: a verb of
 * revising or reaching figures with its figure ("raised interest rates by a
 * quarter point", "Sales doubled to 4 million", "added 250,000 jobs") and a
 * forecast noun ("beat forecasts", "cut its full-year forecast"). Rules over
 * the model, which was learned on political news and met few of them.
 */
import { DETERMINERS } from './attribution-nested.js';

/** Words for a forecast of figures, nouns when a verb takes them as object ("beat forecasts", "raised estimates"). */
const FORECAST_NOUNS: ReadonlySet<string> = new Set(
  'forecast forecasts estimate estimates expectation expectations projection projections prediction predictions'.split(' '),
);
/** How far after a verb of revising figures its figure is looked for. */
const FIGURE_IN_CLAUSE_CHARS = 48;
/** The verb's own clause: up to punctuation, a quotation mark or "that". */
const OWN_CLAUSE_RE = /^(?:(?!\bthat\b)[^,;:.!?"\u201C\u201D\u2018\u2019])*/i;
/** A figure: a currency sign, a number, or "by" and a figure in words ("by a quarter of a percentage point", "by half"). */
const FIGURE_RE =
  /[$\u20AC\u00A3\u00A5]|\b\d[\d,.]*|\bby\s+(?:a\s+(?:quarter|third|half|fifth|tenth|percentage\s+point|point)|half|one|two|three|four|five|six|seven|eight|nine|ten)\b/gi;
/** Verbs of a change or a level that the cue model also reads as reports. */
const LEVEL_VERBS: ReadonlySet<string> = new Set('doubled tripled added declined reached hit topped'.split(' '));
/** A figure right after a verb: a number or a currency, perhaps after "to"/"by" and an approximation or "another". */
const FIGURE_NEXT_RE =
  /^\s+(?:to\s+|by\s+)?(?:(?:another|a\s+further|an\s+additional|a\s+record|about|around|nearly|almost|roughly|some|more\s+than|over|up\s+to|at\s+least)\s+)?[$\u20AC\u00A3\u00A5]?\d/i;
/** A year is when, not how much ("raised the example of Obama in 2008"). */
const YEAR_RE = /^(?:1[89]|20)\d\d$/;
/** True when the clause after a verb ending at `end` holds a figure other than a year. */
function figureInClause(s: string, end: number): boolean {
  const clause = OWN_CLAUSE_RE.exec(s.slice(end, end + FIGURE_IN_CLAUSE_CHARS))?.[0] ?? '';
  for (const m of clause.matchAll(FIGURE_RE)) if (!YEAR_RE.test(m[0])) return true;
  return false;
}
/** What follows a noun, not a verb: punctuation, the end, a preposition or a verb ("its full-year forecast of", "forecast was"). */
const NOUN_FOLLOWS_RE = /^\s*(?:[.,;:!?)]|$|(?:of|for|on|in|from|to|by|and|or|was|is|were|are|has|had)\b)/i;
/** "its full-year forecast", "the latest estimates", "its October forecast": a determiner two words before, one modifier between. */
function determinerTwoBack(s: string, at: number): boolean {
  const m = /([A-Za-z]+)\s+[A-Za-z][\w-]*\s+$/.exec(s.slice(Math.max(0, at - 40), at));
  return m !== null && DETERMINERS.has((m[1] ?? '').toLowerCase());
}
/** Verbs of business copy that compare or revise figures against a forecast. */
const FIGURE_VERBS: ReadonlySet<string> = new Set(
  'beat beats beating missed misses missing topped tops topping exceeded exceeds exceeding surpassed surpasses trailed trails lagged raised raises raising cut cuts cutting lowered lowers lowering lifted lifts lifting trimmed trims trimming hiked upgraded downgraded'.split(
    ' ',
  ),
);

/**
 * A forecast word that is a noun here: the object of a verb of figures ("beats forecasts", "missed estimates") or
 * after a determiner and one modifier, before what follows a noun ("cut its full-year forecast.").
 */
export function forecastNoun(s: string, start: number, end: number, word: string, before: string): boolean {
  if (!FORECAST_NOUNS.has(word)) return false;
  return FIGURE_VERBS.has(before) || (determinerTwoBack(s, start) && NOUN_FOLLOWS_RE.test(s.slice(end, end + 8)));
}

/**
 * A verb that states a figure rather than reports: one of revising figures with a figure other than a year in its own
 * clause ("raised concerns that C" still reports), or one of a change or level with its figure right after it
 * ("added that C" and "declined to comment" still report).
 */
export function statesAFigure(s: string, end: number, word: string): boolean {
  return (FIGURE_VERBS.has(word) && figureInClause(s, end)) || (LEVEL_VERBS.has(word) && FIGURE_NEXT_RE.test(s.slice(end, end + 40)));
}
