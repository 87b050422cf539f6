/**
 * Who can be the source of a claim: canonical ids and the surface forms
 * articles use for them. The names come from measure packs and operators'
 * aliases (config/packs/*.yaml, wirewatch.yaml); the default is the conflict pack's.
 */
import { SHIPPED_PACKS } from './shipped-packs.js';

/** What a source is; decides which back-references ("he", "the agency") reach it. */
export const SOURCE_KINDS = ['person', 'organisation', 'place', 'media'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Canonical source ids and their aliases. */
export interface Gazetteer {
  /** Canonical id → aliases (exact surface forms; case-insensitive except acronyms). */
  sources: Record<string, string[]>;
  /**
   * Optional kind of each source. Missing kinds are inferred: an alias that
   * looks like a personal name makes a person, otherwise an organisation.
   * `media` sources relay others' claims: next to another source they are the `via`.
   */
  kinds?: Record<string, SourceKind>;
}

/** The conflict pack's sources (config/packs/conflict.yaml): the seed storyline's and common wire services. */
export const DEFAULT_GAZETTEER: Gazetteer = {
  sources: SHIPPED_PACKS.conflict?.sources ?? {},
  kinds: SHIPPED_PACKS.conflict?.kinds ?? {},
};

/** Words that make an alias an institution rather than a person's name. */
const ORGANISATION_WORDS =
  /\b(?:agency|service|staff|ministry|office|news|media|forces|military|government|department|command|council|institute|university|press|committee|house|army|commission|party|police|bank|group|inc|corp|corporation|ltd|company|association|union|court|authority|board|foundation|organi[sz]ation|federation|cent(?:er|re)|hospital|times|post|journal|network|reuters|bloomberg)\b/i;

/** A name with an institution's or a medium's word ("the Ministry of Health", "The New York Times", "Acme Corp"), or an acronym. */
export function isInstitutionName(name: string): boolean {
  return ORGANISATION_WORDS.test(name) || isAcronym(name);
}

/** An acronym, with or without "the": an organisation ("WHO", "the NHS", "FEMA"), never "he" or "she". */
export function isAcronym(name: string): boolean {
  return ACRONYM_RE.test(name);
}
const ACRONYM_RE = /^(?:the\s+)?[A-Z]{2,6}$/;

/** The kind of a source: given, or inferred from the look of its aliases. */
export function sourceKind(gazetteer: Gazetteer, id: string): SourceKind {
  const given = gazetteer.kinds?.[id];
  if (given) return given;
  const aliases = gazetteer.sources[id] ?? [];
  return aliases.some(looksLikePersonName) ? 'person' : 'organisation';
}

/** Two to four capitalised words, no institution word, not an acronym. */
export function looksLikePersonName(alias: string): boolean {
  const words = alias.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (ORGANISATION_WORDS.test(alias)) return false;
  return words.every((w) => /^[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?$/.test(w));
}
