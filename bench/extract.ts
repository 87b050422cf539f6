/**
 * The extraction benchmark: our extractor against plain Readability.js on jsdom
 * and on linkedom, over the whole shared dev set, in one run.
 *
 *   npx tsx bench/extract.ts [--passes N] [--limit N] [--worst N] [--misses date,title,authors] [--skip-jsdom] [--data DIR]
 *
 * Quality: each extractor's first pass (the warm-up) writes {"id","body"} lines
 * that the shared scorer grades (F1 / P / R / accuracy). Speed: pages/s is the
 * median of N timed passes after the warm-up; ours, Readability on linkedom and
 * the parse take turns on each page so that load from other processes falls on
 * all of them alike, and the jsdom baseline runs its own passes afterwards. The
 * bare htmlparser2 parse of the same pages is the floor no DOM-based extractor
 * can beat. Ratios are ours / baseline, measured in this run: absolute numbers
 * move with the machine, ratios much less.
 *
 * The data set is for internal use: it is read in place from ../shared and
 * never copied into this repository.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { Readability } from '@mozilla/readability';
import { parseDocument as parseWithHtmlparser2 } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { isStrictIso8601 } from '../pipeline/extract/date-parse.js';
import { extractArticle, EXTRACTOR_VERSION } from '../pipeline/extract/index.js';
import { emptyScore, scoreMetadata, share, type MetadataGuess, type MetadataScore } from './extract-metadata.js';
import { argValue, openDevSet } from './extraction-dev-set.js';

const devSet = openDevSet();
const { scorer, truthFile } = devSet;
const limit = Number(argValue('--limit') ?? Infinity);
const passes = Math.max(1, Number(argValue('--passes') ?? 3));
const worstCount = Number(argValue('--worst') ?? 0);
const skipJsdom = process.argv.includes('--skip-jsdom');
/** Metadata fields whose misses by our extractor are listed page by page (truth beside ours). */
const missFields = new Set(
  (argValue('--misses') ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean),
);

interface Page {
  id: string;
  url: string;
  title: string;
  authors: string;
  date: string;
  html: string;
}

const pages: Page[] = devSet.truth<Omit<Page, 'html'>>().map((t) => ({ ...t, html: devSet.html(t.id) }));

/** What one extractor says about a page: body text and, when it reads them, metadata. */
type Output = { body: string; modifiedAt?: string | null } & Partial<MetadataGuess>;

interface Runner {
  name: string;
  /** Part of the quality table; the parse floor only has a speed. */
  scored: boolean;
  run(page: Page): Output;
  /** Untimed housekeeping before a page's timed run. */
  prepare?(): void;
}

/**
 * Readability on jsdom, run in a worker thread that is replaced every
 * JSDOM_PAGES_PER_WORKER pages. jsdom leaks: each JSDOM keeps its vm context
 * alive after window.close() (jsdom issues #1682, #1665), and 4 passes over
 * 421 pages in one heap grew past 11 GB. A worker's heap goes with the worker.
 * Calls stay synchronous (Atomics.wait, then receiveMessageOnPort), so jsdom
 * still takes its turn on each page between the other extractors; the hand-off
 * costs well under a millisecond against jsdom's tens of milliseconds a page.
 */
const JSDOM_PAGES_PER_WORKER = 100;
const JSDOM_REPLY_TIMEOUT_MS = 120_000;

const JSDOM_WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const { JSDOM, VirtualConsole } = require(workerData.jsdomPath);
const { Readability } = require(workerData.readabilityPath);
const { port, signal } = workerData;
parentPort.on('message', (page) => {
  let out;
  let dom;
  try {
    // The constructor throws on some pages (its CSS parser): the reply must still go out.
    dom = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() });
    const parsed = new Readability(dom.window.document).parse();
    out = { body: parsed?.textContent ?? '', title: parsed?.title, byline: parsed?.byline, publishedAt: parsed?.publishedTime };
  } catch (err) {
    out = { body: '', error: String(err && err.message) };
  } finally {
    dom?.window.close();
  }
  port.postMessage(out);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;

class JsdomWorker {
  private readonly require = createRequire(import.meta.url);
  private worker: Worker | null = null;
  private port: MessagePort | null = null;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private served = 0;

  /** Starts a fresh worker when none runs or the current one has served its share. */
  prepare(): void {
    if (this.worker && this.served < JSDOM_PAGES_PER_WORKER) return;
    this.close();
    const { port1, port2 } = new MessageChannel();
    this.worker = new Worker(JSDOM_WORKER_SOURCE, {
      eval: true,
      workerData: { jsdomPath: this.require.resolve('jsdom'), readabilityPath: this.require.resolve('@mozilla/readability'), port: port2, signal: this.signal },
      transferList: [port2],
    });
    this.port = port1;
    this.served = 0;
    // Pay the worker's start-up (loading jsdom) here, outside the timed run.
    this.run({ id: 'warm-up', url: 'https://example.com/', title: '', authors: '', date: '', html: '<p>warm-up</p>' });
    this.served = 0;
  }

