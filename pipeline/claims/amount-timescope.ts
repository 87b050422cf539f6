/**
 * The time scope of a figure: the date or period a sentence says the figure
 * is about ("in the third quarter", "as of Monday", "since 2022", "over the
 * past decade", "in the three months to September", "by the end of next
 * year"). A span, not a resolved date: resolving needs the publication date,
 * and a consumer that wants one can hand the span to a date parser.
 *
 * Invariant: every scope is a phrase of time words only (periods, months,
 * weekdays, years, relative words); a bare preposition before another noun
 * ("in Germany", "by the union") is never a scope.
 */

/**
 * Periods a figure is reported for, singular and plural ("the past two weeks"); not the head of a compound adjective
 * ("the year-earlier quarter", "a month-long strike").
 */
const PERIOD = String.raw`(?:quarters?|half|halves|years?|months?|weekend|fortnights?|weeks?|days?|decades?|century|(?:holiday|festive|tourist|rainy|dry|monsoon|hurricane|flu|summer|winter)\s+season|season|term|semester|session|financial year|fiscal year|tax year|school year|academic year|(?:winter|spring|summer|autumn|fall)(?:\s+(?:term|semester))?|morning|afternoon|evening|night|Q[1-4]|H[12])(?![a-z]|-(?:earlier|ago|long|old)\b)`;
// A month ends at its word's end: "over Mar" is no month of "over Marquette".
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![a-z])\.?)`;
const WEEKDAY = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
/** A year from 1800, as the amount reader types years (YEAR_MIN): "since 1880" dates a climate figure. */
const YEAR = String.raw`(?:1[89]|20)\d{2}(?:[/–-]\d{2}(?!\d))?`;
/** "March 5", "Sept. 19 to 22", "5 March", "March 2024", "March 5, 2024", a weekday, a year, "FY2024", "Q3 2024". */
const DATE = String.raw`(?:${MONTH}(?:\s+\d{1,2}(?:\s*(?:-|–|to)\s*\d{1,2}(?!\d))?(?!\d))?(?:,?\s+${YEAR})?|\d{1,2}\s+${MONTH}(?:\s+${YEAR})?|${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?|(?:fiscal\s+|FY\s?)${YEAR}|FY\d{2}|(?:the\s+)?(?:1[89]|20)\d0s|${YEAR}|(?:Q[1-4]|H[12])\s+${YEAR})`;
/** Words before a period: "the third quarter", "the past two weeks", "the same month last year". */
const ORDER = `(?:first|second|third|fourth|final|last|next|past|previous|prior|preceding|coming|same|current|latest|fiscal|financial|calendar|full|whole|entire|opening|early|late)`;
const COUNT = String.raw`(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|few|several)`;
/**
 * A part of the day with no article that modifies a noun ("in morning trading", "during evening prayers") is no
 * period of its own: it stands bare only before punctuation, the sentence's end or a function word ("at night and").
 */
const MODIFIER_PART_OF_DAY = String.raw`(?:morning|afternoon|evening|night)\s+(?!(?:and|or|but|to|in|on|at|of|for|with|by|from|after|before|until|since|when|while|as|than|the|a|an|is|are|was|were|has|have|had|local|time)\b)[a-z]`;
/** A period with no word before it: "for years", "in Q3"; never "half" or "quarter" ("cut by half", "in half"). */
const BARE_PERIOD = String.raw`(?!(?:half|halves|quarters?)(?![a-z]))(?!${MODIFIER_PART_OF_DAY})${PERIOD}`;
/**
 * "the third quarter", "the past two weeks", "the 12 months", "the first half of 2024", "its opening weekend", "fiscal
 * year 2023" (a year's number right after "year" names it, as after a quarter's or a half's symbol: "Q4 2024").
 */
const THE_PERIOD = String.raw`(?:(?:(?:the|its|their|his|her|our)\s+|${ORDER}[\s-]+|${COUNT}\s+)(?:${ORDER}[\s-]+)*(?:${COUNT}\s+)?${PERIOD}|${BARE_PERIOD})(?:\s+(?:of|in)\s+(?:${YEAR}|the\s+year|this\s+year|last\s+year)|(?<=year|\bQ[1-4]|\bH[12])\s+${YEAR}(?!\d|,\d))?`;
/** "(the week) to Sunday", "(the three months) to September", "(the year) ending in June". */
const TO_DATE = String.raw`(?:\s+to\s+date\b|\s+(?:to|ended|ending|through|until)(?:\s+(?:in|on))?\s+(?:the\s+end\s+of\s+)?${DATE}(?:\s+${YEAR})?)?`;
/** "the end of next year", "the start of 2024", "mid-2026", "early March", "late last year". */
const EDGE = String.raw`(?:(?:the\s+)?(?:end|start|beginning|middle|turn|close)\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?(?:${DATE}|${PERIOD}|${ORDER}\s+${PERIOD})|(?:mid|early|late)[\s-](?:${DATE}|(?:this|last|next)\s+${PERIOD}))`;
/** Months after "next", "last" or "this" ("next April"); not "May", as the scope is read without case ("this may"). */
const RELATIVE_MONTH = `(?:January|February|March|April|June|July|August|September|October|November|December)`;
const RELATIVE = String.raw`(?:(?:last|this|next|earlier\s+this|later\s+this|so\s+far\s+this)\s+(?:${PERIOD}|${WEEKDAY}|${RELATIVE_MONTH}\b))`;
/** Events that date a figure: "the 2021 election", "Tuesday's primary", "the July 4 vote". */
const EVENT = String.raw`(?:(?:general|presidential|local|midterm|snap|parliamentary|regional)\s+)?(?:elections?|by-elections?|primary|primaries|caucus(?:es)?|midterms|census|budget|season|campaign|games|olympics|world\s+cup|final|referendum|vote|poll|debate|summit|financial\s+year|fiscal\s+year|tax\s+year)\b`;
/** "the 2021 election", "the 2024-25 season", "the July 4 election", "Tuesday's primary", "last year's budget". */
const DATED_EVENT = String.raw`(?:the\s+${DATE}\s+${EVENT}|(?:${WEEKDAY}|${YEAR}|${MONTH}|(?:last|this|next)\s+(?:week|month|year))['\u2019]s\s+${EVENT})`;
const PREP = String.raw`(?:in|during|for|since|as\s+of|as\s+at|by|through|throughout|over|until|till|from|on|at|before|after|between|within|across)`;

/** The forms of a time scope; each opens at a word boundary (SCOPE_RE). */
export const SCOPE_FORMS: readonly string[] = [
  // "in morning trading", "during the afternoon session", "in after-hours trading": a market's session. Not "in early
  // trading" alone, which test/claims-news.test.ts holds unscoped ("jumped 7% in early trading after …").
  String.raw`(?:in|during)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-])?(?:morning|afternoon|midday|evening|overnight|after-hours|pre-?market|extended|opening|closing)\s+(?:trading|trade|dealings|session)\b`,
  // "in the three months to September", "since 2022", "as of Monday", "by the end of next year", "over the past decade".
  String.raw`${PREP}\s+(?:${EDGE}|${RELATIVE}|${DATED_EVENT}|${THE_PERIOD}${TO_DATE}|${DATE}${TO_DATE})(?:\s+(?:and|to)\s+(?:${DATE}|${RELATIVE}))?`,
  // "last year", "this season", "earlier this year", "so far this year", "last Friday".
  RELATIVE,
  // "a year earlier", "two years ago", "a month before".
  String.raw`(?:a|an|one|${COUNT})\s+${PERIOD}\s+(?:earlier|ago|before|previously)`,
  // "year-on-year", "year to date", "quarter-on-quarter", "month-over-month".
  String.raw`(?:year|quarter|month|week)[\s-](?:on|over)[\s-](?:year|quarter|month|week)\b`,
  String.raw`(?:year|month)[\s-]to[\s-]date\b`,
  // "third-quarter", "full-year", "first-half".
  String.raw`(?:first|second|third|fourth|full|half)-(?:quarter|half|year)\b`,
  // "yesterday", "overnight", "tonight".
  String.raw`(?:yesterday|today|tonight|overnight)\b`,
];

/**
 * The word boundary every form opens with is written once, before the
 * alternation, rather than at the head of each form: the same matches (an
 * assertion distributes over alternatives), and V8 then tries the forms only
 * where a word starts, which halved the regex's time (measured over the
 * figure sentences of the bench pages and attribution-dev).
 */
export const SCOPE_RE = new RegExp(String.raw`\b(?:${SCOPE_FORMS.join('|')})`, 'gi');

/**
 * A word that must stand in a sentence before any scope can, when it holds no
 * digit: tested first, as most sentences hold none. The digit is tested on its
 * own (ASCII_DIGIT_RE) because nearly every sentence with a figure has one, and
 * a single character class finds it far sooner than this alternation does.
 */
const MAY_HOLD_SCOPE_WORD_RE =
  /quarter|half|year|month|week|day|decade|season|night|fortnight|morning|term|trad|Q[1-4]|H[12]|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|today|tonight|overnight|spring|summer|autumn|winter|fall/i;
const ASCII_DIGIT_RE = /[0-9]/;

/** A time scope in a sentence: [start, end) offsets; `base` for the period a change is measured from ("from a year earlier"). */
export interface Scope {
  start: number;
  end: number;
  base: boolean;
}

/**
 * The phrases of a sentence that date or bound its figures in time, in text
 * order. `cueEnds` are where the sentence's reporting cues end: a date right
 * after one ("the company said on Tuesday", "told reporters on Friday") dates
 * the report, not a figure, and is left out.
 */
export function timeScopes(text: string, cueEnds: readonly number[] = []): Scope[] {
  if (!ASCII_DIGIT_RE.test(text) && !MAY_HOLD_SCOPE_WORD_RE.test(text)) return [];
  const re = SCOPE_RE;
  re.lastIndex = 0;
  const out: Scope[] = [];
  const hasSince = text.includes('since');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // Case-insensitive matching keeps "In 2023" and "Last year"; a month name must still be capitalised ("may rise" is no month).
    if (!/[A-Z0-9]/.test(m[0]) && !NO_CAPITAL_NEEDED_RE.test(m[0])) continue;
    const start = m.index;
    if (afterCue(text, cueEnds, start)) continue;
    // "climbed to 7.1%, the highest since 2001": a superlative's "since" compares; it dates no figure.
    // So does "in" a length of time: "the highest in 15 years", "for the first time in three months" ("its biggest rise
    // in March" is dated).
    if (
      SINCE_CODES.has(text.charCodeAt(start)) &&
      (/^since\b/i.test(m[0]) || IN_LENGTH_RE.test(m[0])) &&
      SUPERLATIVE_BEFORE_RE.test(text.slice(Math.max(0, start - SUPERLATIVE_WINDOW), start))
    )
      continue;
    // "the highest since records began in 2011": a date inside the superlative's "since" clause dates no figure either.
    if (hasSince && SUPERLATIVE_SINCE_BEFORE_RE.test(text.slice(Math.max(0, start - SUPERLATIVE_WINDOW), start))) continue;
    // "in Week 15", "on Day 3": a capitalised period with its number names one of a series; without the number, none.
    const series = NUMBERED_PERIOD_END_RE.test(m[0]);
    const numbered = series ? NUMBER_AFTER_RE.exec(text.slice(start + m[0].length)) : null;
    if (series && !numbered) continue;
    const end = start + m[0].length + (numbered?.[0].length ?? 0);
    out.push({ start, end, base: BASE_BEFORE_RE.test(text.slice(Math.max(0, start - BASE_WINDOW), start)) });
  }
  return out;
}
/** "s", "S", "i", "I": a scope's first letter, tested before SUPERLATIVE_BEFORE_RE, which tries every offset. */
const SINCE_CODES: ReadonlySet<number> = new Set([0x73, 0x53, 0x69, 0x49]);
/** "in" and a count of periods: a length of time, not a date ("in 15 years", "in three months", "in a decade"). */
const IN_LENGTH_RE = new RegExp(String.raw`^in\s+(?:a|an|${COUNT})\s+(?:years?|months?|weeks?|days?|decades?|quarters?)$`, 'i');
/**
 * A superlative or "first" and up to five words right before a scope ("the highest since", "its best annual gain
 * since", "the lowest for a winning party since").
 */
const SUPERLATIVE_BEFORE_RE =
  /\b(?:highest|lowest|most|least|best|worst|biggest|largest|smallest|fastest|slowest|strongest|weakest|steepest|sharpest|deepest|first)\b(?:\s+[\w-]+){0,5}\s+$/i;
const SUPERLATIVE_WINDOW = 48;
/** A superlative, "since" and a short clause right before a scope ("the highest since records began"). */
const SUPERLATIVE_SINCE_BEFORE_RE =
  /\b(?:highest|lowest|most|least|best|worst|biggest|largest|smallest|fastest|slowest|strongest|weakest|steepest|sharpest|deepest|first)\b(?:\s+[\w-]+){0,3}\s+since(?:\s+[\w-]+){1,3}\s+$/i;

/** Whether a scope starting at `start` stands right after one of the reporting cues ending at `cueEnds`. */
function afterCue(text: string, cueEnds: readonly number[], start: number): boolean {
  for (const c of cueEnds) if (c <= start && AFTER_CUE_RE.test(text.slice(c, start))) return true;
  return false;
}

/** A scope ending in a capitalised period word with no article before it ("in Week", "on Day"): a numbered one of a series. */
const NUMBERED_PERIOD_END_RE = /^\S+\s+(?:Week|Day|Season|Term|Session|Quarter)$/;
/** The number of a numbered period ("Week 15", "Day 3"), not the first digits of a figure ("Week 1,200"). */
const NUMBER_AFTER_RE = /^\s+\d{1,3}(?!\d|[,.]\d)/;

/** Scopes that need no capital letter or digit: relative periods ("last year", "the past decade", "overnight"). */
const NO_CAPITAL_NEEDED_RE =
  /\b(?:quarters?|half|halves|years?|months?|fortnights?|weeks?|days?|decades?|century|season|term|semester|session|winter|spring|summer|autumn|fall|weekend|morning|afternoon|evening|night|yesterday|today|tonight|overnight|trading|trade|dealings)\b/i;
/** Between a reporting cue and a date of the report: nothing, its hearers ("told reporters") or its medium ("in a statement"). */
const AFTER_CUE_RE =
  /^\s*(?:(?:reporters|journalists|the\s+\w+|him|her|them|us|me|parliament|lawmakers|investors|analysts|Reuters|AFP|CNN|the\s+BBC)\s+|in\s+an?\s+(?:statement|filing|note|interview|release|speech|email|post)\s+)?$/;
/** Words before the period a change is measured from: "from a year earlier", "than last year", "compared with 2023". */
const BASE_BEFORE_RE = /\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against|over)\s+$/i;
const BASE_WINDOW = 16;

/**
 * The scope nearest to a figure at [start, end): "was 4.2% in October, up from
 * 4.0% a month earlier" gives each figure its own. A scope right after the
 * figure wins a tie; a figure in a sentence with one scope takes it wherever
 * it stands ("In 2023, inflation hit 6.7%"), unless a clause break and
 * another figure stand between them. The period a change is measured from
 * ("fell 3% from a year earlier") is taken only when there is no other.
 */
export function nearestScope(
  text: string,
  scopes: readonly Scope[],
  start: number,
  end: number,
  figures: ReadonlyArray<{ start: number; end: number }>,
): Scope | null {
  let best: Scope | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const s of scopes) {
    // "fell to 1,200 a week, down from 3,000 two weeks ago": a scope past a clause break and another figure dates that figure.
    if (s.start >= end && figureBetween(text, figures, end, s.start)) continue;
    // "with prices starting at $799, and said the devices would ship on Sept. 20": a scope past a conjunction that opens
    // a clause of its own dates that clause.
    if (s.start >= end && s.start - end > 6 && CONJOINED_CLAUSE_RE.test(text.slice(end, s.start))) continue;
    // "The team, which finished 10th last season, has won five": a scope inside a relative clause dates that clause only.
    if (s.start >= end ? false : insideOtherRelative(text, s, start)) continue;
    // A scope that holds the figure ("in the three months to September" around "three") is none of it.
    const gap = (s.start >= end ? s.start - end : s.end <= start ? start - s.end + 0.5 : Number.POSITIVE_INFINITY) + (s.base ? BASE_PENALTY : 0);
    if (gap < bestGap) {
      best = s;
      bestGap = gap;
    }
  }
  return best;
}
/** A comma and a conjunction opening a clause with its verb or subject: ", and said", ", but the company", ", while". */
const CONJOINED_CLAUSE_RE = /,\s+(?:and|but|while|whereas|although|though)\s+(?:said|says|added|announced|(?:the|it|he|she|they|its|their)\b)/i;
/** Whether scope `s` (before the figure at `start`) sits in a relative or participle clause set off by commas that ends before the figure. */
function insideOtherRelative(text: string, s: Scope, start: number): boolean {
  const opener = text.lastIndexOf(', ', s.start);
  if (opener < 0) return false;
  const head = text.slice(opener, opener + 16);
  // Any regular participle only right after the subject, at the sentence's first comma ("The school, rated inadequate in
  // 2022, has …"); later it may be the main verb after an appositive ("The stop, on the M6, started life in 1972").
  if (!RELATIVE_OPENER_RE.test(head) && !(PARTICIPLE_OPENER_RE.test(head) && text.lastIndexOf(',', opener - 1) < 0)) return false;
  // The clause must still be open at the scope: no comma between its opening and the scope.
  const next = text.indexOf(',', opener + 1);
  if (next >= 0 && next < s.start) return false;
  const close = text.indexOf(',', s.end);
  return close >= 0 && close < start;
}
/** A relative pronoun or a participle of a thing's making opening a clause set off by commas ("The bridge, built in 1931, …"). */
const RELATIVE_OPENER_RE =
  /^, (?:wh(?:o|ich|ose)|built|founded|opened|established|launched|created|completed|formed|born|acquired|bought|published|released|elected|first\s+\w+ed)\s/;
