/**
 * Error classes of the span attributor on an attribution-dev split (train by
 * default): missed gold cues grouped by reason and head word, false cues by
 * word, with a few examples each. Read only; nothing of the corpus is stored.
 *
 * Run: `tsx bench/claims-attribution-errors.ts [--dev | --heldout] [--data DIR] [--examples N] [--reason R] [--sources]`.
 * `--sources` lists source errors instead, by class: gold sources no predicted source touches (their cue missed,
 * found without a source, or found with a source elsewhere) and predicted sources touching no gold source (of a false
 * cue, of a gold attribution without source, or of a found cue with its source elsewhere).
 * `--buckets` counts missed gold cues and false cues by form instead (see bucketsReport), for choosing the next
 * general mechanism by the size of what it could fix.
 */
import { cueHead, cueModel, cueScorer, quoteStateAt } from '../pipeline/claims/attribution-cues.js';
import { ATTRIBUTION_LEXICON_EN } from '../pipeline/claims/attribution-spans.js';
import { attributeArticle, attributionTexts } from './claims-attribution.js';
import { datasetsDir } from './claims-datasets.js';
import { bucketsReport, sentencesOf } from './claims-attribution-buckets.js';

type Span = [number, number];
const arg = (name: string, fallback: string): string => {
  const k = process.argv.indexOf(name);
  return k > 0 ? (process.argv[k + 1] ?? fallback) : fallback;
};
const EXAMPLES = Number(arg('--examples', '4'));
const ONLY = arg('--reason', '');
const split = process.argv.includes('--dev') ? 'dev' : process.argv.includes('--heldout') ? 'heldout' : 'train';
const touches = (a: readonly Span[], b: readonly Span[]): boolean => a.some(([s, e]) => b.some(([t, f]) => s < f && t < e));
const textOf = (text: string, spans: readonly Span[]): string => spans.map(([s, e]) => text.slice(s, e)).join(' … ');
const around = (text: string, s: number, e: number): string =>
  `${text.slice(Math.max(0, s - 110), s)}<<${text.slice(s, e)}>>${text.slice(e, e + 90)}`.replace(/\s+/g, ' ');
const scorer = cueScorer(cueModel(ATTRIBUTION_LEXICON_EN.model));
const groups = new Map<string, string[]>();
const add = (k: string, ex: string): void => {
  const l = groups.get(k) ?? [];
  l.push(ex);
  groups.set(k, l);
};
const SOURCES = process.argv.includes('--sources');
const BUCKETS = process.argv.includes('--buckets');
for (const art of SOURCES || BUCKETS ? [] : attributionTexts(datasetsDir(), split)) {
  const pred = attributeArticle(art.text);
  const sentences = sentencesOf(art.text);
  for (const g of art.attributions) {
    if (pred.some((p) => touches(p.cue, g.cue))) continue;
    const [cs, ce] = g.cue[0] ?? [0, 0];
    const head = cueHead(art.text, cs, ce);
    const word = head?.word ?? art.text.slice(cs, ce);
    const at = head?.at ?? cs;
    // Scored in its sentence, as the reader scores it; a word inside a quotation the reader never scores.
    const sentence = sentences.find((x) => x.start <= at && at < x.end);
    const local = sentence ? at - sentence.start : at;
    const quoted = sentence ? quoteStateAt(sentence.text, local, sentence.open) : false;
    const p = sentence ? scorer(sentence.text, local, local + word.length, word) : Number.NaN;
    const reason = quoted ? 'quoted' : Number.isNaN(p) ? 'unknown' : p < ATTRIBUTION_LEXICON_EN.minProbability ? 'low' : 'structural';
    add(`miss ${reason} ${word}`, `p=${p.toFixed(2)} [${textOf(art.text, g.source)}] ${around(art.text, cs, ce)}`);
  }
  for (const p of pred) {
    if (art.attributions.some((g) => touches(p.cue, g.cue))) continue;
    add(`false ${textOf(art.text, p.cue).toLowerCase()}`, `[${textOf(art.text, p.source)}] ${around(art.text, p.cue[0]?.[0] ?? 0, p.cue[0]?.[1] ?? 0)}`);
  }
}
const byKind = new Map<string, number>();
for (const [k, l] of groups) {
  const kind = k
    .split(' ')
    .slice(0, k.startsWith('miss') ? 2 : 1)
    .join(' ');
  byKind.set(kind, (byKind.get(kind) ?? 0) + l.length);
}
if (!SOURCES && !BUCKETS) console.log([...byKind].map(([k, n]) => `${k} ${n}`).join(', '));
for (const [k, l] of [...groups]
  .filter(([k]) => k.startsWith(ONLY))
  .sort((a, b) => b[1].length - a[1].length)
  .slice(0, 60)) {
  console.log(`${String(l.length).padStart(5)} ${k}`);
  for (const ex of l.slice(0, EXAMPLES)) console.log(`        ${ex}`);
}

