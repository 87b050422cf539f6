/**
 * The daily digest: every alert of a day (UTC, by the document's processing
 * time, so a retry lands in the same file) appended to `digest-YYYY-MM-DD.md`
 * for people and `digest-YYYY-MM-DD.jsonl` for scripts. Each alert is written
 * once: the outbox delivers the digest channel of an alert key once.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { WirewatchConfig } from '../../config/schema.js';
import type { Alert, Watch } from '../../pipeline/watches/index.js';

/** The digest directory of a config: alerts.digestDir, else `<outDir>/digests`. */
export function digestDirOf(config: Pick<WirewatchConfig, 'alerts' | 'outDir'>): string {
  return config.alerts.digestDir ?? join(config.outDir, 'digests');
}

/** The digest files of a day. */
export function digestPaths(dir: string, day: string): { markdown: string; jsonl: string } {
  const base = join(resolve(dir), `digest-${day}`);
  return { markdown: `${base}.md`, jsonl: `${base}.jsonl` };
}

/** The UTC day of an ISO time: "2026-12-06". */
export function dayOf(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? 'undated' : at.toISOString().slice(0, 10);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function markdownOf(alert: Alert, watch: Watch): string {
  const { body } = alert;
  const title = oneLine(body.article.title) || body.article.url;
  const lines = [`### ${watch.name ?? watch.id}: ${alert.kind === 'timeline' ? 'a figure moved' : 'new match'}`, ''];
  lines.push(`- [${title}](${body.article.url})${body.article.siteName ? ` (${oneLine(body.article.siteName)})` : ''}, ${body.at}`);
  if (body.entities.length > 0) lines.push(`- names: ${body.entities.join(', ')}`);
  for (const claim of body.claims) lines.push(`- claim: ${oneLine(claim.sentence)}`);
  for (const flag of body.claimFlags) {
    if (flag.type === 'update')
      lines.push(`- update (${flag.measure}, ${flag.source}): ${flag.from.value ?? flag.from.low ?? '?'} → ${flag.to.value ?? flag.to.low ?? '?'}`);
    if (flag.type === 'conflict')
      lines.push(
        `- conflict (${flag.measure}): ${flag.a.source} ${flag.a.value ?? flag.a.low ?? '?'} vs ${flag.b.source} ${flag.b.value ?? flag.b.low ?? '?'}`,
      );
  }
  lines.push(`- key: \`${alert.key}\``, '', '');
  return lines.join('\n');
}

export function appendDigest(dir: string, alert: Alert, watch: Watch): void {
  const paths = digestPaths(dir, dayOf(alert.body.at));
  mkdirSync(resolve(dir), { recursive: true });
  // One appendFileSync per entry keeps each whole if the process dies between them.
  appendFileSync(paths.jsonl, `${JSON.stringify(alert.body)}\n`);
  appendFileSync(paths.markdown, markdownOf(alert, watch));
}