/** Any regular past participle opening such a clause ("The school, rated inadequate in 2022, has …"). */
const PARTICIPLE_OPENER_RE = /^, [a-z]+ed\s/;

/** Whether another figure stands between `end` and `before`, past a clause break. */
function figureBetween(text: string, figures: ReadonlyArray<{ start: number; end: number }>, end: number, before: number): boolean {
  // Gap by gap from the figure to the scope, so the figures' own digits ("1,200") are no break; a comma between listed
  // counts is none either ("27.1 points, 7.4 rebounds and 6.9 assists last season").
  let from = end;
  for (const f of figures) {
    if (f.start < end || f.end > before) continue;
    const between = text.slice(from, f.start);
    if (CLAUSE_BREAK_RE.test(between) && !LIST_COMMA_RE.test(between)) return true;
    from = f.end;
  }
  return false;
}
/** A count's plural noun and a comma right before the next figure of a list. */
const LIST_COMMA_RE = /^\s+(?:[a-z-]+\s+)?[a-z-]+s\s*,\s*$/;
/** A clause break: punctuation, or a subordinator opening another clause ("jumped 7% after X reported $26 billion for the quarter"). */
const CLAUSE_BREAK_RE = /[,;:\u2014]|\b(?:after|before|when|while|because|although|whereas|until|unless)\s/;
/** Added to the distance of a base period, so that any other scope of the sentence wins over it. */
const BASE_PENALTY = 1e6;
