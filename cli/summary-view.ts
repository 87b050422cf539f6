/**
 * The readable end-of-run summary: what was found, what was collapsed and why,
 * which stories formed, and the claims tagged in each article.
 */
import { hasFigure, type PublishedEntry, type RunSummary } from '../local/summary.js';
import { DEFAULT_DEDUP_OPTIONS, urlVariantKinds } from '../pipeline/dedup/index.js';
import type { ArticleDocument } from '../pipeline/output.js';
import { claimLine, sourceNamesOf, type SourceNames } from '../pipeline/present/index.js';
import { DEFAULT_GAZETTEER } from '../pipeline/claims/index.js';
import { formatTimelineFlags } from './timeline-view.js';

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/**
 * Why a duplicate is the same report, in words. The similarity is a word-overlap
 * (Jaccard) score whose meaning depends on the reason: over the whole text for a
 * near copy, over the headline and opening for a rewrite, where a low score is
 * expected (a report retold in other words, matched on its figures and names).
 */
export function duplicateWords(dedup: Pick<ArticleDocument['dedup'], 'duplicateReason' | 'similarity'>): string {
  const overlap = dedup.similarity === null ? null : percent(dedup.similarity);
  switch (dedup.duplicateReason) {
    case 'exact_text':
      return 'the same text word for word';
    case 'near_copy':
      return overlap === null ? 'a near copy' : `a near copy (${overlap} of the text's wording is the same)`;
    case 'rewrite':
      if (dedup.similarity === null) return 'a rewrite';
      // Below the edited-copy overlap only the anchored match (same figures and names) makes a rewrite.
      return dedup.similarity >= DEFAULT_DEDUP_OPTIONS.editedCopyMinJaccard
        ? `a rewrite: ${overlap} of the wording is the same (an edited copy or a close retelling)`
        : `a rewrite in other words: the headline and opening share only ${overlap} of their wording, but state the same figures and names within ${DEFAULT_DEDUP_OPTIONS.rewriteMaxGapHours} h`;
    default:
      return 'a copy';
  }
}

/** "tracking parameters", "AMP version": which rule made two URLs one article. */
export function variantWords(url: string, sameAs: string): string {
  const words: Record<ReturnType<typeof urlVariantKinds>[number], string> = {
    'tracking parameters': 'tracking parameters',
    AMP: 'AMP version',
    host: 'mirror host (www., m.)',
    spelling: 'spelling (letter case, escapes, trailing slash, parameter order)',
  };
  return urlVariantKinds(url, sameAs)
    .map((kind) => words[kind])
    .join(' and ');
}

/** An article as the view names it: its title and its outlet (the site name, else the feed id). */
interface Named {
  title: string;
  outlet: string;
}

const outletOfEntry = (entry: PublishedEntry): string => entry.siteName ?? entry.feedId;

function titleOf(byId: Map<string, Named>, id: string | null): string {
  const named = id ? byId.get(id) : undefined;
  return named ? `"${named.title}" (${named.outlet})` : (id ?? 'unknown');
}

function section(lines: string[], heading: string, body: string[]): void {
  lines.push('', heading);
  if (body.length === 0) lines.push('  (none)');
  else lines.push(...body.map((line) => `  ${line}`));
}

export interface SummaryViewOptions {
  outputPath: string;
  /**
   * Stored documents, the pass's own included: duplicates name originals from
   * earlier runs, each new article's figures are read from its document, and the
   * claim timeline runs over them all. Without them the view shows counts only.
   */
  known?: ArticleDocument[];
  sourceNames?: SourceNames;
}

