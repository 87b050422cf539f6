/**
 * Timed runs of the dedup index over the synthetic stream, for any DedupStore.
 * Only processing is timed: each batch of articles is generated first, untimed.
 */
import { DEFAULT_DEDUP_OPTIONS, dedupArticle, type DedupStore, type StoredArticle } from '../pipeline/dedup/index.js';
import { MAX_BAND_CANDIDATES } from '../pipeline/dedup/constants.js';
import { FeatureScratch, signatureFeatures, type SignatureFeatures } from '../pipeline/dedup/features.js';

/** The bench signs one article at a time: one scratch for all (pipeline/dedup/features.ts). */
const SCRATCH = new FeatureScratch();
import { estimateJaccard } from '../pipeline/dedup/minhash.js';
import { createCorpus, type BenchDoc } from './dedup-corpus.js';

const BATCH = 1_000;
/** Long runs report each chunk of this many articles (a partial run still shows how cost grows). */
export const CHUNK = 50_000;
const DAY_MS = 86_400_000;
/** Synthetic publication rate: the clock moves one day per this many articles. */
export const DOCS_PER_DAY = 200_000;
const START_MS = Date.UTC(2024, 0, 1);

export const idOf = (i: number): string => `a${i.toString(16).padStart(16, '0')}`;
export const timeOf = (i: number): number => START_MS + Math.floor((i * DAY_MS) / DOCS_PER_DAY);

/** The record the index keeps: the 16-bit signature and lede set; figure and entity lists are the rewrite tier's. */
function recordOf(id: string, i: number, f: SignatureFeatures): StoredArticle {
  return {
    articleId: id,
    urlKey: `https://outlet${i % 50}.example/news/${i}`,
    outlet: `outlet${i % 50}.example`,
    textHash: f.textHash,
    eventTime: new Date(timeOf(i)).toISOString(),
    storyId: id,
    duplicateOf: null,
    duplicateReason: null,
    similarity: null,
    signature: f.sketch,
    ledeShingles: f.ledeShingles,
    headlineFigures: [],
    ledeFigures: [],
    allFigures: [],
    ledeEntities: [],
  };
}

/**
 * Signature + lookup, levels 1–2 of one article (the per-article index cost):
 * signature features (tokens, 5-shingles, OPH, 41 band keys, text hash), the
 * atomic claim of its text hash and band buckets, tier-1 verification of at most
 * MAX_BAND_CANDIDATES × 2 representatives (16-bit signature estimate), and its
 * record. The rewrite tier (entities, figures) and stories are the whole stage's.
 * Returns whether a candidate verified as a near copy.
 */
export async function indexOne(store: DedupStore, doc: BenchDoc, i: number): Promise<boolean> {
  const id = idOf(i);
  const f = signatureFeatures(doc.title, doc.text, SCRATCH);
  const textOwner = await store.claimTextHash(f.textHash, id);
  const reps = await store.claimBands(f.copyBandKeys.concat(f.ledeBandKeys), id);
  const candidates = new Set<string>();
  if (textOwner !== id) candidates.add(textOwner);
  for (const r of reps) if (r !== id && candidates.size < MAX_BAND_CANDIDATES * 2) candidates.add(r);
  let duplicate = false;
  for (const c of candidates) {
    const candidate = await store.getArticle(c);
    if (candidate !== null && estimateJaccard(f.sketch, candidate.signature) >= DEFAULT_DEDUP_OPTIONS.nearCopyMinJaccard) duplicate = true;
  }
  await store.putArticle(recordOf(id, i, f));
  return duplicate;
}

export interface RunResult {
  docs: number;
  /** Wall milliseconds of processing (generation excluded). */
  ms: number;
  /** CPU milliseconds this process spent processing (all its threads, GC included). */
  cpuMs: number;
  duplicates: number;
}