  run(page: Page): Output {
    if (!this.worker || !this.port) this.prepare();
    Atomics.store(this.signal, 0, 0);
    this.worker?.postMessage({ html: page.html, url: page.url });
    // A worker that dies without replying must not hang the bench.
    if (Atomics.wait(this.signal, 0, 0, JSDOM_REPLY_TIMEOUT_MS) === 'timed-out') {
      this.close();
      throw new Error(`no reply from the jsdom worker within ${JSDOM_REPLY_TIMEOUT_MS} ms`);
    }
    const reply = this.port ? (receiveMessageOnPort(this.port)?.message as (Output & { error?: string }) | undefined) : undefined;
    this.served++;
    if (reply?.error) throw new Error(reply.error);
    return reply ?? { body: '' };
  }

  close(): void {
    void this.worker?.terminate();
    this.port?.close();
    this.worker = null;
    this.port = null;
  }
}

const jsdom = skipJsdom ? null : new JsdomWorker();

function readabilityOutput(doc: unknown): Output {
  const parsed = new Readability(doc as never).parse();
  return { body: parsed?.textContent ?? '', title: parsed?.title, byline: parsed?.byline, publishedAt: parsed?.publishedTime };
}

function oursOutput(p: Page): Output {
  const a = extractArticle({ html: p.html, url: p.url });
  return { body: a.text, title: a.title, byline: a.byline, publishedAt: a.publishedAt, modifiedAt: a.modifiedAt };
}

/** The runners timed together, taking turns on each page. */
const sharedRunners: Runner[] = [
  { name: 'ours', scored: true, run: oursOutput },
  { name: 'readability-linkedom', scored: true, run: (p) => readabilityOutput(parseHTML(p.html).document) },
  { name: 'htmlparser2-parse', scored: false, run: (p) => (parseWithHtmlparser2(p.html), { body: '' }) },
];

/** Ours timed again beside jsdom: the speed ratio against jsdom comes from this phase only. */
const OURS_BESIDE_JSDOM = 'ours-beside-jsdom';

/**
 * The jsdom baseline runs in a phase of its own, after the shared passes: its
 * worker's heap (hundreds of MB, collected by V8's background GC threads) and
 * the worker restarts take CPU from whatever runs beside them, and on 2 shared
 * cores that landed on the next runner's timing (ours fell from 1.09x to 0.94x
 * of linkedom when jsdom took turns with it). Ours takes turns with jsdom again
 * in that phase, so that ratio too compares turns on the same pages in the same
 * window (load on the machine changes between phases); ours is slowed there by
 * the interference, so that ratio errs against us.
 */
const isolatedRunners: Runner[] = jsdom
  ? [
      { name: OURS_BESIDE_JSDOM, scored: false, run: oursOutput },
      { name: 'readability-jsdom', scored: true, run: (p: Page) => jsdom.run(p), prepare: () => jsdom.prepare() },
    ]
  : [];

/** Table order: ours, the baselines, the parse floor. */
const runners: Runner[] = [...sharedRunners.slice(0, 2), ...isolatedRunners.filter((r) => r.scored), ...sharedRunners.slice(2)];

function runOne(runner: Runner, p: Page): Output {
  try {
    return runner.run(p);
  } catch (err) {
    console.error(`${runner.name} ${p.id}: ${(err as Error).message}`);
    return { body: '' };
  }
}

/**
 * A full collection, untimed, between passes (V8's gc exposed at run time): the
 * old-generation garbage of one pass is not left to be collected in the middle
 * of the next, inside whichever runner's turn the collector happens to pick.
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** How long to wait after a pass for the observer to deliver its GC entries. */
const GC_ENTRY_WAIT_MS = 50;

/** Garbage-collection pauses (main thread) seen during a pass, by start time. */
const gcPauses: { start: number; ms: number }[] = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcPauses.push({ start: e.startTime, ms: e.duration });
});
gcObserver.observe({ entryTypes: ['gc'] });

/** The GC pause time that started inside each runner's turns, by runner. */
function gcByRunner(turns: readonly Turn[]): Map<string, number> {
  const byRunner = new Map<string, number>();
  let t = 0;
  for (const pause of gcPauses.sort((a, b) => a.start - b.start)) {
    while (t < turns.length && (turns[t]?.end ?? 0) < pause.start) t++;
    const turn = turns[t];
    if (turn && turn.start <= pause.start) byRunner.set(turn.name, (byRunner.get(turn.name) ?? 0) + pause.ms);
  }
  return byRunner;
}

interface Turn {
  name: string;
  start: number;
  end: number;
}

