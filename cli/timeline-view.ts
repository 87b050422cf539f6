/**
 * The storyline's claim timeline in words: how figures moved between sources
 * and outlets (updates), where sources disagree (conflicts), and where a copy
 * restated a figure differently (drift).
 */
import { buildClaimTimeline, timelineInputOf, type FlagFigure, type TimelineFlag } from '../pipeline/claims/index.js';
import type { ArticleDocument } from '../pipeline/output.js';
import { formatFigure } from './figure.js';

/** Flags shown in the run summary; the full timeline is `wirewatch claims --timeline`. */
const MAX_FLAGS_SHOWN = 12;

function fig(f: FlagFigure): string {
  return `${formatFigure({ ...f, unit: null })} (${f.source ?? 'unnamed'}, ${f.when ?? 'undated'})`;
}

function describe(flag: TimelineFlag, titleOf: (id: string) => string): string {
  const what = `${flag.subject ?? 'figure'} ${flag.measure.replaceAll('_', ' ')}`;
  switch (flag.type) {
    case 'update':
      return `update  ${flag.source}: ${what} ${fig(flag.from)} → ${fig(flag.to)}`;
    case 'conflict':
      return `conflict ${what}: ${fig(flag.a)} vs ${fig(flag.b)}`;
    case 'drift':
      return `drift   ${titleOf(flag.articleId)} restates ${flag.source}'s ${what} ${formatFigure({ ...flag.original, unit: null })} as ${formatFigure({ ...flag.restated, unit: null })} (copy of ${titleOf(flag.duplicateOf)})`;
  }
}

export function formatTimelineFlags(docs: ArticleDocument[]): string[] {
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  const titleOf = (id: string): string => {
    const doc = byId.get(id);
    return doc ? `"${doc.article.title}" (${doc.article.siteName ?? doc.provenance.feedId})` : id;
  };
  const timeline = buildClaimTimeline(docs.map(timelineInputOf));
  // Drift and conflicts first: they are what a reader must not miss.
  const order = { drift: 0, conflict: 1, update: 2 } as const;
  const flags = [...timeline.flags].sort((a, b) => order[a.type] - order[b.type]);
  const lines = flags.slice(0, MAX_FLAGS_SHOWN).map((f) => describe(f, titleOf));
  if (flags.length > MAX_FLAGS_SHOWN) lines.push(`... ${flags.length - MAX_FLAGS_SHOWN} more (wirewatch claims --timeline --jsonl out/articles.ndjson)`);
  return lines;
}
