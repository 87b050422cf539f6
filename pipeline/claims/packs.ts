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
import type { MeasureEntry, MeasureLexicon } from './measures.js';
import { SHIPPED_PACKS } from './shipped-packs.js';

export { SHIPPED_PACKS };

/** One domain's vocabulary. Plain JSON. */
export interface MeasurePack {
  name: string;
  /** Language of the phrases and names (BCP 47 primary subtag, default "en"): the pack applies to articles in it. */
  language?: string;
  measures: MeasureEntry[];
  /** Canonical source id → aliases. */
  sources?: Record<string, string[]>;
  /** Kind of a source when its aliases do not tell (see gazetteer.ts). */
  kinds?: Record<string, SourceKind>;
}

/**
 * An operator's source aliases: canonical id → the names the text uses, or the
 * names and the source's kind when the look of the names would mislead.
 */
export type SourceAliases = Record<string, string[] | { kind?: SourceKind; names: string[] }>;

/** Shipped packs on unless the config says `defaultPacks: false`. */
export const DEFAULT_PACK_NAMES: readonly string[] = ['conflict'];

/** The shipped conflict pack: casualty, deployment, supply and displacement measures and the seed storyline's sources. */
export const CONFLICT_PACK: MeasurePack = SHIPPED_PACKS.conflict as MeasurePack;

/** Packs used when the options name none. */
export const DEFAULT_PACKS: readonly MeasurePack[] = DEFAULT_PACK_NAMES.map((name) => SHIPPED_PACKS[name] as MeasurePack);

/** One gazetteer from the packs' sources plus the operator's aliases. */
export function packGazetteer(packs: readonly MeasurePack[], aliases: SourceAliases | undefined): Gazetteer {
  const sources: Record<string, string[]> = {};
  const kinds: Record<string, SourceKind> = {};
  for (const p of packs) {
    for (const [id, names] of Object.entries(p.sources ?? {})) sources[id] = [...(sources[id] ?? []), ...names];
    Object.assign(kinds, p.kinds ?? {});
  }
  for (const [id, alias] of Object.entries(aliases ?? {})) {
    const names = Array.isArray(alias) ? alias : alias.names;
    sources[id] = [...(sources[id] ?? []), ...names];
    if (!Array.isArray(alias) && alias.kind) kinds[id] = alias.kind;
  }
  return { sources, kinds };
}

/** Canonical id of a source written `text`, when an alias matches it exactly (case-insensitive); else null. */
export function resolveAlias(text: string, gazetteer: Gazetteer): string | null {
  return aliasIndex(gazetteer).get(aliasKey(text)) ?? null;
}

const aliasKey = (name: string): string => name.toLowerCase().replace(/^(?:the|a|an)\s+/, '');

/** Alias key → id, built once per gazetteer (every attributed claim resolves its speaker); the first id listing a name wins. */
const aliasIndexes = new WeakMap<Gazetteer, ReadonlyMap<string, string>>();
function aliasIndex(gazetteer: Gazetteer): ReadonlyMap<string, string> {
  let index = aliasIndexes.get(gazetteer);
  if (!index) {
    const map = new Map<string, string>();
    for (const [id, names] of Object.entries(gazetteer.sources)) for (const n of names) if (!map.has(aliasKey(n))) map.set(aliasKey(n), id);
    index = map;
    aliasIndexes.set(gazetteer, index);
  }
  return index;
}

/** The gazetteer and lexicon the tagger uses for a set of packs and aliases. */
export interface PackVocabulary {
  gazetteer: Gazetteer;
  measures: MeasureLexicon;
}

/**
 * Built once per packs and aliases: the source index and the measure regexes
 * are cached by the identity of the gazetteer and lexicon (sources.ts,
 * measures.ts), so building them afresh per article would recompile them every
 * call. Options that arrive as a fresh copy per job (structured clone through a
 * thread or a queue) still hit, by content.
 */
const byIdentity = new WeakMap<readonly MeasurePack[], { plain?: PackVocabulary; byAliases: WeakMap<object, PackVocabulary> }>();
const byContent = new Map<string, PackVocabulary>();
/** Distinct pack configurations kept by content; a process uses one or two. */
const MAX_VOCABULARIES = 8;

export function packVocabulary(packs: readonly MeasurePack[], aliases: SourceAliases | undefined): PackVocabulary {
  let entry = byIdentity.get(packs);
  if (!entry) {
    entry = { byAliases: new WeakMap() };
    byIdentity.set(packs, entry);
  }
  const hit = aliases ? entry.byAliases.get(aliases) : entry.plain;
  if (hit) return hit;
  const key = JSON.stringify([packs, aliases ?? null]);
  let made = byContent.get(key);
  if (!made) {
    made = { gazetteer: packGazetteer(packs, aliases), measures: packs.flatMap((p) => p.measures) };
    if (byContent.size >= MAX_VOCABULARIES) byContent.delete(byContent.keys().next().value as string);
    byContent.set(key, made);
  }
  if (aliases) entry.byAliases.set(aliases, made);
  else entry.plain = made;
  return made;
}
