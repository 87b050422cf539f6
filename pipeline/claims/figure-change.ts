/**
 * The change a general figure states: its direction (rose, fell, "up 7%"), the amount of the change, and where it came
 * from and went ("rose 23% to $1.1 billion", "slowed to 2.9% from 3.4%", "was $3.2bn, up from $2.9bn", "fell 350
 * points, or 1%, to 38,500"). Read from the words around the figure and the amounts beside it; general.ts asks it for
 * every figure claim.
 */
import type { ClaimChange } from '../types.js';
import type { Amount } from './amounts.js';
import { comparativeAfter, levelAt, nounOfChangeAfter } from './figure-change-after.js';
import { PARTICLE_VERBS_OF_CHANGE } from './bounds.js';

/**
 * Verbs and words of a rise, and of a fall: each read in the 40 characters before a figure. "contracted" is a fall of an
 * economy, not a hire ("contracted to build 300 homes"); "laid off" a cut of staff.
 */
const UP_WORDS = `rose|rise|rises|rising|risen|increased?|increases|increasing|grew|grow|grows|growing|grown|climb|climbed|climbs|jump|jumped|jumps|surged?|surges|soar|soared|soars|gain|gained|gains|higher|added|adds|raised?|raises|boost|boosted|doubled?|doubles|doubling|tripled?|triples|tripling|quadrupled|more than doubled|expand|expanded|advanced|rallied|rebounded|spiked|swelled|accelerated|widened|lifted|lifts|hiked|hikes`;
const DOWN_WORDS = `fell|fall|falls|falling|fallen|drop|dropped|drops|declined?|declines|decreased?|decreases|slid|slides|slowed|slows|eased?|eases|slump|slumped|slumps|plunged?|plunges|tumbled?|tumbles|lower|cut|cuts|cutting|shed|sheds|lost|loses|reduced?|reduces|halved?|halves|halving|shrank|shrunk|shrinks?|shrinking|slash|slashed|eliminated?|axed?|slipped|slips|dipped|dips|sank|sinks|retreated|narrowed|sagged|lowered|lowers|lowering|trimmed|trims|pared|contracted(?!\\s+(?:to|with|for|out|from)\\b)|laid\\s+off|lays\\s+off|laying\\s+off`;
/**
 * "up" and "down" state a change only right before the figure ("up 7%", "down by about 2%"): further back they end a
 * phrasal verb ("backed up for 10 miles"); right before it, PHRASAL_BEFORE_RE tells a phrasal verb ("made up 12%").
 */
const NEAR_ADVERB = String.raw`\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|roughly|more\s+than|less\s+than)\s+)?$`;
const UP_RE = new RegExp(String.raw`\b(?:${UP_WORDS})\b(?!-)[^,;]{0,24}$|\bup${NEAR_ADVERB}`, 'i');
const DOWN_RE = new RegExp(String.raw`\b(?:${DOWN_WORDS})\b(?!-)[^,;]{0,24}$|\bdown${NEAR_ADVERB}`, 'i');
/** A verb whose "up" or "down" makes a phrasal verb, not a change: "made up 12%", "shot down 28 drones" (read in the text with its cues). */
const PHRASAL_BEFORE_RE = new RegExp(
  String.raw`\b(?:make|makes|making|made|shot|shoot|shoots|shut|shuts|gunned|brought|took|knocked|tore|broke|turned|backed|set|picked|signed|stepped|locked|wound|pulled|struck|handed|called|rounded)\s+(?:up|down)${NEAR_ADVERB}`,
  'i',
);

/**
 * The change a figure states, read from the words before it. `text` has the
 * sentence's reporting cues blanked: "He added that three men…" states no rise.
 */
