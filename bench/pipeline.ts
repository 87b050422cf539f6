/**
 * The whole pipeline against a baseline crawler, on local synthetic news sites.
 *
 *   npx tsx bench/pipeline.ts [--pages 2000] [--hosts 50] [--workers 1,2,4] [--rounds 3]
 *     [--concurrency 8] [--baseline-concurrency 8] [--per-host 4]
 *     [--dom linkedom,linkedom-patched|jsdom|all] [--max-run-secs 60] [--skip-embedded] [--skip-crawlee]
 *     [--cpu-threads N] [--pin-cores] [--cpu-prof DIR] [--redis-commands] [--sample-lock]
 *     [--keep-output FILE]
 *
 * Fixture: `--pages` article pages (50–150 KB of realistic page furniture, text
 * varied per page) over `--hosts` outlets, one loopback address each, each
 * with an RSS feed and a robots.txt (bench/fixtures-*.ts).
 *
 * Runs, one after the other in this process's run, `--rounds` times over (the
 * contenders interleaved, so a slow spell of a shared machine hits all of them):
 * - Crawlee's CheerioCrawler + plain Readability (the baseline; no dedup, no claims),
 *   on linkedom as installed (`linkedom`), on the project's linkedom with its
 *   patch (`linkedom-patched`, see patches/), or on jsdom; the fastest of them
 *   is the one the ratios are taken against;
 * - wirewatch's distributed mode with 1, 2, 4 worker processes (`--workers`),
 *   fresh Redis per run: pages/s from the first feed request until every
 *   document is on the output queue, or the documents published within
 *   `--max-run-secs` (the table says "capped");
 * - wirewatch's embedded mode (`run --once`, one process, SQLite state).
 * Every contender runs as its own child process; this process only serves
 * the sites. Politeness is the same for all: no per-host delay; wirewatch also
 * keeps at most `--per-host` requests in flight per host, Crawlee has no such cap.
 *
 * Prints, for each round, pages/s, the ratio wirewatch / Crawlee, CPU seconds per
 * 1,000 pages (less sensitive than wall time to other load on a shared machine)
 * and the scaling over worker counts; then each contender's median over the
 * rounds and the median of the rounds' ratios (one run's ratio moves by ±10%
 * on this kind of machine). `--pin-cores` pins worker process i (every
 * thread) to core i mod cores, so that with `--cpu-threads 1` each process has
 * a core of its own and the scaling over processes shows (Redis and the sites
 * stay unpinned and share the cores). `--cpu-prof DIR` profiles the first distributed
 * run of the first round, or the embedded run with `--workers 0` (every thread), and prints the
 * top functions by self time. `--redis-commands` prints Redis commands, bytes,
 * memory by key family and time per page; `--sample-lock` the share of the run
 * the story lock was held and the mean hold time of a decision.
 * The command is built (dist/, `npm run build`) before anything runs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { stringify as toYaml } from 'yaml';
import { startTestRedis } from '../test/helpers/redis-server.js';
import { spawnWirewatch, waitReady, type WirewatchProcess } from '../test/helpers/wirewatch-process.js';
import { QUEUE, STAGE_NAMES } from '../workers/queues.js';
import { startNewsSites, type NewsSites } from './fixtures-server.js';
import { CpuSampler, load1, summarizeProfiles } from './pipeline-procs.js';

const here = dirname(fileURLToPath(import.meta.url));
const CRAWLEE_DIR = join(here, '.crawlee');
const CRAWLEE_SCRIPT = join(here, 'crawlee-pipeline.mjs');
const CRAWLEE_PACKAGES = ['crawlee@3', '@mozilla/readability', 'jsdom', 'linkedom'];
const PREFIX = 'wirewatch';
/** A run that makes no progress for this long is stopped and reported as such. */
const STALL_MS = 30_000;
const POLL_OUTPUT_EVERY_MS = 100;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}
const flag = (name: string): boolean => process.argv.includes(name);