/** Renders the summary. */
export function formatSummary(summary: RunSummary, options: SummaryViewOptions): string {
  const names = options.sourceNames ?? sourceNamesOf(DEFAULT_GAZETTEER);
  const known = options.known ?? [];
  const byId = new Map<string, Named>();
  const docById = new Map<string, ArticleDocument>();
  const docByKey = new Map<string, ArticleDocument>();
  for (const doc of known) {
    byId.set(doc.article.id, { title: doc.article.title, outlet: doc.article.siteName ?? doc.provenance.feedId });
    docById.set(doc.article.id, doc);
    docByKey.set(doc.idempotencyKey, doc);
  }
  for (const entry of summary.published) byId.set(entry.articleId, { title: entry.title, outlet: outletOfEntry(entry) });
  const seconds = (Date.parse(summary.finishedAt) - Date.parse(summary.startedAt)) / 1000;
  const feedsOk = summary.feeds.filter((f) => f.status === 'ok').length;
  const feedsSame = summary.feeds.filter((f) => f.status === 'not_modified').length;
  const feedsFailed = summary.feeds.filter((f) => f.status === 'failed');
  const published = summary.published;
  const duplicates = published.filter((d) => d.dedup.status === 'duplicate');
  const lines: string[] = [];
  lines.push(`Crawl finished in ${seconds.toFixed(1)} s`);
  lines.push(`Feeds: ${summary.feeds.length} polled (${feedsOk} changed, ${feedsSame} unchanged, ${feedsFailed.length} failed)`);
  lines.push(
    `Articles: ${published.length} new, ${duplicates.length} of them copies of another report · ${summary.entriesListed} feed entries · ` +
      `${summary.collapsedBeforeFetch.length + summary.sameUrlAfterFetch.length} URL variants collapsed · ${summary.skipped.length} not articles · ${summary.pageErrors.length} errors`,
  );
  if (published.length === 0) lines.push('Nothing new since the last run.');

  section(lines, 'Duplicates collapsed (and why):', [
    ...summary.collapsedBeforeFetch.map((c) =>
      c.reason === 'same_url_in_pass'
        ? `${c.url} → same article as ${c.sameAs ?? c.urlKey} (URL variant: ${variantWords(c.url, c.sameAs ?? c.urlKey)}), fetched once`
        : c.reason === 'seen_before'
          ? `${c.url} → already stored as ${titleOf(byId, c.articleId ?? null)}, not fetched`
          : `${c.url} → failed permanently before (${c.code}), not fetched`,
    ),
    ...summary.sameUrlAfterFetch.map((s) => `${s.url} → its rel=canonical is ${s.canonicalUrl}, already stored`),
    ...duplicates.map((d) => `${titleOf(byId, d.articleId)} is the same report as ${titleOf(byId, d.dedup.duplicateOf)}: ${duplicateWords(d.dedup)}`),
  ]);

  const stories = new Map<string, PublishedEntry[]>();
  for (const entry of published) stories.set(entry.storyId, [...(stories.get(entry.storyId) ?? []), entry]);
  section(
    lines,
    `Stories (${stories.size}):`,
    [...stories.entries()].map(([id, entries]) => {
      const outlets = new Set(entries.map(outletOfEntry));
      return `${id}: ${entries.length} article(s) from ${outlets.size} outlet(s): ${entries.map((d) => `"${d.title}"`).join(' + ')}`;
    }),
  );

  section(
    lines,
    'Claims tagged per article:',
    published.flatMap((entry) => {
      const head = `${entry.title} — ${outletOfEntry(entry)}, ${entry.publishedAt?.slice(0, 10) ?? 'undated'} (${entry.claims} claims, ${entry.figureClaims} with figures)`;
      const figures = docByKey.get(entry.idempotencyKey)?.claims.filter(hasFigure) ?? [];
      return [head, ...figures.map((c) => `    · ${claimLine(c, names)}`)];
    }),
  );

  if (feedsFailed.length > 0 || summary.pageErrors.length > 0) {
    section(lines, 'Errors:', [
      ...feedsFailed.map((f) => `feed ${f.feedId}: ${f.code} ${f.message ?? ''}`),
      ...summary.pageErrors.map((e) => `${e.url}: ${e.code} ${e.message}`),
    ]);
  }
  if (published.length > 0) {
    section(lines, 'Claim timeline across outlets (drift, conflicts, updates):', formatTimelineFlags([...docById.values()], names));
  }
  lines.push('', `Output: ${published.length} document(s) appended to ${options.outputPath}`);
  return lines.join('\n');
}