export function changeOf(text: string, raw: string, a: Amount, n: Neighbours): ClaimChange | null {
  // "lowered rates four times this year": a count of times is how often, or a multiple ("three times higher"), never
  // an amount or a level of the change; "by four times" is a change's multiple and keeps its way.
  if (a.unit === null && text.startsWith(' times', a.end) && !text.startsWith('by ', a.start - 3)) return null;
  const { prev, next } = n;
  const before = text.slice(Math.max(0, a.start - 40), a.start);
  let direction: ClaimChange['direction'] | null = UP_RE.test(before) ? 'up' : DOWN_RE.test(before) ? 'down' : null;
  // "made up 12%", "shot down 28 drones": read in the text with its cues, where "shot" may be blanked as one.
  if (direction !== null && PHRASAL_BEFORE_RE.test(raw.slice(Math.max(0, a.start - 40), a.start))) direction = null;
  // "output fell across all three sectors", "rose in three of four months": a preposition between the verb and the
  // figure makes the figure a place or a count of the change, not its amount (unless "to", "by" or "from" leads to it).
  if (direction !== null) {
    const last = lastChangeWord(before);
    // "rose 11% in units but fell 3% in value": the nearest verb of change states the way (UP_RE is tried first).
    if (last.word !== '' && last.word !== 'up' && last.word !== 'down') direction = UP_WORD_RE.test(last.word) ? 'up' : 'down';
    const after = before.slice(last.end);
    // "Sales rose 5% and 300 workers were hired": past the verb's own amount, "and" another kind of amount opens a new
    // clause ("cut 1,200 jobs and 300 contractors" shares the verb).
    if (prev && prev.start >= a.start - before.length + last.end && prev.unit !== a.unit && COORDINATED_RE.test(text.slice(prev.end, a.start)))
      direction = null;
    // "an increase of 9%", "a decline of almost 40%": "of" right after a noun of change leads to its amount;
    // "fell from a peak of 7.1%": "from" leads to where it started.
    // "lost an average of 4%": a verb's "an average of" leads to its amount as "by an average of" does.
    if (
      OTHER_PREPOSITION_RE.test(after) &&
      !/^\s+(?:an?\s+(?:average|total)\s+)?of\b/i.test(after) &&
      !/\bfrom\b/i.test(after) &&
      !AMOUNT_PREPOSITION_RE.test(before) &&
      !paceAt(text, before, a.end)
    )
      direction = null;
  }
  // "ticked up to 3.9%", "edged down to 2.4%": a verb with its particle of change goes to the new level (read in the
  // text with its cues: "Turnout went up to 67%" may have "went" blanked as one).
  const particle = direction === null ? PARTICLE_TO_RE.exec(raw.slice(Math.max(0, a.start - 40), a.start)) : null;
  if (particle) direction = particle[1]?.toLowerCase() === 'up' ? 'up' : 'down';
  // "was raised from £2.50 to £2.80": a verb of change right before the figure states it even when the
  // attributor took the verb for a cue.
  if (direction === null && text !== raw) {
    const rawBefore = raw.slice(Math.max(0, a.start - 40), a.start);
    if (DIRECT_CHANGE_RE.test(rawBefore)) direction = UP_RE.test(rawBefore) ? 'up' : DOWN_RE.test(rawBefore) ? 'down' : null;
  }
  // "is seeking to raise about $6.5 billion from investors", "has raised $300 million": money raised is a sum, not a
  // rise ("raised its forecast to $5bn", "raised prices by 5%" still are). Read in the text with its cues, where the
  // verb may be blanked as one.
  if (direction === 'up' && a.type === 'money' && RAISED_SUM_BEFORE_RE.test(raw.slice(Math.max(0, a.start - 40), a.start))) direction = null;
  // "a storm surge of up to 15 feet": the sea's surge is a height, no rise of a figure.
  if (direction === 'up' && STORM_SURGE_BEFORE_RE.test(before)) direction = null;
  // "reduced the risk of heart attack by 20%": a verb of change, its object, then "by" and the figure.
  if (direction === null) {
    const wider = text.slice(Math.max(0, a.start - WIDE_BY_CHARS), a.start);
    if (BY_BEFORE_RE.test(wider)) direction = UP_BY_RE.test(wider) ? 'up' : DOWN_BY_RE.test(wider) ? 'down' : null;
  }
  // "a 15% increase over the prior week", "a $2bn cut": a noun of change right after the figure.
  if (direction === null && a.value !== 0) direction = nounOfChangeAfter(text, a.start, a.end, a.type === 'money');
  // "closed 1.2% higher", "settled 87 cents lower at $82.05": a comparative right after the figure is the change's way.
  if (direction === null) direction = comparativeAfter(text, a.end, a.type === 'percent' || a.type === 'money');
  // "…1.2% higher at $45.10", "closed down 0.4% at $220.91": "at" after a market's change leads to where it ended.
  const atLevel = prev ? levelAt(text, raw, prev, a, n.earlier) : null;
  if (atLevel) return atLevel;
  if (a.fromTo && direction !== null) return { direction, from: a.low, to: a.high };
  // "$3.2bn, up from $2.9bn", "$3.2bn, or $1.45 a share, up from $2.9bn a year earlier": where it came from follows.
  if (direction === null) {
    const from = upFrom(text, a, next, n.later);
    if (from) return from;
  }
  // "fell 350 points, or 1%, to 38,500": "or" restates the change before it, and its new level follows the restatement.
  const restated =
    prev && n.earlier !== undefined && RESTATED_RE.test(text.slice(prev.end, a.start)) ? changeOf(text, raw, prev, { prev: n.earlier, next: a }) : null;
  if (restated?.direction) return { direction: restated.direction, from: null, to: null };
  // "slowed to 2.9% in March from 3.4% in February": the later figure is where it came from.
  if (direction !== null && next && startsFrom(text, a, next)) return { direction, from: next.value, to: a.value };
  // "rose to $19.3 billion, or 78 cents per share, from $9.24 billion": where it came from follows the restatement.
  if (
    direction !== null &&
    next &&
    n.later &&
    /\bto\s+$/.test(text.slice(Math.max(0, a.start - 4), a.start)) &&
    RESTATED_RE.test(text.slice(a.end, next.start)) &&
    FROM_BETWEEN_RE.test(text.slice(next.end, n.later.start)) &&
    n.later.unit === a.unit
  )
    return { direction, from: n.later.value, to: a.value };
  // "rose 23% to $1.1 billion", "jumped 40% to a record €9.1bn": the second figure is where it went.
  if (
    prev &&
    a.start - prev.end <= MAX_TO_LEVEL_CHARS &&
    TO_LEVEL_RE.test(text.slice(prev.end, a.start)) &&
    UP_RE.test(text.slice(0, prev.start)) !== DOWN_RE.test(text.slice(0, prev.start))
  ) {
    return { direction: UP_RE.test(text.slice(Math.max(0, prev.start - 40), prev.start)) ? 'up' : 'down', from: null, to: a.value };
  }
  // "cut its key deposit rate by a quarter point to 3.25%", "fell 350 points, or 1%, to 38,500": the amount before "to"
  // states a change of its own (its verb too far back for the test above, or restated), and this is where it went.
  if (prev && a.start - prev.end <= MAX_TO_LEVEL_CHARS && TO_LEVEL_RE.test(text.slice(prev.end, a.start))) {
    const amount = changeOf(text, raw, prev, { prev: n.earlier ?? null, next: a, earlier: null });
    if (amount?.direction && amount.to === null) return { direction: amount.direction, from: null, to: a.value };
  }
  // "halved to $300m", "rose to 4.4%": the verb goes straight to the new level.
  if (direction !== null && (particle || VERB_TO_RE.test(before))) return { direction, from: null, to: a.value };
  // "to" or "by" right before the figure, read once for the readings below (each needs it).
  const toBy = toOrByBefore(text, a.start);
  // "raised its forecast to $5 billion", "fell in March to 3%": a word or two between the verb and "to" the level.
  if (direction !== null && toBy && VERB_OBJECT_TO_RE.test(before)) return { direction, from: null, to: a.value };
  // "cut its global growth forecast to 3%": an object of three words puts the verb past UP_RE's reach (read in the text
  // with its cues, where "forecast" may be blanked as one).
  if (direction === null && toBy) {
    const m = VERB_OBJECT_TO_RE.exec(raw.slice(Math.max(0, a.start - OBJECT_TO_CHARS), a.start));
    if (m) return { direction: UP_WORD_RE.test(m[1] ?? '') ? 'up' : 'down', from: null, to: a.value };
  }
  // "doubled in the past two weeks to 1,450", "rose in the third quarter by 4%": when it changed stands between the
  // verb and its level or amount.
  if (direction === null) {
    // "to" or "by" right before the figure, tested on a few characters before the long pattern (tried at every offset).
    const m = toBy ? CHANGE_OVER_PERIOD_RE.exec(text.slice(Math.max(0, a.start - PERIOD_BETWEEN_CHARS), a.start)) : null;
    if (m) return { direction: m[1] ? 'up' : 'down', from: null, to: m[2]?.toLowerCase() === 'to' ? a.value : null };
  }
  // "three backed a hike to 5.5%", "proposed a cut to 4%": a noun of change, then "to" its level.
  if (direction === null && toBy) {
    const noun = NOUN_OF_CHANGE_TO_RE.exec(text.slice(Math.max(0, a.start - 40), a.start));
    if (noun) return { direction: noun[1] ? 'up' : 'down', from: null, to: noun[3]?.toLowerCase() === 'to' ? a.value : null };
  }
  // "rose 0.2% in July and 2.9% from a year earlier", "fell 3% in May and 5% in June": an amount coordinated with the
  // amount of a change, its verb left out, is an amount of the same change.
  if (direction === null && prev && prev.unit === a.unit && a.start - prev.end <= MAX_COORDINATED_CHARS && COORDINATED_RE.test(text.slice(prev.end, a.start))) {
    const first = changeOf(text, raw, prev, { prev: n.earlier ?? null, next: a, earlier: null });
    if (first?.direction && first.to === null) return { direction: first.direction, from: null, to: null };
  }
  // "doubled over the past year, reaching 2,500": a participle of arrival after the change's clause leads to its level
  // (read in the text with its cues, where the verb may be blanked as one).
  if (direction === null) {
    const level = reachedLevel(raw, a.start);
    if (level !== null) return { direction: level, from: null, to: a.value };
  }
  return direction === null ? null : { direction, from: null, to: null };
}

