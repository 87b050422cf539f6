/**
 * What a figure measures, as data: phrases → measure label + claim kind.
 * The words live in measure packs (config/packs/*.yaml, operators' packs in
 * wirewatch.yaml); code never lists them itself.
 *
 * Phrase syntax: words separated by spaces, matched case-insensitively on
 * word boundaries; "…" stands for up to MAX_GAP_WORDS words ("brought home …
 * wounded"); "<Place>" stands for one capitalised place name ("in <Place>").
 */
import type { ClaimKind } from '../types.js';
import { SHIPPED_PACKS } from './shipped-packs.js';
import { CALENDAR_WORDS, execAll } from './text.js';

/** One lexicon entry. */
export interface MeasureEntry {
  phrase: string;
  /** Verb-ish label: killed, wounded, killed_or_wounded, deployed, ... */
  measure: string;
  kind: ClaimKind;
  /** 'forces': the phrase measures only a figure of armed forces ("sent 12,000 troops", "troops in Kursk"), not any people. */
  counts?: 'forces';
}

/** The measure vocabulary, in any order (longer matches win ties). */
export type MeasureLexicon = readonly MeasureEntry[];

const MAX_GAP_WORDS = 6;

/** Default vocabulary: the shipped conflict pack's (config/packs/conflict.yaml). */
export const DEFAULT_MEASURES: MeasureLexicon = SHIPPED_PACKS.conflict?.measures ?? [];

/** A lexicon phrase found in a sentence (offsets into the sentence). */
export interface MeasureHit {
  start: number;
  end: number;
  entry: MeasureEntry;
}

interface Compiled {
  /** Index of the entry in the lexicon. */
  order: number;
  re: RegExp;
  entry: MeasureEntry;
  needsPlace: boolean;
  /**
   * The phrase's literal words in lower case, ASCII ones only: a
   * case-insensitive match of an ASCII word implies the lower-cased sentence
   * contains it (non-ASCII characters never fold to ASCII without the `u`
   * flag), so an entry with a missing word cannot match and its regex is not
   * run. Most sentences contain none of the ~110 phrases.
   */
  words: string[];
  /**
   * Those of `words` made of ASCII letters only, kept apart: such a word
   * matches only as a whole run of letters of the sentence (the regex puts a
   * blank or a non-word character on both sides of it, and no other character
   * folds to an ASCII letter without the `u` flag), so the longest of them
   * indexes the phrase (everyKey finds it); the others are looked for in the
   * lower-cased sentence, as `words` are.
   */
  letterWords: string[];
}

const cache = new WeakMap<MeasureLexicon, CompiledLexicon>();
/** Printable ASCII without the space: what a phrase word must be to prefilter. */
const ASCII_WORD_RE = /^[!-~]+$/;
const LETTERS_ONLY_RE = /^[a-z]+$/;

/**
 * The compiled phrases, and an index of them by one plain word each (the
 * longest, the rarest in text): a sentence is checked only against the
 * phrases whose word it holds (those without a plain word always).
 */
interface CompiledLexicon {
  byWord: ReadonlyMap<string, readonly Compiled[]>;
  always: readonly Compiled[];
  /**
   * Any key word of byWord as a whole run of ASCII letters, any case, searched globally: the key words the sentence
   * holds (but those glued after a digit or an underscore, which no phrase matches), found without a loop over all its
   * words. A sentence without one has no candidate phrase (when `always` is
   * empty) and is left after this one native search.
   */
  everyKey: RegExp;
}

