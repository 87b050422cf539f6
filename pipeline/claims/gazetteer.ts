/**
 * Who can be the source of a claim: canonical ids and the surface forms
 * articles use for them. The names come from measure packs and operators'
 * aliases (config/packs/*.yaml, wirewatch.yaml); the default is the conflict pack's.
 */
import { SHIPPED_PACKS } from './shipped-packs.js';
import { everyWord } from './text.js';

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
  /\b(?:agency|service|staff|ministry|office|news|media|forces|military|government|department|command|council|institute|university|press|committee|house|army|commission|party|police|bank|group|inc|corp|corporation|ltd|company|association|union|court|authority|board|foundation|organi[sz]ation|federation|cent(?:er|re)|hospital|times|post|journal|network|reuters|bloomberg)\b|\b(?:institutes|universities|agencies|departments|administration|bureau|parliament|senate|congress|assembly|church|college|school|academy|laborator(?:y|ies)|clinic|league|club|fund|trust|society|coalition|alliance|institution|centers|centres|hospitals|associations|unions|networks|county|counties|city|state|states|province|region|district|municipality|borough|township|town|village|country|nation|republic|kingdom|territory)(?:$|\s+of\b)/i;

/**
 * A name with an institution's or a medium's word ("the Ministry of Health", "The New York Times", "Acme Corp"), or an
 * acronym. The second list counts only as the name's head, last or before "of" ("the National Institutes of Health",
 * "the Senate"): before another noun it says where a person works ("The Du Bois school librarian", "club president").
 */
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

/**
 * Two to four capitalised words, no institution word, not an acronym: the words of `alias.trim().split(/\s+/)` each
 * match /^[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?$/. Read by character codes, the institution regex last: the tagger asks this
 * of every speaker it resolves, and the split and a regex per word cost a percent of the stage (profiled).
 */
export function looksLikePersonName(alias: string): boolean {
  let words = 0;
  if (!everyWord(alias, (k, end) => ++words <= MAX_NAME_WORDS && isNameWord(alias, k, end))) return false;
  return words >= MIN_NAME_WORDS && !ORGANISATION_WORDS.test(alias);
}
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;

/** Whether s[start, end) matches /^[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?$/: "Lee", "Sung-kwon", "Jae-Hyun". */
function isNameWord(s: string, start: number, end: number): boolean {
  const c = s.charCodeAt(start);
  if (c < 65 || c > 90) return false;
  const k = lowerRunEnd(s, start + 1, end);
  if (k === start + 1) return false;
  if (k === end) return true;
  if (s.charCodeAt(k) !== 45 || k + 1 >= end) return false;
  const d = s.charCodeAt(k + 1) | 32;
  if (d < 97 || d > 122) return false;
  const rest = lowerRunEnd(s, k + 2, end);
  return rest > k + 2 && rest === end;
}

function lowerRunEnd(s: string, from: number, end: number): number {
  let k = from;
  while (k < end && s.charCodeAt(k) >= 97 && s.charCodeAt(k) <= 122) k++;
  return k;
}