const PAGES = Number(arg('--pages', '2000'));
const HOSTS = Number(arg('--hosts', '50'));
const WORKER_COUNTS = arg('--workers', '1,2,4')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
/** Jobs in flight per stage of a worker process: a fetch job of a process running every stage carries its page to the output, so this is pages in flight, like the baseline's. */
const CONCURRENCY = Number(arg('--concurrency', '8'));
const BASELINE_CONCURRENCY = Number(arg('--baseline-concurrency', '8'));
const PER_HOST = Number(arg('--per-host', '4'));
const BASELINE_DOMS = ['linkedom', 'linkedom-patched', 'jsdom'];
const DOMS = arg('--dom', 'linkedom,linkedom-patched') === 'all' ? BASELINE_DOMS : arg('--dom', 'linkedom,linkedom-patched').split(',');
if (DOMS.some((d) => !BASELINE_DOMS.includes(d))) throw new Error(`--dom takes ${BASELINE_DOMS.join(', ')} (comma-separated) or all`);
/** A distributed run stops here and reports the rate reached so far (a slow pipeline must not hold the bench for an hour). */
const MAX_RUN_SECS = Number(arg('--max-run-secs', '60'));
/** The whole sequence of runs, this many times; the summary takes medians over them. */
const ROUNDS = Math.max(1, Number(arg('--rounds', '3')));
/** `crawler.cpuThreads` of every wirewatch process; default: wirewatch's own (one per core, at most the concurrency). */
const CPU_THREADS = process.argv.includes('--cpu-threads') ? Number(arg('--cpu-threads', '1')) : null;
const PIN_CORES = flag('--pin-cores');
const CPU_PROF_DIR = process.argv.includes('--cpu-prof') ? resolve(arg('--cpu-prof', 'bench-profiles')) : null;

interface RunResult {
  name: string;
  pages: number;
  seconds: number;
  cpuSeconds: number;
  note: string;
}

const pagesPerSec = (r: RunResult): number => r.pages / r.seconds;

function ensureCrawlee(): void {
  if (existsSync(join(CRAWLEE_DIR, 'node_modules/crawlee/package.json'))) return;
  console.log(`installing ${CRAWLEE_PACKAGES.join(' ')} into ${CRAWLEE_DIR} (bench only, not a project dependency)...`);
  mkdirSync(CRAWLEE_DIR, { recursive: true });
  if (!existsSync(join(CRAWLEE_DIR, 'package.json'))) writeFileSync(join(CRAWLEE_DIR, 'package.json'), '{"name":"wirewatch-bench-crawlee","private":true}\n');
  const done = spawnSync('npm', ['install', '--prefix', CRAWLEE_DIR, '--no-audit', '--no-fund', ...CRAWLEE_PACKAGES], { stdio: 'inherit' });
  if (done.status !== 0) throw new Error('npm install of the Crawlee baseline failed');
}

function writeConfig(dir: string, sites: NewsSites): string {
  const file = join(dir, 'feeds.yaml');
  const config = {
    dataDir: join(dir, 'data'),
    outDir: join(dir, 'out'),
    crawler: {
      concurrency: BASELINE_CONCURRENCY,
      perHost: { maxInFlight: PER_HOST, minDelayMs: 0 },
      allowPrivate: { cidrs: ['127.0.0.0/8'] },
      ...(CPU_THREADS !== null ? { cpuThreads: CPU_THREADS } : {}),
    },
    // One poll per feed in a run: the scheduler's first job runs at once, the next one after the bench.
    feeds: sites.feedUrls.map((url, i) => ({ id: `bench-${i}`, url, kind: 'rss', render: 'http', pollIntervalSecs: 3600 })),
  };
  writeFileSync(file, toYaml(config));
  return file;
}

