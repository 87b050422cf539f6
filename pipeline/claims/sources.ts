/**
 * Finding sources in text through the gazetteer. Exact aliases first (longest
 * wins), then fuzzy person names: transliterations of one Korean name differ
 * in vowels, case and hyphens (Lee Seong-kweun, Lee Sung-kwon, Lee Seong-Kwun),
 * so names are compared by family name plus the consonant skeleton of the
 * given name.
 */
import { looksLikePersonName, sourceKind, type Gazetteer } from './gazetteer.js';
import { everyWord, execAll, foldQuotes, isSpaceCode } from './text.js';

/** A source named in a sentence (offsets into that sentence). */
export interface Mention {
  start: number;
  end: number;
  /** Canonical source id. */
  id: string;
  text: string;
}

/** Compiled lookup structures for one gazetteer. */
interface SourceIndex {
  aliasRe: RegExp;
  byAlias: Map<string, string>;
  /** Acronym aliases must match in capitals ("AP" is not "ap"). */
  acronyms: Set<string>;
  /** nameKey → canonical id, for person aliases. */
  byNameKey: Map<string, string>;
  /**
   * The family-name part of every byNameKey key: a window of name words whose
   * first word is not one of these cannot match, so its key is not built.
   */
  families: Set<string>;
}

/** A word character opening an alias (\w without the u flag). */
const WORD_START_RE = /^\w/;
const ACRONYM_RE = /^[A-Z]{2,6}$/;
/** Capitalised name-like runs: "Lee Sung-kwon", "Volodymyr Zelensky". */
const NAME_RUN_RE = /\b[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)+/g;
const MIN_NAME_WINDOW = 2;
const MAX_NAME_WINDOW = 3;
/** Shortest surname used alone as a back-reference ("Lee said"). */
const MIN_SURNAME_LENGTH = 3;

const cache = new WeakMap<Gazetteer, SourceIndex>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function indexOf(gazetteer: Gazetteer): SourceIndex {
  const hit = cache.get(gazetteer);
  if (hit) return hit;
  const byAlias = new Map<string, string>();
  const byNameKey = new Map<string, string>();
  const acronyms = new Set<string>();
  for (const [id, aliases] of Object.entries(gazetteer.sources)) {
    for (const raw of [...aliases, id]) {
      const alias = foldQuotes(raw);
      if (raw === id && !/[A-Z]/.test(raw)) continue; // ids are slugs, not surface forms
      if (!byAlias.has(alias.toLowerCase())) byAlias.set(alias.toLowerCase(), id);
      if (ACRONYM_RE.test(alias)) acronyms.add(alias);
      if (sourceKind(gazetteer, id) === 'person' && looksLikePersonName(alias)) byNameKey.set(nameKey(alias), id);
    }
  }
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length);
  const alternation = aliases.map(escapeRegExp).join('|');
  // Where every alias opens with a word character, (?<![\w-]) implies a word boundary: a leading \b
  // changes no match and lets the engine skip to word starts (the alternation was tried at every offset).
  const boundary = aliases.every((a) => WORD_START_RE.test(a)) ? '\\b' : '';
  // nameKey is `${family}|${given}` and `given` holds letters only, so the family ends at the last "|".
  const families = new Set([...byNameKey.keys()].map((key) => key.slice(0, key.lastIndexOf('|'))));
  const index = { aliasRe: new RegExp(`${boundary}(?<![\\w-])(?:${alternation})(?![\\w-])`, 'gi'), byAlias, acronyms, byNameKey, families };
  cache.set(gazetteer, index);
  return index;
}

/**
 * Comparison key of a personal name: family name (first word, lower case)
 * plus the given name without vowels, hyphens or spaces.
 */
export function nameKey(name: string): string {
  const words = name.trim().split(/\s+/);
  const family = (words[0] ?? '').toLowerCase();
  const given = words
    .slice(1)
    .join('')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/[aeiouy]/g, '');
  return `${family}|${given}`;
}

/** Resolve a whole surface form (alias or transliterated name) to a canonical id. */
export function resolveSource(surface: string, gazetteer: Gazetteer): string | null {
  const index = indexOf(gazetteer);
  const folded = foldQuotes(surface.trim());
  const exact = index.byAlias.get(folded.toLowerCase());
  if (exact && (!ACRONYM_RE.test(folded) || index.acronyms.has(folded))) return exact;
  // nameKey's family part is the first word in lower case: a form whose first word is no family name is not keyed.
  if (!index.families.has(firstWord(folded).toLowerCase())) return null;
  return index.byNameKey.get(nameKey(folded)) ?? null;
}

/** The first word of a trimmed name, as nameKey splits it. */
function firstWord(name: string): string {
  let end = 0;
  while (end < name.length && !isSpaceCode(name.charCodeAt(end))) end++;
  return name.slice(0, end);
}

/**
 * Sources named in a sentence, left to right, without overlaps. `surnames`
 * maps a bare surname ("Lee") to the person it stands for in this article.
 */
export function findMentions(sentence: string, gazetteer: Gazetteer, surnames?: ReadonlyMap<string, string>, known?: readonly Mention[]): Mention[] {
  return findMentionsFolded(foldQuotes(sentence), gazetteer, surnames, known);
}