/**
 * One timed pass: for each page, every runner of the group in turn. Interleaving
 * per page (not per runner) makes load from other processes on a shared machine
 * fall on all runners alike, so the ratios hold even when the absolute numbers swing.
 * The order of the turns rotates from page to page, so each runner follows each
 * other one equally often: whatever a turn leaves behind (garbage, cold caches)
 * is paid by all runners alike, not always by the one after the allocating one.
 */
function timedPass(group: readonly Runner[]): { ms: Map<string, number>; turns: Turn[] } {
  const ms = new Map(group.map((r) => [r.name, 0]));
  const turns: Turn[] = [];
  pages.forEach((p, i) => {
    for (let k = 0; k < group.length; k++) {
      const r = group[(i + k) % group.length];
      if (!r) continue;
      r.prepare?.();
      const started = performance.now();
      runOne(r, p);
      const ended = performance.now();
      ms.set(r.name, (ms.get(r.name) ?? 0) + ended - started);
      turns.push({ name: r.name, start: started, end: ended });
    }
  });
  return { ms, turns };
}

/** A group's warm-up (JIT and caches settle; these outputs are the ones scored), then its timed passes. */
async function runPhase(group: readonly Runner[], warm: Map<string, Output[]>, timings: Map<string, number[]>, gcMs: Map<string, number[]>): Promise<void> {
  for (const r of group) warm.set(r.name, []);
  for (const p of pages) {
    for (const r of group) {
      r.prepare?.();
      warm.get(r.name)?.push(runOne(r, p));
    }
  }
  for (const r of group) {
    timings.set(r.name, []);
    gcMs.set(r.name, []);
  }
  for (let i = 0; i < passes; i++) {
    collectGarbage();
    await new Promise((resolve) => setImmediate(resolve));
    gcPauses.length = 0;
    const { ms, turns } = timedPass(group);
    // GC entries reach the observer asynchronously (after a timer turn, not an immediate): wait before reading them.
    await new Promise((resolve) => setTimeout(resolve, GC_ENTRY_WAIT_MS));
    const byRunner = gcByRunner(turns);
    for (const r of group) {
      timings.get(r.name)?.push(ms.get(r.name) ?? 0);
      gcMs.get(r.name)?.push(byRunner.get(r.name) ?? 0);
    }
  }
}

interface Scored {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  worst: { id: string; url: string; f1: number; precision: number; recall: number }[];
}

const workDir = mkdtempSync(join(tmpdir(), 'wirewatch-bench-extract-'));
// With --limit the scorer must see only the pages run, or the rest count as empty predictions.
const scoredTruthFile = Number.isFinite(limit) ? join(workDir, 'truth.jsonl') : truthFile;
if (scoredTruthFile !== truthFile) {
  writeFileSync(scoredTruthFile, `${readFileSync(truthFile, 'utf8').split('\n').filter(Boolean).slice(0, pages.length).join('\n')}\n`);
}

function score(name: string, outputs: Output[]): Scored {
  const predFile = join(workDir, `${name}.jsonl`);
  writeFileSync(predFile, `${pages.map((p, i) => JSON.stringify({ id: p.id, body: outputs[i]?.body ?? '' })).join('\n')}\n`);
  const args = [scorer, '--truth', scoredTruthFile, '--pred', predFile, '--json', '--bootstrap', '0', '--worst', String(Math.max(worstCount, 1))];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`scorer failed on ${name}: ${result.stderr}`);
  return JSON.parse(result.stdout) as Scored;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const fmt = (n: number, digits = 3) => n.toFixed(digits);
const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : `${(a / b).toFixed(2)}×`);

console.log(
  `extractor ${EXTRACTOR_VERSION}: ${pages.length} pages, ${passes} timed passes after a warm-up` +
    (jsdom ? '; the jsdom baseline and ours again in a phase of their own after the others' : ''),
);
const warm = new Map<string, Output[]>();
const timings = new Map<string, number[]>();
const gcMs = new Map<string, number[]>();
await runPhase(sharedRunners, warm, timings, gcMs);
if (isolatedRunners.length > 0) {
  await runPhase(isolatedRunners, warm, timings, gcMs);
  jsdom?.close();
}
gcObserver.disconnect();
const pagesPerSec = new Map([...timings.keys()].map((name) => [name, pages.length / (median(timings.get(name) ?? []) / 1000)]));
const quality = new Map(runners.filter((r) => r.scored).map((r) => [r.name, score(r.name, warm.get(r.name) ?? [])]));

