/**
 * An article's story vector and its similarities to a story centroid, per
 * channel: words (title and lede weighted up, see features.ts), named entities
 * ("e:" terms) and figures ("n:" terms). Each channel is TF-IDF weighted and
 * unit length on its own, so that a long body's words cannot drown the few
 * names that tell one shooting in Chicago from another; the story model
 * (story-model.ts) weighs the channels. Pure functions of their arguments.
 */
import {
  MAX_QUERY_TERM_DF_SHARE,
  MIN_DOCUMENTS_FOR_DF_SHARE,
  STORY_ENTITY_TERMS,
  STORY_FIGURE_TERMS,
  STORY_QUERY_TERMS,
  STORY_WORD_TERMS,
} from './constants.js';
import type { ArticleFeatures } from './features.js';
import type { StoryState, TermStats } from './store.js';

/** A sparse term vector, each channel unit length, heaviest terms first. */
export type TermVector = [term: string, weight: number][];

/** The channels of a vector, by term prefix. */
export const Channel = { Word: 0, Entity: 1, Figure: 2 } as const;
export type Channel = (typeof Channel)[keyof typeof Channel];
const CHANNELS = 3;
const CHANNEL_TERMS = [STORY_WORD_TERMS, STORY_ENTITY_TERMS, STORY_FIGURE_TERMS];

export function channelOf(term: string): Channel {
  const c1 = term.charCodeAt(1);
  if (c1 !== 58 /* ':' */) return Channel.Word;
  const c0 = term.charCodeAt(0);
  if (c0 === 101 /* e */) return Channel.Entity;
  if (c0 === 110 /* n */) return Channel.Figure;
  return Channel.Word;
}

/**
 * Scratch of termVector and channelCosines: each term's weight and channel,
 * index lists and products, grown to the largest article. Both run
 * synchronously, so calls on one thread never overlap, and nothing returned
 * points into it; arrays of their own per call were garbage per article.
 */
class VectorScratch {
  weights = new Float64Array(512);
  channels = new Uint8Array(512);
  select = new Float64Array(512);
  indexes = new Int32Array(512);
  products = new Float64Array(128);

  /** Grows the term arrays to `n` entries. */
  fit(n: number): void {
    if (this.weights.length >= n) return;
    this.weights = new Float64Array(n);
    this.channels = new Uint8Array(n);
    this.select = new Float64Array(n);
    this.indexes = new Int32Array(n);
  }
}
const SCRATCH = new VectorScratch();

/**
 * Sublinear TF × smoothed IDF, the heaviest terms of each channel, each channel
 * unit length. `stats.df` is in the order of `counts`. Only the kept terms get
 * a pair: each channel's heaviest are selected (the cut weight by quickselect)
 * rather than every term sorted, which was most of this function's cost.
 * Ties keep the order of `counts`, as the stable sort of all terms did.
 */
export function termVector(counts: ArticleFeatures['storyTerms'], stats: TermStats): TermVector {
  const n = counts.length;
  SCRATCH.fit(n);
  const weights = SCRATCH.weights;
  const channels = SCRATCH.channels;
  const documents = stats.documents + 1;
  for (let i = 0; i < n; i++) {
    const pair = counts[i] as [string, number];
    const tf = 1 + Math.log(pair[1]);
    const idf = Math.log(1 + documents / ((stats.df[i] ?? 0) + 1));
    weights[i] = tf * idf;
    channels[i] = channelOf(pair[0]);
  }
  const out: TermVector = [];
  for (let c = 0; c < CHANNELS; c++) {
    const kept = keptOfChannel(weights, channels, n, c, CHANNEL_TERMS[c] as number);
    // Summed heaviest first, as before: the same norm to the last bit.
    let squares = 0;
    for (let k = 0; k < kept.length; k++) {
      const w = weights[kept[k] as number] as number;
      squares += w * w;
    }
    const norm = Math.sqrt(squares) || 1;
    for (let k = 0; k < kept.length; k++) {
      const i = kept[k] as number;
      out.push([(counts[i] as [string, number])[0], (weights[i] as number) / norm]);
    }
  }
  // Stable: equal weights keep channel order, then each channel's order.
  return out.sort((a, b) => b[1] - a[1]);
}

/**
 * Indices of the `keep` heaviest terms of channel `c`, heaviest first, equal
 * weights in index order (what a stable sort of the channel by weight, cut at
 * `keep`, gives).
 */
function keptOfChannel(weights: Float64Array, channels: Uint8Array, n: number, c: number, keep: number): Int32Array {
  const { indexes, select } = SCRATCH;
  let m = 0;
  for (let i = 0; i < n; i++) if (channels[i] === c) indexes[m++] = i;
  let kept: Int32Array;
  if (m <= keep) kept = indexes.slice(0, m);
  else {
    for (let k = 0; k < m; k++) select[k] = weights[indexes[k] as number] as number;
    const cut = kthLargest(select, m, keep);
    kept = new Int32Array(keep);
    let above = 0;
    for (let k = 0; k < m; k++) if ((weights[indexes[k] as number] as number) > cut) above++;
    // Every term above the cut, and as many at it as fit, in index order.
    let atCut = keep - above;
    let j = 0;
    for (let k = 0; k < m; k++) {
      const i = indexes[k] as number;
      const w = weights[i] as number;
      if (w > cut || (w === cut && atCut-- > 0)) kept[j++] = i;
    }
  }
  return kept.sort((a, b) => (weights[b] as number) - (weights[a] as number) || a - b);
}

