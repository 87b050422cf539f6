/**
 * The distributed mode's Redis side alone, per page: what a worker's event loop
 * and redis-server spend on the dedup step (URL keys, copies, stories, term
 * statistics) and on the document step (story timeline, publication), without
 * the fetch, the parse or the claim tagging that bench/pipeline.ts mixes in.
 *
 *   npx tsx bench/pipeline-redis.ts [--pages 1000] [--hosts 50] [--in-flight 8] [--rounds 3]
 *
 * bench:pipeline's synthetic pages are extracted and tagged once, untimed; then each
 * round runs every page through `dedupStep` and `documentStep` of the worker's
 * chain (workers/chain.ts ports on a real redis-server, AOF on as in
 * bench:pipeline), `--in-flight` pages at a time, first all dedup steps, then all
 * document steps, on a fresh server. Prints, per step, the CPU ms a page of this
 * process (process.cpuUsage) and of redis-server (INFO cpu), and a hash of the
 * published documents (time-dependent fields left out) so that a change can show
 * it publishes the same.
 */
import { createHash } from 'node:crypto';
import { parseConfig } from '../config/load.js';
import { dedupStep, documentStep, inThreadCompute, tagArticle, type ChainCompute, type DocumentStepInput, type StepResult } from '../pipeline/chain/index.js';
import type { PageSource } from '../runtime/page-source.js';
import type { ExtractedArticle } from '../pipeline/types.js';
import { startTestRedis } from '../test/helpers/redis-server.js';
import { workerChainDeps } from '../workers/chain.js';
import { createWorkerContext } from '../workers/context.js';
import { buildSites } from './fixtures-news.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1] ?? fallback) : fallback;
}

const PAGES = arg('--pages', 1000);
const HOSTS = arg('--hosts', 50);
const IN_FLIGHT = arg('--in-flight', 8);
const ROUNDS = arg('--rounds', 3);
/** Any port: the pages are only read here, never served. */
const UNUSED_PORT = 8000;

/** One fixed clock for the pages and their fetch times, so that two runs (two commits) publish the same documents. */
const NOW_MS = Date.UTC(2026, 11, 1, 12);
const sites = buildSites({ pages: PAGES, hosts: HOSTS, port: UNUSED_PORT, now: new Date(NOW_MS) });
const compute = inThreadCompute();
/** Features as the pool computes them beside the parse (the worker's event loop does not). */
const featuresOf = new Map<ExtractedArticle, ReturnType<NonNullable<typeof compute.features>>>();
const benchCompute: ChainCompute<PageSource> = {
  extract: () => Promise.reject(new Error('pages are extracted before the timed steps')),
  features: (article) => featuresOf.get(article) ?? compute.features(article),
  claims: compute.claims,
};
const fetchedAt = new Date(NOW_MS).toISOString();
const inputs: Array<{ origin: DocumentStepInput['origin']; page: DocumentStepInput['page']; article: ExtractedArticle }> = [];
for (const [url, { body, type }] of sites.bodies) {
  if (!type.includes('html')) continue;
  const entry = { url, feedId: 'bench' };
  const article = await compute.extract(body.toString('utf8'), url, entry);
  if (article.text.length === 0) continue;
  featuresOf.set(article, compute.features(article));
  inputs.push({
    origin: { feedId: 'bench', feedUrl: 'http://bench/feed', entry },
    page: { requestedUrl: url, finalUrl: url, status: 200, contentType: type, fetchedAt, via: 'http' },
    article,
  });
}

/** Runs `fn` over `items`, `IN_FLIGHT` at a time, in order of start. */
async function pool<T, R>(items: T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i] as T);
      }
    }),
  );
  return out;
}

const cpuMsHere = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Stable text of a published document: time-dependent fields out. */
function documentKey(result: StepResult): string {
  if (result.kind !== 'published') return result.kind;
  const { provenance, ...doc } = result.document;
  const { processedAt: _processedAt, ...rest } = provenance;
  return JSON.stringify({ ...doc, provenance: rest });
}

const claimsOf = new Map<string, ReturnType<typeof tagArticle>>();
for (let round = 1; round <= ROUNDS; round++) {
  const server = await startTestRedis();
  const ctx = createWorkerContext(parseConfig({}), server.url, { prefix: `bench${round}` });
  const deps = workerChainDeps(ctx, benchCompute);
  const redisCpuMs = async (): Promise<number> => {
    const info = await ctx.redis.info('cpu');
    return ['used_cpu_sys', 'used_cpu_user'].reduce((a, k) => a + Number(new RegExp(`${k}:([\\d.]+)`).exec(info)?.[1] ?? 0), 0) * 1000;
  };
  try {
    const at = [cpuMsHere(), await redisCpuMs()];
    const deduped = await pool(inputs, (input) => dedupStep(input, deps));
    const afterDedup = [cpuMsHere(), await redisCpuMs()];
    const next: DocumentStepInput[] = [];
    for (const r of deduped) {
      if (r.kind !== 'next') continue;
      const input = r.input as DocumentStepInput;
      const key = `${input.verdict.articleId} ${input.article.text.length}`;
      const claims = claimsOf.get(key) ?? tagArticle(input.article, input.verdict.articleId);
      claimsOf.set(key, claims);
      next.push({ ...input, claims });
    }
    const beforeDocs = [cpuMsHere(), await redisCpuMs()];
    const published = await pool(next, (input) => documentStep(input, deps));
    const afterDocs = [cpuMsHere(), await redisCpuMs()];
    const hash = createHash('sha256');
    for (const r of published) hash.update(documentKey(r)).update('\n');
    const per = (a: number[], b: number[], i: number): string => (((b[i] ?? 0) - (a[i] ?? 0)) / inputs.length).toFixed(3);
    console.log(
      `round ${round}: ${inputs.length} pages, ${next.length} documents; CPU ms a page (worker / redis-server): dedup ${per(at, afterDedup, 0)} / ${per(at, afterDedup, 1)}, document ${per(beforeDocs, afterDocs, 0)} / ${per(beforeDocs, afterDocs, 1)}; documents ${hash.digest('hex').slice(0, 16)}`,
    );
  } finally {
    await ctx.close();
    await server.stop();
  }
}
