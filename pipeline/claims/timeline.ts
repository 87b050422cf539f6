/**
 * Cross-outlet claim timeline: the figures sources give for one subject
 * (North Korean soldiers) and measure family (casualties), day by day,
 * across every article given, with updates, conflicts and drift flagged.
 *
 * Two views: `buildClaimTimeline` treats everything given as one storyline;
 * `buildStoryTimelines` builds one timeline per dedup story. Pure: the input
 * is tagged claims plus the dedup verdict of each article.
 */
import type { ArticleDocument } from '../output.js';
import type { Claim } from '../types.js';
import { DEFAULT_GAZETTEER, type Gazetteer } from './gazetteer.js';
import { findConflicts, findDrift, findUpdates, type Statement } from './timeline-flags.js';
import { compareWhen, dayOf, representative, sameFigure } from './timeline-figures.js';
import { articleSources, articleSubjects, measureFamily, timelineMeasure } from './timeline-subject.js';
import type { ClaimTimeline, TimelineInput, TimelinePoint, TimelineSeries, TimelineVariant } from './timeline-types.js';

/** Options of the timeline builders. */
export interface TimelineOptions {
  /** Tells media sources (which relay) from origins; defaults to the tagger's. */
  gazetteer?: Gazetteer;
}

/** What a timeline reads of an output document: a whole document, or just these fields of one. */
export interface TimelineSource {
  article: Pick<ArticleDocument['article'], 'id' | 'siteName' | 'publishedAt'>;
  story: Pick<ArticleDocument['story'], 'id'>;
  dedup: Pick<ArticleDocument['dedup'], 'status' | 'duplicateOf'>;
  claims: ArticleDocument['claims'];
}

/** The timeline input of one published output document. */
export function timelineInputOf(doc: TimelineSource): TimelineInput {
  return {
    articleId: doc.article.id,
    outlet: doc.article.siteName,
    published: doc.article.publishedAt,
    storyId: doc.story.id,
    duplicateOf: doc.dedup.status === 'duplicate' ? doc.dedup.duplicateOf : null,
    claims: doc.claims,
  };
}

/** One timeline over every article given (a storyline). */
export function buildClaimTimeline(items: readonly TimelineInput[], options: TimelineOptions = {}): ClaimTimeline {
  return build(items, null, options.gazetteer ?? DEFAULT_GAZETTEER);
}

/** One timeline per story, in order of each story's first article. */
export function buildStoryTimelines(items: readonly TimelineInput[], options: TimelineOptions = {}): ClaimTimeline[] {
  const byStory = new Map<string, TimelineInput[]>();
  for (const item of sortArticles(items)) {
    const story = item.storyId ?? item.articleId;
    byStory.set(story, [...(byStory.get(story) ?? []), item]);
  }
  return [...byStory].map(([story, group]) => build(group, story, options.gazetteer ?? DEFAULT_GAZETTEER));
}

function build(items: readonly TimelineInput[], storyId: string | null, gazetteer: Gazetteer): ClaimTimeline {
  const sorted = sortArticles(items);
  const present = new Set(items.map((i) => i.articleId));
  const statements = sorted.flatMap((item) => statementsOf(item, present, gazetteer));
  const series = groupSeries(statements);
  return {
    storyId,
    articleIds: sorted.map((i) => i.articleId),
    series,
    flags: [...findUpdates(series), ...findConflicts(series), ...findDrift(statements)],
  };
}

/** Oldest first; unknown dates last; the article id breaks ties so output is stable. */
function sortArticles(items: readonly TimelineInput[]): TimelineInput[] {
  return [...items].sort((a, b) => compareWhen(a.published, b.published) || (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0));
}

function hasFigure(c: Claim): boolean {
  return c.measure !== null && (c.value !== null || c.low !== null || c.high !== null);
}

/**
 * The claims a timeline reads: figures of a measure. An article's other claims
 * (general quantities, statements) never change its timeline, so stores of
 * timeline members keep only these.
 */
export function timelineClaims(claims: readonly Claim[]): Claim[] {
  return claims.filter(hasFigure);
}

/**
 * The fields of a claim that the timeline reads (this file and timeline-*.ts: the
 * figure, what is counted, the source and its relay, the id for the flags). A store
 * of timeline members keeps only these: a figure claim of today's tagger is about
 * 650 bytes of JSON, mostly spans and its sentence, and these fields some 150.
 * test/timeline-members.test.ts fails when the timeline reads a field not listed.
 *
 * Stores upgraded in place: members written before a store cut its claims hold every
 * field (a superset, read the same). A field added here later is missing from the
 * members stored before, so the timeline must read it as absent when undefined.
 */
export const TIMELINE_CLAIM_FIELDS = ['id', 'measure', 'value', 'bound', 'low', 'high', 'unit', 'counted', 'source', 'via'] as const satisfies ReadonlyArray<
  keyof Claim
>;

/**
 * A claim cut to TIMELINE_CLAIM_FIELDS (a field the claim lacks stays out, as JSON
 * leaves out undefined). Typed as a claim: the timeline reads no other field.
 */