/**
 * The way of the change whose new level the figure at `at` is, when a participle of arrival stands before it:
 * "doubled over the past year, reaching 2,500", "rose 5%, hitting $3.50", "fell, bringing the total to 1,200". The
 * change's verb is the last one in the clause before the comma. Tested with endsWith first (most figures have none).
 */
function reachedLevel(text: string, at: number): ClaimChange['direction'] | null {
  // The participle stands within a few words of the figure: a native search of those first (this runs for every
  // figure without a change; the full reading below cost 1.3% of the tagger, profiled).
  const near = text.slice(Math.max(0, at - ARRIVAL_NEAR_CHARS), at);
  let found = false;
  for (const w of ARRIVAL_STEMS) if (near.includes(w)) found = true;
  if (!found) return null;
  const t = text.slice(Math.max(0, at - REACHED_CHARS), at).trimEnd();
  let cut = -1;
  for (const w of ARRIVAL_WORDS) {
    const k = t.lastIndexOf(w);
    if (k > cut && LEVEL_TAIL_RE.test(t.slice(k + w.length))) cut = k;
  }
  // "bringing its key rate to", "taking the jobless rate to": the participle's object may be any noun phrase.
  if (cut < 0) cut = ARRIVAL_OBJECT_RE.exec(t)?.index ?? -1;
  if (cut < 0) return null;
  const head = t.slice(0, cut).trimEnd();
  if (!head.endsWith(',')) return null;
  // A full stop ends the clause, a decimal point does not ("added 5.1 million subscribers, bringing its total to").
  let stop = head.lastIndexOf('.');
  while (stop >= 0 && isDigitCode(head.charCodeAt(stop + 1))) stop = head.lastIndexOf('.', stop - 1);
  const clauseStart = Math.max(head.lastIndexOf(',', head.length - 2), head.lastIndexOf(';'), stop) + 1;
  const clause = head.slice(clauseStart, head.length - 1);
  let direction: ClaimChange['direction'] | null = null;
  CHANGE_WORD_RE.lastIndex = 0;
  for (let m = CHANGE_WORD_RE.exec(clause); m !== null; m = CHANGE_WORD_RE.exec(clause)) {
    const w = m[0].toLowerCase();
    if (w !== 'up' && w !== 'down') direction = UP_WORD_RE.test(w) ? 'up' : 'down';
  }
  return direction;
}
/** An article, a noun of a rise (1) or a fall (2), then "to" or "by" (3) and perhaps an approximation: "a hike to 5.5%". */
const NOUN_OF_CHANGE_TO_RE =
  /\b(?:a|an|the|its|their|another)\s+(?:[a-z]+\s+)?(?:(increase|rise|hike|jump|boost|climb)|(cut|reduction|decrease|drop|fall|decline))\s+(to|by)\s+(?:(?:about|around|nearly|almost|some|roughly)\s+)?$/i;
