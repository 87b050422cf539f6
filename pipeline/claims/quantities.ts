/**
 * Figures in a sentence: digits with separators ("1,100", "4.7 million"),
 * number words ("three out of five"), vague amounts ("several hundred",
 * "thousands"), ranges ("between 500 and 700") and their bounds.
 *
 * Invariant: years, dates, ages, money, ordinals and numbers inside names are
 * never returned. Whether a figure counts anything is decided later
 * (counted.ts); this module only reads amounts.
 */
import type { Bound } from '../types.js';
import { PREFIX_TOKENS, SUFFIX_TOKENS } from './bounds.js';
import { COUNTED_HEADS } from './counted.js';
import { MONTH_NAMES, foldQuotes, tokenize, type Token } from './text.js';
import { parseCore, type Core } from './quantity-core.js';

/** One figure found in a sentence; offsets are into that sentence. */
export interface Quantity {
  /** Start of the figure including bound words ("more than 1,000"). */
  start: number;
  end: number;
  text: string;
  value: number | null;
  bound: Bound | null;
  low: number | null;
  high: number | null;
  unit: 'share' | null;
  /** Vague amount without a value ("a significant number of"). */
  vague: boolean;
  /** Index (in `tokens`) of the first token after the figure. */
  next: number;
}

/** Figures of a sentence plus the tokens they index. */
export interface QuantityScan {
  tokens: Token[];
  quantities: Quantity[];
}

/** Words after which a number is part of a name ("Resolution 2231", "Su-27"). */
const NAME_PREFIXES: ReadonlySet<string> = new Set([
  'no',
  'number',
  'article',
  'resolution',
  'route',
  'unit',
  'division',
  'brigade',
  'regiment',
  'corps',
  'flight',
  'room',
  'chapter',
  'section',
  'page',
  'highway',
  'model',
  'type',
  'class',
  'phase',
  'level',
  'grade',
  'stage',
  'covid',
  'vol',
  'aged',
  'age',
  'episode',
  'season',
  'top',
]);
const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '¥', '₩', '₽', '₴']);
const CURRENCY_WORDS: ReadonlySet<string> = new Set([
  'dollars',
  'dollar',
  'euros',
  'euro',
  'won',
  'yuan',
  'rubles',
  'roubles',
  'pounds',
  'usd',
  'eur',
  'hryvnias',
  'yen',
  'am',
  'pm',
  'gmt',
  'utc',
  'bn',
  'mn',
]);
/** Hyphenated words that keep a number a count ("a 10,000-strong force"). */
const COUNT_COMPOUNDS: ReadonlySet<string> = new Set(['strong', 'plus']);
const YEAR_MIN = 1800;
const YEAR_MAX = 2100;
const MAX_AGE = 120;

/** Find the figures of one sentence (or headline). */
export function findQuantities(sentence: string): QuantityScan {
  return scanQuantities(foldQuotes(sentence));
}

/** findQuantities on a sentence whose quotes are folded already (foldQuotes), as the tagger has it. */
export function scanQuantities(text: string): QuantityScan {
  const tokens = tokenize(text);
  const quantities: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const core = parseCore(tokens, i);
    if (core === null || isExcluded(tokens, core)) continue;
    quantities.push(withBounds(text, tokens, core));
    i = core.next - 1;
  }
  distributeApproximation(text, quantities);
  return { tokens, quantities };
}

function withBounds(text: string, tokens: readonly Token[], core: Core): Quantity {
  const prefix = core.range ? null : matchPrefix(tokens, core.first);
  const suffix = core.range ? null : matchSuffix(tokens, core.next);
  const startTok = tokens[prefix?.from ?? core.first];
  const endTok = tokens[(suffix?.to ?? core.next) - 1];
  const start = startTok?.start ?? 0;
  const end = endTok?.end ?? start;
  const bound: Bound | null = core.range ? 'range' : core.vague ? null : (prefix?.bound ?? suffix?.bound ?? '=');
  return {
    start,
    end,
    text: text.slice(start, end),
    value: core.value,
    bound,
    low: core.low,
    high: core.high,
    unit: core.unit,
    vague: core.vague,
    next: suffix?.to ?? core.next,
  };
}

function matchPrefix(tokens: readonly Token[], first: number): { from: number; bound: Bound } | null {
  for (const { words, bound } of PREFIX_TOKENS) {
    const from = first - words.length;
    if (from < 0) continue;
    if (words.every((w, k) => tokens[from + k]?.lower === w)) return { from, bound };
  }
  return null;
}

function matchSuffix(tokens: readonly Token[], next: number): { to: number; bound: Bound } | null {
  for (const { words, bound } of SUFFIX_TOKENS) {
    if (words.every((w, k) => tokens[next + k]?.lower === w)) return { to: next + words.length, bound };
  }
  return null;
}

/** True for digits that are a year, a date, an age, money, an ordinal or part of a name. */
function isExcluded(tokens: readonly Token[], core: Core): boolean {
  if (!core.digits) return false;
  const tok = tokens[core.first];
  const prev = tokens[core.first - 1];
  const next = tokens[core.next];
  if (tok === undefined) return true;
  if (prev && glued(prev, tok) && (/^[A-Za-z:-]/.test(prev.text) || CURRENCY_SYMBOLS.has(prev.text))) return true;
  if (next && glued(tok, next)) {
    // "10:30" is a time; "passes 2,000: AFAD" is a figure before a headline colon.
    const afterColon = tokens[core.next + 1];
    if (/^[A-Za-z]/.test(next.text) || (next.text === ':' && glued(next, afterColon) && /^\d/.test(afterColon?.text ?? ''))) return true;
    if (next.text === '-' && !COUNT_COMPOUNDS.has(tokens[core.next + 1]?.lower ?? '')) return true;
  }
  if (CURRENCY_WORDS.has(next?.lower ?? '')) return true;
  if (NAME_PREFIXES.has(prev?.lower ?? '')) return true;
  if (MONTH_NAMES.has(prev?.lower ?? '') && isCapitalisedWord(prev)) return true;
  if (MONTH_NAMES.has(next?.lower ?? '') && isCapitalisedWord(next)) return true;
  const value = core.value ?? 0;
  const plain = /^\d+$/.test(tok.text) && core.next === core.first + 1;
  if (plain && value >= YEAR_MIN && value <= YEAR_MAX && !COUNTED_HEADS.has(next?.lower ?? '')) return true;
  // "footballer, 20, who died": a small number between commas is an age.
  return plain && value < MAX_AGE && prev?.text === ',' && next?.text === ',';
}

function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

function isCapitalisedWord(t: Token | undefined): boolean {
  return t !== undefined && /^[A-Z]/.test(t.text);
}

/**
 * "Approximately 10,000 troops, along with 1,000 engineers": the qualifier of
 * the first figure carries over to a bare figure coordinated with it.
 */
function distributeApproximation(text: string, qs: Quantity[]): void {
  for (let k = 1; k < qs.length; k++) {
    const q = qs[k];
    const p = qs[k - 1];
    if (!q || !p || q.bound !== '=' || p.bound !== '~') continue;
    const between = text.slice(p.end, q.start);
    if (/(?:along with|as well as|\band|\bplus)\s*$/.test(between)) q.bound = '~';
  }
}