const ours = quality.get('ours');
const oursSpeed = pagesPerSec.get('ours') ?? 0;
console.log('\n| extractor | F1 | P | R | accuracy | pages/s | F1 ours/x | speed ours/x |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of runners) {
  const q = quality.get(r.name);
  const speed = pagesPerSec.get(r.name) ?? 0;
  const cells = q ? [fmt(q.f1), fmt(q.precision), fmt(q.recall), fmt(q.accuracy)] : ['–', '–', '–', '–'];
  const f1Ratio = q && ours ? ratio(ours.f1, q.f1) : '–';
  // Each speed ratio compares runners that took turns in the same phase.
  const oursInPhase = isolatedRunners.includes(r) ? (pagesPerSec.get(OURS_BESIDE_JSDOM) ?? 0) : oursSpeed;
  console.log(`| ${r.name} | ${cells.join(' | ')} | ${fmt(speed, 1)} | ${f1Ratio} | ${ratio(oursInPhase, speed)} |`);
}
// Each pass's speed ratio and the GC pauses that began in each runner's turns: a ratio that swings
// between passes while the GC shares stay put points at the machine's load, not at the collector.
console.log('\nper timed pass: ms per page (GC pause ms per page inside the turns)');
for (let i = 0; i < passes; i++) {
  const cells = [...timings.keys()].map((name) => {
    const ms = (timings.get(name)?.[i] ?? 0) / pages.length;
    const gc = (gcMs.get(name)?.[i] ?? 0) / pages.length;
    return `${name} ${fmt(ms, 2)} (${fmt(gc, 2)})`;
  });
  const oursMs = timings.get('ours')?.[i] ?? 0;
  const linkedomMs = timings.get('readability-linkedom')?.[i] ?? 0;
  console.log(`  pass ${i + 1}: ${cells.join(', ')}; speed ours/readability-linkedom ${ratio(linkedomMs, oursMs)}`);
}
if (isolatedRunners.length > 0) {
  console.log(
    `\nreadability-jsdom ran in a phase of its own, taking turns with ours (${fmt(pagesPerSec.get(OURS_BESIDE_JSDOM) ?? 0, 1)} pages/s there); its speed ratio is against that.`,
  );
}

// Metadata: share of pages with the field exactly right.
const metaRows: [string, MetadataScore][] = [];
const ourMisses: string[] = [];
const truthOf = { title: (p: Page) => p.title, date: (p: Page) => p.date, authors: (p: Page) => p.authors };
const guessOf = { title: (o: Output) => o.title, date: (o: Output) => o.publishedAt, authors: (o: Output) => o.byline };
for (const r of runners.filter((x) => x.scored)) {
  const s = emptyScore();
  (warm.get(r.name) ?? []).forEach((o, i) => {
    const p = pages[i];
    if (!p) return;
    for (const f of scoreMetadata(s, p, { title: o.title, byline: o.byline, publishedAt: o.publishedAt })) {
      if (r.name !== 'ours' || !missFields.has(f)) continue;
      const field = f as keyof typeof truthOf;
      ourMisses.push(`  ${f}  truth ${JSON.stringify(truthOf[field](p))}  ours ${JSON.stringify(guessOf[field](o) ?? null)}  ${p.id}  ${p.url}`);
    }
  });
  metaRows.push([r.name, s]);
}
console.log('\n| extractor | title exact | date same day | authors all found |');
console.log('|---|---|---|---|');
for (const [name, s] of metaRows) {
  const cell = (f: { right: number; counted: number }) => `${fmt(share(f))} (${f.right}/${f.counted})`;
  console.log(`| ${name} | ${cell(s.title)} | ${cell(s.date)} | ${cell(s.authors)} |`);
}

// The schema promises ISO 8601: every date we emit must pass the strict check.
const ourOutputs = warm.get('ours') ?? [];
const emitted = (field: 'publishedAt' | 'modifiedAt') => ourOutputs.map((o) => o[field]).filter((d): d is string => typeof d === 'string');
for (const field of ['publishedAt', 'modifiedAt'] as const) {
  const dates = emitted(field);
  const bad = dates.filter((d) => !isStrictIso8601(d));
  console.log(
    `${field} strict ISO 8601: ${dates.length - bad.length}/${dates.length}${
      bad.length > 0
        ? `  not: ${bad
            .slice(0, 5)
            .map((d) => JSON.stringify(d))
            .join(', ')}`
        : ''
    }`,
  );
}

if (worstCount > 0 && ours) {
  console.log(`\nworst ${worstCount} pages of ours by F1:\n  F1     P      R      id  url`);
  for (const w of ours.worst.slice(0, worstCount)) {
    console.log(`  ${fmt(w.f1)}  ${fmt(w.precision)}  ${fmt(w.recall)}  ${w.id}  ${w.url}`);
  }
}
if (missFields.size > 0) {
  console.log(`\nmetadata misses of ours (${[...missFields].join(', ')}): ${ourMisses.length}`);
  for (const line of ourMisses.sort()) console.log(line);
}
console.log(`\npredictions in ${workDir}`);