/** Characters before a figure its participle of arrival stands within ("reaching a new all-time high of "). */
const ARRIVAL_NEAR_CHARS = 48;
/** What each of ARRIVAL_WORDS holds. */
const ARRIVAL_STEMS = ['reaching', 'hitting', 'bringing', 'taking', 'leaving'];
/** Characters read back for a participle of arrival and the clause of change before it. */
const REACHED_CHARS = 100;
/** Participles of arrival before a level: "reaching", "bringing the total to". */
const ARRIVAL_WORDS = [
  ' reaching',
  ' hitting',
  ' bringing it to',
  ' bringing the total to',
  ' bringing its total to',
  ' bringing their total to',
  ' taking it to',
  ' taking the total to',
  ' taking its total to',
  ' leaving it at',
];
/** "bringing"/"taking", a determiner and up to three words, then "to" (and an approximation) ending the text. */
const ARRIVAL_OBJECT_RE = / (?:bringing|taking) (?:the|its|their) (?:[a-z][\w-]* ){0,2}[a-z][\w-]* to(?: (?:about|around|nearly|almost|some|roughly))?$/i;
/** What may stand between the participle and the level: an approximation, "a record (low) of", "an all-time high of". */
const LEVEL_TAIL_RE =
  /^(?:\s+(?:about|around|nearly|almost|some|roughly|(?:a|an)\s+(?:new\s+)?(?:record|all-time|high|low|peak)(?:\s+(?:high|low))?(?:\s+of)?))?$/i;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const UP_WORD_RE = new RegExp(String.raw`^(?:${UP_WORDS})$`, 'i');