/** The k-th largest of the first `m` values (1-based k ≤ m); reorders them (Hoare's quickselect). */
function kthLargest(values: Float64Array, m: number, k: number): number {
  let lo = 0;
  let hi = m - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target] as number;
  }
  return values[target] as number;
}

/**
 * The terms an article is looked up and posted under: its heaviest, less those
 * that too large a share of all articles carry ("shooting" on a crime beat). A
 * story posted under such a term shares it with most of the stream, so it only
 * crowds the candidates and costs a walk of a full posting list per article.
 * `stats.df` is in the order of `counts`.
 */
export function queryTerms(vector: TermVector, counts: ArticleFeatures['storyTerms'], stats: TermStats): string[] {
  const common = new Set<string>();
  if (stats.documents >= MIN_DOCUMENTS_FOR_DF_SHARE) {
    const most = stats.documents * MAX_QUERY_TERM_DF_SHARE;
    for (let i = 0; i < counts.length; i++) if ((stats.df[i] ?? 0) > most) common.add((counts[i] as [string, number])[0]);
  }
  const out: string[] = [];
  for (const [t] of vector) {
    if (out.length === STORY_QUERY_TERMS) break;
    if (!common.has(t)) out.push(t);
  }
  return out;
}

/** Similarities of an article vector to a centroid, per channel, and which channels both of them have. */
export interface ChannelSimilarity {
  word: number;
  entity: number;
  figure: number;
  /** Both name someone or somewhere: then names in common are expected, and none is evidence of another event. */
  bothEntities: boolean;
  bothFigures: boolean;
}

/**
 * What scoring needs of an article vector, built once per vector (it is scored
 * against up to 20 stories): each term's position, channel, and the squared
 * channel lengths.
 */
interface VectorIndex {
  positions: Map<string, number>;
  channels: Uint8Array;
  own: Float64Array;
}

const vectorIndexes = new WeakMap<TermVector, VectorIndex>();

function vectorIndex(vector: TermVector): VectorIndex {
  let found = vectorIndexes.get(vector);
  if (found === undefined) {
    const positions = new Map<string, number>();
    const channels = new Uint8Array(vector.length);
    const own = new Float64Array(CHANNELS);
    for (let i = 0; i < vector.length; i++) {
      const [t, w] = vector[i] as [string, number];
      positions.set(t, i);
      const c = channelOf(t);
      channels[i] = c;
      own[c] = (own[c] ?? 0) + w * w;
    }
    found = { positions, channels, own };
    vectorIndexes.set(vector, found);
  }
  return found;
}

/**
 * Cosine of each channel of an article vector with the same channel of a
 * centroid (0 when either is empty). The centroid's terms are looked up in the
 * article's (a small map built once per article), not the other way round: a
 * map per centroid cost an allocation and a hundred inserts for every story
 * state not seen lately, garbage that grew with the store. The products are
 * summed in the article vector's order, so the sums are the same to the bit.
 */
export function channelCosines(vector: TermVector, centroid: StoryState['centroid']): ChannelSimilarity {
  const { positions, channels, own } = vectorIndex(vector);
  // Products of the article's terms with the centroid's, by the article term's position (0 where the centroid lacks it).
  if (SCRATCH.products.length < vector.length) SCRATCH.products = new Float64Array(vector.length);
  const products = SCRATCH.products;
  products.fill(0, 0, vector.length);
  let normWord = 0;
  let normEntity = 0;
  let normFigure = 0;
  for (let k = 0; k < centroid.length; k++) {
    const pair = centroid[k] as readonly [string, number];
    const t = pair[0];
    const w = pair[1];
    const c = channelOf(t);
    if (c === Channel.Word) normWord += w * w;
    else if (c === Channel.Entity) normEntity += w * w;
    else normFigure += w * w;
    const i = positions.get(t);
    if (i !== undefined) products[i] = (vector[i] as [string, number])[1] * w;
  }
  // Scalars, not an array and closures: this runs for every candidate story of every article.
  let word = 0;
  let entity = 0;
  let figure = 0;
  for (let i = 0; i < vector.length; i++) {
    const product = products[i] as number;
    const c = channels[i] as number;
    if (c === Channel.Word) word += product;
    else if (c === Channel.Entity) entity += product;
    else figure += product;
  }
  const ownWord = own[Channel.Word] as number;
  const ownEntity = own[Channel.Entity] as number;
  const ownFigure = own[Channel.Figure] as number;
  return {
    word: cosine(word, ownWord, normWord),
    entity: cosine(entity, ownEntity, normEntity),
    figure: cosine(figure, ownFigure, normFigure),
    bothEntities: ownEntity > 0 && normEntity > 0,
    bothFigures: ownFigure > 0 && normFigure > 0,
  };
}

function cosine(dot: number, ownSquares: number, centroidSquares: number): number {
  const d = Math.sqrt(ownSquares * centroidSquares);
  return d === 0 ? 0 : dot / d;
}
