/**
 * Synthetic article stream for the dedup benchmarks: deterministic, generated in
 * batches so a million articles never sit in memory at once. Words follow a
 * Zipf-like law over a fixed vocabulary (a few common, most rare, as in news
 * text); every COPY_EVERY-th article is a one-word edit of a recent one, so the
 * index sees real duplicates as well as misses.
 */

export interface BenchDoc {
  title: string;
  text: string;
}

const WORDS_PER_DOC = 600;
const TITLE_WORDS = 10;
const VOCABULARY_SIZE = 20_000;
/** Every this-many documents, one is a lightly edited copy of a recent one. */
const COPY_EVERY = 20;
/** Copies are taken from this many most recent documents (a wire story is republished within hours). */
const RECENT_SOURCES = 4096;

/** mulberry32: small, fast, deterministic. */
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

const vocabulary = Array.from({ length: VOCABULARY_SIZE }, (_, i) => `w${i.toString(36)}x`);

/** A stream of articles; every stream with the same seed yields the same articles in the same order. */
export function createCorpus(seed = 42): { next(batch: number): BenchDoc[] } {
  const random = rng(seed);
  const word = (): string => vocabulary[Math.floor(VOCABULARY_SIZE * random() ** 3)] ?? 'w';
  const recent: BenchDoc[] = [];
  let made = 0;
  const one = (): BenchDoc => {
    const source = made % COPY_EVERY === 0 && made > 0 ? recent[Math.floor(random() * recent.length)] : undefined;
    if (source === undefined) return { title: Array.from({ length: TITLE_WORDS }, word).join(' '), text: Array.from({ length: WORDS_PER_DOC }, word).join(' ') };
    const words = source.text.split(' ');
    words[Math.floor(random() * words.length)] = word();
    return { title: source.title, text: words.join(' ') };
  };
  return {
    next(batch) {
      const docs: BenchDoc[] = [];
      for (let i = 0; i < batch; i++, made++) {
        const doc = one();
        docs.push(doc);
        recent[made % RECENT_SOURCES] = doc;
      }
      return docs;
    },
  };
}
