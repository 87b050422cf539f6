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

/**
 * The sets' names for the reader's unit ids (ISO currency codes, unit
 * symbols). The scorer lower-cases, drops a final "s" and folds a few aliases
 * (metre → meter, £ → pound sterling); the rest is named here, per file where
 * the two sets differ (quantulum3 spells units the British way and calls GBP
 * "pound sterling"; Recognizers-Text calls GBP "Pound").
 */
const UNIT_NAMES: Readonly<Record<string, string>> = {
  km: 'kilometer',
  m: 'meter',
  cm: 'centimeter',
  mm: 'millimeter',
  nm: 'nanometer',
  dm: 'decimeter',
  pm: 'picometer',
  µm: 'micrometer',
  mi: 'mile',
  ft: 'foot',
  in: 'inch',
  yd: 'yard',
  nmi: 'nautical mile',
  km2: 'square kilometer',
  m2: 'square meter',
  cm2: 'square centimeter',
  'sq mi': 'square mile',
  'sq ft': 'square foot',
  ha: 'hectare',
  acre: 'acre',
  km3: 'cubic kilometer',
  m3: 'cubic meter',
  cm3: 'cubic centimeter',
  ft3: 'cubic foot',
  l: 'liter',
  ml: 'milliliter',
  cl: 'centiliter',
  gal: 'gallon',
  bbl: 'barrel',
  cup: 'cup',
  tbsp: 'tablespoon',
  tsp: 'teaspoon',
  kg: 'kilogram',
  g: 'gram',
  mg: 'milligram',
  µg: 'microgram',
  lb: 'pound',
  oz: 'ounce',
  t: 'metric ton',
  ton: 'ton',
  '°C': 'c',
  '°F': 'f',
  K: 'kelvin',
  '°': 'degree',
  rad: 'radian',
  'km/h': 'kilometer per hour',
  mph: 'mile per hour',
  kn: 'knot',
  'm/s': 'meter per second',
  W: 'watt',
  kW: 'kilowatt',
  MW: 'megawatt',
  GW: 'gigawatt',
  hp: 'horsepower',
  Wh: 'watt hour',
  kWh: 'kilowatt hour',
  MWh: 'megawatt hour',
  GWh: 'gigawatt hour',
  J: 'joule',
  kJ: 'kilojoule',
  MJ: 'megajoule',
  kcal: 'kilocalorie',
  cal: 'calorie',
  eV: 'electronvolt',
  keV: 'kiloelectronvolt',
  MeV: 'megaelectronvolt',
  GeV: 'gigaelectronvolt',
  TeV: 'teraelectronvolt',
  bit: 'bit',
  kbit: 'kilobit',
  Mbit: 'megabit',
  Gbit: 'gigabit',
  'kbit/s': 'kilobit per second',
  'Mbit/s': 'megabit per second',
  'Gbit/s': 'gigabit per second',
  Tbit: 'terabit',
  Gy: 'gray',
  mGy: 'milligray',
  Sv: 'sievert',
  mSv: 'millisievert',
  µSv: 'microsievert',
  Bq: 'becquerel',
  BTU: 'british thermal unit',
  MMBtu: 'million british thermal unit',
  't/d': 'ton per day',
  B: 'byte',
  KB: 'kilobyte',
  MB: 'megabyte',
  GB: 'gigabyte',
  TB: 'terabyte',
  PB: 'petabyte',
  EB: 'exabyte',
  Hz: 'hertz',
  kHz: 'kilohertz',
  MHz: 'megahertz',
  GHz: 'gigahertz',
  year: 'year',
  month: 'month',
  week: 'week',
  day: 'day',
  hour: 'hour',
  minute: 'minute',
  second: 'second',
  ms: 'millisecond',
  percent: 'percent',
  percentage_point: 'percentage point',
  basis_point: 'basis point',
  USD: 'dollar',
  EUR: 'euro',
  GBP: 'pound',
  GBX: 'pence',
  USX: 'cent',
  JPY: 'Japanese yen',
  CNY: 'Chinese yuan',
  CAD: 'Canadian dollar',
  AUD: 'Australian dollar',
  NZD: 'New Zealand dollar',
  HKD: 'Hong Kong dollar',
  SGD: 'Singapore dollar',
  TWD: 'New Taiwan dollar',
  INR: 'rupee',
  PKR: 'Pakistani rupee',
  LKR: 'Sri Lankan rupee',
  XBT: 'bitcoin',
  CHF: 'franc',
  CRC: 'Costa Rican colón',
  MXN: 'Mexican peso',
  TRY: 'Turkish lira',
  GEL: 'Georgian lari',
  LAK: 'Lao kip',
  FIM: 'Finnish markka',
  ESP: 'peseta',
  NLG: 'Netherlands guilder',
  DEM: 'Deutsche Mark',
  KRW: 'South Korean won',
  RUB: 'Russian ruble',
  UAH: 'Ukrainian hryvnia',
  ZAR: 'South African rand',
  BRL: 'Brazilian real',
  SEK: 'Swedish krona',
  NOK: 'Norwegian krone',
  DKK: 'Danish krone',
  PLN: 'Polish zloty',
  ILS: 'Israeli new shekel',
  THB: 'Thai baht',
  NGN: 'Nigerian naira',
  PHP: 'Philippine peso',
};
const FILE_UNIT_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'recognizers-text.jsonl': {},
  'quantulum3.jsonl': {
    km2: 'square kilometre',
    m2: 'square metre',
    cm2: 'square centimetre',
    km3: 'cubic kilometre',
    m3: 'cubic metre',
    cm3: 'cubic centimetre',
    nm: 'nanometre',
    pm: 'picometre',
    µm: 'micrometre',
    l: 'litre',
    cl: 'centilitre',
    ml: 'millilitre',
    t: 'tonne',
    GBP: 'pound sterling',
    GBX: 'penny',
    '°C': 'degree Celsius',
    '°F': 'degree Fahrenheit',
    lb: 'pound-mass',
    km: 'kilometre',
    m: 'metre',
  },
};

