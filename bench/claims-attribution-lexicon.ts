/**
 * Learns the English cue model from the train split of attribution-dev and
 * writes pipeline/claims/attribution-cues-en.ts. Candidates are the words that
 * head a gold cue at least MIN_HEADS times; each occurrence the reader would
 * consider (outside quotations) is an example,
 * positive when it heads a gold cue. The model is a logistic regression over
 * cueFeatures (the word, the word with its neighbours): only features seen
 * MIN_FEATURE_COUNT times are kept, and only weights are written, no text of
 * the corpus.
 *
 * Run: `tsx bench/claims-attribution-lexicon.ts [--heldout] [--data DIR]` (--heldout: learn from train less the
 * articles `claims-attribution.ts --heldout` scores, to judge a change of features on articles the model has not seen).
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORD_RE, cueHead, plainQuotes, cueFeatures, cueStem, quoteStateAt, strongCues } from '../pipeline/claims/attribution-cues.js';
import { splitSentences } from '../pipeline/claims/sentences.js';
import { attributionTexts } from './claims-attribution.js';
import { datasetsDir } from './claims-datasets.js';

/** Fewest gold heads a word needs to be a candidate. */
const MIN_HEADS = 3;
/** A strong cue heads at least this many gold cues and this share of its occurrences. */
const MIN_STRONG_HEADS = 30;
const MIN_STRONG_PRECISION = 0.8;
/** Fewest examples a feature needs to get a weight. */
const MIN_FEATURE_COUNT = 6;
/** Smallest weight written: lighter ones change no decision. */
const MIN_WEIGHT = 0.25;
const EPOCHS = 8;
const LEARNING_RATE = 0.3;
const L2 = 1e-5;
/** Words never candidates: function words whose few gold heads are annotation noise. */
const FUNCTION_WORDS = new Set('a an the of in on for to at by with from as that this it its s and or but so if'.split(' '));

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../pipeline/claims/attribution-cues-en.ts');

interface Example {
  word: string;
  features: string[];
  label: 0 | 1;
}
/** Where an example stands: its sentence and offsets, read for features once the strong cues are known. */
interface Occurrence {
  word: string;
  sentence: string;
  at: number;
  end: number;
  label: 0 | 1;
}

const occurrences: Occurrence[] = [];
const heads = new Map<string, number>();
/** Per word: gold heads and occurrences, for the strong cues. */
const headsOfWord = new Map<string, number>();
const seenOfWord = new Map<string, number>();
for (const article of attributionTexts(datasetsDir(), process.argv.includes('--heldout') ? 'learn' : 'train')) {
  const text = article.text;
  const headAt = new Set<number>();
  for (const a of article.attributions) {
    const [s, e] = a.cue[0] ?? [0, 0];
    const head = cueHead(text, s, e);
    if (head) headAt.add(head.at);
  }
  let paragraph = -1;
  let open = false;
  for (const sentence of splitSentences(text)) {
    if (sentence.paragraph !== paragraph) open = false;
    paragraph = sentence.paragraph;
    const st = plainQuotes(sentence.text);
    let scanned = 0;
    for (const m of st.matchAll(WORD_RE)) {
      const at = m.index ?? 0;
      open = quoteStateAt(st.slice(scanned, at), at - scanned, open);
      scanned = at;
      const word = m[0].toLowerCase();
      if (open || FUNCTION_WORDS.has(word)) continue;
      const label = headAt.has(sentence.start + at) ? 1 : 0;
      if (label) heads.set(cueStem(word), (heads.get(cueStem(word)) ?? 0) + 1);
      headsOfWord.set(word, (headsOfWord.get(word) ?? 0) + label);
      seenOfWord.set(word, (seenOfWord.get(word) ?? 0) + 1);
      occurrences.push({ word, sentence: st, at, end: at + m[0].length, label });
    }
    open = quoteStateAt(st.slice(scanned), st.length - scanned, open);
  }
}
// Strong cues: words that head a gold cue nearly whenever they occur ("said", "according"); a word after one is
// mostly inside what it reports (the e= and E= features).
const strongWords = [...headsOfWord]
  .filter(([w, n]) => n >= MIN_STRONG_HEADS && n / (seenOfWord.get(w) ?? 1) >= MIN_STRONG_PRECISION)
  .map(([w]) => w)
  .sort();
const strong = strongCues(strongWords);
// Heads are counted by stem: the forms of one verb pool their evidence.
const examples: Example[] = occurrences
  .filter((x) => (heads.get(cueStem(x.word)) ?? 0) >= MIN_HEADS)
  .map((x) => ({ word: x.word, label: x.label, features: cueFeatures(x.sentence, x.at, x.end, x.word, strong) }));
const counts = new Map<string, number>();
for (const x of examples) for (const f of x.features) counts.set(f, (counts.get(f) ?? 0) + 1);
for (const x of examples) x.features = x.features.filter((f) => (counts.get(f) ?? 0) >= MIN_FEATURE_COUNT);

// Logistic regression by AdaGrad: deterministic order, no dependency.
const w = new Map<string, number>();
const g2 = new Map<string, number>();
const step = (f: string, grad: number): void => {
  const acc = (g2.get(f) ?? 0) + grad * grad;
  g2.set(f, acc);
  const cur = w.get(f) ?? 0;
  w.set(f, cur - (LEARNING_RATE * (grad + L2 * cur)) / Math.sqrt(acc + 1e-8));
};
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  let loss = 0;
  for (const x of examples) {
    let z = w.get('bias') ?? 0;
    for (const f of x.features) z += w.get(f) ?? 0;
    const p = 1 / (1 + Math.exp(-z));
    loss -= Math.log(x.label ? p : 1 - p);
    const grad = p - x.label;
    step('bias', grad);
    for (const f of x.features) step(f, grad);
  }
  console.log(`epoch ${epoch + 1}: log loss ${(loss / examples.length).toFixed(4)}`);
}
const kept = [...w.entries()]
  .filter(([f, v]) => f === 'bias' || f.startsWith('w=') || Math.abs(v) >= MIN_WEIGHT)
  .concat(strongWords.map((word): [string, number] => [`S=${word}`, 1]))
  .sort((a, b) => (a[0] < b[0] ? -1 : 1));
const packed = kept.map(([f, v]) => `${f}~${v.toFixed(2)}`).join(' ');
const lines = packed.match(/.{1,100}(?:\s|$)/g) ?? [];
writeFileSync(
  OUT,
  `/**
 * Generated by bench/claims-attribution-lexicon.ts (do not edit): the English
 * reporting-cue model (logistic regression weights over cueFeatures) learned
 * from the train split of attribution-dev. Features: w= the word, s= its stem, p= the
 * word and the token before it, n= the word and the token after it, c= the
 * word after a capitalised word or not, P=/N= the tokens around any word,
 * e=/E= whether a strong cue comes before the word, S= the strong cues (weight unused).
 */
export const LEARNED_CUE_MODEL_EN =
${lines.map((l) => `  ${JSON.stringify(`${l.trim()} `)}`).join(' +\n')};
`,
);
console.log(`${examples.length} examples (${examples.filter((x) => x.label).length} cues), ${kept.length} weights written to ${OUT}`);