/** Wall and CPU time of the processing steps only; generation happens between them. */
class Stopwatch {
  ms = 0;
  cpuMs = 0;
  private wall = 0;
  private cpu: NodeJS.CpuUsage = process.cpuUsage();
  start(): void {
    this.wall = performance.now();
    this.cpu = process.cpuUsage();
  }
  stop(): void {
    this.ms += performance.now() - this.wall;
    const used = process.cpuUsage(this.cpu);
    this.cpuMs += (used.user + used.system) / 1000;
  }
}

/**
 * Generates the stream in batches of BATCH and times only `process` on each
 * batch (generation stays out of the figures); `process` returns how many of
 * the batch were duplicates. `done` is the stream index of the batch's first article.
 */
async function timedBatches(
  n: number,
  process: (docs: BenchDoc[], done: number) => Promise<number> | number,
  onChunk?: (chunk: RunResult, done: number) => void,
): Promise<RunResult> {
  const corpus = createCorpus();
  const watch = new Stopwatch();
  let duplicates = 0;
  let chunkStart = { ms: 0, cpuMs: 0, duplicates: 0 };
  for (let done = 0; done < n; done += BATCH) {
    const docs = corpus.next(Math.min(BATCH, n - done));
    watch.start();
    duplicates += await process(docs, done);
    watch.stop();
    const reached = Math.min(done + BATCH, n);
    if (onChunk !== undefined && reached % CHUNK === 0) {
      onChunk({ docs: CHUNK, ms: watch.ms - chunkStart.ms, cpuMs: watch.cpuMs - chunkStart.cpuMs, duplicates: duplicates - chunkStart.duplicates }, reached);
      chunkStart = { ms: watch.ms, cpuMs: watch.cpuMs, duplicates };
    }
  }
  return { docs: n, ms: watch.ms, cpuMs: watch.cpuMs, duplicates };
}

/** Runs `n` articles through `indexOne`, `concurrency` of them in flight (overlapping store round trips). */
export function runIndex(store: DedupStore, n: number, concurrency = 1, onArticle?: (i: number) => void): Promise<RunResult> {
  return timedBatches(n, async (docs, done) => {
    let duplicates = 0;
    let next = 0;
    const lane = async (): Promise<void> => {
      for (let k = next++; k < docs.length; k = next++) {
        onArticle?.(done + k);
        if (await indexOne(store, docs[k] as BenchDoc, done + k)) duplicates++;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
    return duplicates;
  });
}

/** Signature features alone (no store): the CPU floor of the index. */
export function runSignatures(n: number): Promise<RunResult> {
  return timedBatches(n, (docs) => {
    for (const d of docs) signatureFeatures(d.title, d.text, SCRATCH);
    return 0;
  });
}

/** The whole stage (URL, copies, rewrites, stories) on the same stream. */
export function runWholeStage(
  store: DedupStore,
  n: number,
  onArticle?: (i: number) => void,
  onChunk?: (chunk: RunResult, done: number) => void,
): Promise<RunResult> {
  return timedBatches(
    n,
    async (docs, done) => {
      let duplicates = 0;
      for (let k = 0; k < docs.length; k++) {
        const i = done + k;
        onArticle?.(i);
        const doc = docs[k] as BenchDoc;
        const url = `https://outlet${i % 50}.example/news/${i}`;
        const at = new Date(timeOf(i)).toISOString();
        const v = await dedupArticle({ url, canonicalUrl: url, title: doc.title, text: doc.text, publishedAt: at, seenAt: at }, store);
        if (v.status === 'duplicate') duplicates++;
      }
      return duplicates;
    },
    onChunk,
  );
}

export const docsPerSec = (r: RunResult): number => (r.docs / r.ms) * 1000;
export const perDocMs = (r: RunResult): number => r.ms / r.docs;
/** Per-core throughput: articles per CPU second of this process. */
export const docsPerCpuSec = (r: RunResult): number => (r.docs / r.cpuMs) * 1000;
export const cpuPerDocMs = (r: RunResult): number => r.cpuMs / r.docs;
