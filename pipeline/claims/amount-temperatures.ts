/**
 * A temperature written as a band of a decade ("highs in the mid-90s", "lows in the upper 20s", "temperatures in the
 * 80s"): a range in degrees, as weather copy writes it. Elsewhere such a decade is an age ("in his early 60s") or a
 * period ("the 1990s") and stays no amount (amount-nonfigures.ts).
 *
 * Invariant: only in a sentence that names a temperature (TEMPERATURE_WORD_RE), and only after "in the" or "into the".
 */
import { type Amount, measureAmount } from './amount-tokens.js';

/** "in the mid-90s", "into the upper 30s", "in the 80s"; `d` for the offsets of the band's words. */
const DECADE_BAND_RE = /\b(?:in|into)\s+the\s+(?:(low|lower|mid|middle|upper|high)[-\s]?)?([1-9]0)s\b/dgi;
/** Words that show a sentence speaks of temperatures (plural "highs", "lows": "the low 20s" is the band itself). */
const TEMPERATURE_WORD_RE = /\b(?:highs|lows|temperatures?|temps|degrees|mercury|thermometers?|heat index|wind chill)\b/i;
/** Where each band of a decade runs, as offsets from the decade: "low 90s" 90..93, "mid" 94..96, "upper" 97..99. */
const BANDS: Readonly<Record<string, readonly [number, number]>> = {
  low: [0, 3],
  lower: [0, 3],
  mid: [4, 6],
  middle: [4, 6],
  upper: [7, 9],
  high: [7, 9],
};
const WHOLE_DECADE: readonly [number, number] = [0, 9];

/** The temperature bands of `s` (only called for a sentence holding "0s"). */
export function temperatureBands(s: string): Amount[] {
  if (!TEMPERATURE_WORD_RE.test(s)) return [];
  const out: Amount[] = [];
  DECADE_BAND_RE.lastIndex = 0;
  for (let m = DECADE_BAND_RE.exec(s); m !== null; m = DECADE_BAND_RE.exec(s)) {
    const decade = Number(m[2]);
    const [from, to] = m[1] === undefined ? WHOLE_DECADE : (BANDS[m[1].toLowerCase()] ?? WHOLE_DECADE);
    // The span is the band without "in the": "mid-90s".
    const start = (m.indices?.[1] ?? m.indices?.[2])?.[0] ?? m.index;
    const end = m.index + m[0].length;
    const text = s.slice(start, end);
    out.push(measureAmount({ start, end, text }, '\u00B0', null, decade + from, decade + to));
  }
  return out;
}
