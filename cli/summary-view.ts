/**
 * The readable end-of-run summary: what was found, what was collapsed and why,
 * which stories formed, and the claims tagged in each article.
 */
import type { RunSummary } from '../local/summary.js';
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

function outletOf(doc: ArticleDocument): string {
  return doc.article.siteName ?? doc.provenance.feedId;
}

function titleOf(byId: Map<string, ArticleDocument>, id: string | null): string {
  const doc = id ? byId.get(id) : undefined;
  return doc ? `"${doc.article.title}" (${outletOf(doc)})` : (id ?? 'unknown');
}

function section(lines: string[], heading: string, body: string[]): void {
  lines.push('', heading);
  if (body.length === 0) lines.push('  (none)');
  else lines.push(...body.map((line) => `  ${line}`));
}

/** Renders the summary; `known` lets duplicates name originals from earlier runs. */
export function formatSummary(summary: RunSummary, options: { outputPath: string; known?: ArticleDocument[]; sourceNames?: SourceNames }): string {
  const names = options.sourceNames ?? sourceNamesOf(DEFAULT_GAZETTEER);
  const byId = new Map<string, ArticleDocument>();
  for (const doc of [...(options.known ?? []), ...summary.published]) byId.set(doc.article.id, doc);
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
    ...duplicates.map((d) => `${titleOf(byId, d.article.id)} is the same report as ${titleOf(byId, d.dedup.duplicateOf)}: ${duplicateWords(d.dedup)}`),
  ]);

  const stories = new Map<string, ArticleDocument[]>();
  for (const doc of published) stories.set(doc.story.id, [...(stories.get(doc.story.id) ?? []), doc]);
  section(
    lines,
    `Stories (${stories.size}):`,
    [...stories.entries()].map(([id, docs]) => {
      const outlets = new Set(docs.map(outletOf));
      return `${id}: ${docs.length} article(s) from ${outlets.size} outlet(s): ${docs.map((d) => `"${d.article.title}"`).join(' + ')}`;
    }),
  );

  section(
    lines,
    'Claims tagged per article:',
    published.flatMap((doc) => {
      const figures = doc.claims.filter((c) => c.value !== null || c.bound === 'range');
      const head = `${doc.article.title} — ${outletOf(doc)}, ${doc.article.publishedAt?.slice(0, 10) ?? 'undated'} (${doc.claims.length} claims, ${figures.length} with figures)`;
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
    section(lines, 'Claim timeline across outlets (drift, conflicts, updates):', formatTimelineFlags([...byId.values()], names));
  }
  lines.push('', `Output: ${published.length} document(s) appended to ${options.outputPath}`);
  return lines.join('\n');
}
