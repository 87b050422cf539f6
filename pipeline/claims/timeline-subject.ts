/**
 * Grouping keys of the timeline: the counted subject, the measure family and
 * the underlying source. Two claims land in one series only when they count
 * the same people; wording differences ("North Korean soldiers", "North
 * Korean troops", "North Koreans") must not split a series, so the key keeps
 * only what distinguishes groups (nationality, civilians, children...).
 */
import type { Claim } from '../types.js';
import { sourceKind, type Gazetteer } from './gazetteer.js';
import { foldQuotes } from './text.js';

/**
 * Heads that say "people in this conflict" without telling groups apart:
 * dropped from the key, so "North Korean soldiers" and "North Koreans" meet.
 */
const GENERIC_HEADS: ReadonlySet<string> = new Set([
  'soldiers',
  'soldier',
  'troops',
  'troop',
  'forces',
  'personnel',
  'fighters',
  'servicemen',
  'servicemembers',
  'combatants',
  'infantrymen',
  'people',
  'persons',
  'men',
  'casualties',
  'fatalities',
  'deaths',
  'losses',
  'injuries',
  'victims',
  'bodies',
]);

/** Words that describe the state or number of a group, not which group it is. */
const STATE_WORDS: ReadonlySet<string> = new Set([
  'wounded',
  'injured',
  'dead',
  'military',
  'additional',
  'more',
  'other',
  'others',
  'elite',
  'special',
  'regular',
  'active',
  'armed',
  'combat',
  'frontline',
  'front',
  'line',
  'young',
  'ground',
  'army',
  'reserve',
  'new',
  'fresh',
  'extra',
  'trained',
  'untrained',
  'the',
  'of',
  'its',
  'their',
  'his',
  'her',
  'these',
  'those',
  'such',
  'some',
  'all',
  'total',
]);

/** Nationality plurals used as heads: "North Koreans" counts North Korean people. */
const NATIONALITY_PLURAL_RE = /^(.+(?:an|ian|ean))s$/;

/** Measures folded into one family (and the timeline measure each becomes). */
const FAMILY_OF: Readonly<Record<string, string>> = {
  killed: 'casualties',
  wounded: 'casualties',
  killed_or_wounded: 'casualties',
  casualties: 'casualties',
  deployed: 'deployed',
  returned: 'returned',
};
/** "Killed or wounded" and "casualties" are one figure under two names. */
const TIMELINE_MEASURE: Readonly<Record<string, string>> = { killed_or_wounded: 'casualties' };

/** The family a measure belongs to: casualties, deployed, returned, or itself. */
export function measureFamily(measure: string): string {
  return FAMILY_OF[measure] ?? measure;
}

/** The measure a point is filed under. */
export function timelineMeasure(measure: string): string {
  return TIMELINE_MEASURE[measure] ?? measure;
}

/**
 * Comparison key of a counted noun phrase; "" when the phrase only names a
 * generic group ("troops"), which the caller resolves from the article.
 */
export function subjectKey(counted: string | null): string {
  if (counted === null) return '';
  const words = foldQuotes(counted)
    .toLowerCase()
    .replace(/[^a-z\s'-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const kept: string[] = [];
  for (const w of words) {
    if (STATE_WORDS.has(w) || GENERIC_HEADS.has(w)) continue;
    kept.push(NATIONALITY_PLURAL_RE.exec(w)?.[1] ?? w);
  }
  return kept.join(' ');
}

/**
 * Subject of every figure claim of one article. A generic group ("18,000
 * troops") in an article takes the subject the article counts most often:
 * in a report on North Korean soldiers, "troops" are those soldiers.
 */
export function articleSubjects(claims: readonly Claim[]): Map<Claim, string | null> {
  const keys = new Map<Claim, string>();
  const tally = new Map<string, number>();
  for (const c of claims) {
    const key = subjectKey(c.counted);
    keys.set(c, key);
    if (key !== '') tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  // Ties go to the subject met first (Map keeps insertion order).
  let dominant: string | null = null;
  let best = 0;
  for (const [key, n] of tally) if (n > best) [dominant, best] = [key, n];
  const out = new Map<Claim, string | null>();
  for (const [c, key] of keys) out.set(c, key === '' ? dominant : key);
  return out;
}

/**
 * The underlying source of every claim of one article. A non-media `via` is
 * the origin ("Lee said, citing the NIS": the NIS). A person who relays an
 * agency anywhere in the article relays it for every figure they give there,
 * so their uncited figures go to that agency too. A media `via` (an agency
 * relaying) leaves the source as it is.
 */
export function articleSources(claims: readonly Claim[], gazetteer: Gazetteer): Map<Claim, { source: string | null; relayedBy: string | null }> {
  const isMedia = (id: string): boolean => sourceKind(gazetteer, id) === 'media';
  const relayOf = new Map<string, string>();
  for (const c of claims) {
    if (c.source !== null && c.via !== null && !isMedia(c.via) && !relayOf.has(c.source)) relayOf.set(c.source, c.via);
  }
  const out = new Map<Claim, { source: string | null; relayedBy: string | null }>();
  for (const c of claims) {
    const origin = c.via !== null && !isMedia(c.via) ? c.via : c.source !== null ? (relayOf.get(c.source) ?? null) : null;
    out.set(c, origin !== null && origin !== c.source ? { source: origin, relayedBy: c.source } : { source: c.source, relayedBy: null });
  }
  return out;
}
