/**
 * Number words that count nothing: small numbers standing for people or things named before ("The two matched", "the
 * two of them", "a meeting between the two.") and "zero" as a determiner meaning "no" ("zero point in arguing", "zero
 * chance"). amount-nonfigures.ts asks only for a number word of one token.
 */
import type { AToken } from './amount-tokens.js';

const word = (tokens: readonly AToken[], i: number): string => tokens[i]?.lower ?? '';

/** Number words that "the" makes a pronoun of; larger numbers after "the" are a group ("the 300 workers"). */
const PRONOUN_NUMBER_WORDS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** Object pronouns after "the two of": "the two of us", "the three of them". */
const OF_PRONOUNS: ReadonlySet<string> = new Set(['us', 'them', 'you', 'whom', 'which']);
/** Words after the number that show it heads no noun: verbs, subject pronouns of a relative clause, adverbs. */
const AFTER_PRONOUN_NUMBER: ReadonlySet<string> = new Set(
  'are were was is have had has will would could can cannot should might may must did do does met went split spoke shook fought sat ran won lost began became left got took made said say says agree agreed remain remained later then also both each together who whom which that i we you he she they it never still now often'.split(
    ' ',
  ),
);
/** Marks that end the phrase right after the number: "between the two." */
const CLOSING_MARKS: ReadonlySet<string> = new Set(['.', ',', ';', ':', ')', '!', '?', '"', '\u201D']);

/** Whether the number word at tokens[i] is "the two" standing for what was named before. */
export function isPronounNumber(tokens: readonly AToken[], i: number): boolean {
  if (word(tokens, i - 1) !== 'the' || !PRONOUN_NUMBER_WORDS.has(word(tokens, i))) return false;
  const next = tokens[i + 1];
  if (next === undefined) return true;
  const w = next.lower;
  if (CLOSING_MARKS.has(w)) return true;
  if (w === 'of') return OF_PRONOUNS.has(word(tokens, i + 2));
  if (AFTER_PRONOUN_NUMBER.has(w)) return true;
  // "The two matched", "the three agreed": a past tense, unless it is an adjective before a noun ("the two armed men").
  if (w.length > 4 && w.endsWith('ed') && /^[a-z]+$/.test(next.text)) return !PLURAL_NOUN_RE.test(word(tokens, i + 2));
  return false;
}
/** A plural noun after a word in "-ed": "the two injured officers", "the three armed men". */
const PLURAL_NOUN_RE = /^[a-z]{3,}s$|^(?:men|women|people|children|police|staff)$/;

/**
 * "zero point in arguing", "zero chance", "a zero tolerance policy": "zero" before a singular noun means "no". Before
 * a plural ("zero deaths"), a unit ("zero degrees", asked by the caller) or a word of grammar ("fell to zero in May")
 * it is the number 0.
 */
export function isDeterminerZero(tokens: readonly AToken[], i: number): boolean {
  if (word(tokens, i) !== 'zero') return false;
  const next = tokens[i + 1];
  if (next === undefined || !/^[a-z]{3,}$/.test(next.text)) return false;
  const w = next.text;
  return !w.endsWith('s') && !w.endsWith('ly') && !NOT_NOUN_AFTER_ZERO.has(w);
}
/**
 * Words after "zero" that are no noun it could determine ("up from zero just four years ago"), and the rates whose
 * zero is a level ("zero growth", "zero inflation").
 */
const NOT_NOUN_AFTER_ZERO: ReadonlySet<string> = new Set(
  'and the for from than after per percent but with into out over under was were are had has have will would can could last next this that since before during until people just only even again now then today yesterday still ago growth inflation'.split(
    ' ',
  ),
);
