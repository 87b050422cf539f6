/**
 * quantities-dev through the amount reader, scored by the set's score.py.
 * Unit ids map to the set's unit names (UNIT_NAMES); the set marks no
 * approximation, so "about"/"nearly" figures are scored as exact ('=').
 */
import { UNIT_NAMES } from '../pipeline/claims/amount-lexicon.js';
import { readAmounts, type Amount } from '../pipeline/claims/amounts.js';
import { readJsonl, requireFile, runScorer } from './claims-datasets.js';

interface Row {
  id: string;
  text: string;
}

/** The set's name for an amount's unit: a share is a bare number there; rates of measures are "X per Y". */
function unitName(a: Amount): string | null {
  if (a.unit === null || a.unit === 'share') return null;
  const name = UNIT_NAMES[a.unit] ?? a.unit;
  return a.per !== null && a.type !== 'money' ? `${name} per ${UNIT_NAMES[a.per] ?? a.per}` : name;
}

/** Score both quantity files; returns score.py's reports. */
export function scoreQuantities(dir: string): { file: string; report: string }[] {
  const score = requireFile(dir, 'quantities-dev/score.py');
  return ['recognizers-text.jsonl', 'quantulum3.jsonl'].map((file) => {
    const gold = requireFile(dir, `quantities-dev/${file}`);
    const preds = readJsonl<Row>(gold).map((r) => ({
      id: r.id,
      quantities: readAmounts(r.text).map((a) => ({
        value: a.value,
        unit: unitName(a),
        bound: a.bound === '~' || a.bound === '<~' ? '=' : a.bound,
        low: a.low,
        high: a.high,
      })),
    }));
    return { file, report: runScorer(score, gold, preds) };
  });
}

if (process.argv[1]?.endsWith('claims-quantities.ts')) {
  const { datasetsDir } = await import('./claims-datasets.js');
  for (const { file, report } of scoreQuantities(datasetsDir())) console.log(`== ${file}\n${report}`);
}
