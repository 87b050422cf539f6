/**
 * The plain baseline the story grouper is measured against, in the same run: a
 * single-pass TF-IDF centroid clustering (Allan et al.'s first story detection,
 * in its simplest form). Each article, in arrival order, becomes a TF-IDF vector
 * of its title and body words (document frequencies counted over the articles
 * seen so far), joins the story whose centroid is most cosine-similar if that
 * similarity reaches BASELINE_THRESHOLD, else opens a story. No entities, no
 * time, no candidate index (every story is compared): what the grouper must beat.
 */
import { contentWords, tokenize } from '../pipeline/dedup/text.js';

/** Join threshold, the best of 0.1 … 0.6 (steps of 0.05) on gva-incidents: 0.5. */
export const BASELINE_THRESHOLD = 0.5;

interface Cluster {
  id: string;
  sums: Map<string, number>;
  /** Squared length of `sums`, kept as it changes. */
  norm2: number;
}

export function createBaseline(threshold = BASELINE_THRESHOLD): { add(id: string, title: string, text: string): string } {
  const df = new Map<string, number>();
  let documents = 0;
  const clusters: Cluster[] = [];
  return {
    add(id, title, text) {
      const tf = new Map<string, number>();
      for (const w of contentWords(tokenize(`${title}\n${text}`))) tf.set(w, (tf.get(w) ?? 0) + 1);
      documents++;
      for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
      const vector = new Map<string, number>();
      let norm = 0;
      for (const [w, n] of tf) {
        const weight = (1 + Math.log(n)) * Math.log((documents + 1) / (df.get(w) ?? 1));
        vector.set(w, weight);
        norm += weight * weight;
      }
      norm = Math.sqrt(norm) || 1;
      for (const [w, x] of vector) vector.set(w, x / norm);
      let best: Cluster | null = null;
      let bestScore = 0;
      for (const c of clusters) {
        let dot = 0;
        for (const [w, x] of vector) dot += x * (c.sums.get(w) ?? 0);
        const score = c.norm2 === 0 ? 0 : dot / Math.sqrt(c.norm2);
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
      if (best === null || bestScore < threshold) {
        best = { id, sums: new Map(), norm2: 0 };
        clusters.push(best);
      }
      for (const [w, x] of vector) {
        const before = best.sums.get(w) ?? 0;
        best.sums.set(w, before + x);
        best.norm2 += (before + x) ** 2 - before ** 2;
      }
      return best.id;
    },
  };
}