export function timelineClaimOf(claim: Claim): Claim {
  const out: Partial<Record<(typeof TIMELINE_CLAIM_FIELDS)[number], unknown>> = {};
  for (const field of TIMELINE_CLAIM_FIELDS) out[field] = claim[field];
  return out as Claim;
}

/**
 * The statements of each member given, while that member object lives: a story's
 * timeline is built again for every article that joins it, over the same members
 * (the embedded article log hands out the same objects), and placing their claims
 * by subject and source was most of that. Inputs are read, never changed, so a
 * member's statements stay what they were; the statements themselves are only read.
 */
const statementsByItem = new WeakMap<TimelineInput, { gazetteer: Gazetteer; duplicateOf: string | null; statements: Statement[] }>();

/** The figure claims of one article, placed by subject, source and date. */
function statementsOf(item: TimelineInput, present: ReadonlySet<string>, gazetteer: Gazetteer): Statement[] {
  // A copy of an article we were not given is, for this timeline, an original.
  const duplicateOf = item.duplicateOf !== null && present.has(item.duplicateOf) ? item.duplicateOf : null;
  const known = statementsByItem.get(item);
  if (known !== undefined && known.gazetteer === gazetteer && known.duplicateOf === duplicateOf) return known.statements;
  const statements = placeStatements(item, duplicateOf, gazetteer);
  statementsByItem.set(item, { gazetteer, duplicateOf, statements });
  return statements;
}

function placeStatements(item: TimelineInput, duplicateOf: string | null, gazetteer: Gazetteer): Statement[] {
  const claims = item.claims.filter(hasFigure);
  const subjects = articleSubjects(claims);
  const sources = articleSources(claims, gazetteer);
  return claims.map((claim) => {
    const measure = claim.measure ?? '';
    const origin = sources.get(claim);
    return {
      claim,
      articleId: item.articleId,
      outlet: item.outlet,
      duplicateOf,
      when: dayOf(item.published),
      source: origin?.source ?? null,
      relayedBy: origin?.relayedBy ?? null,
      subject: subjects.get(claim) ?? null,
      family: measureFamily(measure),
      measure: timelineMeasure(measure),
      unit: claim.unit,
      value: claim.value,
      bound: claim.bound,
      low: claim.low,
      high: claim.high,
    };
  });
}

function groupSeries(statements: readonly Statement[]): TimelineSeries[] {
  const series = new Map<string, { head: Statement; points: Map<string, Statement[]> }>();
  for (const s of statements) {
    const key = [s.subject, s.family, s.unit].join('\u0000');
    const entry = series.get(key) ?? { head: s, points: new Map<string, Statement[]>() };
    series.set(key, entry);
    const pointKey = [s.when, s.source, s.measure].join('\u0000');
    entry.points.set(pointKey, [...(entry.points.get(pointKey) ?? []), s]);
  }
  return [...series.values()].map(({ head, points }) => ({
    subject: head.subject,
    family: head.family,
    unit: head.unit,
    points: [...points.values()]
      .map(toPoint)
      .sort((a, b) => compareWhen(a.when, b.when) || (a.source ?? '~').localeCompare(b.source ?? '~') || a.measure.localeCompare(b.measure)),
  }));
}

const unique = <T>(xs: ReadonlyArray<T | null>): T[] => [...new Set(xs.filter((x): x is T => x !== null))];

/** A point from its statements (all share date, source and measure). */
function toPoint(statements: Statement[]): TimelinePoint {
  const first = statements[0] as Statement;
  // A copy's figure never stands for a point its original also states: drift is flagged instead.
  const originals = statements.filter((s) => s.duplicateOf === null);
  const rep = representative(originals.length > 0 ? originals : statements) ?? first;
  return {
    when: first.when,
    source: first.source,
    measure: first.measure,
    unit: first.unit,
    value: rep.value,
    bound: rep.bound,
    low: rep.low,
    high: rep.high,
    relayedBy: unique(statements.map((s) => s.relayedBy)),
    articleIds: unique(statements.map((s) => s.articleId)),
    outlets: unique(statements.map((s) => s.outlet)),
    claimIds: statements.map((s) => s.claim.id),
    variants: variantsOf(statements),
  };
}

function variantsOf(statements: readonly Statement[]): TimelineVariant[] {
  const out: Array<TimelineVariant & { figure: Statement }> = [];
  for (const s of statements) {
    let v = out.find((x) => sameFigure(x.figure, s));
    if (!v) {
      v = { figure: s, value: s.value, bound: s.bound, low: s.low, high: s.high, measures: [], articleIds: [], claimIds: [], onlyInDuplicates: true };
      out.push(v);
    }
    if (!v.measures.includes(s.claim.measure ?? '')) v.measures.push(s.claim.measure ?? '');
    if (!v.articleIds.includes(s.articleId)) v.articleIds.push(s.articleId);
    v.claimIds.push(s.claim.id);
    if (s.duplicateOf === null) v.onlyInDuplicates = false;
  }
  return out.map(({ figure: _figure, ...v }) => v);
}
