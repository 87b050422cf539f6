/**
 * quantities-dev through the amount reader, scored by the set's score.py.
 * Unit ids map to the set's unit names (UNIT_NAMES); the set marks no
 * approximation, so "about"/"nearly" figures are scored as exact ('=').
 *
 * The two files are reported each and pooled: score.py run on both files
 * concatenated, so pooled precision/recall/F1 sum the matched, predicted and
 * gold counts of both (the larger Recognizers-Text file weighs more).
 *
 * Run alone: `tsx bench/claims-quantities.ts [--data DIR] [--misses]`;
 * `--misses` lists false negatives and positives grouped by source.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UNIT_NAMES } from '../pipeline/claims/amount-lexicon.js';
import { readAmounts, type Amount } from '../pipeline/claims/amounts.js';
import { readJsonl, requireFile, runScorer } from './claims-datasets.js';

interface GoldQuantity {
  text: string;
  value: number | null;
  unit: string | null;
  bound: string;
  low: number | null;
  high: number | null;
}
interface Row {
  id: string;
  source: string;
  marks: string;
  text: string;
  quantities: GoldQuantity[];
}
interface Predicted {
  value: number | null;
  unit: string | null;
  bound: string;
  low: number | null;
  high: number | null;
  text: string;
}

export const QUANTITY_FILES = ['recognizers-text.jsonl', 'quantulum3.jsonl'] as const;

/** The set's name for an amount's unit: a share is a bare number there; rates of measures are "X per Y". */
function unitName(a: Amount): string | null {
  if (a.unit === null || a.unit === 'share') return null;
  const name = UNIT_NAMES[a.unit] ?? a.unit;
  return a.per !== null && a.type !== 'money' ? `${name} per ${UNIT_NAMES[a.per] ?? a.per}` : name;
}

function predict(text: string): Predicted[] {
  return readAmounts(text).map((a) => ({
    value: a.value,
    unit: unitName(a),
    bound: a.bound === '~' || a.bound === '<~' ? '=' : a.bound,
    low: a.low,
    high: a.high,
    text: a.text,
  }));
}

/** Score each file and both pooled; returns score.py's reports. */
export function scoreQuantities(dir: string): { file: string; report: string }[] {
  const score = requireFile(dir, 'quantities-dev/score.py');
  const golds = QUANTITY_FILES.map((file) => ({ file, path: requireFile(dir, `quantities-dev/${file}`) }));
  const run = (gold: string): string => {
    const preds = readJsonl<Row>(gold).map((r) => ({ id: r.id, quantities: predict(r.text) }));
    return runScorer(score, gold, preds);
  };
  const out: { file: string; report: string }[] = golds.map(({ file, path }) => ({ file, report: run(path) }));
  // Pooled: both gold files concatenated (ids are distinct), scored once; written to a temporary file only.
  const pooled = join(mkdtempSync(join(tmpdir(), 'wirewatch-quantities-')), 'pooled.jsonl');
  writeFileSync(pooled, golds.map(({ path }) => readFileSync(path, 'utf8').trimEnd()).join('\n') + '\n');
  out.push({ file: 'pooled (both files)', report: run(pooled) });
  return out;
}

// --- misses: the same one-to-one matching as score.py, per sentence ---

const close = (a: number | null | undefined, b: number | null | undefined): boolean =>
  a !== null && a !== undefined && b !== null && b !== undefined && Math.abs(a - b) <= Math.max(1e-9, 1e-6 * Math.max(Math.abs(a), Math.abs(b)));
const sameNumber = (g: GoldQuantity, p: Predicted): boolean => (g.value === null ? close(g.low, p.low) && close(g.high, p.high) : close(g.value, p.value));

const UNIT_ALIAS: Readonly<Record<string, string>> = {
  '%': 'percent',
  pct: 'percent',
  'per cent': 'percent',
  percentage: 'percent',
  $: 'dollar',
  us$: 'dollar',
  usd: 'dollar',
  'us dollar': 'dollar',
  'united states dollar': 'dollar',
  eur: 'euro',
  '€': 'euro',
  gbp: 'pound sterling',
  '£': 'pound sterling',
  'british pound': 'pound sterling',
  metre: 'meter',
  kilometre: 'kilometer',
  centimetre: 'centimeter',
  millimetre: 'millimeter',
  litre: 'liter',
  'kilometre per hour': 'kilometer per hour',
  'km/h': 'kilometer per hour',
  'degree celsius': 'c',
  celsius: 'c',
  '°c': 'c',
  'degree fahrenheit': 'f',
  fahrenheit: 'f',
  '°f': 'f',
  'pound-mass': 'pound',
  lb: 'pound',
  kg: 'kilogram',
  km: 'kilometer',
  mi: 'mile',
};
function normUnit(u: string | null): string | null {
  if (u === null) return null;
  let s = u.trim().toLowerCase();
  s = UNIT_ALIAS[s] ?? s;
  if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss')) s = s.slice(0, -1);
  return UNIT_ALIAS[s] ?? s;
}

type Level = 'value' | 'value+unit' | 'value+bound';
function matchOk(level: Level, g: GoldQuantity, p: Predicted): boolean {
  if (!sameNumber(g, p)) return false;
  if (level === 'value+unit') return normUnit(g.unit) === normUnit(p.unit);
  if (level === 'value+bound') return (g.bound || '=') === (p.bound || '=');
  return true;
}

const show = (q: { text: string; value: number | null; unit: string | null; bound: string; low: number | null; high: number | null }): string =>
  `"${q.text}" ${q.value ?? `[${q.low}..${q.high}]`} ${q.unit ?? '-'} ${q.bound}`;

/** Print false negatives and positives at one level, grouped by source. */
export function printMisses(dir: string, level: Level): void {
  const bySource = new Map<string, string[]>();
  for (const file of QUANTITY_FILES) {
    for (const r of readJsonl<Row>(requireFile(dir, `quantities-dev/${file}`))) {
      const gold = r.quantities.filter((q) => q.value !== null || q.low !== null);
      let pred = predict(r.text).filter((p) => p.value !== null || p.low !== null);
      if (r.marks !== 'all') pred = pred.filter((p) => gold.some((g) => sameNumber(g, p)));
      const used = new Set<number>();
      const missed: GoldQuantity[] = [];
      for (const g of gold) {
        const j = pred.findIndex((p, k) => !used.has(k) && matchOk(level, g, p));
        if (j < 0) missed.push(g);
        else used.add(j);
      }
      const extra = pred.filter((_, k) => !used.has(k));
      if (missed.length === 0 && extra.length === 0) continue;
      const lines = bySource.get(r.source) ?? [];
      lines.push(`${r.id}: ${r.text}`);
      for (const g of missed) lines.push(`    FN ${show(g)}`);
      for (const p of extra) lines.push(`    FP ${show(p)}`);
      bySource.set(r.source, lines);
    }
  }
  for (const [source, lines] of bySource) console.log(`=== ${source} (${level})\n${lines.join('\n')}`);
}

if (process.argv[1]?.endsWith('claims-quantities.ts')) {
  const { datasetsDir } = await import('./claims-datasets.js');
  const i = process.argv.indexOf('--misses');
  if (i >= 0) {
    const lvl = process.argv[i + 1];
    printMisses(datasetsDir(), lvl === 'value+unit' || lvl === 'value+bound' ? lvl : 'value');
  } else for (const { file, report } of scoreQuantities(datasetsDir())) console.log(`== ${file}\n${report}`);
}
