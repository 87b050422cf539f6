/**
 * Bare numbers that are a person's age: after "aged", between commas after a
 * name ("John Smith, 45, of Leeds"), after a speaker's name ("said Brown,
 * 41."), in a list of names headed by people ("three children: Anna, 12;
 * Ben, 9"), the second of a pair after "aged" and a birthday's "turns 39".
 * classify (amount-units.ts) types them `age`, which no claim counts.
 */
import { AGE_BEFORE } from './amount-context.js';
import type { AToken, ReadNumber } from './amount-tokens.js';

const word = (tokens: readonly AToken[], i: number): string => tokens[i]?.lower ?? '';

/** What the age readers look at of an amount without a unit. */
export interface AgeCore {
  first: number;
  value: number | null;
  number: ReadNumber | null;
}

/** Whether the bare number of `core`, its unit-less reading ending before tokens[next], is an age. */
export function isAge(core: AgeCore, tokens: readonly AToken[], next: number): boolean {
  // "aged 96", "age 96", "at the age of 96" ("a median age of 30.4" is a statistic).
  if (AGE_BEFORE.has(word(tokens, core.first - 1))) return true;
  if (word(tokens, core.first - 1) === 'of' && word(tokens, core.first - 2) === 'age' && !STATISTIC_WORDS.has(word(tokens, core.first - 3))) return true;
  const v = core.value;
  if (v === null || !Number.isInteger(v) || v < 1 || v > MAX_AGE_YEARS) return false;
  return (
    isAgeApposition(core, tokens, next) ||
    isBirthday(core, tokens) ||
    isSecondAge(core, tokens) ||
    isNamedAge(core, tokens, next) ||
    isCopulaAge(core, tokens, next) ||
    isLifeEventAge(core, tokens, next)
  );
}

/**
 * "He retired at 65 after 40 years", "died at 82 on Sunday", "left school at 16": a bare whole number after "at" and
 * a verb of a life's events is the age it happened at, when nothing it could count follows ("died at 3 hospitals").
 */
function isLifeEventAge(core: AgeCore, tokens: readonly AToken[], next: number): boolean {
  if (core.number?.digits !== true || word(tokens, core.first - 1) !== 'at' || !LIFE_EVENT_WORDS.has(word(tokens, core.first - 2))) return false;
  const after = word(tokens, next);
  return after === '' || !/^[a-z]/.test(after) || AFTER_LIFE_EVENT_AGE.has(after);
}
/** Words before "at <age>": verbs of a life's events, and "school" of "left school at 16". */
const LIFE_EVENT_WORDS: ReadonlySet<string> = new Set(
  'retired retire retires retiring died dies die dead married marry marries debuted debut quit emigrated graduated widowed orphaned school'.split(' '),
);
/** Words that may follow such an age: a preposition or a conjunction opening what comes next. */
const AFTER_LIFE_EVENT_AGE: ReadonlySet<string> = new Set('after in on and but when with from following last this having while since'.split(' '));

/**
 * "The suspect, who police say is 29, was charged", "She was 17 when …": a bare whole number after "is"/"was" closing
 * its phrase, whose subject is a person (a relative "who", a pronoun or a noun of people a few words before).
 * "The death toll is 29" has no such subject and stays a count.
 */
function isCopulaAge(core: AgeCore, tokens: readonly AToken[], next: number): boolean {
  if (core.number?.digits !== true || !COPULAS.has(word(tokens, core.first - 1))) return false;
  const after = word(tokens, next);
  if (!(after === '' || after === ',' || after === '.' || after === ';' || AFTER_AGE_WORDS.has(after))) return false;
  for (let k = core.first - 2; k >= 0 && k >= core.first - 1 - COPULA_SUBJECT_LOOKBACK; k--) {
    const w = word(tokens, k);
    if (PERSON_SUBJECTS.has(w) || ROLE_NOUNS.has(w)) return true;
    if (w === ',' || w === ';' || w === '.') break;
  }
  return false;
}
const COPULAS: ReadonlySet<string> = new Set(['is', 'was']);
/** Words that may follow an age closing its clause ("was 17 when", "is 29 and lives"). */
const AFTER_AGE_WORDS: ReadonlySet<string> = new Set(['when', 'and', 'at', 'but']);
/** Tokens before the copula in which the person is looked for ("who police say is", "the man was"). */
const COPULA_SUBJECT_LOOKBACK = 4;
/** A person as the subject of "is <age>": relative and personal pronouns and nouns of people. */
const PERSON_SUBJECTS: ReadonlySet<string> = new Set(
  'who he she suspect victim man woman boy girl teen teenager driver son daughter mother father wife husband brother sister defendant'.split(' '),
);
const MAX_AGE_YEARS = 119;
/** Words that make "age of N" a statistic of many ("the median age of 30.4"). */
const STATISTIC_WORDS: ReadonlySet<string> = new Set(['median', 'average', 'mean']);

/** "Amateur footballer, 20, who died", "John Smith, 45, of Leeds": a bare age between commas after a word. */
function isAgeApposition(core: AgeCore, tokens: readonly AToken[], next: number): boolean {
  return (
    core.number?.digits === true &&
    word(tokens, core.first - 1) === ',' &&
    /^[A-Za-z]/.test(tokens[core.first - 2]?.text ?? '') &&
    word(tokens, next) === ',' &&
    /^[A-Za-z]/.test(tokens[next + 1]?.text ?? '')
  );
}

