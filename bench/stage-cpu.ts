/**
 * CPU per page of each pure stage, on bench:pipeline's synthetic pages, in one
 * thread: the input of the capacity model in docs/architecture.md. Each call is
 * timed by `process.cpuUsage()` (this thread's CPU, not wall time, so a loaded
 * machine slows it less), after one untimed warm-up pass over the same pages.
 *
 *   npx tsx bench/stage-cpu.ts [--pages 300] [--hosts 20]
 */
import { tagArticle } from '../pipeline/chain/in-thread.js';
import { articleFeatures } from '../pipeline/dedup/features.js';
import { createMemoryDedupStore, dedupArticle } from '../pipeline/dedup/index.js';
import { extractArticle } from '../pipeline/extract/index.js';
import { buildSites } from './fixtures-news.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1] ?? fallback) : fallback;
}

const PAGES = arg('--pages', 300);
const HOSTS = arg('--hosts', 20);
/** Any port: the pages are only read here, never served. */
const UNUSED_PORT = 8000;
const STAGES = ['decode', 'extract', 'features', 'dedup', 'claims'] as const;

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const sites = buildSites({ pages: PAGES, hosts: HOSTS, port: UNUSED_PORT });
const pages = [...sites.bodies].filter(([, b]) => b.type.includes('html'));
const totals = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<(typeof STAGES)[number], number>;
const store = createMemoryDedupStore();

for (const timed of [false, true]) {
  for (const [url, { body }] of pages) {
    const at = [cpuMs()];
    const html = body.toString('utf8');
    at.push(cpuMs());
    const article = extractArticle({ html, url });
    at.push(cpuMs());
    const features = articleFeatures(article.title, article.text);
    at.push(cpuMs());
    // The warm-up pass leaves the store empty: every timed article is new to it, as in a crawl.
    if (timed) {
      const input = { url, canonicalUrl: article.canonicalUrl, title: article.title, text: article.text, publishedAt: article.publishedAt };
      await dedupArticle({ ...input, seenAt: new Date().toISOString(), features }, store);
    }
    at.push(cpuMs());
    // As the chain tags (with the article's language, so no guess is made here that a crawl skips).
    tagArticle(article, url);
    at.push(cpuMs());
    if (timed) for (const [i, stage] of STAGES.entries()) totals[stage] += (at[i + 1] ?? 0) - (at[i] ?? 0);
  }
}

console.log(`${pages.length} pages, ${(sites.pageBytes / sites.pages / 1024).toFixed(1)} KB of HTML on average; CPU ms per page:`);
for (const stage of STAGES) console.log(`  ${stage.padEnd(9)} ${(totals[stage] / pages.length).toFixed(2)}`);
const sum = STAGES.reduce((a, s) => a + totals[s], 0);
console.log(`  ${'total'.padEnd(9)} ${(sum / pages.length).toFixed(2)}`);
