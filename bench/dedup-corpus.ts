/**
 * Synthetic article stream for the dedup benchmarks: deterministic, generated in
 * batches so a million articles never sit in memory at once. Words follow a
 * Zipf-like law over a fixed vocabulary (a few common, most rare, as in news
 * text); every COPY_EVERY-th article is a one-word edit of a recent one, so the
 * index sees real duplicates as well as misses.
 */
import { seededRandom } from '../test/helpers/seeded-random.js';

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

const vocabulary = Array.from({ length: VOCABULARY_SIZE }, (_, i) => `w${i.toString(36)}x`);

/** A stream of articles; every stream with the same seed yields the same articles in the same order. */
export function createCorpus(seed = 42): { next(batch: number): BenchDoc[] } {
  const random = seededRandom(seed);
  const word = (): string => vocabulary[Math.floor(VOCABULARY_SIZE * random() ** 3)] ?? 'w';
  const recent: BenchDoc[] = [];
  let made = 0;
  const one = (): BenchDoc => {
    const source = made % COPY_EVERY === 0 && made > 0 ? recent[Math.floor(random() * recent.length)] : undefined;
    if (source === undefined)
      return { title: Array.from({ length: TITLE_WORDS }, word).join(' '), text: Array.from({ length: WORDS_PER_DOC }, word).join(' ') };
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
