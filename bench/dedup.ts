/**
 * Dedup throughput in memory on synthetic articles: signature + band lookup
 * (levels 1–2 without story grouping) at 10k and 100k documents, and the whole
 * stage at 10k. Prints docs/s and the per-document cost ratio 100k/10k, which
 * stays near 1 when per-document work is independent of the corpus size.
 * Run: npx tsx bench/dedup.ts
 */
import { createMemoryDedupStore, dedupArticle, type DedupStore } from '../pipeline/dedup/index.js';
import { articleFeatures } from '../pipeline/dedup/features.js';

const WORDS_PER_DOC = 600;
const VOCABULARY_SIZE = 20_000;
/** Every this-many documents, one is a lightly edited copy of an earlier one. */
const COPY_EVERY = 20;

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = rng(42);
const vocabulary = Array.from({ length: VOCABULARY_SIZE }, (_, i) => `w${i.toString(36)}x`);
/** Zipf-like word choice: a few words are common, most are rare, as in news text. */
const word = (): string => vocabulary[Math.floor(VOCABULARY_SIZE * random() ** 3)] ?? 'w';

function makeDocs(n: number): { title: string; text: string }[] {
  const docs: { title: string; text: string }[] = [];
  for (let i = 0; i < n; i++) {
    const source = i % COPY_EVERY === 0 && i > 0 ? docs[Math.floor(random() * i)] : undefined;
    if (source !== undefined) {
      const words = source.text.split(' ');
      words[Math.floor(random() * words.length)] = word();
      docs.push({ title: source.title, text: words.join(' ') });
    } else {
      docs.push({ title: Array.from({ length: 10 }, word).join(' '), text: Array.from({ length: WORDS_PER_DOC }, word).join(' ') });
    }
  }
  return docs;
}

/** Signature plus the insert-or-get lookups of levels 1–2 (text hash, 16 + 32 band buckets). */
async function signatureAndLookup(docs: { title: string; text: string }[], store: DedupStore): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] as { title: string; text: string };
    const id = `a${i.toString(16)}`;
    const f = articleFeatures(doc.title, doc.text);
    await store.claimTextHash(f.textHash, id);
    await store.claimBands(f.copyBandKeys, id);
    await store.claimBands(f.ledeBandKeys, id);
  }
  return performance.now() - start;
}

async function wholeStage(docs: { title: string; text: string }[]): Promise<number> {
  const store = createMemoryDedupStore();
  const start = performance.now();
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] as { title: string; text: string };
    const url = `https://outlet${i % 50}.example/news/${i}`;
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 500) * 86_400_000).toISOString();
    await dedupArticle({ url, canonicalUrl: url, title: doc.title, text: doc.text, publishedAt: day, seenAt: day }, store);
  }
  return performance.now() - start;
}

const rate = (n: number, ms: number): string => `${Math.round((n / ms) * 1000).toLocaleString('en-US')} docs/s`;

const small = makeDocs(10_000);
const large = makeDocs(100_000);
await signatureAndLookup(small.slice(0, 1000), createMemoryDedupStore()); // warm-up
const smallMs = await signatureAndLookup(small, createMemoryDedupStore());
const largeMs = await signatureAndLookup(large, createMemoryDedupStore());
console.log(`signature + lookup, 10k docs:  ${rate(10_000, smallMs)}`);
console.log(`signature + lookup, 100k docs: ${rate(100_000, largeMs)}`);
console.log(`per-doc cost ratio 100k/10k:   ${(largeMs / 100_000 / (smallMs / 10_000)).toFixed(2)}`);
const stageMs = await wholeStage(small);
console.log(`whole stage (URL, copies, rewrites, stories), 10k docs: ${rate(10_000, stageMs)}`);
console.log(`whole stage / signature + lookup per-doc cost: ${(stageMs / smallMs).toFixed(2)}`);
