/**
 * The plain baseline the story grouper is measured against, in the same run: a
 * single-pass TF-IDF centroid clustering (first story detection in its simplest
 * form). Each article, in arrival order, becomes a TF-IDF vector of its title
 * and body words (document frequencies over the articles seen so far), joins
 * the story whose centroid is most cosine-similar if that similarity reaches
 * the threshold, else opens a story. Stories whose last article is older than
 * BASELINE_WINDOW_DAYS are not compared (the grouper's window; it also keeps
 * the run short). No entities, no figures, no time decay, no candidate index.
 */
import { contentWords, tokenize } from '../pipeline/dedup/text.js';

/** Join threshold: the best pairwise F1 on gva-incidents among 0.3, 0.4, 0.5, 0.6 (0.531; 0.4: 0.426). */
export const BASELINE_THRESHOLD = 0.3;
export const BASELINE_WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

interface Cluster {
  id: string;
  sums: Map<string, number>;
  /** Squared length of `sums`, kept as it changes. */
  norm2: number;
  lastMs: number;
}

export interface Baseline {
  /** The story id of an article (an id of an earlier article, or its own). */
  add(id: string, title: string, text: string, timeMs: number): string;
}

export function createBaseline(threshold = BASELINE_THRESHOLD): Baseline {
  const df = new Map<string, number>();
  let documents = 0;
  let clusters: Cluster[] = [];
  return {
    add(id, title, text, timeMs) {
      const tf = new Map<string, number>();
      for (const w of contentWords(tokenize(`${title}\n${text}`))) tf.set(w, (tf.get(w) ?? 0) + 1);
      documents++;
      for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
      const vector: [string, number][] = [];
      let norm = 0;
      for (const [w, n] of tf) {
        const weight = (1 + Math.log(n)) * Math.log((documents + 1) / (df.get(w) ?? 1));
        vector.push([w, weight]);
        norm += weight * weight;
      }
      norm = Math.sqrt(norm) || 1;
      clusters = clusters.filter((c) => timeMs - c.lastMs <= BASELINE_WINDOW_DAYS * DAY_MS);
      let best: Cluster | null = null;
      let bestScore = 0;
      for (const c of clusters) {
        let dot = 0;
        for (const [w, x] of vector) dot += x * (c.sums.get(w) ?? 0);
        const score = c.norm2 === 0 ? 0 : dot / norm / Math.sqrt(c.norm2);
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
      if (best === null || bestScore < threshold) {
        best = { id, sums: new Map(), norm2: 0, lastMs: timeMs };
        clusters.push(best);
      }
      best.lastMs = Math.max(best.lastMs, timeMs);
      for (const [w, x] of vector) {
        const before = best.sums.get(w) ?? 0;
        const after = before + x / norm;
        best.sums.set(w, after);
        best.norm2 += after * after - before * before;
      }
      return best.id;
    },
  };
}