/** Seconds from the first request the sites saw to `endAt` (performance.now()). */
function elapsedSince(sites: NewsSites, endAt: number): number {
  const start = sites.stats.firstRequestAt;
  if (start === null) throw new Error('the sites saw no request');
  return (endAt - start) / 1000;
}

function servedNote(sites: NewsSites): string {
  const s = sites.stats;
  const repeats = s.articles - s.distinctArticles.size;
  return `${s.distinctArticles.size} pages fetched${repeats > 0 ? ` (+${repeats} repeats)` : ''}, ${s.robots} robots.txt`;
}

async function runCrawlee(sites: NewsSites, dom: string): Promise<RunResult> {
  sites.resetStats();
  const cpu = new CpuSampler(() => sites.stats.firstRequestAt !== null);
  const options = {
    feeds: sites.feedUrls,
    dom: dom === 'jsdom' ? 'jsdom' : 'linkedom',
    concurrency: BASELINE_CONCURRENCY,
    packagesDir: CRAWLEE_DIR,
    ...(dom === 'linkedom-patched' ? { linkedomDir: join(here, '..') } : {}),
  };
  const child = spawn(process.execPath, [CRAWLEE_SCRIPT, JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'pipe'] });
  cpu.watch(child.pid);
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const done = await new Promise<{ articles: number; empty: number; failed: number; at: number }>((res, rej) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{"done"'));
      if (line) res({ ...(JSON.parse(line) as { articles: number; empty: number; failed: number }), at: performance.now() });
    });
    child.once('exit', (code) => rej(new Error(`crawlee baseline exited ${code}:\n${err.slice(-2000)}`)));
  });
  const seconds = elapsedSince(sites, done.at);
  const cpuSeconds = cpu.totalSeconds();
  cpu.stop();
  await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
  return {
    name: `Crawlee CheerioCrawler + Readability (${dom}), concurrency ${BASELINE_CONCURRENCY}`,
    pages: done.articles,
    seconds,
    cpuSeconds,
    note: `${servedNote(sites)}; ${done.failed} failed, ${done.empty} empty`,
  };
}

/** The commands that took most of Redis's time, µs per published page (`INFO commandstats`). */
function topCommands(commandstats: string, pages: number): string {
  const rows = [...commandstats.matchAll(/^cmdstat_([^:]+):calls=(\d+),usec=(\d+)/gm)].map((m) => ({
    name: m[1] ?? '',
    calls: Number(m[2]),
    usec: Number(m[3]),
  }));
  rows.sort((a, b) => b.usec - a.usec);
  return rows
    .slice(0, 8)
    .map((r) => `${r.name} ${(r.usec / Math.max(1, pages)).toFixed(0)} (${(r.calls / Math.max(1, pages)).toFixed(1)} calls)`)
    .join(', ');
}

/**
 * Commands, network bytes each way and memory left in Redis per published page
 * (`INFO stats` / `INFO memory`; the slow log's own traffic is not counted, as
 * it is read after).
 */
async function redisBytes(client: Redis, pages: number): Promise<string> {
  const info = (await client.info('stats')) + (await client.info('memory'));
  const field = (name: string): number => Number(new RegExp(`^${name}:(\\d+)`, 'm').exec(info)?.[1] ?? 0);
  const per = (x: number): string => (x / Math.max(1, pages)).toFixed(0);
  return `${per(field('total_commands_processed'))} commands, ${per(field('total_net_input_bytes'))} B in, ${per(field('total_net_output_bytes'))} B out, ${per(field('used_memory'))} B of memory (slow log included)`;
}

/**
 * Memory of the keys left after the run, per published page, by key family
 * (ids cut off, as in topScripts): what the dedup state and the queues keep,
 * apart from the slow log this mode fills.
 */
