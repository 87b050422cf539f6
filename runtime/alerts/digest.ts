/**
 * The daily digest: every alert of a day (UTC, by the document's processing
 * time, so a retry lands in the same file) appended to `digest-YYYY-MM-DD.md`
 * for people and `digest-YYYY-MM-DD.jsonl` for scripts. Each alert is written
 * once: the outbox delivers the digest channel of an alert key once, and a
 * delivery cut by a crash after its write (before the delivered mark) finds
 * its key already in the day's file and writes nothing.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { WirewatchConfig } from '../../config/schema.js';
import type { Alert, AlertBody, Watch } from '../../pipeline/watches/index.js';

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
  for (const flag of body.claimFlags) lines.push(`- ${flagLine(flag)}`);
  lines.push(`- key: \`${alert.key}\``, '', '');
  return lines.join('\n');
}

function figureText(f: { value: number | null; low: number | null; bound: string | null; when: string | null }): string {
  const amount = f.value ?? f.low;
  const bound = f.bound === null || f.bound === '=' || f.bound === 'range' ? '' : `${f.bound} `;
  return `${bound}${amount === null ? '?' : amount.toLocaleString('en-US')}${f.when ? ` (${f.when})` : ''}`;
}

/** One line for an update or conflict: "update of killed by south-korea-nis: 100 (2024-12-19) → 600 (2025-01-13)". */
export function flagLine(flag: AlertBody['claimFlags'][number]): string {
  if (flag.type === 'update') return `update of ${flag.measure} by ${flag.source}: ${figureText(flag.from)} → ${figureText(flag.to)}`;
  if (flag.type === 'conflict') return `conflict on ${flag.measure}: ${flag.a.source} ${figureText(flag.a)} vs ${flag.b.source} ${figureText(flag.b)}`;
  return `drift of ${flag.measure}: ${figureText(flag.original)} restated as ${figureText(flag.restated)}`;
}

/** True when the day's JSONL file already holds the alert (one day's alerts: a small file, read whole). */
function alreadyWritten(jsonlPath: string, alert: Alert): boolean {
  if (!existsSync(jsonlPath)) return false;
  return readFileSync(jsonlPath, 'utf8').includes(`"idempotencyKey":${JSON.stringify(alert.body.idempotencyKey)}`);
}

export function appendDigest(dir: string, alert: Alert, watch: Watch): void {
  const paths = digestPaths(dir, dayOf(alert.body.at));
  mkdirSync(resolve(dir), { recursive: true });
  if (alreadyWritten(paths.jsonl, alert)) return;
  // One appendFileSync per entry keeps each whole if the process dies between them.
  appendFileSync(paths.jsonl, `${JSON.stringify(alert.body)}\n`);
  appendFileSync(paths.markdown, markdownOf(alert, watch));
}