/**
 * Whether "to" or "by" (perhaps with an approximation after it) ends the text before `at`: read from the end with
 * endsWith, as an end-anchored regex is tried at every offset.
 */
function toOrByBefore(text: string, at: number): boolean {
  let t = text.slice(Math.max(0, at - 24), at).trimEnd();
  const approx = APPROXIMATION_ENDINGS.find((w) => t.endsWith(w));
  if (approx) t = t.slice(0, t.length - approx.length).trimEnd();
  return t.endsWith(' to') || t.endsWith(' by');
}
const APPROXIMATION_ENDINGS = [' about', ' around', ' nearly', ' almost', ' some', ' roughly', ' more than', ' less than'];
/** "expanded at an annualized 3.3% pace", "grew at a 2.8% annual rate": the figure is the pace of the change. */
function paceAt(text: string, before: string, end: number): boolean {
  return PACE_AT_BEFORE_RE.test(before) && PACE_AFTER_RE.test(text.slice(end, end + PACE_AFTER_CHARS));
}
const PACE_AT_BEFORE_RE = /\bat\s+(?:an?|the|its)\s+(?:[a-z][\w-]*\s+)?$/i;
const PACE_AFTER_RE = /^\s+(?:[a-z][\w-]*\s+){0,2}?(?:pace|rate)\b/i;
const PACE_AFTER_CHARS = 40;
/** Between two amounts, the second coordinated with the first: a few words of when or where, then "and" (or "by"). */
const COORDINATED_RE = /^(?:\s+[\w'-]+){0,5}?,?\s+and\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|roughly)\s+)?$/i;
const MAX_COORDINATED_CHARS = 48;
/** Characters read back for a verb of change, a period after it, and "to" or "by". */
const PERIOD_BETWEEN_CHARS = 90;
/** A verb of change, a phrase of when (a preposition and up to 40 characters, no clause break), then "to" or "by". */
const CHANGE_OVER_PERIOD_RE = new RegExp(
  String.raw`\b(?:(${UP_WORDS})|(?:${DOWN_WORDS}))\s+(?:in|during|over|since|last|this|so\s+far|on|at)\b[^,;.]{1,40}?\s+(to|by)\s+(?:(?:about|around|nearly|almost|some|roughly|more\s+than|less\s+than)\s+)?$`,
  'i',
);
/** A form of "raise" right before money (perhaps with an approximation): a sum raised. */
const RAISED_SUM_BEFORE_RE =
  /\b(?:raise|raised|raises|raising)\s+(?:(?:about|around|nearly|almost|some|roughly|more\s+than|less\s+than|over|up\s+to|at\s+least|another|an\s+additional|a\s+further)\s+)?$/i;
/** "storm surge" and what may stand between it and the figure ("of up to", "of"). */
const STORM_SURGE_BEFORE_RE = /\bstorm\s+surges?\b[^,;]{0,16}$/i;
/** Characters read back for a verb of change whose object stands between it and "by". */
const WIDE_BY_CHARS = 80;
const BY_APPROXIMATION = String.raw`by\s+(?:(?:about|around|nearly|almost|some|roughly|more\s+than|less\s+than|up\s+to|as\s+much\s+as)\s+)?$`;
const BY_BEFORE_RE = new RegExp(String.raw`\b${BY_APPROXIMATION}`, 'i');
/** A verb of change, up to 50 characters of its object (no clause break), then "by" and the figure. */
const UP_BY_RE = new RegExp(String.raw`\b(?:${UP_WORDS})\b(?!-)[^,;.]{1,50}\b${BY_APPROXIMATION}`, 'i');
const DOWN_BY_RE = new RegExp(String.raw`\b(?:${DOWN_WORDS})\b(?!-)[^,;.]{1,50}\b${BY_APPROXIMATION}`, 'i');

/** The amounts around the one read: before it, after it, and the next further out each way (null at the sentence's ends; `earlier` undefined when not given). */
export interface Neighbours {
  prev: Amount | null;
  next: Amount | null;
  earlier?: Amount | null;
  later?: Amount | null;
}
/**
 * Between two amounts, the second restating the first: ", or " (after the first's noun: "350 points, or 1%", or what a
 * share is of: "5% of its roles, or about 2,000 positions").
 */
const RESTATED_RE = /^(?:\s+[a-z]+|\s+of\s+(?:its|their|the|his|her|our)(?:\s+[a-z]+){1,2})?\s*,\s*or\s+(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$/i;
/**
 * Between a level and where it came from: ", up from", ", down from" (after an appositive ", or $1.45 a share", or the
 * rest of its clause: "70% of unhoused people were living outdoors, up from 66%").
 */
export const UP_FROM_RE = /^(?:\s+[\w-]+){0,8}?\s*[,(]\s*(up|down)\s+(?:from|on)\s+$/i;

/** Between a level and the amount of its change: ", up", "(down by" (after the rest of its clause). */
const UP_BEFORE_AMOUNT_RE = /^(?:\s+[\w-]+){0,8}?\s*[,(]\s*(up|down)\s+(?:by\s+)?$/i;
/** "from" alone between the amount of a change and where it came from. */
const FROM_ONLY_RE = /^\s+from\s+$/i;
/** "$3.2bn, up from $2.9bn": the change to `a` from the amount after it (next, or the one after an appositive of next). */
function upFrom(text: string, a: Amount, next: Amount | null, later: Amount | null | undefined): ClaimChange | null {
  if (next === null) return null;
  let from: Amount = next;
  let m = UP_FROM_RE.exec(text.slice(a.end, next.start));
  if (!m && later && RESTATED_RE.test(text.slice(a.end, next.start))) {
    from = later;
    m = UP_FROM_RE.exec(text.slice(next.end, later.start));
  }
  // "766 jets last year, up 4% from 735": the change's amount stands between its way and where it came from.
  if (!m && later && FROM_ONLY_RE.test(text.slice(next.end, later.start))) {
    from = later;
    m = UP_BEFORE_AMOUNT_RE.exec(text.slice(a.end, next.start));
  }
  if (!m?.[1] || from.unit !== a.unit || from.per !== a.per || from.value === null || a.value === null) return null;
  return { direction: m[1].toLowerCase() === 'up' ? 'up' : 'down', from: from.value, to: a.value };
}

/** The last verb or adverb of change in `before` (lower case) and where it ends (0 and '' when none is found). */
function lastChangeWord(before: string): { end: number; word: string } {
  let end = 0;
  let word = '';
  CHANGE_WORD_RE.lastIndex = 0;
  for (let m = CHANGE_WORD_RE.exec(before); m !== null; m = CHANGE_WORD_RE.exec(before)) {
    end = m.index + m[0].length;
    word = m[0];
  }
  return { end, word: word.toLowerCase() };
}
const CHANGE_WORD_RE = new RegExp(String.raw`\b(?:${UP_WORDS}|${DOWN_WORDS}|up|down)\b`, 'gi');
const OTHER_PREPOSITION_RE = /\b(?:across|among|in|at|for|with|of|on|over|under|after|before|between|during|since|against|into)\b/i;
/**
 * A level named by its measure before "of": "an annual rate of", "a seasonally adjusted annual rate of", "a total of"
 * (what statistics offices write between "to" and the level).
 */
const LEVEL_OF = String.raw`(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}?(?:rate|level|total|pace)\s+of\s+`;
/**
 * "to", "by" or "from" (and an approximation) right before the figure: the change's amount or level after all; "by an
 * average of", "by a total of", "to a high of" lead to it too, and "at an annual pace of" to its pace.
 */
const AMOUNT_PREPOSITION_RE = new RegExp(
  String.raw`\bat\s+${LEVEL_OF}$|\b(?:to|by|from)\s+(?:(?:about|around|nearly|almost|some|roughly|more\s+than|less\s+than|a\s+record(?:\s+(?:high|low)\s+of)?|an?\s+(?:average|total|high|low|peak|combined|net)\s+of|${LEVEL_OF}|an?\s+)\s*)*$`,
  'i',
);
/** Longest gap TO_LEVEL_RE can match ("points, to an all-time high of "): a longer one is not tried. */
const MAX_TO_LEVEL_CHARS = 64;
/**
 * Between a change and its new level: "to", "to a record", "to an all-time high of", "to an annual rate of", a market's
 * "to close at", after the change's noun ("fell 1.2 points to"), a phrase of when ("fell 3% in early trading to", "rose
 * 4% in the third quarter to", "rose 4% year over year to") or a currency's counterpart ("rose 0.4% against the yen to").
 */
const TO_LEVEL_RE = new RegExp(
  String.raw`^(?:\s+(?:in|on|during|over|since|after|at|against|from)(?:\s+[\w'-]+){1,3}?|\s+(?:year|month|quarter|week)[\s-](?:over|on)[\s-](?:year|month|quarter|week)|(?:\s+[a-z]+){0,2}?)\s*,?\s*to\s+(?:(?:close|end|finish|settle)(?:\s+the\s+(?:day|session|week))?\s+at\s+)?(?:(?:a|an|the)\s+(?:new\s+)?(?:record(?:\s+high|\s+low)?|all-time\s+(?:high|low)|high|low)(?:\s+of)?\s+|${LEVEL_OF})?$`,
  'i',
);
/** A verb of change, then "to" and at most an approximation before the figure: "halved to", "fell to about". */
const VERB_TO_RE = new RegExp(
  String.raw`\b(?:${UP_WORDS}|${DOWN_WORDS})\s+to\s+(?:(?:a|an|the)\s+(?:new\s+)?record(?:\s+high|\s+low)?\s+(?:of\s+)?|(?:a|an|the)\s+(?:new\s+)?(?:high|low|peak|average)\s+of\s+|${LEVEL_OF}|about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$`,
  'i',
);
/** A verb whose particle of change is "up" or "down", then "to" before the figure: "ticked up to", "edged down to about". */
const PARTICLE_TO_RE = new RegExp(
  String.raw`\b(?:${[...PARTICLE_VERBS_OF_CHANGE].join('|')})\s+(up|down)\s+to\s+(?:(?:about|around|nearly|almost|some|roughly)\s+)?$`,
  'i',
);
/** A verb of change (1), one to three words (perhaps after a determiner: its object, or when), "to" and perhaps an approximation. */
const VERB_OBJECT_TO_RE = new RegExp(
  String.raw`\b(${UP_WORDS}|${DOWN_WORDS})\s+(?:(?:its|their|his|her|the|a|an|our)\s+)?(?:[a-z][a-z-]*\s+){1,3}to\s+(?:(?:about|around|nearly|almost|some|roughly)\s+)?$`,
  'i',
);
/** Characters read back for a verb of change, its object and "to". */
const OBJECT_TO_CHARS = 56;
/** A verb of change right before the figure, with at most "by", "from" or "to" between. */
const DIRECT_CHANGE_RE = new RegExp(String.raw`\b(?:${UP_WORDS}|${DOWN_WORDS})\s+(?:by\s+|from\s+|to\s+)?$`, 'i');

/** "to 2.9% in March from 3.4%": `next` is the starting point of the change that ends at `a`. */
function startsFrom(text: string, a: Amount, next: Amount): boolean {
  return /\bto\s+$/.test(text.slice(Math.max(0, a.start - 4), a.start)) && FROM_BETWEEN_RE.test(text.slice(a.end, next.start)) && a.unit === next.unit;
}
/** Between the end point and the starting point: a few words of scope ("in the three months to October"), then "from". */
const FROM_BETWEEN_RE = /^(?:\s+[\w-]+){0,6}?,?\s+(?:from|compared\s+(?:with|to))\s+$/;
