/**
 * Qualifiers of a figure, as words before or after the number. Data only:
 * the quantity parser matches the longest phrase that ends right before the
 * number (or starts right after it).
 */
import type { Bound } from '../types.js';

/** Phrases before a number and the bound they give (see claims-dev README). */
export const BOUND_PREFIXES: ReadonlyArray<readonly [string, Bound]> = [
  ['more than', '>'],
  ['over', '>'],
  ['upwards of', '>'],
  ['in excess of', '>'],
  ['above', '>'],
  ['exceeding', '>'],
  ['well over', '>'],
  ['at least', '>='],
  ['no fewer than', '>='],
  ['no less than', '>='],
  ['a minimum of', '>='],
  ['nearly', '<~'],
  ['almost', '<~'],
  ['close to', '<~'],
  ['just under', '<~'],
  ['just shy of', '<~'],
  ['fewer than', '<'],
  ['less than', '<'],
  ['under', '<'],
  ['below', '<'],
  ['up to', '<='],
  ['at most', '<='],
  ['no more than', '<='],
  ['as many as', '<='],
  ['a maximum of', '<='],
  ['around', '~'],
  ['approximately', '~'],
  ['about', '~'],
  ['some', '~'],
  ['roughly', '~'],
  ['an estimated', '~'],
  ['estimated', '~'],
  ['approx', '~'],
  ['approx .', '~'],
  ['circa', '~'],
  ['an approximate', '~'],
  ['up to about', '<='],
  // Headline verbs of a rising toll: "toll passes 2,000", "deaths topped 500".
  ['passes', '>'],
  ['passed', '>'],
  ['tops', '>'],
  ['topped', '>'],
  ['exceeds', '>'],
  ['exceeded', '>'],
  ['surpasses', '>'],
  ['surpassed', '>'],
];

/** Phrases after a number ("100 or more") and their bound. */
export const BOUND_SUFFIXES: ReadonlyArray<readonly [string, Bound]> = [
  ['or more', '>='],
  ['or so', '~'],
  ['+', '>'],
  ['- plus', '>'],
  ['plus', '>'],
];

/** Prefix phrases as token lists, longest first so "more than" beats "than". */
export const PREFIX_TOKENS = sortByLength(BOUND_PREFIXES);
/** Suffix phrases as token lists, longest first. */
export const SUFFIX_TOKENS = sortByLength(BOUND_SUFFIXES);

function sortByLength(list: ReadonlyArray<readonly [string, Bound]>): Array<{ words: string[]; bound: Bound }> {
  return list.map(([phrase, bound]) => ({ words: phrase.split(' '), bound })).sort((a, b) => b.words.length - a.words.length);
}

/**
 * Verbs that take "up" or "down" as their particle of change: before them "up to 3.9%" is no bound but the level a
 * change reached ("the jobless rate ticked up to 3.9%", "edged down to 2.4%"). "rose up to 5%" and "could climb up
 * to 35C" are left bounds: their verb needs no particle, so "up to" may well be one.
 */
export const PARTICLE_VERBS_OF_CHANGE: ReadonlySet<string> = new Set(
  (
    'tick ticks ticked ticking edge edges edged edging inch inches inched inching creep creeps crept creeping ' +
    'move moves moved moving go goes went gone going come comes came coming bump bumps bumped bumping ' +
    'notch notches notched notching ratchet ratchets ratcheted ratcheting nudge nudges nudged nudging ' +
    'revise revises revised revising drift drifts drifted drifting step steps stepped stepping trend trends trended trending'
  ).split(' '),
);