/** "aged 19 and 23", "aged 18 to 24": the second number of a pair after "aged" is an age too. */
function isSecondAge(core: AgeCore, tokens: readonly AToken[]): boolean {
  if (!PAIR_WORDS.has(word(tokens, core.first - 1))) return false;
  return /^\d{1,3}$/.test(tokens[core.first - 2]?.text ?? '') && AGE_BEFORE.has(word(tokens, core.first - 3));
}
const PAIR_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'to', '-', '\u2013']);

/** "turns 39 next month", "who turned 40": the age reached, a whole number of years after a form of "turn". */
function isBirthday(core: AgeCore, tokens: readonly AToken[]): boolean {
  return TURN_WORDS.has(word(tokens, core.first - 1));
}
const TURN_WORDS: ReadonlySet<string> = new Set(['turn', 'turns', 'turned', 'turning']);

/**
 * "said Brown, 41.", "three children: Anna, 12; Ben, 9; and Carla, 4.", "the victims were named as Tom Reed, 34;
 * Ava Price, 29": a bare number after a name and a comma, closing its clause, is the age of a person the words
 * before show to be one: a reporting verb before the name, or a noun of people heading the list of such items.
 * "Medals so far: Norway, 14; Germany, 9" has no such head and keeps its tallies.
 */
function isNamedAge(core: AgeCore, tokens: readonly AToken[], next: number): boolean {
  if (core.number?.digits !== true || !ITEM_ENDS.has(word(tokens, next))) return false;
  let k = nameStart(tokens, core.first);
  if (k < 0) return false;
  if (REPORTING_VERBS.has(word(tokens, k - 1))) return true;
  // Back over the earlier items of the list to its head; a role before any name ("actor Pierce Brosnan, 70;") shows people.
  for (;;) {
    if (ROLE_NOUNS.has(word(tokens, k - 1))) return true;
    k--;
    if (word(tokens, k) === 'and') k--;
    if (word(tokens, k) === ',' && word(tokens, k + 1) === 'and') k--;
    // "actor Tom Hanks, 67, and Meg Ryan, 62.": an item after ", and" follows an age set off by commas.
    const apposed = word(tokens, k + 1) === ',' && word(tokens, k + 2) === 'and';
    if (word(tokens, k) !== ';' && !apposed) break;
    const at = apposed ? k : k - 1;
    const start = /^\d{1,3}$/.test(tokens[at]?.text ?? '') ? nameStart(tokens, at) : -1;
    if (start < 0) return false;
    k = start;
  }
  return LIST_HEADS.has(word(tokens, k)) && peopleBefore(tokens, k);
}
/**
 * Lower-case nouns of a person's calling that stand right before a name ("actor Pierce Brosnan, 70; singer Tom
 * Jones, 84", "Actress Helen Mirren is 79"): a list with one names people, as birthday columns write them; "former"
 * stands before a title ("former President Jimmy Carter, 99").
 */
const ROLE_NOUNS: ReadonlySet<string> = new Set(
  'former actor actress singer rapper musician comedian comic author writer novelist poet playwright director filmmaker producer composer songwriter guitarist drummer bassist pianist dancer model presenter broadcaster journalist artist painter designer chef astronaut'.split(
    ' ',
  ),
);

/** The first token of the capitalised name before ", <number>" at tokens[at], or -1. */
function nameStart(tokens: readonly AToken[], at: number): number {
  if (word(tokens, at - 1) !== ',') return -1;
  let k = at - 2;
  if (!NAME_WORD_RE.test(tokens[k]?.text ?? '')) return -1;
  while (k > 0 && k > at - 2 - NAME_MAX_WORDS + 1 && NAME_WORD_RE.test(tokens[k - 1]?.text ?? '')) k--;
  return k;
}
const NAME_WORD_RE = /^[A-Z][a-z]+$/;
/** Words of a person's name ("Anna", "Tom Reed", "Mary Ann Jones"). */
const NAME_MAX_WORDS = 3;
/** Marks after the age of a listed name or a speaker: the end of its item or of the sentence. */
const ITEM_ENDS: ReadonlySet<string> = new Set([';', '.', '']);
const REPORTING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'added', 'adds', 'explained', 'recalled', 'wrote']);
/** What opens a list of names: a colon, or "as" of "named as", "identified as". */
const LIST_HEADS: ReadonlySet<string> = new Set([':', 'as']);

/** Whether a noun of people stands in the HEAD_LOOKBACK tokens before a list's head at tokens[at]. */
function peopleBefore(tokens: readonly AToken[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - HEAD_LOOKBACK; k--) if (PEOPLE_NOUNS.has(word(tokens, k))) return true;
  return false;
}
/** Tokens before a list's head in which its noun of people is looked for ("the victims were named as"). */
const HEAD_LOOKBACK = 4;
/** People a list gives by name and age: kin, and those a report names (not players, whose numbers may be points). */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set(
  'children child kids sons daughters grandchildren siblings brothers sisters twins victims victim dead deceased injured survivors suspects suspect defendants accused'.split(
    ' ',
  ),
);
