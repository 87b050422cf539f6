/**
 * Figures that are claims: a quantity that counts people (counted.ts) and has
 * a measure (measures.ts) in its stretch of the sentence. A quantity without
 * either is dropped: precision first.
 *
 * Each quantity owns the stretch from the previous quantity to the next one;
 * within it the nearest measure phrase wins, with one rule of grammar: when a
 * casualty word is present, a deployment word after the figure ("soldiers
 * sent to fight ... were killed") or away from it only describes the group.
 */
import { COUNTED_HEADS, MATERIEL_HEADS, MEASURE_NOUN_HEADS, findCounted } from './counted.js';
import { findMeasures, type MeasureEntry, type MeasureHit, type MeasureLexicon } from './measures.js';
import type { Amount, AmountType } from './amounts.js';
import { scanQuantities, type Quantity } from './quantities.js';
import { clausesOf, countWords } from './text.js';

/** A figure claim before attribution. */
export interface Figure {
  quantity: Quantity;
  measure: MeasureEntry;
  /** Thing counted, or null when it must come from context ("4,700 others"). */
  counted: string | null;
}

/** Distance (in words) at which a deployment verb before a figure governs it ("sent thousands"). */
const GOVERNING_DISTANCE = 0;
/** Words that join two figures sharing one verb ("10,000 troops, along with 1,000 engineers, are deployed"). */
const COORDINATION_RE = /^[\s,]*(?:along with|as well as|and|plus|including)\s*$/i;

const PEOPLE_HEADS = [...COUNTED_HEADS].filter((h) => !MEASURE_NOUN_HEADS.has(h)).join('|');
/**
 * "North Korean troops who ... with Ukrainian forces have suffered around
 * 1,100 casualties": the first group of the sentence is usually the subject.
 */
const GROUP_BEFORE_RE = new RegExp(`(?:[A-Z][\\w']*\\s+){0,3}(?:${PEOPLE_HEADS})\\b`, 'g');

function groupBefore(before: string): string | null {
  GROUP_BEFORE_RE.lastIndex = 0;
  return GROUP_BEFORE_RE.exec(before)?.[0] ?? null;
}

const INCLUDING_RE = /^[\s,]*(?:including|among them|of whom|of which)\s*$/i;

interface Candidate {
  quantity: Quantity;
  countedEnd: number;
  counted: string | null;
  /** Counts weapons or munitions: only supply measures apply. */
  materiel: boolean;
  /** Counts armed forces ("troops", "North Korean soldiers"): only they are deployed by a place alone. */
  forces: boolean;
}

/**
 * Amount types that can count people: counts, and shares of a group ("half
 * of the troops", "5% of residents"). Money, units, durations, ages and years
 * never do.
 */
const COUNTING_TYPES: ReadonlySet<AmountType> = new Set(['count', 'share', 'percent']);
/** Amount types that only scope a figure (general.ts FIGURE_TYPES leaves them out too). */
const SCOPE_TYPES: ReadonlySet<AmountType> = new Set(['year', 'duration', 'age']);
/** "a significant number of": a group counted without a figure, which the amount reader does not return (it has no value). */
const VAGUE_NUMBER_RE = /\bnumber"?\s+of\b/i;

/**
 * Figure claims of one sentence. `text` has its quotes folded (foldQuotes);
 * `amounts` are the sentence's amounts (readAmounts), which the tagger reads
 * once for this and the general layer: a sentence without a counting amount
 * has no figure, and most sentences are left here without being tokenised.
 */
export function findFigures(text: string, amounts: readonly Amount[], lexicon: MeasureLexicon): Figure[] {
  if (!amounts.some((a) => COUNTING_TYPES.has(a.type)) && !VAGUE_NUMBER_RE.test(text)) return [];
  // Every figure takes its measure from a phrase of the lexicon: without one, the sentence is not tokenised.
  const hits = findMeasures(text, lexicon);
  if (hits.length === 0) return [];
  if (onlySupplyWithoutMateriel(text, hits)) return [];
  const { tokens, quantities } = scanQuantities(text);
  const candidates: Array<Candidate | null> = quantities.map((q) => {
    // The pack reader keeps its own conventions, but no figure where the amount reader sees none ("the attack on 9/11")
    // or sees a year, a duration or an age ("deaths fell between 2000 and 2019" is no range of deaths).
    if (!q.vague && !amounts.some((a) => a.start < q.end && q.start < a.end && !SCOPE_TYPES.has(a.type))) return null;
    const c = findCounted(tokens, q.next);
    if (c.type === 'none') return null;
    const counted = c.type === 'noun' && !c.measureNoun ? text.slice(c.start, c.end) : c.type === 'noun' ? groupBefore(text.slice(0, q.start)) : null;
    return {
      quantity: q,
      countedEnd: c.type === 'noun' ? c.end : q.end,
      counted,
      materiel: c.type === 'noun' && c.materiel,
      forces: c.type === 'noun' && c.forces,
    };
  });
  if (candidates.every((c) => c === null)) return [];
  const clauses = clausesOf(text);
  const measures = candidates.map((c, k) => {
    if (c === null) return null;
    const clause = clauses.find((cl) => c.quantity.start >= cl.start && c.quantity.start < cl.end) ?? { start: 0, end: text.length };
    const from = Math.max(quantities[k - 1]?.end ?? 0, clause.start);
    const to = Math.min(quantities[k + 1]?.start ?? text.length, clause.end);
    const next = quantities[k + 1];
    return pickMeasure(
      text,
      c,
      hits.filter((h) => ((h.start >= from && h.end <= to) || spans(h, c.quantity)) && !(next && governsNext(text, h, c, next))),
    );
  });
  shareAcrossCoordination(text, candidates, measures);
  const out: Figure[] = [];
  candidates.forEach((c, k) => {
    const measure = measures[k];
    if (c && measure) out.push({ quantity: c.quantity, measure, counted: c.counted });
  });
  return out;
}