async function memoryByKeyFamily(client: Redis, pages: number): Promise<string> {
  const byFamily = new Map<string, number>();
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'COUNT', 1000);
    cursor = next;
    const sizes = await Promise.all(keys.map((k) => client.memory('USAGE', k, 'SAMPLES', '0')));
    for (const [i, key] of keys.entries()) {
      const family = key.replace(/[0-9a-f]{8,}|\d+/g, '#');
      byFamily.set(family, (byFamily.get(family) ?? 0) + Number(sizes[i] ?? 0));
    }
  } while (cursor !== '0');
  const rows = [...byFamily].sort((a, b) => b[1] - a[1]).slice(0, 12);
  const total = [...byFamily.values()].reduce((a, b) => a + b, 0);
  const per = (x: number): string => (x / Math.max(1, pages)).toFixed(0);
  return `${per(total)} B in keys (${rows.map(([family, bytes]) => `${family} ${per(bytes)}`).join(', ')})`;
}

/** Redis keeps every command in its slow log while `--redis-commands` runs (threshold 0). */
async function logEveryCommand(client: Redis): Promise<void> {
  await client.config('SET', 'slowlog-log-slower-than', '0');
  await client.config('SET', 'slowlog-max-len', '1000000');
  await client.slowlog('RESET');
  // Counts start with the crawl, after the workers' start-up commands.
  await client.config('RESETSTAT');
}

/**
 * Scripts (EVALSHA) by Redis time, µs per published page, from the slow log:
 * a script is named by its first key with ids cut off (BullMQ's queue keys,
 * the dedup store's keys), since Redis keeps only its SHA.
 */
async function topScripts(client: Redis, pages: number): Promise<string> {
  const entries = (await client.slowlog('GET', -1)) as [number, number, number, string[]][];
  const byScript = new Map<string, { usec: number; calls: number }>();
  for (const [, , usec, args] of entries) {
    if ((args[0] ?? '').toLowerCase() !== 'evalsha') continue;
    const key = (args[3] ?? '?').replace(/[0-9a-f]{8,}|\d+/g, '#');
    const name = `${(args[1] ?? '').slice(0, 6)}(${args[2] ?? '?'} keys, ${key})`;
    const row = byScript.get(name) ?? { usec: 0, calls: 0 };
    row.usec += usec;
    row.calls++;
    byScript.set(name, row);
  }
  const rows = [...byScript].sort((a, b) => b[1].usec - a[1].usec).slice(0, 10);
  return rows.map(([name, r]) => `${name} ${(r.usec / Math.max(1, pages)).toFixed(0)} (${(r.calls / Math.max(1, pages)).toFixed(1)} calls)`).join(', ');
}

async function stageCounts(client: Redis): Promise<{ busy: number; failed: number }> {
  let busy = 0;
  let failed = 0;
  for (const stage of STAGE_NAMES) {
    const q = new Queue(QUEUE[stage], { connection: client, prefix: PREFIX });
    const c = await q.getJobCounts('active', 'waiting', 'delayed', 'prioritized', 'failed');
    // Poll jobs of the job schedulers wait as delayed until their next run.
    busy += (c.active ?? 0) + (c.waiting ?? 0) + (c.prioritized ?? 0) + (stage === 'poll' ? 0 : (c.delayed ?? 0));
    failed += c.failed ?? 0;
  }
  return { busy, failed };
}

function pinToCore(pid: number | undefined, core: number): void {
  if (pid === undefined) return;
  const done = spawnSync('taskset', ['-a', '-p', '-c', String(core), String(pid)], { encoding: 'utf8' });
  if (done.status !== 0) throw new Error(`taskset failed (--pin-cores needs util-linux's taskset): ${done.stderr || done.error?.message}`);
}

/** How often `--sample-lock` reads the story lock key. */
const LOCK_SAMPLE_EVERY_MS = 2;

/**
 * `--sample-lock`: reads whether the dedup store's story lock key exists every
 * few milliseconds on a connection of its own, for the share of the run the lock
 * was held. Every published document took one story decision under it, so held
 * time / documents is the mean hold time of a decision, and its inverse the most
 * decisions a second the lock lets through, whatever the number of workers.
 */