function compile(lexicon: MeasureLexicon): CompiledLexicon {
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const byWord = new Map<string, Compiled[]>();
  const always: Compiled[] = [];
  lexicon.forEach((entry, order) => {
    const tokens = entry.phrase.trim().split(/\s+/);
    const parts = tokens.map((w) => {
      if (w === '…' || w === '...') return `(?:\\S+\\s+){0,${MAX_GAP_WORDS}}?`;
      if (w === '<Place>') return '(?<place>[A-Za-z]+)\\s+';
      return `${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+`;
    });
    const body = parts.join('').replace(/\\s\+$/, '');
    const literal = tokens.filter((w) => w !== '…' && w !== '...' && w !== '<Place>' && ASCII_WORD_RE.test(w)).map((w) => w.toLowerCase());
    const letterWords = literal.filter((w) => LETTERS_ONLY_RE.test(w));
    const compiled: Compiled = {
      order,
      re: new RegExp(`(?<![\\w-])${body}(?![\\w-])`, 'gi'),
      entry,
      needsPlace: entry.phrase.includes('<Place>'),
      words: literal.filter((w) => !LETTERS_ONLY_RE.test(w)),
      letterWords,
    };
    const key = letterWords.reduce<string | null>((a, w) => (a === null || w.length > a.length ? w : a), null);
    if (key === null) always.push(compiled);
    else byWord.set(key, [...(byWord.get(key) ?? []), compiled]);
  });
  const keys = [...byWord.keys()].sort((a, b) => b.length - a.length);
  // A word boundary in front rather than "no letter before": the two differ only for a key glued after a digit or an
  // underscore, and no phrase matches there (its words follow a blank or open it after no [\w-]), so the same phrases
  // match. V8 skips to word starts with it: the search in about two thirds of the time (measured on the sentences
  // findFigures reads on the bench pages, 18–22 against 27–30 ms).
  const keyAlternation = `\\b(?:${keys.join('|')})(?![A-Za-z])`;
  const out = { byWord, always, everyKey: new RegExp(keyAlternation, 'gi') };
  cache.set(lexicon, out);
  return out;
}

/** Every lexicon phrase in the sentence, its quotes folded (foldQuotes); overlaps kept, the caller ranks them. */
export function findMeasures(text: string, lexicon: MeasureLexicon): MeasureHit[] {
  const { byWord, always, everyKey } = compile(lexicon);
  // The phrases keyed by a word the sentence holds: a match of everyKey is a whole run of ASCII letters
  // equal to a key in any case (without the `u` flag no other character folds to an ASCII letter), so these
  // are the phrases a lookup of every letter run would give (but for runs after a digit or "_", which no phrase
  // matches), found by one native search.
  const candidates = [...always];
  const keysSeen = new Set<string>();
  for (const m of execAll(everyKey, text)) {
    const w = m[0].toLowerCase();
    if (keysSeen.has(w)) continue;
    keysSeen.add(w);
    const list = byWord.get(w);
    if (list) candidates.push(...list);
  }
  if (candidates.length === 0) return [];
  // In lexicon order, as the caller's ranking breaks its last ties by it.
  if (candidates.length > 1) candidates.sort((a, b) => a.order - b.order);
  const hits: MeasureHit[] = [];
  // The sentence in lower case, for the phrases' other plain words: made only when a candidate has some. A word
  // found in it is not always a whole word of the sentence ("or" in "for"): the phrase's regex decides, this only
  // leaves out the phrases that cannot match. Cheaper than a set of the sentence's words, built for one or two
  // phrases a sentence (measured).
  let lower: string | null = null;
  for (const { re, entry, needsPlace, words, letterWords } of candidates) {
    if (letterWords.length > 1 || words.length > 0) {
      lower ??= text.toLowerCase();
      if (!containsAll(lower, letterWords) || !containsAll(lower, words)) continue;
    }
    for (const m of execAll(re, text)) {
      const place = m.groups?.place;
      if (needsPlace && (place === undefined || !isPlaceName(place))) continue;
      const start = m.index;
      hits.push({ start, end: start + m[0].length, entry });
    }
  }
  return hits;
}

function containsAll(text: string, words: readonly string[]): boolean {
  for (const w of words) if (!text.includes(w)) return false;
  return true;
}

/** A capitalised word that is not a month, a weekday or a capitalised function word ("in The Lancet" names a title). */
function isPlaceName(word: string): boolean {
  const lower = word.toLowerCase();
  return /^[A-Z]/.test(word) && !CALENDAR_WORDS.has(lower) && !NOT_PLACE_WORDS.has(lower);
}
/** Capitalised words after "in" that open a title or a clause, never a place. */
const NOT_PLACE_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'i']);
