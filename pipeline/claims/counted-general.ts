/**
 * What a general figure counts: the noun phrase right after a count ("1,200
 * jobs", "more than 1,500 people", "300 new electric buses"), or after "of" for
 * a vague count, a percentage or a share ("dozens of flights", "40% of adults",
 * "two-thirds of voters").
 *
 * The measure packs read their counted nouns from lists of heads (counted.ts);
 * a general count may count anything, so here the phrase is read by its form:
 * up to MAX_WORDS words right after the figure, separated by spaces only, ended
 * by a function word, an adverb or punctuation, of which the last plural noun
 * ends the phrase ("1,200 jobs were cut" → "jobs"; "600 killed" → none). A
 * closed list of function words and the plural ending decide, not a
 * part-of-speech tagger: that would tag a whole sentence for the word or two
 * after one number, and its plural tags are what the ending already tells.
 */
import type { Amount } from './amount-tokens.js';
import { isRateAdjective } from './amount-units.js';
import { NUMBER_WORDS } from './number-words.js';
import { isLowerCaseCode } from './text.js';

/** Longest phrase read: "300 new battery electric buses". */
const MAX_WORDS = 4;

/** A word after the figure or after the previous word: letters, apostrophes and hyphens, or initials ("U.S."), spaces only before it. */
const NEXT_WORD_RE = /[ \t\u00A0]+((?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'\u2019-]*)/y;
/**
 * "40% of adults", "two-thirds of the voters", "14 of their last 16 matches", "two-thirds of the 1,200 respondents", "9 of
 * Scotland's 57 seats", "half of the UK's 2,000 largest firms": what a share is of.
 */
const SHARE_OF_RE = new RegExp(
  String.raw`[ \t\u00A0]+of(?:[ \t\u00A0]+(?:(?:the[ \t\u00A0]+)?[A-Z][A-Za-z-]*['\u2019]s|the|its|their|all|our|his|her))?(?:[ \t\u00A0]+(?:last|first|past|next|top|remaining|other))?(?:[ \t\u00A0]+(?:\d[\d,.]*(?:[ \t\u00A0]+(?:million|billion))?|${NUMBER_WORDS.join('|')}|hundred|dozen))?(?=[ \t\u00A0])`,
  'y',
);

/** Words that end the phrase: determiners, pronouns, prepositions, conjunctions, auxiliaries, and words of amount or time. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the this that these those its his her their our your my me him us them they we he she it you there here ' +
    'of in on at to from by for with without into onto over under about after before since during across between among ' +
    'than as per via against toward towards through throughout within around behind beyond near past until up down out off ' +
    'and or but nor so yet who which whom whose where when while if whether because although though unless ' +
    'is are was were be been being am has have had do does did will would could should may might must can shall ' +
    'not no more less fewer each every all some most many much such other others another both either neither ' +
    'percent pc cent times ago last next earlier later year years month months week weeks day days hour hours ' +
    'minute minutes second seconds decade decades century centuries ' +
    // Verbs of saying end the phrase ("of the respondents said prices …").
    'said say told reported warned added estimated believed claimed stated noted found showed according'
  ).split(' '),
);

/** Verbs in -s that follow a figure as its predicate ("the tally of 12 remains"), not plural nouns. */
const VERBS_IN_S: ReadonlySet<string> = new Set(
  'says remains rises falls stands means seems comes goes shows includes represents makes takes gives marks tops exceeds reaches compares equals accounts puts brings sits lies applies looks appears believes thinks knows suffers struggles prefers opposes earns spends gets owns relies depends agrees disagrees feels receives attends admits dies'.split(
    ' ',
  ),
);

/**
 * Words in -s that are nouns elsewhere ("claimed 300 lives") but right after a plural noun are its verb: "1 in 5
 * adults lives with", "one in four children uses": a ratio of one takes a singular verb. Not "reports" or "plans",
 * which follow a plural noun that modifies them ("5 sales reports").
 */
const VERBS_AFTER_PLURAL: ReadonlySet<string> = new Set('lives works uses faces needs wants votes visits smokes eats favours favors'.split(' '));

/** Plurals without a final "s", and nouns counted as they are. */
const PLURALS_WITHOUT_S: ReadonlySet<string> = new Set(
  'people children men women police staff personnel cattle sheep fish deer aircraft livestock feet teeth geese mice data media crew'.split(' '),
);

/** A plural noun by its form: an "-s" that is not "-ss", "-us" or "-is" (class, virus, crisis), or a listed plural. */
function isPluralNoun(lower: string): boolean {
  if (PLURALS_WITHOUT_S.has(lower)) return true;
  if (lower.length < 3 || !lower.endsWith('s') || VERBS_IN_S.has(lower)) return false;
  const before = lower.charCodeAt(lower.length - 2);
  return before !== 115 && before !== 117 && before !== 105 && before !== 39 && before !== 0x2019;
}

/**
 * Whether an object opens right after offset `from`: a number or a determiner other than "a" ("data points a year" is
 * a rate). An -s word between a plural noun and one is the verb ("the two towns carries 20,000 cars"), as a noun
 * compound takes none ("sports fans").
 */
function objectAt(text: string, from: number): boolean {
  OBJECT_AFTER_RE.lastIndex = from;
  return OBJECT_AFTER_RE.test(text);
}
const OBJECT_AFTER_RE = /[ \t\u00A0]+(?:\d|(?:the|its|their|his|her|our|more|about|some|nearly|almost|over)\s)/y;

/** Whether the word right after offset `from` (spaces only before it) is a plural noun. */
function pluralNounAt(text: string, from: number): boolean {
  PLURAL_NEXT_RE.lastIndex = from;
  const m = PLURAL_NEXT_RE.exec(text);
  return m !== null && isPluralNoun((m[1] ?? '').toLowerCase());
}
const PLURAL_NEXT_RE = new RegExp(NEXT_WORD_RE.source, 'y');

/** The words after offset `from` that may belong to the phrase, with where each ends. */
function wordsAfter(text: string, from: number): Array<{ lower: string; end: number }> {
  const out: Array<{ lower: string; end: number }> = [];
  NEXT_WORD_RE.lastIndex = from;
  for (let m = NEXT_WORD_RE.exec(text); m !== null && out.length < MAX_WORDS; m = NEXT_WORD_RE.exec(text)) {
    const word = m[1] ?? '';
    const lower = word.toLowerCase();
    // A capitalised -ly word is a name ("12 Kelly supporters"), an -ly word in lower case an adverb, except right
    // after the figure and before a plural noun, where it is an adjective ("1,024 likely voters", "60 elderly
    // residents"), and a rate's adjective ("640 million monthly active users").
    if (STOP_WORDS.has(lower)) break;
    if (
      lower.length > 4 &&
      lower.endsWith('ly') &&
      word === lower &&
      !isRateAdjective(lower) &&
      (out.length > 0 || !pluralNounAt(text, NEXT_WORD_RE.lastIndex))
    )
      break;
    // "220,000 people filed claims": a past tense after a plural noun is its verb ("300 armed men" keeps the participle);
    // "52 Republicans joining Democrats": a participle after it opens a clause of its own; "1 in 5 adults lives": a verb.
    const last = out[out.length - 1];
    if (
      last &&
      isPluralNoun(last.lower) &&
      !lower.includes('-') &&
      (lower.endsWith('ing') ||
        VERBS_AFTER_PLURAL.has(lower) ||
        (lower.endsWith('ed') && isLowerCaseCode(text.charCodeAt(last.end - last.lower.length))) ||
        (lower.endsWith('s') && objectAt(text, NEXT_WORD_RE.lastIndex)))
    )
      break;
    out.push({ lower, end: NEXT_WORD_RE.lastIndex });
  }
  return out;
}

/** "200 more officers", "12 fewer cases": a comparative right after a count says how many more of what follows. */
const COMPARATIVE_AFTER_RE = /[ \t\u00A0]+(?:more|fewer|extra)(?![ \t\u00A0]+than\b)(?=[ \t\u00A0]+[A-Za-z])/y;

/** The phrase from `from` to the end of its last plural noun, or null. */
function phraseAt(text: string, from: number): string | null {
  COMPARATIVE_AFTER_RE.lastIndex = from;
  const start = COMPARATIVE_AFTER_RE.test(text) ? COMPARATIVE_AFTER_RE.lastIndex : from;
  const words = wordsAfter(text, start);
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k];
    if (!w || !isPluralNoun(w.lower)) continue;
    // "well below the 175,000 economists had expected": the noun is the subject of a relative clause whose object is
    // the figure, not what it counts ("5,000 people expected to attend" counts people).
    EXPECTED_AFTER_RE.lastIndex = w.end;
    return EXPECTED_AFTER_RE.test(text) ? null : text.slice(start, w.end).trim();
  }
  return null;
}
/** A verb of expectation with its figure as object, perhaps after "polled by Reuters" and "had"/"have", not before "to". */
const EXPECTED_AFTER_RE =
  /(?:[ \t\u00A0]+(?:polled|surveyed)[ \t\u00A0]+by(?:[ \t\u00A0]+[A-Z][\w'\u2019.&-]*){1,3})?[ \t\u00A0]+(?:had[ \t\u00A0]+|have[ \t\u00A0]+)?(?:expected|forecast|forecasted|predicted|estimated|projected|anticipated)(?![ \t\u00A0]+to\b)(?![A-Za-z])/y;

/** What amount `a` of sentence `text` counts, or null (money, measures, bare counts such as "600 killed"). */
export function countedOf(text: string, a: Amount): string | null {
  // "Dozens of flights", "two of the victims": a count, like a share, may name its group after "of".
  if (a.type === 'count' && a.unit === null) return phraseAt(text, a.end) ?? phraseAfterOf(text, a.end);
  // "one in three children", "nine out of 10 voters": a ratio's noun follows its second number.
  if (a.type === 'share' && RATIO_TEXT_RE.test(a.text)) return phraseAfterOf(text, a.end) ?? phraseAt(text, a.end);
  if (a.type === 'percent' || a.type === 'share') return phraseAfterOf(text, a.end);
  return null;
}

/** A share written as a ratio of two numbers: "one in three", "1 in 5", "nine out of 10". */
const RATIO_TEXT_RE = /\s(?:in(?:\s+every)?|out\s+of)\s/i;

/** The phrase after "of" (and a determiner) right after offset `from`, or null. */
function phraseAfterOf(text: string, from: number): string | null {
  SHARE_OF_RE.lastIndex = from;
  return SHARE_OF_RE.exec(text) ? phraseAt(text, SHARE_OF_RE.lastIndex) : null;
}