class LockSampler {
  #held = 0;
  #samples = 0;
  #running = true;
  readonly #done: Promise<void>;

  constructor(redisUrl: string, key: string) {
    const probe = new Redis(redisUrl);
    this.#done = (async () => {
      while (this.#running) {
        this.#held += (await probe.exists(key)) === 1 ? 1 : 0;
        this.#samples++;
        await new Promise((r) => setTimeout(r, LOCK_SAMPLE_EVERY_MS));
      }
      probe.disconnect();
    })();
  }

  async stop(seconds: number, decisions: number): Promise<string> {
    this.#running = false;
    await this.#done;
    const share = this.#held / Math.max(1, this.#samples);
    const holdMs = (share * seconds * 1000) / Math.max(1, decisions);
    return `story lock held ${(share * 100).toFixed(0)}% of the run (${this.#samples} samples), about ${holdMs.toFixed(1)} ms a decision over ${decisions} documents: at most ~${(1000 / Math.max(holdMs, 0.001)).toFixed(0)} decisions/s`;
  }
}

async function runDistributed(sites: NewsSites, configFile: string, workers: number, profileDir: string | null): Promise<RunResult> {
  sites.resetStats();
  const redis = await startTestRedis();
  const client = new Redis({ path: redis.socketPath, maxRetriesPerRequest: null });
  const output = new Queue(QUEUE.output, { connection: client, prefix: PREFIX });
  const procs: WirewatchProcess[] = [];
  const cpu = new CpuSampler(() => sites.stats.firstRequestAt !== null);
  let lockSampler: LockSampler | null = null;
  try {
    const nodeFlags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
    for (let i = 0; i < workers; i++)
      procs.push(spawnWirewatch(['worker', '-c', configFile, '--redis', redis.url, '--concurrency', String(CONCURRENCY)], {}, nodeFlags));
    await Promise.all(procs.map((p) => waitReady(p, 60_000)));
    // Every thread exists once ready (the pool is warm), and threads started later inherit the mask.
    if (PIN_CORES) for (const [i, p] of procs.entries()) pinToCore(p.child.pid, i % availableParallelism());
    for (const p of procs) cpu.watch(p.child.pid);
    sites.resetStats();
    if (flag('--redis-commands')) await logEveryCommand(client);
    if (flag('--sample-lock')) lockSampler = new LockSampler(redis.url, `${PREFIX}:d:lock`);
    const scheduler = spawnWirewatch(['scheduler', '--once', '-c', configFile, '--redis', redis.url]);
    const code = await scheduler.exited;
    if (code !== 0) throw new Error(`scheduler exited ${code}:\n${scheduler.output()}`);
    let count = 0;
    let lastChangeAt = performance.now();
    let endAt = performance.now();
    let note = '';
    for (;;) {
      const c = await output.getJobCounts('waiting', 'active', 'completed', 'delayed', 'prioritized');
      const now = Object.values(c).reduce((a, b) => a + (b ?? 0), 0);
      if (now !== count) {
        count = now;
        lastChangeAt = endAt = performance.now();
      }
      if (count >= PAGES) break;
      if (performance.now() - (sites.stats.firstRequestAt ?? performance.now()) > MAX_RUN_SECS * 1000) {
        endAt = performance.now();
        note = `CAPPED after ${MAX_RUN_SECS} s with ${count}/${PAGES} documents; `;
        break;
      }
      if (performance.now() - lastChangeAt > STALL_MS) {
        const stages = await stageCounts(client);
        note = `STALLED at ${count}/${PAGES} documents (${stages.busy} jobs still queued, ${stages.failed} failed); `;
        break;
      }
      await new Promise((r) => setTimeout(r, POLL_OUTPUT_EVERY_MS));
    }
    const seconds = elapsedSince(sites, endAt);
    const cpuSeconds = cpu.totalSeconds();
    const lockNote = lockSampler ? `; ${await lockSampler.stop(seconds, count)}` : '';
    const info = await client.info('cpu');
    const redisCpu = ['used_cpu_sys', 'used_cpu_user'].reduce((a, k) => a + Number(new RegExp(`${k}:([\\d.]+)`).exec(info)?.[1] ?? 0), 0);
    const { failed } = await stageCounts(client);
    note += `${servedNote(sites)}; ${failed} failed jobs; Redis ${redisCpu.toFixed(1)} CPU s${lockNote}`;
    if (flag('--redis-commands')) {
      // Read before the memory scan, whose MEMORY USAGE calls would count as the run's commands.
      const counts = await redisBytes(client, count);
      const commands = topCommands(await client.info('commandstats'), count);
      const scripts = await topScripts(client, count);
      note += `; Redis per page: ${counts}, ${await memoryByKeyFamily(client, count)}; µs per page by command: ${commands}; by script: ${scripts}`;
    }
    return {
      name: `wirewatch distributed, ${workers} worker${workers > 1 ? 's' : ''} × concurrency ${CONCURRENCY}${PIN_CORES ? ', each pinned to one core' : ''}${CPU_THREADS !== null ? `, ${CPU_THREADS} CPU thread${CPU_THREADS > 1 ? 's' : ''}` : ''}`,
      pages: count,
      seconds,
      cpuSeconds: cpuSeconds + redisCpu,
      note,
    };
  } finally {
    cpu.stop();
    await lockSampler?.stop(0, 0);
    await Promise.all(procs.map((p) => p.kill('SIGTERM')));
    await output.close();
    client.disconnect();
    await redis.stop();
  }
}

