/**
 * attribution-dev through the span attributor, scored by the set's score.py
 * (primary annotator). Sentences come from the tagger's splitter; offsets are
 * moved from the sentence to the article text.
 *
 * Run alone: `tsx bench/claims-attribution.ts [--train | --heldout] [--misses] [--data DIR]`
 * (--heldout: the fifth of train the learner leaves out when run with --heldout).
 * `--agreement` scores a second annotator against the primary one on the
 * articles annotated twice, and the attributor on the same articles: how far
 * people trained on the scheme agree is the ceiling a floor can ask for.
 * `--misses` lists, by cue word, the gold attributions whose cue no prediction
 * touches, the predicted cues that touch no gold cue, and source/content
 * misses of found cues, each with a few examples (read, never stored).
 */
import { performance } from 'node:perf_hooks';
import { cueHead, cueModel, cueScorer } from '../pipeline/claims/attribution-cues.js';
import { ATTRIBUTION_LEXICON_EN } from '../pipeline/claims/attribution-spans.js';
import type { AttributionLexicon } from '../pipeline/claims/attribution-lexicon.js';
import { attributeText } from '../pipeline/claims/attribution-text.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJsonl, requireFile, runScorer } from './claims-datasets.js';

type Span = [number, number];

interface GoldAttribution {
  type: string;
  source: Span[];
  cue: Span[];
  content: Span[];
}

interface Article {
  id: string;
  primary: boolean;
  text: string;
  attributions: GoldAttribution[];
}

interface Predicted {
  source: Span[];
  cue: Span[];
  content: Span[];
}

/** Attributions of one article text, offsets into it. */
export function attributeArticle(text: string, lex?: AttributionLexicon): Predicted[] {
  return attributeText(text, lex).map((a) => ({
    source: a.source ? [a.source] : [],
    cue: [a.cue],
    content: a.content ? [a.content] : [],
  }));
}

/**
 * A split of attribution-dev, or a part of train: 'heldout' is every HELDOUT_EVERY-th train article, 'learn' the
 * rest. The learner run with --heldout learns from 'learn' only, so a model's capacity (features, thresholds) is
 * judged on train articles it has not seen, and dev stays for confirming.
 */
export type AttributionSplit = 'dev' | 'train' | 'heldout' | 'learn';
const HELDOUT_EVERY = 5;

/** The texts of a split, primary annotation only (one per article). */
export function attributionTexts(dir: string, split: AttributionSplit): Article[] {
  const file = split === 'dev' ? 'dev' : 'train';
  const rows = readJsonl<Article>(requireFile(dir, `attribution-dev/polnear-${file}.jsonl`)).filter((a) => a.primary);
  if (split === 'heldout') return rows.filter((_, k) => k % HELDOUT_EVERY === 0);
  if (split === 'learn') return rows.filter((_, k) => k % HELDOUT_EVERY !== 0);
  return rows;
}

/** The gold file score.py reads for a split: the split's own file, or a temporary one holding a part of train. */
function goldFile(dir: string, split: AttributionSplit, articles: readonly Article[]): string {
  if (split === 'dev' || split === 'train') return requireFile(dir, `attribution-dev/polnear-${split}.jsonl`);
  const path = join(mkdtempSync(join(tmpdir(), 'wirewatch-heldout-')), 'gold.jsonl');
  writeFileSync(path, `${articles.map((r) => JSON.stringify(r)).join('\n')}\n`);
  return path;
}

/** score.py's report for a split, and the time the attributor took (ms). */
export function scoreAttributionTimed(dir: string, split: AttributionSplit): { report: string; ms: number; articles: Article[]; preds: Predicted[][] } {
  const articles = attributionTexts(dir, split);
  const gold = goldFile(dir, split, articles);
  const t0 = performance.now();
  const preds = articles.map((a) => attributeArticle(a.text));
  const ms = performance.now() - t0;
  const report = runScorer(
    requireFile(dir, 'attribution-dev/score.py'),
    gold,
    articles.map((a, k) => ({ id: a.id, attributions: preds[k] })),
  );
  return { report, ms, articles, preds };
}

/** score.py's report for a split. */
export function scoreAttribution(dir: string, split: 'dev' | 'train'): string {
  return scoreAttributionTimed(dir, split).report;
}

/** score.py of a second annotator and of the attributor against the primary annotator, on the articles annotated twice. */
export function annotatorAgreement(dir: string, split: AttributionSplit): { articles: number; people: string; attributor: string } {
  const goldPath = requireFile(dir, `attribution-dev/polnear-${split === 'dev' ? 'dev' : 'train'}.jsonl`);
  const rows = readJsonl<Article & { annotator: string }>(goldPath);
  const twice = new Set(rows.filter((r) => !r.primary).map((r) => r.id));
  const primary = rows.filter((r) => r.primary && twice.has(r.id));
  // The gold file handed to score.py holds only those articles (a temporary file, outside the repository).
  const subset = join(mkdtempSync(join(tmpdir(), 'wirewatch-agreement-')), 'gold.jsonl');
  writeFileSync(subset, `${primary.map((r) => JSON.stringify(r)).join('\n')}\n`);
  const second = new Map<string, Article>();
  for (const r of rows) if (!r.primary && twice.has(r.id) && !second.has(r.id)) second.set(r.id, r);
  const scorer = requireFile(dir, 'attribution-dev/score.py');
  const people = runScorer(
    scorer,
    subset,
    [...second.values()].map((r) => ({ id: r.id, attributions: r.attributions.map(({ source, cue, content }) => ({ source, cue, content })) })),
  );
  const attributor = runScorer(
    scorer,
    subset,
    primary.map((r) => ({ id: r.id, attributions: attributeArticle(r.text) })),
  );
  return { articles: primary.length, people, attributor };
}

