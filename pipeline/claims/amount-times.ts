/**
 * A time that is measured, not a period: a race's time ("ran 9.58 seconds"), a
 * margin ("won by 12.4 seconds"), a delay or a wait ("delays of up to 45
 * minutes", "waits averaged 47 minutes") or a level a change reaches ("life
 * expectancy fell to 78.6 years"). Such a time is a figure of its own (type
 * `measure`); a period a figure is about ("for seven days", "over three days",
 * "in two years", "two years ago") stays a duration, which only scopes other
 * figures, and so does a court's sentence ("jailed for 12 years", "sentenced to
 * six years", "a minimum term of 25 years"), as docs/claims.md and the court
 * cases of the tests hold.
 *
 * Invariant: only the words right around the amount decide; amounts.ts asks
 * only for amounts the unit reader typed as durations.
 */
import type { Amount } from './amount-tokens.js';
import type { AToken } from './amount-numbers.js';

const word = (tokens: readonly AToken[], i: number): string => tokens[i]?.lower ?? '';

/**
 * Whether the duration from tokens[start] (its bound words included) to tokens[next] is measured. `first` is the
 * number's token, `per` the rate read after its noun.
 */
export function isMeasuredTime(tokens: readonly AToken[], start: number, first: number, next: number, unit: string | null, per: string | null): boolean {
  const after = word(tokens, next);
  // "150 minutes of exercise a week", "7 hours of sleep a night": an amount of something at a rate is measured.
  if (after === 'of' && per !== null) return true;
  // "two years ago", "three hours of talks", "10 days left": a period counted from or filled with something.
  if (PERIOD_AFTER.has(after)) return false;
  // "9.58 seconds", "78.6 years": a period is not written to a tenth other than a half or quarter.
  if (PRECISE_RE.test(tokens[first]?.text ?? '')) return true;
  const prev = word(tokens, start - 1);
  if (prev === 'by') return true;
  if (MEASURING_VERBS.has(prev)) return true;
  // "cut it to 20 minutes": the verb before its object pronoun.
  const verb = OBJECT_PRONOUNS.has(word(tokens, start - 2)) ? word(tokens, start - 3) : word(tokens, start - 2);
  // "fell to 78.6 years", "cut to 20 minutes": the level a change reaches; "sentenced to six years" is a sentence.
  if (prev === 'to') return (verb.endsWith('ed') || CHANGE_VERBS.has(verb)) && !SENTENCING_VERBS.has(verb);
  // "finished the marathon in 2 hours": how long the course took.
  if (prev === 'in') return FINISHING_VERBS.has(verb) || FINISHING_VERBS.has(word(tokens, start - 4));
  // "delays of up to 45 minutes", "her time of 1 minute", "a record of 9.58 seconds"; not "a period of three years",
  // "for an average of 12 years", nor how many years someone has been what the noun says ("his wife of 14 years").
  if (prev === 'of') {
    const tenure = (unit === 'year' || unit === 'month') && POSSESSIVES.has(word(tokens, start - 3));
    return !tenure && !PERIOD_NOUNS.has(verb) && !periodBefore(tokens, start - 2);
  }
  return false;
}

/** Whether a preposition of a period opens the noun phrase that ends at tokens[noun] ("for an average of"). */
function periodBefore(tokens: readonly AToken[], noun: number): boolean {
  for (let k = noun - 1; k >= 0 && k >= noun - NOUN_PHRASE_TOKENS; k--) {
    const w = word(tokens, k);
    if (PERIOD_PREPOSITIONS.has(w)) return true;
    if (!/^[a-z-]+$/.test(w)) return false;
  }
  return false;
}

/** Digits with a decimal that no period is written with ("9.58", "78.6"; not "1.5", "2.25"). */
const PRECISE_RE = /^\d+\.(?!5$|25$|75$)\d+$/;
/** How many words before "of" a noun phrase may hold ("for an average of", "with a minimum term of"). */
const NOUN_PHRASE_TOKENS = 3;
/**
 * Words after a duration that make it a period: counted from ("ago", "later"), filled ("of talks"), left; or an age
 * ("11 years older than me", which docs/claims.md keeps out of figures as it does "aged 11").
 */
const PERIOD_AFTER: ReadonlySet<string> = new Set(
  'ago later earlier before after previously since of old older younger left remaining until till away'.split(' '),
);
/** Verbs whose object or complement is how long something takes or lasts. */
const MEASURING_VERBS: ReadonlySet<string> = new Set(
  ('is was were are be being took take takes taking averaged average averages averaging ran run runs clocked clocks timed ' + 'waited wait waits lasted').split(
    ' ',
  ),
);
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'your', 'our', 'its']);
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'it']);
/** Irregular verbs of change before "to" (a regular one ends in -ed). */
const CHANGE_VERBS: ReadonlySet<string> = new Set('rose rise rises fell fall falls grew grow grows shrank sank cut cuts slid'.split(' '));
/** Verbs of a court's sentence, before "to" and its length. */
const SENTENCING_VERBS: ReadonlySet<string> = new Set('jailed imprisoned sentenced banned disqualified suspended barred detained locked'.split(' '));
/** Verbs of finishing a course, before "in" and its time (perhaps with the course between: "finished the race in"). */
const FINISHING_VERBS: ReadonlySet<string> = new Set('finished finishes finish completed completes complete crossed'.split(' '));
/** Nouns before "of" that name a stretch of time ("a period of three years", "the space of two weeks"). */
const PERIOD_NOUNS: ReadonlySet<string> = new Set('period space course matter span spell stretch window duration total age term sentence'.split(' '));
/** Prepositions that open a period ("for", "over", "within"). */
const PERIOD_PREPOSITIONS: ReadonlySet<string> = new Set('for over in within during after until throughout across'.split(' '));

/** How many of the smaller unit make one of the larger: a time written in parts ("2 hours and 40 minutes"). */
const PARTS: Readonly<Record<string, readonly [string, number]>> = {
  year: ['month', 12],
  week: ['day', 7],
  day: ['hour', 24],
  hour: ['minute', 60],
  minute: ['second', 60],
};
const PART_JOIN_RE = /^(?:\s*,)?\s*(?:and\s+)?$/;

/**
 * "2 hours and 40 minutes", "2 hours, 1 minute and 9 seconds", "six years and eight months": a measured time written
 * in parts is one figure, in its smallest unit (160 minutes). Only after a measured time (a `measure` in a unit of
 * time), each part in the next smaller unit.
 */
export function joinTimeParts(s: string, list: Amount[]): Amount[] {
  // Most sentences hold no measured time: leave their list as it is.
  if (!list.some((a) => a.type === 'measure' && a.unit !== null && PARTS[a.unit] !== undefined)) return list;
  const out: Amount[] = [];
  for (let k = 0; k < list.length; k++) {
    let a = list[k] as Amount;
    while (a.type === 'measure' && a.value !== null && a.unit !== null && PARTS[a.unit] !== undefined) {
      const b = list[k + 1];
      const [smaller, factor] = PARTS[a.unit] as readonly [string, number];
      if (
        b === undefined ||
        (b.type !== 'duration' && b.type !== 'measure') ||
        b.unit !== smaller ||
        b.value === null ||
        !PART_JOIN_RE.test(s.slice(a.end, b.start))
      )
        break;
      a = { ...a, end: b.end, text: s.slice(a.start, b.end), value: a.value * factor + b.value, unit: smaller };
      k++;
    }
    out.push(a);
  }
  return out;
}