const TIME_PERIODS: ReadonlySet<string> = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);

/**
 * The set's name for an amount's unit: a share is a bare number there. Rates:
 * quantulum3 names every rate ("dollar per hour"); Recognizers-Text only
 * measures written with "per" or "/" ("barrels a day" is Barrel, "$ 2 per share" Dollar there).
 */
function unitName(a: Amount, file: string): string | null {
  // quantulum3 names how often something happens "count per week".
  if (a.unit === null && file === 'quantulum3.jsonl' && a.per !== null && TIME_PERIODS.has(a.per)) return `count per ${a.per}`;
  if (a.unit === null || a.unit === 'share') return null;
  const names = FILE_UNIT_NAMES[file] ?? {};
  const name = (u: string): string => names[u] ?? UNIT_NAMES[u] ?? u;
  const perWritten = file === 'quantulum3.jsonl' || (a.type !== 'money' && /\bper\b|\//.test(a.text));
  return a.per !== null && a.per !== 'each' && perWritten ? `${name(a.unit)} per ${name(a.per)}` : name(a.unit);
}

/**
 * The reader's amounts as the set's quantities. An exact figure also gives
 * low = high = value (Recognizers-Text marks "equal to 20" as the range
 * 20..20); "from 5 to 3" keeps its order in the reader (a change) and is an
 * interval [3, 5] here.
 */
function predict(text: string, file: string): Predicted[] {
  return readAmounts(text).map((a) => {
    const exact = a.value !== null && (a.bound === '=' || a.bound === '~');
    const low = exact ? a.value : a.low !== null && a.high !== null ? Math.min(a.low, a.high) : a.low;
    const high = exact ? a.value : a.low !== null && a.high !== null ? Math.max(a.low, a.high) : a.high;
    return { value: a.value, unit: unitName(a, file), bound: a.bound === '~' || a.bound === '<~' ? '=' : a.bound, low, high, text: a.text };
  });
}

/** Score each file and both pooled; returns score.py's reports. */
export function scoreQuantities(dir: string): { file: string; report: string }[] {
  const score = requireFile(dir, 'quantities-dev/score.py');
  const golds = QUANTITY_FILES.map((file) => ({ file, path: requireFile(dir, `quantities-dev/${file}`) }));
  const run = (gold: string): string => {
    const preds = readJsonl<Row>(gold).map((r) => ({
      id: r.id,
      quantities: predict(r.text, r.id.startsWith('q3-') ? 'quantulum3.jsonl' : 'recognizers-text.jsonl'),
    }));
    return runScorer(score, gold, preds);
  };
  const out: { file: string; report: string }[] = golds.map(({ file, path }) => ({ file, report: run(path) }));
  // Pooled: both gold files concatenated (ids are distinct), scored once; written to a temporary file only.
  const pooled = join(mkdtempSync(join(tmpdir(), 'wirewatch-quantities-')), 'pooled.jsonl');
  writeFileSync(pooled, `${golds.map(({ path }) => readFileSync(path, 'utf8').trimEnd()).join('\n')}\n`);
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
      let pred = predict(r.text, file).filter((p) => p.value !== null || p.low !== null);
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
