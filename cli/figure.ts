/** A figure with its bound as people write it: ~1,100, ≥100, 200–900, 60%. */
import type { Bound, Claim } from '../pipeline/types.js';

/** Every bound but 'range', which prints low–high. */
const BOUND_WORDS: Record<Exclude<Bound, 'range'>, string> = {
  '=': '',
  '~': '~',
  '>': '>',
  '>=': '≥',
  '<': '<',
  '<=': '≤',
  '<~': 'nearly ',
};

export function formatFigure(claim: Pick<Claim, 'value' | 'bound' | 'low' | 'high' | 'unit'>): string {
  const num = (n: number): string => (claim.unit === 'share' ? `${Math.round(n * 100)}%` : n.toLocaleString('en-US'));
  if (claim.bound === 'range') {
    const low = claim.low === null ? '?' : num(claim.low);
    return claim.high === null ? `${low}+` : `${low}–${num(claim.high)}`;
  }
  if (claim.value === null) return 'no figure';
  return `${BOUND_WORDS[claim.bound ?? '=']}${num(claim.value)}`;
}
