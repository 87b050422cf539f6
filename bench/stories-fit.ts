/**
 * Fits the story model's weights (pipeline/dedup/story-model.ts) on half of the
 * stories-dev files and prints them. Stories are built from the gold labels
 * (teacher forcing: each article joins its own event's story), in publication
 * order, through the memory store's postings and term counts, so the candidates
 * and the centroids are the ones dedup sees. A candidate the index returns for
 * an article is an example (its model inputs, labelled 1 when it is the
 * article's event); which candidates are kept: FIT_ROUNDS. Logistic regression
 * by Newton's method, small L2 penalty.
 * Run: npx tsx bench/stories-fit.ts [--data DIR] [--half even|odd]
 */
import { join } from 'node:path';
import { type StoryModel, MAX_STORY_CANDIDATES, STORY_POSTINGS_PER_TERM, DEFAULT_DEDUP_OPTIONS } from '../pipeline/dedup/constants.js';
import { articleFeatures } from '../pipeline/dedup/features.js';
import { createMemoryDedupStore, type StoryState } from '../pipeline/dedup/index.js';
import { modelProbability, storyFeatures } from '../pipeline/dedup/story-model.js';
import { addMember, hoursToStory, openStory } from '../pipeline/dedup/story.js';
import { queryTerms, termVector } from '../pipeline/dedup/story-vector.js';
import { datasetsDir, loadLabelled, type LabelledArticle } from './stories-data.js';

const L2 = 1e-3;
const NEWTON_STEPS = 30;
/** Candidates per article kept as examples: those with the highest word cosine. */
const FIT_CANDIDATES = 1;
/**
 * Fitting rounds. The first takes, for each article, the candidate with the highest
 * word cosine; each later one takes the article's own story and the other story
 * the model of the round before ranks highest (hard negatives: the stories it
 * would join by mistake). Fitted on the closest story by words alone, the model
 * put a story with no word or name in common at even odds (bias ~0), and joins
 * went to stories that shared only an age.
 */
const FIT_ROUNDS = 3;

interface Example {
  x: number[];
  y: number;
}

/** Examples of one file's half, the stories built from the gold labels. */
export async function examplesOf(rows: readonly LabelledArticle[], windowDays = DEFAULT_DEDUP_OPTIONS.storyWindowDays, model?: StoryModel): Promise<Example[]> {
  const store = createMemoryDedupStore();
  const storyOfEvent = new Map<string, string>();
  const examples: Example[] = [];
  for (const r of rows) {
    const f = articleFeatures(r.title, r.text);
    const terms = f.storyTerms.map(([t]) => t);
    const stats = await store.termStats(terms);
    const vector = termVector(f.storyTerms, stats);
    const timeMs = Date.parse(r.published);
    const query = queryTerms(vector, f.storyTerms, stats);
    const own = storyOfEvent.get(r.eventId);
    const candidates: Example[] = [];
    for (const id of await store.findStories(query, MAX_STORY_CANDIDATES, timeMs - windowDays * 86_400_000)) {
      const story = await store.getStoryState(id);
      if (story === null || hoursToStory(timeMs, story) > windowDays * 24) continue;
      candidates.push({ x: storyFeatures(vector, timeMs, story), y: id === own ? 1 : 0 });
    }
    if (model === undefined) {
      // The decision is between the closest stories: the far ones (most of the candidates)
      // are easy negatives that would set the weights.
      examples.push(...candidates.sort((a, b) => (b.x[0] as number) - (a.x[0] as number)).slice(0, FIT_CANDIDATES));
    } else {
      // The own story, and the others the model in hand ranks highest: the ones it would join wrongly.
      examples.push(...candidates.filter((c) => c.y === 1));
      const others = candidates.filter((c) => c.y === 0).sort((a, b) => modelProbability(b.x, model) - modelProbability(a.x, model));
      examples.push(...others.slice(0, FIT_CANDIDATES));
    }
    const story: StoryState = (own === undefined ? null : await store.getStoryState(own)) ?? openStory(r.id, new Date(timeMs).toISOString());
    const joined = addMember(story, { articleId: r.id, outlet: '', eventTime: new Date(timeMs).toISOString(), vector, headlineFigures: [] });
    storyOfEvent.set(r.eventId, joined.storyId);
    await store.putStory(joined);
    await store.addStoryPostings(joined.storyId, query, STORY_POSTINGS_PER_TERM, Date.parse(joined.lastSeen));
    await store.addDocumentTerms(terms);
  }
  return examples;
}

/** Solves A x = b (small, symmetric positive definite) by Gaussian elimination. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs((m[r] as number[])[c] as number) > Math.abs((m[p] as number[])[c] as number)) p = r;
    [m[c], m[p]] = [m[p] as number[], m[c] as number[]];
    const pivot = (m[c] as number[])[c] as number;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const k = ((m[r] as number[])[c] as number) / pivot;
      for (let j = c; j <= n; j++) (m[r] as number[])[j] = ((m[r] as number[])[j] as number) - k * ((m[c] as number[])[j] as number);
    }
  }
  return m.map((row, i) => (row[n] as number) / (row[i] as number));
}

/** Logistic regression: [bias, ...weights]. */
export function fitLogistic(examples: readonly Example[]): number[] {
  const d = (examples[0]?.x.length ?? 0) + 1;
  let w = new Array<number>(d).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const { x, y } of examples) {
      const v = [1, ...x];
      const z = v.reduce((s, vi, i) => s + vi * (w[i] as number), 0);
      const p = 1 / (1 + Math.exp(-z));
      for (let i = 0; i < d; i++) {
        grad[i] = (grad[i] as number) + (p - y) * (v[i] as number);
        for (let j = 0; j < d; j++) (hess[i] as number[])[j] = ((hess[i] as number[])[j] as number) + p * (1 - p) * (v[i] as number) * (v[j] as number);
      }
    }
    for (let i = 1; i < d; i++) {
      grad[i] = (grad[i] as number) + L2 * examples.length * (w[i] as number);
      (hess[i] as number[])[i] = ((hess[i] as number[])[i] as number) + L2 * examples.length;
    }
    const delta = solve(hess, grad);
    w = w.map((wi, i) => wi - (delta[i] as number));
  }
  return w;
}

/** The even- or odd-numbered articles of a file (in its order): the tuning half and the check half. */
export const halfOf = <T>(rows: readonly T[], half: 'even' | 'odd'): T[] => rows.filter((_, i) => i % 2 === (half === 'even' ? 0 : 1));

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = join(datasetsDir(process.argv), 'stories-dev');
  const half = process.argv.includes('odd') ? 'odd' : 'even';
  let model: StoryModel | undefined;
  let fitted: number[] = [];
  for (let round = 0; round < FIT_ROUNDS; round++) {
    const examples: Example[] = [];
    for (const file of ['gva-incidents.jsonl', 'basil-triplets.jsonl']) {
      const own = await examplesOf(halfOf(loadLabelled(join(dir, file)), half), undefined, model);
      console.log(`${file} (${half} half): ${own.length} examples, ${own.filter((e) => e.y === 1).length} positive`);
      examples.push(...own);
    }
    fitted = fitLogistic(examples);
    model = { bias: fitted[0] as number, weights: fitted.slice(1) };
    console.log(`round ${round + 1}: ${JSON.stringify(fitted.map((w) => Number(w.toFixed(2))))}`);
  }
  const [bias, ...weights] = fitted;
  console.log(
    `bias ${bias?.toFixed(2)}, weights ${weights.map((w) => w.toFixed(2)).join(', ')} (word, entity, figure cosine, ln(1+days), ln(members), disjoint entities, disjoint figures)`,
  );
}
