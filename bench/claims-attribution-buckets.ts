/**
 * Missed gold cues and false cues of an attribution-dev split counted by form, for `claims-attribution-errors.ts
 * --buckets`: why a missed cue was not found (inside a quotation, a function word or a colon as its head, a word the
 * model does not know, scored under the threshold, dropped by the grammar) and which form it has (a noun after a
 * determiner, the second verb of a coordination, opening the sentence); false cues by where they stand (inside a gold
 * content, in a sentence with no gold attribution) and how sure the model was. Read only; nothing is stored.
 */
import { cueHead, cueModel, cueScorer, cueStem, plainQuotes, quoteStateAt } from '../pipeline/claims/attribution-cues.js';
import { ATTRIBUTION_LEXICON_EN } from '../pipeline/claims/attribution-spans.js';
import { splitSentences } from '../pipeline/claims/sentences.js';
import { type AttributionSplit, attributeArticle, attributionTexts } from './claims-attribution.js';
import { datasetsDir } from './claims-datasets.js';

type Span = [number, number];
const touches = (a: readonly Span[], b: readonly Span[]): boolean => a.some(([s, e]) => b.some(([t, f]) => s < f && t < e));
const inside = (a: readonly Span[], b: readonly Span[]): boolean => a.some(([s, e]) => b.some(([t, f]) => t <= s && e <= f));
const around = (text: string, s: number, e: number): string =>
  `${text.slice(Math.max(0, s - 90), s)}<<${text.slice(s, e)}>>${text.slice(e, e + 70)}`.replace(/\s+/g, ' ');

/** The learner's function words (never candidates). */
const FUNCTION_WORDS = new Set('a an the of in on for to at by with from as that this it its s and or but so if'.split(' '));
const DETERMINERS = new Set('a an the his her their its this that these those our my your whose'.split(' '));
/** The probability under the threshold from which a miss counts as near. */
const NEAR = 0.26;

/** A sentence of a text with whether it opens inside a quotation (as attributeText reads it). */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  open: boolean;
}
export function sentencesOf(text: string): Sentence[] {
  let paragraph = -1;
  let open = false;
  return splitSentences(text).map((s) => {
    if (s.paragraph !== paragraph) open = false;
    paragraph = s.paragraph;
    const row = { start: s.start, end: s.start + s.text.length, text: plainQuotes(s.text), open };
    open = quoteStateAt(s.text, s.text.length, open);
    return row;
  });
}

/** Gold cue heads per stem on the articles the model learned from. */
function headsByStem(split: AttributionSplit): Map<string, number> {
  const heads = new Map<string, number>();
  for (const art of attributionTexts(datasetsDir(), split === 'heldout' ? 'learn' : 'train')) {
    for (const g of art.attributions) {
      const [s, e] = g.cue[0] ?? [0, 0];
      const head = cueHead(art.text, s, e);
      if (!head) continue;
      const stem = cueStem(head.word.toLowerCase());
      heads.set(stem, (heads.get(stem) ?? 0) + 1);
    }
  }
  return heads;
}