const touches = (a: readonly Span[], b: readonly Span[]): boolean => a.some(([s, e]) => b.some(([t, f]) => s < f && t < e));
const textOf = (text: string, spans: readonly Span[]): string => spans.map(([s, e]) => text.slice(s, e)).join(' … ');
const around = (text: string, spans: readonly Span[]): string => {
  const s = Math.min(...spans.map((x) => x[0]));
  const e = Math.max(...spans.map((x) => x[1]));
  return text
    .slice(Math.max(0, s - 120), Math.min(text.length, e + 120))
    .replace(/\s+/g, ' ')
    .trim();
};

/** Misses grouped by cue word, with examples. */
function printMisses(articles: readonly Article[], preds: readonly Predicted[][], examples: number): void {
  const missedCue = new Map<string, string[]>();
  const falseCue = new Map<string, string[]>();
  const missedSource: string[] = [];
  const reasons = new Map<string, number>();
  const scorer = cueScorer(cueModel(ATTRIBUTION_LEXICON_EN.model));
  const missedContent: string[] = [];
  const add = (m: Map<string, string[]>, k: string, ex: string): void => {
    const list = m.get(k) ?? [];
    list.push(ex);
    m.set(k, list);
  };
  for (const [k, art] of articles.entries()) {
    const pred = preds[k] ?? [];
    for (const g of art.attributions) {
      const hit = pred.find((p) => touches(p.cue, g.cue));
      const key = textOf(art.text, g.cue).toLowerCase();
      if (!hit) {
        const [cs, ce] = g.cue[0] ?? [0, 0];
        const head = cueHead(art.text, cs, ce);
        const word = head?.word ?? key;
        const at = head?.at ?? cs;
        const p = scorer(art.text, at, at + word.length, word);
        const reason = Number.isNaN(p)
          ? 'cue word unknown'
          : p < ATTRIBUTION_LEXICON_EN.minProbability
            ? 'scored below the threshold'
            : 'cue word scored high (a structural miss)';
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        add(missedCue, key, `[${textOf(art.text, g.source)}] <${key}> ${around(art.text, g.cue)}`);
        continue;
      }
      if (g.source.length > 0 && !touches(hit.source, g.source)) {
        missedSource.push(`gold [${textOf(art.text, g.source)}] pred [${textOf(art.text, hit.source)}] <${key}> ${around(art.text, g.cue)}`);
      }
      if (!touches(hit.content, g.content)) {
        missedContent.push(`gold {${textOf(art.text, g.content).slice(0, 80)}} pred {${textOf(art.text, hit.content).slice(0, 80)}} <${key}>`);
      }
    }
    for (const p of pred) {
      if (art.attributions.some((g) => touches(p.cue, g.cue))) continue;
      add(falseCue, textOf(art.text, p.cue).toLowerCase(), `[${textOf(art.text, p.source)}] ${around(art.text, p.cue)}`);
    }
  }
  const show = (title: string, m: Map<string, string[]>): void => {
    const rows = [...m.entries()].sort((a, b) => b[1].length - a[1].length);
    console.log(`== ${title}: ${rows.reduce((n, r) => n + r[1].length, 0)}`);
    for (const [key, list] of rows.slice(0, 40)) {
      console.log(`${String(list.length).padStart(5)} ${JSON.stringify(key)}`);
      for (const ex of list.slice(0, examples)) console.log(`        ${ex}`);
    }
  };
  console.log(`== missed cues by reason: ${[...reasons].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  show('gold cues no prediction touches', missedCue);
  show('predicted cues touching no gold cue', falseCue);
  console.log(`== source misses of found cues: ${missedSource.length}`);
  for (const ex of missedSource.slice(0, examples * 10)) console.log(`  ${ex}`);
  console.log(`== content misses of found cues: ${missedContent.length}`);
  for (const ex of missedContent.slice(0, examples * 10)) console.log(`  ${ex}`);
}

if (process.argv[1]?.endsWith('claims-attribution.ts')) {
  const { datasetsDir } = await import('./claims-datasets.js');
  const split = process.argv.includes('--heldout') ? 'heldout' : process.argv.includes('--train') ? 'train' : 'dev';
  const { report, ms, articles, preds } = scoreAttributionTimed(datasetsDir(), split);
  console.log(`== attribution-dev ${split} (${articles.length} articles, attributor ${ms.toFixed(0)} ms)\n${report}`);
  if (process.argv.includes('--agreement')) {
    const { articles: n, people, attributor } = annotatorAgreement(datasetsDir(), split);
    console.log(`== ${n} articles annotated twice: a second annotator against the primary\n${people}== the attributor on them\n${attributor}`);
  }
  if (process.argv.includes('--misses')) printMisses(articles, preds, Number(process.env.MISS_EXAMPLES ?? 2));
}
