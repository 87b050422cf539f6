/**
 * attribution-dev through the span attributor, scored by the set's score.py
 * (primary annotator). Sentences come from the tagger's splitter; offsets are
 * moved from the sentence to the article text.
 */
import { attributionSpans, insideQuote } from '../pipeline/claims/attribution-spans.js';
import { splitSentences } from '../pipeline/claims/sentences.js';
import { readJsonl, requireFile, runScorer } from './claims-datasets.js';

interface Article {
  id: string;
  primary: boolean;
  text: string;
}

type Span = [number, number];

/** Attributions of one article text, offsets into it. */
export function attributeArticle(text: string): Array<{ source: Span[]; cue: Span[]; content: Span[] }> {
  const out: Array<{ source: Span[]; cue: Span[]; content: Span[] }> = [];
  let paragraph = -1;
  let open = false;
  for (const sentence of splitSentences(text)) {
    if (sentence.paragraph !== paragraph) open = false;
    paragraph = sentence.paragraph;
    const shift = (x: Span | null): Span[] => (x ? [[x[0] + sentence.start, x[1] + sentence.start]] : []);
    for (const a of attributionSpans(sentence.text, undefined, open)) out.push({ source: shift(a.source), cue: shift(a.cue), content: shift(a.content) });
    open = insideQuote(sentence.text, sentence.text.length, open);
  }
  return out;
}

/** The texts of a split, primary annotation only (one per article). */
export function attributionTexts(dir: string, split: 'dev' | 'train'): Article[] {
  return readJsonl<Article>(requireFile(dir, `attribution-dev/polnear-${split}.jsonl`)).filter((a) => a.primary);
}

/** score.py's report for a split. */
export function scoreAttribution(dir: string, split: 'dev' | 'train'): string {
  const gold = requireFile(dir, `attribution-dev/polnear-${split}.jsonl`);
  const preds = attributionTexts(dir, split).map((a) => ({ id: a.id, attributions: attributeArticle(a.text) }));
  return runScorer(requireFile(dir, 'attribution-dev/score.py'), gold, preds);
}

if (process.argv[1]?.endsWith('claims-attribution.ts')) {
  const { datasetsDir } = await import('./claims-datasets.js');
  const split = process.argv.includes('--train') ? 'train' : 'dev';
  console.log(`== attribution-dev ${split}\n${scoreAttribution(datasetsDir(), split)}`);
}