if (process.argv.includes('--precision')) {
  // Per predicted cue text: predictions and how many touch a gold cue.
  const stats = new Map<string, [number, number]>();
  for (const art of attributionTexts(datasetsDir(), split)) {
    for (const p of attributeArticle(art.text)) {
      const k = textOf(art.text, p.cue)
        .toLowerCase()
        .replace(/^(?:has|have|had|also|is|was|were|are|been|be|did|does|do|not|never|later)\s+/g, '');
      const st = stats.get(k) ?? [0, 0];
      st[0]++;
      if (art.attributions.some((g) => touches(p.cue, g.cue))) st[1]++;
      stats.set(k, st);
    }
  }
  for (const [k, [n, tp]] of [...stats].sort((a, b) => b[1][0] - b[1][1] - (a[1][0] - a[1][1])).slice(0, 80)) {
    console.log(`${String(n).padStart(6)} ${String(tp).padStart(6)} ${(tp / n).toFixed(2)} fp=${n - tp} ${k}`);
  }
}

if (SOURCES) {
  for (const art of attributionTexts(datasetsDir(), split)) {
    const pred = attributeArticle(art.text);
    const goldSources = art.attributions.flatMap((g) => g.source);
    const predSources = pred.flatMap((p) => p.source);
    const at = (spans: readonly Span[][]): [number, number] => {
      const all = spans.flat();
      return [Math.min(...all.map((x) => x[0])), Math.max(...all.map((x) => x[1]))];
    };
    for (const g of art.attributions) {
      if (g.source.length === 0 || touches(predSources, g.source)) continue;
      const hit = pred.find((p) => touches(p.cue, g.cue));
      const [s, e] = at([g.cue, g.source]);
      const example = `gold [${textOf(art.text, g.source)}] pred [${hit ? textOf(art.text, hit.source) : ''}] ${around(art.text, s, e)}`;
      add(
        !hit ? 'missed source: cue missed' : hit.source.length === 0 ? 'missed source: cue found, no source' : 'missed source: cue found, source elsewhere',
        example,
      );
    }
    for (const p of pred) {
      if (p.source.length === 0 || touches(p.source, goldSources)) continue;
      const g = art.attributions.find((x) => touches(p.cue, x.cue));
      const [s, e] = at([p.cue, p.source]);
      const example = `gold [${g ? textOf(art.text, g.source) : ''}] pred [${textOf(art.text, p.source)}] ${around(art.text, s, e)}`;
      add(!g ? 'false source: false cue' : g.source.length === 0 ? 'false source: gold has none' : 'false source: source elsewhere', example);
    }
  }
  for (const [k, l] of [...groups].filter(([k]) => k.startsWith(ONLY)).sort((a, b) => b[1].length - a[1].length)) {
    console.log(`${String(l.length).padStart(5)} ${k}`);
    for (const ex of l.slice(0, EXAMPLES)) console.log(`        ${ex}`);
  }
}

if (BUCKETS) console.log(bucketsReport(split, EXAMPLES));
