/**
 * The stories-dev event-labelled files and their scorer, for bench/stories.ts.
 * The files are read in place from ../shared/datasets (or --data DIR): they are
 * not ours to redistribute, so never copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One labelled article, in publication order. */
export interface LabelledArticle {
  id: string;
  eventId: string;
  /** YYYY-MM-DD: the files give a date, no time of day. */
  published: string;
  url: string;
  title: string;
  text: string;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The datasets folder: `--data DIR`, else ../shared/datasets beside the repository. */
export function datasetsDir(argv: readonly string[]): string {
  const i = argv.indexOf('--data');
  const flag = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--data='))?.slice('--data='.length);
  return resolve(flag ?? join(REPO_ROOT, '..', 'shared', 'datasets'));
}

/** A dataset file, or a message naming where it was looked for and how to point elsewhere. */
export function requireFile(path: string): string {
  if (!existsSync(path)) {
    console.error(`dataset missing: ${path}\n(expected the shared datasets folder beside the repository; pass --data DIR to read it elsewhere)`);
    process.exit(2);
  }
  return path;
}

export function loadLabelled(path: string): LabelledArticle[] {
  return readFileSync(requireFile(path), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const o = JSON.parse(l) as { id: string; event_id: string; published: string; url: string; title: string; text: string };
      return { id: o.id, eventId: o.event_id, published: o.published, url: o.url, title: o.title, text: o.text };
    });
}

export interface ClusterScore {
  articles: number;
  events: number;
  stories: number;
  pairwise: { precision: number; recall: number; f1: number };
  bcubed: { precision: number; recall: number; f1: number };
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const pairs = (n: number): number => (n * (n - 1)) / 2;

function counts<T>(values: Iterable<T>): Map<T, number> {
  const m = new Map<T, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

/** The dataset's score.py in TypeScript: pairwise and B-cubed precision, recall and F1. */
export function scoreClusters(gold: readonly LabelledArticle[], predicted: ReadonlyMap<string, string>): ClusterScore {
  const pred = (a: LabelledArticle): string => `p:${predicted.get(a.id) ?? `single:${a.id}`}`;
  const cell = counts(gold.map((a) => `${a.eventId}\u0000${pred(a)}`));
  const gs = counts(gold.map((a) => a.eventId));
  const ps = counts(gold.map(pred));
  let tp = 0;
  let bp = 0;
  let br = 0;
  for (const [key, n] of cell) {
    const [g, p] = key.split('\u0000') as [string, string];
    tp += pairs(n);
    bp += (n * n) / (ps.get(p) ?? 1);
    br += (n * n) / (gs.get(g) ?? 1);
  }
  const pp = [...ps.values()].reduce((s, n) => s + pairs(n), 0);
  const gp = [...gs.values()].reduce((s, n) => s + pairs(n), 0);
  const P = pp === 0 ? 0 : tp / pp;
  const R = gp === 0 ? 0 : tp / gp;
  bp /= gold.length;
  br /= gold.length;
  return {
    articles: gold.length,
    events: gs.size,
    stories: ps.size,
    pairwise: { precision: P, recall: R, f1: f1(P, R) },
    bcubed: { precision: bp, recall: br, f1: f1(bp, br) },
  };
}

export function formatScore(label: string, s: ClusterScore): string {
  const x = (v: number): string => v.toFixed(3);
  return `${label.padEnd(34)} stories ${String(s.stories).padStart(5)}  pairwise P ${x(s.pairwise.precision)} R ${x(s.pairwise.recall)} F1 ${x(s.pairwise.f1)}  B-cubed P ${x(s.bcubed.precision)} R ${x(s.bcubed.recall)} F1 ${x(s.bcubed.f1)}`;
}
