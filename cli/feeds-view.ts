/**
 * Human-readable answers of `wirewatch feeds ...`: tables and short reports.
 * `--json` bypasses all of this and prints the service's values as they are.
 */
import type { AddFeedResult, FeedTestReport, FeedView, ImportResult } from '../feeds/registry-schema.js';
import type { FeedActivity } from '../feeds/health.js';

/** Characters of the sample article's text `feeds test` prints. */
const TEST_TEXT_PREVIEW_CHARS = 1200;

/** Columns padded to their widest cell; the last column is never padded. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** "2026-05-01 12:00:03Z", or "-" for never. */
function when(iso: string | null): string {
  return iso === null ? '-' : iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

function state(feed: FeedView): string {
  if (feed.shadowedBy !== null) return `shadowed by config "${feed.shadowedBy}"`;
  return feed.paused ? 'paused' : 'active';
}

function failures(feed: FeedView): string {
  const { consecutiveFailures, lastErrorCode } = feed.health;
  return consecutiveFailures === 0 ? '0' : `${consecutiveFailures} ${lastErrorCode ?? ''}`.trim();
}

/** "12%→40% DRIFT", "5%", or "-" without enough articles: share of thin or flagged articles, newest window vs the one before. */
function quality(activity: FeedActivity | undefined): string {
  const q = activity?.quality;
  if (!q || q.recentShare === null) return '-';
  const pct = (share: number): string => `${Math.round(share * 100)}%`;
  if (q.previousShare === null) return pct(q.recentShare);
  return `${pct(q.previousShare)}→${pct(q.recentShare)}${q.drifting ? ' DRIFT' : ''}`;
}

export function formatFeedList(feeds: Array<FeedView & { activity?: FeedActivity }>): string {
  if (feeds.length === 0) return 'no feeds: add one with `wirewatch feeds add URL`';
  const rows = feeds.map((f) => [
    f.id,
    f.origin,
    state(f),
    `${f.activity?.currentIntervalSecs ?? f.pollIntervalSecs}s`,
    when(f.health.lastPolledAt),
    when(f.health.lastSuccessAt),
    failures(f),
    f.activity ? `${f.activity.itemsLast24h}/${f.activity.itemsLast7d} (${f.activity.itemsPerDay}/d)` : '-',
    quality(f.activity),
    f.paused ? '-' : when(f.health.nextPollAt),
    f.url,
  ]);
  return formatTable(['ID', 'ORIGIN', 'STATE', 'EVERY', 'LAST POLL', 'LAST SUCCESS', 'FAILURES', 'ITEMS 24H/7D', 'FLAGGED', 'NEXT POLL', 'URL'], rows);
}

export function formatFeed(feed: FeedView): string {
  const lines: Array<[string, string]> = [
    ['id', feed.id],
    ['name', feed.name ?? '-'],
    ['url', feed.url],
    ['origin', feed.origin === 'config' ? 'config file' : `operator (added ${when(feed.addedAt)})`],
    ['state', state(feed)],
    ['kind', feed.kind],
    ['interval', `${feed.pollIntervalSecs} s`],
    ['render', feed.render],
    ...(feed.allowPattern !== undefined ? [['allow pattern', feed.allowPattern] as [string, string]] : []),
    ['last poll', when(feed.health.lastPolledAt)],
    ['last success', when(feed.health.lastSuccessAt)],
    ['next poll', feed.paused ? '- (paused)' : when(feed.health.nextPollAt)],
    ['failures', failures(feed)],
    ['pending entries', String(feed.health.pendingEntries)],
    ...(feed.health.lastErrorMessage !== null ? [['last error', feed.health.lastErrorMessage] as [string, string]] : []),
  ];
  const width = Math.max(...lines.map(([k]) => k.length));
  return lines.map(([k, v]) => `${`${k}:`.padEnd(width + 2)}${v}`).join('\n');
}

export function formatAdd(result: AddFeedResult): string {
  const head = result.created
    ? `added feed "${result.feed.id}": ${result.feed.url} (every ${result.feed.pollIntervalSecs} s${result.feed.paused ? ', paused' : ''})`
    : `already registered as "${result.feed.id}": ${result.feed.url}`;
  const notes = result.notes.filter((n) => !n.startsWith('already registered')).map((n) => `  note: ${n}`);
  return [head, ...notes].join('\n');
}

export function formatTest(report: FeedTestReport): string {
  const out: string[] = [`feed: ${report.feedUrl} (${report.kind}${report.title ? `, "${report.title}"` : ''})`];
  if (report.discovered) {
    out.push(`  found through <link rel="alternate"> on ${report.requestedUrl}`);
    if (report.alternates.length > 1) out.push(`  the page also advertises: ${report.alternates.slice(1).join(', ')}`);
  }
  if (report.existingFeedId !== null) out.push(`  already registered as "${report.existingFeedId}"`);
  for (const w of report.warnings) out.push(`  warning: ${w}`);
  out.push(`entries: ${report.entryCount}${report.entryCount > report.entries.length ? ` (first ${report.entries.length})` : ''}`);
  for (const e of report.entries) out.push(`  ${e.publishedAt ? `${e.publishedAt}  ` : ''}${e.title ?? '(no title)'}\n    ${e.url}`);
  if (report.sitemaps.length > 0) out.push(`child sitemaps: ${report.sitemaps.length}`);
  const a = report.article;
  if (a === null) {
    out.push('article: none (the feed lists no entry)');
  } else if (!a.ok) {
    out.push(`article: ${a.url}\n  failed: [${a.code}] ${a.message}`);
  } else {
    const text = a.text.length > TEST_TEXT_PREVIEW_CHARS ? `${a.text.slice(0, TEST_TEXT_PREVIEW_CHARS)}…` : a.text;
    out.push(`article: ${a.url}`, `  title: ${a.title}`, `  byline: ${a.byline ?? '-'}`, `  published: ${a.publishedAt ?? '-'}`);
    if (a.flags.length > 0) out.push(`  flags: ${a.flags.join(', ')}`);
    out.push('', ...text.split('\n').map((l) => (l === '' ? '' : `  ${l}`)));
  }
  out.push('', 'dry run: nothing was stored');
  return out.join('\n');
}

export function formatImport(result: ImportResult): string {
  const rows = result.items.map((i) => [
    String(i.index),
    i.status,
    i.id ?? '-',
    i.code ?? '',
    `${i.url ?? '-'}${i.status === 'refused' && i.message ? `  (${i.message})` : ''}`,
  ]);
  const counts = (['created', 'existing', 'refused'] as const).map((s) => `${result.items.filter((i) => i.status === s).length} ${s}`);
  return `${formatTable(['#', 'STATUS', 'ID', 'CODE', 'URL'], rows)}\n${counts.join(', ')}`;
}