/** findMentions of a sentence whose quotes are folded already (foldQuotes): the tagger folds each sentence once. */
export function findMentionsFolded(text: string, gazetteer: Gazetteer, surnames?: ReadonlyMap<string, string>, known?: readonly Mention[]): Mention[] {
  const found = known ? [...known] : gazetteerMentionsFolded(text, gazetteer);
  if (surnames) addSurnames(text, surnames, found);
  found.sort((a, b) => a.start - b.start);
  return mergeAdjacent(text, found);
}

/**
 * The gazetteer's names in a sentence (aliases, then fuzzy full names), unsorted
 * and unmerged: a tagger that reads each sentence twice (once for the surnames of
 * the article's people, once with them) passes this to findMentions as `known`
 * instead of matching the whole alias list again.
 */
export function gazetteerMentions(sentence: string, gazetteer: Gazetteer): Mention[] {
  return gazetteerMentionsFolded(foldQuotes(sentence), gazetteer);
}

/** gazetteerMentions of a sentence whose quotes are folded already (foldQuotes). */
export function gazetteerMentionsFolded(text: string, gazetteer: Gazetteer): Mention[] {
  const index = indexOf(gazetteer);
  const found: Mention[] = [];
  for (const m of execAll(index.aliasRe, text)) {
    const id = index.byAlias.get(m[0].toLowerCase());
    // An acronym alias ("AP", "NIS") only matches in capitals.
    const acronymOk = !index.acronyms.has(m[0].toUpperCase()) || m[0] === m[0].toUpperCase();
    if (id && acronymOk) found.push({ start: m.index, end: m.index + m[0].length, id, text: m[0] });
  }
  addFuzzyNames(text, index, found);
  return found;
}

function overlaps(found: readonly Mention[], start: number, end: number): boolean {
  return found.some((m) => start < m.end && end > m.start);
}

/** The words (runs of non-space, as `/\S+/g` finds them) of `run`, with their offsets `at` past it in the sentence. */
function wordsOf(run: string, at: number): Array<{ w: string; at: number }> {
  const out: Array<{ w: string; at: number }> = [];
  everyWord(run, (k, end) => out.push({ w: run.slice(k, end), at: at + k }) > 0);
  return out;
}

function addFuzzyNames(text: string, index: SourceIndex, found: Mention[]): void {
  for (const run of execAll(NAME_RUN_RE, text)) {
    const words = wordsOf(run[0], run.index);
    for (let size = MAX_NAME_WINDOW; size >= MIN_NAME_WINDOW; size--) {
      for (let i = 0; i + size <= words.length; i++) {
        const first = words[i];
        const last = words[i + size - 1];
        if (!first || !last) continue;
        // nameKey's family part is the first word in lower case: most capitalised runs start with none.
        if (!index.families.has(first.w.toLowerCase())) continue;
        const id = index.byNameKey.get(
          nameKey(
            words
              .slice(i, i + size)
              .map((x) => x.w)
              .join(' '),
          ),
        );
        const end = last.at + last.w.length;
        if (id && !overlaps(found, first.at, end)) found.push({ start: first.at, end, id, text: text.slice(first.at, end) });
      }
    }
  }
}

/** Each article's surname patterns, built once: the tagger passes the same map for every sentence. */
const surnamePatterns = new WeakMap<ReadonlyMap<string, string>, ReadonlyArray<{ re: RegExp; id: string; surname: string }>>();

function addSurnames(text: string, surnames: ReadonlyMap<string, string>, found: Mention[]): void {
  let patterns = surnamePatterns.get(surnames);
  if (patterns === undefined) {
    patterns = [...surnames].map(([surname, id]) => ({ re: new RegExp(`(?<![\\w-])${escapeRegExp(surname)}(?![\\w-])`, 'g'), id, surname }));
    surnamePatterns.set(surnames, patterns);
  }
  for (const { re, id, surname } of patterns) {
    for (const m of execAll(re, text)) {
      const start = m.index;
      if (!overlaps(found, start, start + surname.length)) found.push({ start, end: start + surname.length, id, text: surname });
    }
  }
}

/**
 * "South Korean MP Lee Sung-kwon" (same id, adjacent) is one mention;
 * "Seoul's National Intelligence Service" is the service, not Seoul; the
 * text of a merged mention is kept as the longer name.
 */
function mergeAdjacent(text: string, sorted: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, m.start) : '';
    if (prev && ((/^\s*$/.test(gap) && prev.id === m.id) || /^'s\s+$/.test(gap))) {
      out[out.length - 1] = { start: prev.start, end: m.end, id: m.id, text: text.slice(prev.start, m.end) };
    } else if (prev && prev.id === m.id && /^\s*\($/.test(gap) && text[m.end] === ')') {
      // "National Intelligence Service (NIS)": the gloss is part of the name.
      out[out.length - 1] = { ...prev, end: m.end + 1 };
    } else out.push(m);
  }
  return out;
}

const TRAILING_NAME_RE = /[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?$/;

/**
 * First and last word of the name that ends a person mention ("South Korean
 * MP Lee Sung-kwon" → Lee, Sung-kwon): usable alone later in the article.
 */
export function surnamesOf(mention: Mention): string[] {
  const name = TRAILING_NAME_RE.exec(mention.text)?.[0];
  if (name === undefined) return [];
  const words = name.split(/\s+/);
  return [words[0], words[words.length - 1]].filter((w): w is string => !!w && w.length >= MIN_SURNAME_LENGTH);
}