async function runEmbedded(sites: NewsSites, configFile: string, profileDir: string | null): Promise<RunResult> {
  sites.resetStats();
  const cpu = new CpuSampler(() => sites.stats.firstRequestAt !== null);
  const nodeFlags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const p = spawnWirewatch(['run', '--once', '-c', configFile, '--json'], {}, nodeFlags);
  cpu.watch(p.child.pid);
  const code = await p.exited;
  const endAt = performance.now();
  if (code !== 0) throw new Error(`embedded run exited ${code}:\n${p.output().slice(-2000)}`);
  const cpuSeconds = cpu.totalSeconds();
  cpu.stop();
  const outFile = join(dirname(configFile), 'out', 'articles.ndjson');
  const docs = existsSync(outFile) ? readFileSync(outFile, 'utf8').split('\n').filter(Boolean).length : 0;
  // A copy of the output documents, to compare two builds' output (bench/compare-documents.ts).
  const keep = arg('--keep-output', '');
  if (keep !== '' && existsSync(outFile)) copyFileSync(outFile, resolve(keep));
  return {
    name: `wirewatch embedded (run --once), concurrency ${BASELINE_CONCURRENCY}`,
    pages: docs,
    seconds: elapsedSince(sites, endAt),
    cpuSeconds,
    note: servedNote(sites),
  };
}

const fmt = (n: number, digits = 1): string => n.toFixed(digits);

function printTable(results: RunResult[], baseline: RunResult | undefined): void {
  console.log('\n| run | documents | seconds | pages/s | vs Crawlee | CPU s / 1k pages |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const ratio = baseline ? `${fmt(pagesPerSec(r) / pagesPerSec(baseline), 2)}×` : '–';
    console.log(`| ${r.name} | ${r.pages} | ${fmt(r.seconds)} | ${fmt(pagesPerSec(r))} | ${ratio} | ${fmt((r.cpuSeconds / r.pages) * 1000)} |`);
  }
  console.log('');
  for (const r of results) console.log(`- ${r.name}: ${r.note}`);
}

interface Round {
  results: RunResult[];
  baselines: RunResult[];
  distributed: Map<number, RunResult>;
}