/**
 * A supply measure ("shipping", "supply") is taken only by a figure of
 * materiel (pickMeasure), and a figure is materiel only when its head noun is
 * one of MATERIEL_HEADS, a whole token, so a run of ASCII letters of the
 * sentence. When every measure found is a supply one and no such word stands
 * in the sentence, no figure can be found: the sentence is not tokenised
 * ("supply" and "shipping" are frequent words: a quarter of the sentences
 * scanned on the bench pages). test/claims-amount-speed.test.ts checks it.
 */
function onlySupplyWithoutMateriel(text: string, hits: readonly MeasureHit[]): boolean {
  for (const h of hits) if (h.entry.kind !== 'arms_supply') return false;
  return !mayCountMateriel(text);
}

/** Whether a word of MATERIEL_HEADS stands in the sentence (any case): without one, no figure of it counts materiel. */
export function mayCountMateriel(text: string): boolean {
  return MATERIEL_WORD_RE.test(text);
}
/** A word of MATERIEL_HEADS, any case, between characters that are no ASCII letters (no other character folds to one without the `u` flag). */
const MATERIEL_WORD_RE = new RegExp(`(?<![A-Za-z])(?:${[...MATERIEL_HEADS].join('|')})(?![A-Za-z])`, 'i');

/**
 * A verb right before the next figure, with words between it and this one,
 * takes the next figure as its object ("infected 1,200 people and killed
 * 35"): it is that figure's measure, not this one's. "600 killed, 35 wounded"
 * keeps "killed" (nothing but punctuation on either side).
 */
function governsNext(text: string, h: MeasureHit, c: Candidate, next: Quantity): boolean {
  return h.start >= c.countedEnd && h.end <= next.start && countWords(text.slice(h.end, next.start)) === 0 && distance(text, h, c) > 0;
}

function spans(h: MeasureHit, q: Quantity): boolean {
  return h.start < q.start && h.end > q.end;
}

function distance(text: string, h: MeasureHit, c: Candidate): number {
  const q = c.quantity;
  if (h.end <= q.start) return countWords(text.slice(h.end, q.start));
  if (h.start >= c.countedEnd) return countWords(text.slice(c.countedEnd, h.start));
  return 0;
}

function pickMeasure(text: string, c: Candidate, hits: MeasureHit[]): MeasureEntry | null {
  const q = c.quantity;
  // Supply verbs measure materiel, every other measure counts people; a phrase of armed forces only ("in <Place>",
  // "sent": "11,000 troops in Kursk") takes no other people ("3,400 people in Germany", "sent 200 staff home").
  const own = hits.filter(
    (h) =>
      (!(h.start >= q.start && h.end <= q.end) || spans(h, q)) && (h.entry.kind === 'arms_supply') === c.materiel && (h.entry.counts !== 'forces' || c.forces),
  );
  const hasCasualty = own.some((h) => h.entry.kind === 'casualties');
  const usable = own.filter((h) => {
    if (!hasCasualty || h.entry.kind === 'casualties') return true;
    return h.end <= q.start && distance(text, h, c) <= GOVERNING_DISTANCE;
  });
  // Nearest first; on a tie the longer phrase ("brought home … wounded" over
  // "wounded"), then the one after the figure ("600 killed" over "fatalities were 600").
  usable.sort(
    (a, b) => distance(text, a, c) - distance(text, b, c) || b.end - b.start - (a.end - a.start) || Number(b.start >= q.end) - Number(a.start >= q.end),
  );
  return usable[0]?.entry ?? null;
}

/**
 * A counted figure with no verb of its own takes the verb of a coordinated
 * neighbour; "12 people, including two children" is a part of the figure
 * before it and takes its measure.
 */
function shareAcrossCoordination(text: string, cs: Array<Candidate | null>, ms: Array<MeasureEntry | null>): void {
  for (let k = 1; k < cs.length; k++) {
    const prev = cs[k - 1];
    const c = cs[k];
    if (prev && c && ms[k - 1] && INCLUDING_RE.test(text.slice(prev.countedEnd, c.quantity.start))) ms[k] = ms[k - 1] ?? null;
  }
  for (let k = 0; k + 1 < cs.length; k++) {
    const c = cs[k];
    const next = cs[k + 1];
    const nextMeasure = ms[k + 1];
    if (!c || !next || ms[k] || !nextMeasure || c.counted === null) continue;
    if (COORDINATION_RE.test(text.slice(c.countedEnd, next.quantity.start))) ms[k] = nextMeasure;
  }
}
