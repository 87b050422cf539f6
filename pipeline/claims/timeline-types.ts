/**
 * Types of the claim timeline: how the figures that sources give for one
 * counted subject move across articles and outlets. A timeline is derived
 * data (it is rebuilt from tagged claims at any time), never stored state.
 */
import type { Bound, Claim } from '../types.js';

/** One tagged article as the timeline needs it. */
export interface TimelineInput {
  articleId: string;
  /** Outlet or site name, e.g. "Daily Meridian"; null when unknown. */
  outlet: string | null;
  /** ISO 8601 date or date-time as published ("2024-12-23T08:30:00Z", "2026-01"), or null. */
  published: string | null;
  /** Story (news event) from the dedup stage; null puts the article in a story of its own. */
  storyId: string | null;
  /** Article id of the report this article copies or rewrites (dedup `duplicateOf`), or null. */
  duplicateOf: string | null;
  claims: readonly Claim[];
}

/** A figure with its qualifier, as in a claim. */
export interface TimelineFigure {
  value: number | null;
  bound: Bound | null;
  low: number | null;
  high: number | null;
}

/** One distinct figure stated for a point, and where. */
export interface TimelineVariant extends TimelineFigure {
  /** The claim's own measure (killed_or_wounded before it is folded into casualties). */
  measures: string[];
  articleIds: string[];
  claimIds: string[];
  /** True when every article stating it is a duplicate of another article. */
  onlyInDuplicates: boolean;
}

/**
 * What one source said about one measure of one subject on one day. The
 * figure is the point's representative (see timeline-figures.ts); every
 * distinct figure behind it is kept in `variants`.
 */
export interface TimelinePoint extends TimelineFigure {
  /** Day of publication (YYYY-MM-DD), or the date as given when coarser ("2026-01"); null when unknown. */
  when: string | null;
  /** Underlying canonical source: the agency behind a relaying person or outlet; null when unattributed. */
  source: string | null;
  /** Sources that relayed the figure (a lawmaker citing the agency), excluding `source`. */
  relayedBy: string[];
  /** Timeline measure: killed_or_wounded is folded into casualties. */
  measure: string;
  unit: string | null;
  articleIds: string[];
  outlets: string[];
  claimIds: string[];
  variants: TimelineVariant[];
}

/** Points of one subject and measure family, oldest first. */
export interface TimelineSeries {
  /** Normalised counted subject ("north korean"); null when nothing says what is counted. */
  subject: string | null;
  /** Measure family: casualties, deployed, returned, or the measure itself. */
  family: string;
  unit: string | null;
  points: TimelinePoint[];
}

/** Where a flagged figure was stated. */
export interface FlagFigure extends TimelineFigure {
  when: string | null;
  source: string | null;
  articleIds: string[];
}

/** Same source, a new figure at a later date. */
export interface UpdateFlag {
  type: 'update';
  subject: string | null;
  measure: string;
  source: string;
  from: FlagFigure;
  to: FlagFigure;
}

/** Different sources, figures that cannot both hold, within a day of each other. */
export interface ConflictFlag {
  type: 'conflict';
  subject: string | null;
  measure: string;
  a: FlagFigure;
  b: FlagFigure;
}

/**
 * A copy or rewrite restating a figure of the same source differently from
 * the article it copies ("around 1,100" becoming "Over 1,100").
 */
export interface DriftFlag {
  type: 'drift';
  subject: string | null;
  measure: string;
  source: string;
  /** The duplicate article and the article it copies. */
  articleId: string;
  duplicateOf: string;
  original: FlagFigure;
  restated: FlagFigure;
}

export type TimelineFlag = UpdateFlag | ConflictFlag | DriftFlag;

/** A storyline's (or one story's) claim timeline. */
export interface ClaimTimeline {
  /** Story id for a per-story view; null for a storyline (everything given). */
  storyId: string | null;
  articleIds: string[];
  series: TimelineSeries[];
  flags: TimelineFlag[];
}