export function bucketsReport(split: AttributionSplit, examples: number): string {
  const heads = headsByStem(split);
  const scorer = cueScorer(cueModel(ATTRIBUTION_LEXICON_EN.model));
  const min = ATTRIBUTION_LEXICON_EN.minProbability;
  const counts = new Map<string, { n: number; words: Map<string, number>; ex: string[] }>();
  const add = (bucket: string, word: string, ex: string): void => {
    const c = counts.get(bucket) ?? { n: 0, words: new Map<string, number>(), ex: [] as string[] };
    c.n++;
    c.words.set(word, (c.words.get(word) ?? 0) + 1);
    if (c.ex.length < examples) c.ex.push(ex);
    counts.set(bucket, c);
  };
  let gold = 0;
  let predicted = 0;
  for (const art of attributionTexts(datasetsDir(), split)) {
    const text = art.text;
    const pred = attributeArticle(text);
    const sentences = sentencesOf(text);
    const scoreAt = (at: number, word: string): { p: number; quoted: boolean; sentence?: Sentence } => {
      const sentence = sentences.find((x) => x.start <= at && at < x.end);
      if (!sentence) return { p: Number.NaN, quoted: false };
      const local = at - sentence.start;
      const quoted = quoteStateAt(sentence.text, local, sentence.open);
      return { p: scorer(sentence.text, local, local + word.length, word.toLowerCase()), quoted, sentence };
    };
    const goldContents = art.attributions.flatMap((g) => g.content);
    gold += art.attributions.length;
    predicted += pred.length;
    for (const g of art.attributions) {
      if (pred.some((p) => touches(p.cue, g.cue))) continue;
      const [cs, ce] = g.cue[0] ?? [0, 0];
      const head = cueHead(text, cs, ce);
      const word = (head?.word ?? text.slice(cs, ce)).toLowerCase();
      const at = head?.at ?? cs;
      const { p, quoted, sentence } = scoreAt(at, word);
      const ex = `p=${p.toFixed(2)} ${around(text, cs, ce)}`;
      let why: string;
      if (quoted) why = 'quoted';
      else if (!/^[a-z]/.test(word)) why = 'no word: colon or quotation only';
      else if (word === 'to') why = 'function word: "to" (an infinitive)';
      else if (FUNCTION_WORDS.has(word)) why = 'function word: other';
      else if (Number.isNaN(p)) {
        const n = heads.get(cueStem(word)) ?? 0;
        why = n === 0 ? 'unknown word: never a head' : n <= 2 ? 'unknown word: 1-2 heads' : 'unknown word: 3+ heads';
      } else if (p < NEAR) why = `low: p < ${NEAR}`;
      else if (p < min) why = `near: ${NEAR} <= p < ${min}`;
      else why = 'structural: scored a cue, dropped by the grammar';
      add(`miss ${why}`, word, ex);
      // Forms, counted apart from the reason.
      const local = sentence ? at - sentence.start : 0;
      const before = sentence ? sentence.text.slice(0, local) : '';
      const prevWord = /([A-Za-z'’]+)\W*$/.exec(before)?.[1]?.toLowerCase() ?? '';
      if (DETERMINERS.has(prevWord)) add('form: noun after a determiner', word, ex);
      if (/\b(?:and|or|but)\s+(?:\w+ly\s+)?$/i.test(before) && pred.some((q) => sentence && q.cue.some(([s]) => s >= sentence.start && s < at)))
        add('form: second verb after and/or/but, a cue found before it', word, ex);
      if (sentence && before.trim() === '') add('form: opens the sentence', word, ex);
      if (sentence && !pred.some((q) => q.cue.some(([s]) => s >= sentence.start && s < sentence.end))) add('form: no cue found in its sentence', word, ex);
      const within = pred.find((q) => q.content.some(([s, e]) => s <= cs && ce <= e));
      if (within) add(`form: inside a predicted content${Number.isNaN(p) || p < min ? '' : ', scored a cue'}`, word, ex);
      if (g.cue.length > 1 || ce - cs > 25) add('form: long or split gold cue', word, ex);
    }
    for (const q of pred) {
      if (art.attributions.some((g) => touches(q.cue, g.cue))) continue;
      const [cs, ce] = q.cue[0] ?? [0, 0];
      const head = cueHead(text, cs, ce);
      const word = (head?.word ?? text.slice(cs, ce)).toLowerCase();
      const { p, sentence } = scoreAt(head?.at ?? cs, word);
      const ex = `p=${p.toFixed(2)} ${around(text, cs, ce)}`;
      const where = inside(q.cue, goldContents)
        ? 'inside a gold content'
        : sentence && !art.attributions.some((g) => g.cue.some(([s]) => s >= sentence.start && s < sentence.end))
          ? 'no gold cue in its sentence'
          : 'beside a gold cue of its sentence';
      add(`false: ${where}`, word, ex);
      const sure = Number.isNaN(p) ? 'not scored (rule or colon)' : p < 0.5 ? 'p < 0.5' : p < 0.8 ? '0.5 <= p < 0.8' : 'p >= 0.8';
      add(`false by p: ${sure}`, word, ex);
    }
  }
  const lines = [`${split}: ${gold} gold attributions, ${predicted} predicted`];
  for (const [bucket, c] of [...counts].sort((a, b) => (a[0].split(':')[0] === b[0].split(':')[0] ? b[1].n - a[1].n : a[0] < b[0] ? -1 : 1))) {
    const top = [...c.words]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([w, n]) => `${w} ${n}`)
      .join(', ');
    lines.push(`${String(c.n).padStart(5)} ${bucket} (${top})`);
    for (const ex of c.ex) lines.push(`        ${ex}`);
  }
  return lines.join('\n');
}
