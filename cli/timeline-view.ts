/**
 * The storyline's claim timeline in words: how figures moved between sources
 * and outlets (updates), where sources disagree (conflicts), and where a copy
 * restated a figure differently (drift).
 */
import { buildClaimTimeline, timelineInputOf, type TimelineFlag, type TimelineSeries } from '../pipeline/claims/index.js';
import type { ArticleDocument } from '../pipeline/output.js';
import { flagLine, type SourceNames } from '../pipeline/present/index.js';

/** Flags shown in the run summary; the full timeline is `wirewatch claims --timeline`. */
const MAX_FLAGS_SHOWN = 12;

/** The unit of the series a flag was found in (flags do not carry it): a share reads "60%", not "0.6". */
export function flagUnit(flag: TimelineFlag, series: readonly TimelineSeries[]): string | null {
  const figure = flag.type === 'update' ? flag.to : flag.type === 'conflict' ? flag.a : flag.restated;
  const id = figure.articleIds[0];
  for (const s of series) {
    if (s.subject !== flag.subject) continue;
    if (s.points.some((p) => p.measure === flag.measure && id !== undefined && p.articleIds.includes(id) && p.source === figure.source)) return s.unit;
  }
  return null;
}

export function formatTimelineFlags(docs: ArticleDocument[], names: SourceNames): string[] {
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  const titleOf = (id: string): string => {
    const doc = byId.get(id);
    return doc ? `"${doc.article.title}" (${doc.article.siteName ?? doc.provenance.feedId})` : id;
  };
  const timeline = buildClaimTimeline(docs.map(timelineInputOf));
  // Drift and conflicts first: they are what a reader must not miss.
  const order = { drift: 0, conflict: 1, update: 2 } as const;
  const flags = [...timeline.flags].sort((a, b) => order[a.type] - order[b.type]);
  const lines = flags.slice(0, MAX_FLAGS_SHOWN).map((f) => flagLine(f, names, titleOf, flagUnit(f, timeline.series)));
  if (flags.length > MAX_FLAGS_SHOWN) lines.push(`... ${flags.length - MAX_FLAGS_SHOWN} more (wirewatch claims --timeline --jsonl out/articles.ndjson)`);
  return lines;
}
