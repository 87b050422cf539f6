/**
 * Domains as data: a measure pack names what figures of a domain measure
 * (phrase → measure label + claim kind) and, optionally, the sources of that
 * domain (canonical id ← aliases). The packs themselves are YAML files in
 * config/packs (conflict on by default, layoffs as an example); operators add
 * packs and aliases in wirewatch.yaml (config/packs.ts turns them into
 * `TagOptions`). pipeline/ does no I/O, so the shipped files reach it as the
 * generated module shipped-packs.ts.
 */
import type { Gazetteer, SourceKind } from './gazetteer.js';
import type { MeasureEntry } from './measures.js';
import { SHIPPED_PACKS } from './shipped-packs.js';

export { SHIPPED_PACKS };

/** One domain's vocabulary. Plain JSON. */
export interface MeasurePack {
  name: string;
  measures: MeasureEntry[];
  /** Canonical source id → aliases. */
  sources?: Record<string, string[]>;
  /** Kind of a source when its aliases do not tell (see gazetteer.ts). */
  kinds?: Record<string, SourceKind>;
}

/** Shipped packs on unless the config says `defaultPacks: false`. */
export const DEFAULT_PACK_NAMES: readonly string[] = ['conflict'];

/** The shipped conflict pack: casualty, deployment, supply and displacement measures and the seed storyline's sources. */
export const CONFLICT_PACK: MeasurePack = SHIPPED_PACKS.conflict as MeasurePack;

/** Packs used when the options name none. */
export const DEFAULT_PACKS: readonly MeasurePack[] = DEFAULT_PACK_NAMES.map((name) => SHIPPED_PACKS[name] as MeasurePack);

/** One gazetteer from the packs' sources plus the operator's aliases. */
export function packGazetteer(packs: readonly MeasurePack[], aliases: Record<string, string[]> | undefined): Gazetteer {
  const sources: Record<string, string[]> = {};
  const kinds: Record<string, SourceKind> = {};
  for (const p of packs) {
    for (const [id, names] of Object.entries(p.sources ?? {})) sources[id] = [...(sources[id] ?? []), ...names];
    Object.assign(kinds, p.kinds ?? {});
  }
  for (const [id, names] of Object.entries(aliases ?? {})) sources[id] = [...(sources[id] ?? []), ...names];
  return { sources, kinds };
}

/** Canonical id of a source written `text`, when an alias matches it exactly (case-insensitive); else null. */
export function resolveAlias(text: string, gazetteer: Gazetteer): string | null {
  const t = text.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
  for (const [id, names] of Object.entries(gazetteer.sources)) {
    if (names.some((n) => n.toLowerCase().replace(/^(?:the|a|an)\s+/, '') === t)) return id;
  }
  return null;
}

/** Common English words: their share of an article's words tells English text from other languages. */
const ENGLISH_WORDS = new Set(
  'the of and to in a is that for on said with as was by at it from he his are be has have an were which but not this will they their its who been had would'.split(
    ' ',
  ),
);
/** Share of ENGLISH_WORDS below which a text is not English (English news runs at 0.3-0.4). */
const MIN_ENGLISH_SHARE = 0.12;
/** Words sampled from the start of the text. */
const SAMPLE_WORDS = 300;
/** Fewer words than this cannot be judged: treated as English. */
const MIN_SAMPLE_WORDS = 20;

/**
 * Whether the tagger reads this article's language (English only so far; the
 * lexicons are per language). A declared language wins; else a word-share guess.
 */
export function languageSupported(input: { title: string; text: string; language?: string | null }): boolean {
  if (input.language) return input.language.toLowerCase().split('-')[0] === 'en';
  const words = `${input.title} ${input.text.slice(0, SAMPLE_WORDS * 8)}`.toLowerCase().match(/\p{L}+/gu) ?? [];
  const sample = words.slice(0, SAMPLE_WORDS);
  if (sample.length < MIN_SAMPLE_WORDS) return true;
  return sample.filter((w) => ENGLISH_WORDS.has(w)).length / sample.length >= MIN_ENGLISH_SHARE;
}
