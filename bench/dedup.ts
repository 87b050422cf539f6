/**
 * Dedup index throughput and memory on a synthetic article stream.
 * - In memory: signature + lookup (levels 1–2: features, the atomic claim of text
 *   hash and 41 band buckets (16 + 25), capped candidate verification, the record) at 10k,
 *   100k and 1M articles; the per-article cost at each size divided by the cost at
 *   10k (baseline of the same run) shows whether work grows with the corpus.
 * - On Redis (a private redis-server): the same operation at 10k and 100k (1M with
 *   --redis-1m, ~30 minutes under load), used_memory per stored article, Redis CPU
 *   per article, the encoding of a claim partition and the partition reads (HGETs)
 *   per article that the day filters let through.
 * - The whole stage (URL, copies, rewrites, stories) in memory at 10k, 100k and
 *   1M articles (cost ratio vs 10k; --stage-max=N makes N the last size: 1M takes
 *   about half an hour on a shared core), and at 10k on Redis.
 * docs/s is wall time of this process (the cores are shared, so it is noisy);
 * "per CPU-s" divides by the CPU time this process used, the per-core figure.
 * Run: npm run bench:dedup [-- --redis-1m] [-- --only=memory|redis|stage] [-- --stage-max=100000]
 * (--only=stage: the whole stage in memory alone; runs past 50k print each 50k chunk as it ends.)
 * (node --max-old-space-size=8192 --import tsx bench/dedup.ts: a million records need the heap).
 */
import { cpus, loadavg } from 'node:os';
import { createMemoryDedupStore } from '../pipeline/dedup/index.js';
import { CHUNK, cpuPerDocMs, DOCS_PER_DAY, docsPerCpuSec, docsPerSec, perDocMs, runIndex, runSignatures, runWholeStage, type RunResult } from './dedup-run.js';
import { redisRun, withRedis } from './dedup-redis.js';

const MEMORY_SIZES = [10_000, 100_000, 1_000_000];
const REDIS_SIZES = process.argv.includes('--redis-1m') ? [10_000, 100_000, 1_000_000] : [10_000, 100_000];
const STAGE_SIZE = 10_000;
const STAGE_MAX = Number(process.argv.find((a) => a.startsWith('--stage-max='))?.slice('--stage-max='.length) ?? 1_000_000);
/** The sizes up to --stage-max, and --stage-max itself as the last run when it is not one of them (--stage-max=300000: 10k, 100k, 300k). */
const STAGE_SIZES = [...new Set([...MEMORY_SIZES.filter((n) => n < STAGE_MAX), STAGE_MAX])];
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const WARM_UP = 2_000;

const fmt = (x: number, digits = 0): string => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** One result line; the cost ratios divide the per-article cost by the 10k run's (wall, and CPU). */
function line(label: string, r: RunResult, baseline: RunResult | null, extra = ''): void {
  const ratio =
    baseline === null ? '' : `  cost ratio vs 10k: wall ${fmt(perDocMs(r) / perDocMs(baseline), 2)}, CPU ${fmt(cpuPerDocMs(r) / cpuPerDocMs(baseline), 2)}`;
  console.log(
    `${label.padEnd(34)} ${fmt(docsPerSec(r)).padStart(6)} docs/s  ${fmt(docsPerCpuSec(r)).padStart(6)} docs/CPU-s  ${fmt(cpuPerDocMs(r) * 1000).padStart(5)} CPU-µs/doc${ratio}${extra}`,
  );
}

console.log(
  `node ${process.version}, ${cpus().length} cores, load average ${loadavg()
    .map((l) => fmt(l, 1))
    .join(' ')}; ${fmt(DOCS_PER_DAY)} articles per synthetic day`,
);
await runSignatures(WARM_UP);
await runIndex(createMemoryDedupStore(), WARM_UP);

if (only !== 'redis' && only !== 'stage') await memoryRuns();
if (only !== 'redis') await stageRuns();
if (only !== 'memory' && only !== 'stage') await redisRuns();

async function memoryRuns(): Promise<void> {
  line('signature features only, 10k', await runSignatures(10_000), null);
  let baseline: RunResult | null = null;
  for (const n of MEMORY_SIZES) {
    const r = await runIndex(createMemoryDedupStore(), n);
    line(`memory signature + lookup, ${fmt(n / 1000)}k`, r, baseline, `  duplicates ${fmt(r.duplicates)}`);
    baseline ??= r;
  }
}

/** The whole stage; runs past one chunk print each chunk's cost (vs the 10k run's), heap included, as they go. */
async function stageRuns(): Promise<void> {
  await runWholeStage(createMemoryDedupStore(), WARM_UP);
  let stageBaseline: RunResult | null = null;
  for (const n of STAGE_SIZES) {
    const base = stageBaseline;
    const onChunk =
      n > CHUNK
        ? (chunk: RunResult, done: number): void =>
            line(`  chunk to ${fmt(done / 1000)}k`, chunk, base, `  heap ${fmt(process.memoryUsage().heapUsed / 2 ** 20)} MB`)
        : undefined;
    const r = await runWholeStage(createMemoryDedupStore(), n, undefined, onChunk);
    line(`memory whole stage, ${fmt(n / 1000)}k`, r, stageBaseline);
    stageBaseline ??= r;
  }
}

async function redisRuns(): Promise<void> {
  await withRedis(async (redis) => {
    await redisRun(redis, WARM_UP, 'index');
    let redisBaseline: RunResult | null = null;
    for (const n of REDIS_SIZES) {
      const r = await redisRun(redis, n, 'index');
      const extra = `  ${fmt(r.bytesPerArticle)} B/article  redis CPU ${fmt(r.serverCpuMsPerDoc * 1000)} µs/doc  partition ${r.partitionEncoding}, ${fmt(r.partitionReadsPerDoc, 1)} reads/doc`;
      line(`redis signature + lookup, ${fmt(n / 1000)}k`, r, redisBaseline, extra);
      redisBaseline ??= r;
    }
    const stage = await redisRun(redis, STAGE_SIZE, 'stage');
    line(`redis whole stage, ${fmt(STAGE_SIZE / 1000)}k`, stage, null, `  ${fmt(stage.bytesPerArticle)} B/article (stories, postings, term counts included)`);
  });
}