/** Every contender once: the baselines, wirewatch distributed at each worker count, wirewatch embedded. */
async function runRound(sites: NewsSites, dir: string, profile: boolean): Promise<Round> {
  const round: Round = { results: [], baselines: [], distributed: new Map() };
  const step = async (label: string, run: () => Promise<RunResult>): Promise<RunResult> => {
    process.stdout.write(`${label} (load ${load1()}) ... `);
    const r = await run();
    console.log(`${fmt(pagesPerSec(r))} pages/s, ${r.pages} documents in ${fmt(r.seconds)} s`);
    round.results.push(r);
    return r;
  };
  if (!flag('--skip-crawlee')) for (const dom of DOMS) round.baselines.push(await step(`crawlee + readability/${dom}`, () => runCrawlee(sites, dom)));
  for (const n of WORKER_COUNTS) {
    const runDir = mkdtempSync(join(dir, `dist-${n}-`));
    const profileDir = profile && CPU_PROF_DIR && n === WORKER_COUNTS[0] ? CPU_PROF_DIR : null;
    if (profileDir) mkdirSync(profileDir, { recursive: true });
    round.distributed.set(n, await step(`wirewatch distributed, ${n} worker(s)`, () => runDistributed(sites, writeConfig(runDir, sites), n, profileDir)));
  }
  if (!flag('--skip-embedded')) {
    const runDir = mkdtempSync(join(dir, 'embedded-'));
    // Profiled when no distributed run is.
    const profileDir = profile && CPU_PROF_DIR && WORKER_COUNTS.length === 0 ? CPU_PROF_DIR : null;
    if (profileDir) mkdirSync(profileDir, { recursive: true });
    await step('wirewatch embedded', () => runEmbedded(sites, writeConfig(runDir, sites), profileDir));
  }
  return round;
}

/** The strongest baseline of a round is the one to beat. */
const bestOf = (runs: Iterable<RunResult>): RunResult | undefined => [...runs].sort((a, b) => pagesPerSec(b) - pagesPerSec(a))[0];

function printRound(round: Round, cores: number): void {
  const baseline = bestOf(round.baselines);
  printTable(round.results, baseline);
  const one = round.distributed.get(1);
  if (one) {
    const scaling = [...round.distributed.entries()]
      .map(([n, r]) => `${n}: ${fmt(pagesPerSec(r) / pagesPerSec(one), 2)}× (ideal ${Math.min(n, cores)}×)`)
      .join(', ');
    console.log(`\nscaling over worker processes, relative to 1: ${scaling}; ${cores} cores, so throughput cannot grow past ${cores}×`);
  }
  const best = bestOf(round.distributed.values());
  if (baseline && best) console.log(`best wirewatch / Crawlee: ${fmt(pagesPerSec(best) / pagesPerSec(baseline), 2)}× (target ≥ 1.5×) — ${best.name}`);
}

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** Each contender's median over the rounds, and the median of the rounds' own ratios. */
function printSummary(rounds: Round[], cores: number): void {
  console.log(`\n### median of ${rounds.length} rounds\n`);
  const names = [...new Set(rounds.flatMap((r) => r.results.map((x) => x.name)))];
  const baselineMedian = median(
    rounds
      .map((r) => bestOf(r.baselines))
      .filter((b): b is RunResult => b !== undefined)
      .map(pagesPerSec),
  );
  console.log('| run | pages/s per round | median pages/s | vs Crawlee (medians) | median CPU s / 1k pages |');
  console.log('| --- | --- | ---: | ---: | ---: |');
  for (const name of names) {
    const runs = rounds.flatMap((r) => r.results.filter((x) => x.name === name));
    const rate = median(runs.map(pagesPerSec));
    const ratio = Number.isFinite(baselineMedian) ? `${fmt(rate / baselineMedian, 2)}×` : '–';
    console.log(
      `| ${name} | ${runs.map((x) => fmt(pagesPerSec(x))).join(', ')} | ${fmt(rate)} | ${ratio} | ${fmt(median(runs.map((x) => (x.cpuSeconds / x.pages) * 1000)))} |`,
    );
  }
  const ratios = rounds.flatMap((r) => {
    const baseline = bestOf(r.baselines);
    const best = bestOf(r.distributed.values());
    return baseline && best ? [pagesPerSec(best) / pagesPerSec(baseline)] : [];
  });
  if (ratios.length > 0) {
    console.log(
      `\nbest wirewatch distributed / Crawlee, per round: ${ratios.map((x) => `${fmt(x, 2)}×`).join(', ')}; median ${fmt(median(ratios), 2)}× (target ≥ 1.5×)`,
    );
  }
  const ones = rounds.map((r) => r.distributed.get(1)).filter((x): x is RunResult => x !== undefined);
  if (ones.length > 0) {
    const scaling = WORKER_COUNTS.map((n) => {
      const perRound = rounds.flatMap((r) => {
        const one = r.distributed.get(1);
        const run = r.distributed.get(n);
        return one && run ? [pagesPerSec(run) / pagesPerSec(one)] : [];
      });
      return `${n}: ${fmt(median(perRound), 2)}× (ideal ${Math.min(n, cores)}×)`;
    });
    console.log(`scaling over worker processes, median of the rounds' ratios to 1 worker: ${scaling.join(', ')}`);
  }
}

