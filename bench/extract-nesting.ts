/**
 * Extraction cost on deeply nested pages (fault matrix D9): the cost must grow
 * at most linearly with the depth. Prints the median time of each page shape at
 * 12,500, 25,000 and 50,000 levels, the growth ratio of each doubling (2.0
 * is linear, 4.0 quadratic) and over the whole range, 4x the levels (4.0 is
 * linear, 16 quadratic): the latter is the verdict, being the least sensitive to
 * a shared machine's noise. Before the depth cap, 12,500 levels took 5.5 s and
 * 50,000 took 72 s (13x for 4x the levels).
 *
 * `npm run bench:extract-nesting [-- --runs 5]`
 */
import { parseArgs } from 'node:util';
import { extractArticle } from '../pipeline/extract/index.js';

const LEVELS = [12_500, 25_000, 50_000] as const;
const PROSE = 'The river rose by two metres overnight and the town council opened the shelter.';

const SHAPES: Record<string, (levels: number) => string> = {
  'closed <div>': (n) => `<html><body>${'<div>'.repeat(n)}<p>${PROSE}</p>${'</div>'.repeat(n)}</body></html>`,
  'unclosed <div><span>': (n) => `<html><body>${'<div><span>x '.repeat(n)}</body></html>`,
};

function medianMs(html: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    extractArticle({ html, url: 'https://example.test/deep' });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Math.max(1, Number(values.runs));
// The JIT's first pass over the pipeline is not the pages' cost.
medianMs(SHAPES['closed <div>']?.(1000) ?? '', 2);

/** 4x the levels may cost this much more and still count as linear: the shared machine's noise. */
const LINEAR_WITH_NOISE = 4.8;
let worst = 0;
for (const [shape, make] of Object.entries(SHAPES)) {
  const times = LEVELS.map((n) => medianMs(make(n), runs));
  const ratios = times.slice(1).map((t, i) => t / (times[i] ?? t));
  const whole = (times.at(-1) ?? 0) / (times[0] ?? 1);
  worst = Math.max(worst, whole);
  const cells = LEVELS.map((n, i) => `${n}: ${times[i]?.toFixed(0)} ms`).join(', ');
  console.log(`${shape.padEnd(22)} ${cells}; per doubling ${ratios.map((r) => r.toFixed(2)).join(', ')}; 4x levels: ${whole.toFixed(2)}x`);
}
console.log(`worst growth for 4x the levels: ${worst.toFixed(2)}x (linear: 4.00) -> ${worst <= LINEAR_WITH_NOISE ? 'at most linear' : 'SUPERLINEAR'}`);
