/**
 * Which watches a document matches: a pure function of the document, the
 * watches and the watches that already follow its story. Every watch reads
 * one word index of the document, built only when some watch needs words.
 *
 * Invariant: the result depends on nothing else, so both runtimes (and
 * `watches test` over the article log) give a document the same `watches`.
 */
import { measureFamily, timelineMeasure } from '../claims/index.js';
import type { ClaimFlag } from '../output-flags.js';
import type { DocumentWatch } from '../output-watches.js';
import type { ArticleDocument } from '../output.js';
import type { Claim } from '../types.js';
import { matchesQuery, parseQuery, type QueryNode } from './query.js';
import type { AlertKind, ClaimFilter, Watch } from './schema.js';
import { WordIndex } from './text.js';

/** A watch with its query parsed once. */
export interface CompiledWatch {
  watch: Watch;
  query: QueryNode | null;
  /** The entity names and aliases, grouped by the name the watch reports. */
  entities: Array<{ name: string; names: string[] }>;
}

export function compileWatch(watch: Watch): CompiledWatch {
  return {
    watch,
    query: watch.query !== undefined ? parseQuery(watch.query) : null,
    entities: watch.entities.map((e) => (typeof e === 'string' ? { name: e, names: [e] } : { name: e.name, names: [e.name, ...e.aliases] })),
  };
}

/**
 * Compiles watch definitions for the stores, each query parsed once rather than
 * per document: a definition unchanged since the last call keeps its compiled
 * form, a changed one compiles anew and a removed one is let go.
 */
export function watchCompiler(): (watches: readonly Watch[]) => CompiledWatch[] {
  let last = new Map<string, CompiledWatch>();
  return (watches) => {
    const next = new Map<string, CompiledWatch>();
    const out = watches.map((watch) => {
      const key = JSON.stringify(watch);
      const compiled = next.get(key) ?? last.get(key) ?? compileWatch(watch);
      next.set(key, compiled);
      return compiled;
    });
    last = next;
    return out;
  };
}

/** The parts of a document a watch reads (`watches` itself is what the match writes). */
export type WatchedDocument = Omit<ArticleDocument, 'watches'>;

/** The figure a threshold compares: a range's low end for `min`, its high end for `max`. */
function passesThreshold(value: number | null, low: number | null, high: number | null, filter: ClaimFilter): boolean {
  const atLeast = value ?? low;
  const atMost = value ?? high ?? low;
  if (filter.min !== undefined && (atLeast === null || atLeast < filter.min)) return false;
  if (filter.max !== undefined && (atMost === null || atMost > filter.max)) return false;
  return true;
}

/** True when `measure` is the filter's measure, its timeline name or its family (casualties covers killed and wounded). */
function measureMatches(measure: string | null, wanted: string | undefined): boolean {
  if (wanted === undefined) return true;
  if (measure === null) return false;
  const w = wanted.toLowerCase();
  return measure === w || timelineMeasure(measure) === w || measureFamily(measure) === w;
}

export function claimMatches(claim: Claim, filter: ClaimFilter): boolean {
  if (!measureMatches(claim.measure, filter.measure)) return false;
  if (filter.kind !== undefined && claim.kind !== filter.kind) return false;
  if (filter.unit !== undefined && claim.unit?.toLowerCase() !== filter.unit.toLowerCase()) return false;
  if (filter.source !== undefined && claim.source !== filter.source.toLowerCase()) return false;
  return passesThreshold(claim.value, claim.low, claim.high, filter);
}

/** True when an update or conflict is about what the filter follows (measure, source, threshold on either figure). */
export function flagMatches(flag: ClaimFlag, filter: ClaimFilter): boolean {
  if (flag.type === 'drift') return false;
  if (!measureMatches(flag.measure, filter.measure)) return false;
  const figures = flag.type === 'update' ? [flag.from, flag.to] : [flag.a, flag.b];
  if (filter.source !== undefined && !figures.some((f) => f.source === filter.source?.toLowerCase())) return false;
  return figures.some((f) => passesThreshold(f.value, f.low, f.high, filter));
}

function hostMatches(url: string, site: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    const wanted = site.toLowerCase().replace(/^www\./, '');
    return host === wanted || host.endsWith(`.${wanted}`);
  } catch {
    return false;
  }
}

function siteMatches(doc: WatchedDocument, sites: readonly string[]): boolean {
  const name = doc.article.siteName?.toLowerCase();
  return sites.some((site) => hostMatches(doc.article.url, site) || hostMatches(doc.article.canonicalUrl, site) || name === site.toLowerCase());
}

/** Entity names the document holds: in its words (written case), or as a claim's source or intermediary id. */
function namedEntities(compiled: CompiledWatch, doc: WatchedDocument, words: () => WordIndex): string[] {
  const ids = new Set(doc.claims.flatMap((c) => [c.source, c.via]).filter((id): id is string => id !== null));
  return compiled.entities.filter((e) => e.names.some((n) => ids.has(n.toLowerCase()) || words().hasPhrase(n))).map((e) => e.name);
}

/** The document's match of one watch, or null. `storyWatched`: an earlier document of its story matched this watch. */
function matchOne(compiled: CompiledWatch, doc: WatchedDocument, words: () => WordIndex, storyWatched: boolean): DocumentWatch | null {
  const { watch } = compiled;
  let direct = true;
  if (watch.feeds.length > 0 && !watch.feeds.includes(doc.provenance.feedId)) direct = false;
  if (direct && watch.sites.length > 0 && !siteMatches(doc, watch.sites)) direct = false;
  if (direct && compiled.query !== null && !matchesQuery(compiled.query, words())) direct = false;
  const entities = direct && compiled.entities.length > 0 ? namedEntities(compiled, doc, words) : [];
  if (compiled.entities.length > 0 && entities.length === 0) direct = false;
  const claimIds = watch.claims.length > 0 ? doc.claims.filter((c) => watch.claims.some((f) => claimMatches(c, f))).map((c) => c.id) : [];
  if (watch.claims.length > 0 && claimIds.length === 0) direct = false;
  if (!direct && !storyWatched) return null;
  const claimFlags = doc.story.claimFlags.flatMap((flag, i) =>
    flag.type !== 'drift' && (watch.claims.length === 0 || watch.claims.some((f) => flagMatches(flag, f))) ? [i] : [],
  );
  if (!direct && claimFlags.length === 0) return null;
  const alerts: AlertKind[] = [];
  if (direct && watch.alerts.includes('match') && (doc.dedup.status !== 'duplicate' || watch.includeDuplicates)) alerts.push('match');
  if (claimFlags.length > 0 && watch.alerts.includes('timeline')) alerts.push('timeline');
  return {
    id: watch.id,
    on: direct ? 'document' : 'story',
    entities: direct ? entities : [],
    claimIds: direct ? claimIds : [],
    claimFlags,
    timelineFlags: [],
    alerts,
  };
}

/**
 * The watches `doc` matches, in the order given; paused watches match nothing.
 * `watchedStory`: ids of the watches an earlier document of this story matched.
 */
export function matchWatches(doc: WatchedDocument, watches: readonly CompiledWatch[], watchedStory: ReadonlySet<string> = new Set()): DocumentWatch[] {
  let index: WordIndex | null = null;
  const words = (): WordIndex => {
    index ??= new WordIndex([doc.article.title, doc.article.text]);
    return index;
  };
  return watches.flatMap((compiled) => {
    if (compiled.watch.paused) return [];
    const match = matchOne(compiled, doc, words, watchedStory.has(compiled.watch.id));
    return match ? [match] : [];
  });
}