/**
 * Builds dist/ first, as `npm ci` does: bin/wirewatch.js runs the sources through tsx
 * when the build is missing or older than a source, and so do the CPU threads, which
 * measured 29 CPU s per 1,000 pages embedded against 21.6 for the same code built.
 */
function buildCommand(): void {
  const done = spawnSync(process.execPath, [join(here, '..', 'scripts', 'build.mjs')], { encoding: 'utf8' });
  if (done.status !== 0) throw new Error(`npm run build failed:\n${done.stderr}`);
}

async function main(): Promise<void> {
  ensureCrawlee();
  buildCommand();
  const cores = availableParallelism();
  console.log(`machine: ${cores} cores (nproc ${spawnSync('nproc', { encoding: 'utf8' }).stdout.trim()}), load ${load1()}, node ${process.version}`);
  const t0 = performance.now();
  const sites = await startNewsSites({ pages: PAGES, hosts: HOSTS });
  const sizes = [...sites.sites.bodies.entries()].filter(([k]) => !k.endsWith('.xml') && !k.endsWith('.txt')).map(([, v]) => v.body.length);
  console.log(
    `fixture: ${PAGES} pages over ${HOSTS} hosts (127.0.0.10..${9 + HOSTS}:${sites.port}), ${fmt(sites.sites.pageBytes / PAGES / 1024)} KB/page on average (${fmt(Math.min(...sizes) / 1024)}–${fmt(Math.max(...sizes) / 1024)} KB), built in ${fmt((performance.now() - t0) / 1000)} s`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'wirewatch-bench-pipeline-'));
  const rounds: Round[] = [];
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      if (ROUNDS > 1) console.log(`\nround ${round} of ${ROUNDS}`);
      rounds.push(await runRound(sites, dir, round === 1));
    }
  } finally {
    await sites.close();
    rmSync(dir, { recursive: true, force: true });
  }
  rounds.forEach((r, i) => {
    if (ROUNDS > 1) console.log(`\n### round ${i + 1}`);
    printRound(r, cores);
  });
  if (ROUNDS > 1) printSummary(rounds, cores);
  if (CPU_PROF_DIR) {
    const summary = summarizeProfiles(CPU_PROF_DIR);
    console.log(
      `\nCPU profile of the ${WORKER_COUNTS.length > 0 ? `${WORKER_COUNTS[0]}-worker` : 'embedded'} run (${summary.files} threads in ${CPU_PROF_DIR}), self time (waits excluded) by area:`,
    );
    for (const line of summary.areas) console.log(line);
    console.log('by function:');
    for (const line of summary.functions) console.log(line);
  }
}

await main();
