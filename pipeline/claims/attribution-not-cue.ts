/**
 * Contexts that make a candidate word no reporting cue whatever the cue model says: a noun after a determiner, a
 * count or a possessive ("two reports", "two CFP titles", "cut several other shows"), a word after "per" or "than",
 * idioms and asides ("easier said than done", "believe it or not", "Looking ahead"), an example ("say $50"), a verb
 * of figures ("beat forecasts"), an adverb before a stronger cue ("reportedly said"). attribution-spans.ts asks this
 * of every candidate the model scores high enough.
 */
import { prevToken, wordBefore } from './attribution-cues.js';
import { forecastNoun, statesAFigure } from './attribution-figure-verbs.js';
import type { Compiled } from './attribution-lexicon.js';
import { DETERMINERS } from './attribution-nested.js';
import { NUMBER_WORDS } from './number-words.js';

/** An adverb cue ("reportedly", "allegedly"): it reports an unnamed source; the clause's subject belongs to the content. */
export const ADVERB_RE = /ly$/;
/** What lets a nominal cue introduce content: "the claim that C", "his warning: C", "her words, “C”". */
const NOUN_CONTENT_RE = /^\s*(?:that\b|:|,?\s*[\u201C\u2018"\u00AB])/;

/** "two CFP titles", "12 NHS trusts": a count, then one capitalised word, right before `at`. */
function countBeforeName(s: string, at: number): boolean {
  // The word before must be capitalised: tested by code before the regex, as most plurals follow a lower-case word.
  let k = at;
  while (k > 0 && s.charCodeAt(k - 1) === 32) k--;
  let w = k;
  while (w > 0 && s.charCodeAt(w - 1) !== 32) w--;
  const first = s.charCodeAt(w);
  if (!(first >= 65 && first <= 90)) return false;
  const m = COUNT_BEFORE_NAME_RE.exec(s.slice(Math.max(0, at - 40), at));
  return m?.[1] !== undefined && (COUNT_WORDS.has(m[1].toLowerCase()) || /^\d[\d,.]*$/.test(m[1]));
}
const COUNT_BEFORE_NAME_RE = /(?:^|\s)([\w,.]+)\s+[A-Z][\w.&-]*\s+$/;
/** Participles of saying whose content may open with a candidate word ("saying demand fell"). */
const SAYING_PARTICIPLES: ReadonlySet<string> = new Set(['saying', 'adding', 'noting', 'warning', 'arguing', 'insisting', 'telling']);
/** "according to plan", "according to schedule": the idioms of "according" that name no source. */
const ACCORDING_IDIOM_RE = /^\s+to\s+(?:plan|schedule|script|expectations?|form|tradition|custom)\b/i;
/** Where a thing was found, right after "found" (its participle after a noun). */
const FOUND_WHERE_RE = /^\s+(?:in|on|at|inside|near|under|among|within|throughout|floating|buried|lying)\b/i;
/** "shows up", "shows like X", "shows further down": not the verb of showing a finding. */
const SHOWS_NOT_CUE_RE = /^\s+(?:up|like|further|such)\b/i;
/** A verb of saying or showing right after a word, in the present or past ("reports show", "forecast shows"). */
/** A verb of change right after a word ("note rose", "orders hit"); not an auxiliary: "His claim was false" keeps its noun cue. */
const VERB_AFTER_NOUN_RE =
  /^\s+(?:rose|fell|hit|drew|jumped|climbed|dropped|surged|slid|slipped|grew|soared|plunged|tumbled|declined|increased|decreased|remained|rises|falls|hits|jumps|climbs|drops|surges|grows|soars|remains)\b/;
/** First letters of VERB_AFTER_NOUN_RE's words. */
const AFTER_NOUN_CODES: ReadonlySet<number> = new Set([...'rfhdjcsgpti'].map((ch) => ch.charCodeAt(0)));
/** First letters of NOUN_BEFORE_VERB_RE's verbs ("s", "i", "f"). */
const VERB_AFTER_CODES: ReadonlySet<number> = new Set([0x73, 0x69, 0x66]);
const NOUN_BEFORE_VERB_RE = /^\s+(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated|say|says|said|found)\b/;
/** The word before a modifier inside a noun phrase: a possessive, an article, a word of measure. */
const NOUN_PHRASE_BEFORE_RE = /(?:['\u2019]s|^(?:the|a|an|its|their|his|her|average|median|typical|daily|weekly|monthly|annual|overall|total))$/;
/** A noun of markets right after a word ("asking price", "trading volume", "closing bell"). */
const MARKET_NOUN_AFTER_RE = /^\s+(?:prices?|volumes?|session|bell|costs?|power|levels?|rates?)\b/;
/** "from" or "for" right after "demand": the noun of a market. */
const DEMAND_NOUN_RE = /^\s+(?:from|for)\b/;
/** The forms of "take", and what makes them an event ("takes effect", "took place"). */
const TAKE_FORMS: ReadonlySet<string> = new Set(['take', 'takes', 'took', 'taken', 'taking']);
const TAKE_EVENT_RE = /^\s+(?:effect|place)\b/i;
/** A figure right after "say" (its comma perhaps): an example, "say, $50". */
const SAY_EXAMPLE_RE = /^,?\s*[$\u00A3\u20AC\u00A50-9]/;

/** Contexts that make a candidate no cue whatever the model says. */
export function notACueHere(s: string, start: number, end: number, word: string, c: Compiled): boolean {
  // Opening a sentence, only a participle or "according" is a cue ("Asked about it, she said"); "Shares fell" is a subject.
  if (/^[\s\u201C"(]*$/.test(s.slice(0, start)) && !/(?:ing|ed)$/.test(word) && !c.after.has(word)) return true;
  const before = wordBefore(s, start);
  if (DETERMINERS.has(before) && !NOUN_CONTENT_RE.test(s.slice(end, end + 8))) return true;
  // "Simone Biles interview controversy, explained: …": an explainer's label.
  if (word === 'explained' && /^\s*:/.test(s.slice(end, end + 3))) return true;
  // "earnings per share", "per report": a word after "per" is a noun; "lower than forecast", "rose faster than
  // expected": after "than" a participle compares, it reports nothing.
  if (before === 'per' || before === 'than') return true;
  // "saying demand fell", "said support was strong": right after a verb of saying its content opens; the word is its subject.
  // A present in -s may be a plural noun ("The reports show C"): only "says" is taken.
  if (SAYING_PARTICIPLES.has(before) || (c.inverting.has(before) && (before.endsWith('d') || before === 'says' || before === 'wrote'))) return true;
  // "Looking further out, C", "Looking back, C": a sentence adverbial, no one looking.
  if (word === 'looking' && /^\s+(?:ahead|forward|back|further|farther)\b/i.test(s.slice(end, end + 10)) && /^[\s\u201C"(]*$/.test(s.slice(0, start)))
    return true;
  // "things found in nature", "the body found floating in the lake": a participle after its noun says where; "reality
  // shows like X", "the plow shows up": a noun or a verb of arriving.
  if (word === 'found' && FOUND_WHERE_RE.test(s.slice(end, end + 12))) return true;
  if ((word === 'shows' || word === 'show') && SHOWS_NOT_CUE_RE.test(s.slice(end, end + 10))) return true;
  // "FEC reports show C", "The Met Office's 10-day forecast shows C": a noun right before the verb of saying or showing
  // is that verb's subject, no cue of its own.
  // The next word's first letter is tested first: most candidates are followed by none of these verbs.
  if (VERB_AFTER_CODES.has(s.charCodeAt(end + 1)) && NOUN_BEFORE_VERB_RE.test(s.slice(end, end + 16)) && !c.inverting.has(before)) return true;
  // "The yield on the 10-year Treasury note rose", "Container ship orders hit": a noun right before a verb of change
  // heads that verb's subject; it is no cue.
  if (AFTER_NOUN_CODES.has(s.charCodeAt(end + 1)) && VERB_AFTER_NOUN_RE.test(s.slice(end, end + 12)) && !c.inverting.has(word)) return true;
  // "The average asking price", "Coinbase's trading volume": a participle before a noun of markets modifies it.
  // Only inside a noun phrase: after a possessive, an article or a word of measure ("…, saying prices vary" reports).
  if (word.endsWith('ing') && NOUN_PHRASE_BEFORE_RE.test(before) && MARKET_NOUN_AFTER_RE.test(s.slice(end, end + 10))) return true;
  // "Electricity demand from data centers", "demand for housing": a noun of buying, no one demanding.
  if ((word === 'demand' || word === 'demands') && DEMAND_NOUN_RE.test(s.slice(end, end + 6))) return true;
  // "when the deal takes effect", "the vote took place": what happens, no one's words.
  if (TAKE_FORMS.has(word) && TAKE_EVENT_RE.test(s.slice(end, end + 8))) return true;
  // "easier said than done": an idiom.
  if (word === 'said' && /^\s+than\s+done\b/i.test(s.slice(end, end + 12))) return true;
  // "went according to plan", "according to schedule": an idiom of how things went, no source.
  if (word === 'according' && ACCORDING_IDIOM_RE.test(s.slice(end, end + 24))) return true;
  // "…, believe it or not.": an aside to the reader.
  if (word === 'believe' && /^\s+it\s+or\s+not\b/i.test(s.slice(end, end + 16))) return true;
  // "set a limit, say $50 or $75": "say" between a comma and a figure gives an example ("Analysts say 40% …" reports).
  if (word === 'say' && SAY_EXAMPLE_RE.test(s.slice(end, end + 4)) && prevToken(s, start) === ',') return true;
  // "will host five shows", "two reports", "several claims": a plural after a number or a quantifier is a noun (but
  // "one says" is a verb: one is singular); "Jobless claims rose to 220,000": a plural before a finite verb is its subject.
  if (PLURAL_S_RE.test(word) && (COUNT_WORDS.has(before) || prevToken(s, start) === '#' || VERB_AFTER_PLURAL_RE.test(s.slice(end, end + 16)))) return true;
  // "won two CFP titles": a count before a capitalised modifier too.
  if (PLURAL_S_RE.test(word) && countBeforeName(s, start)) return true;
  // "cut several other shows", "these reports": a plural after "other" or a demonstrative is a noun ("the other says" is one).
  if (
    PLURAL_S_RE.test(word) &&
    (before === 'these' || before === 'those' || (before === 'other' && !THE_OTHER_RE.test(s.slice(Math.max(0, start - 12), start))))
  )
    return true;
  if (!NOUN_CONTENT_RE.test(s.slice(end, end + 8)) && forecastNoun(s, start, end, word, before)) return true;
  if (statesAFigure(s, end, word)) return true;
  // "reportedly said": the verb is the cue and takes the adverb along (cueSpan).
  if (ADVERB_RE.test(word)) {
    const next = /^\s+([A-Za-z]+)/.exec(s.slice(end, end + 24));
    const nextWord = next?.[1]?.toLowerCase();
    const nextEntry = nextWord ? c.scanned.get(nextWord) : undefined;
    if (nextWord && nextEntry) {
      const at = end + (next?.[0].length ?? 0) - nextWord.length;
      if (c.score(s, at, at + nextWord.length, nextEntry) >= c.minProbability) return true;
    }
  }
  return false;
}

/** A word ending in a plural's -s (not -ss): a noun after a count, a verb's third person otherwise. */
const PLURAL_S_RE = /[^s]s$/;
/** "the other", "each other" before a cue: a pronoun, which takes a verb ("the other says"). */
const THE_OTHER_RE = /\b(?:the|each)\s+other\s+$/i;
/** A finite verb a plural subject takes: an auxiliary, or a verb of change in the past. */
const VERB_AFTER_PLURAL_RE =
  /^\s+(?:were|are|have|had|remain|remained|rose|fell|jumped|dropped|climbed|declined|increased|decreased|surged|slipped|soared|plunged)\b/;
/** Counts and quantifiers before a plural noun: the number words but the singular ones, scales and vague amounts. */
const COUNT_WORDS: ReadonlySet<string> = new Set([
  ...NUMBER_WORDS.filter((w) => w !== 'one' && w !== 'zero'),
  ...'hundred hundreds thousand thousands million millions dozen dozens several many few numerous multiple various'.split(' '),
]);
