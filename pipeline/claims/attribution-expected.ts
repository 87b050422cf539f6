/**
 * A figure others expected, in a relative clause without its pronoun: "ahead of the $33.2 billion analysts had
 * expected", "more than the 150,000 economists polled by Reuters had forecast", "above the 3.1% that economists had
 * predicted". The figure is what they expected (the content), they are its source and the verb its cue; the rest of
 * the sentence is not theirs. Market and economic copy states every beat or miss so; read otherwise, the figure
 * landed in the source ("ahead of the $33.2 billion analysts") and the sentence's own figure was credited to them.
 */
import { quoteStateAt } from './attribution-cues.js';
import type { SpanAttribution } from './attribution-phrases.js';

/**
 * An article, a figure (money, a count, a percentage, perhaps with a scale), perhaps "that", who expected it (a name,
 * a pronoun, or people who forecast: "analysts", "economists polled by Reuters"; not a noun the figure qualifies:
 * "the 8.0% drop expected"), and the verb.
 */
const EXPECTED_FIGURE_RE =
  /\b(?:the|a|an)\s+(?:[$€£¥]\s?)?\d[\d,.]*(?:\s?%|\s?(?:percent|per\s+cent|pc|bn|m|k)\b|\s+(?:billion|million|trillion|thousand)\b)?(?:\s+(?:billion|million|trillion))?(?=\s)(?:\s+that)?\s+((?:[A-Z][\w'\u2019.&-]*(?:\s+[A-Z][\w'\u2019.&-]*){0,3}|it|they|we|he|she|(?:[a-z][\w'\u2019-]*\s+){0,2}(?:analysts|economists|investors|forecasters|traders|experts|strategists|observers|markets|market|company|officials|executives|management|firm|bank|government|pollsters))(?:\s+(?:polled|surveyed|questioned|asked)\s+by\s+[A-Z][\w'\u2019.&-]*(?:\s+[A-Z][\w'\u2019.&-]*){0,3})?)\s+((?:had\s+been\s+|have\s+been\s+|had\s+|have\s+|were\s+|was\s+|are\s+|is\s+)?(?:expected|expecting|forecast|forecasted|forecasting|predicted|predicting|estimated|projected|anticipated|penciled\s+in|pencilled\s+in|looking\s+for))$/;

/** The verbs of expectation; the pattern is tried only on the stretch before each (a search of the whole sentence for
 * its article and figure cost a tenth of the attributor on pages with many figures, profiled). */
const EXPECTATION_VERB_RE =
  /\b(?:expected|expecting|forecast|forecasted|forecasting|predicted|predicting|estimated|projected|anticipated|penciled\s+in|pencilled\s+in|looking\s+for)\b/g;
/** Characters before the verb read for the figure and who expected it. */
const EXPECTED_WINDOW_CHARS = 140;
const ASCII_DIGIT_RE = /[0-9]/;
/**
 * The heads of the verbs, as the cue scan meets them (attributionSpans reads a sentence for figures others expected
 * only when its scan met one: a search of every sentence cost more than the reading, profiled).
 */
export const EXPECTATION_HEADS: ReadonlySet<string> = new Set([
  'expected',
  'expecting',
  'forecast',
  'forecasted',
  'forecasting',
  'predicted',
  'predicting',
  'estimated',
  'projected',
  'anticipated',
  'looking',
]);

/** Words that end who expected a figure: a clause or a verb of their own, not a speaker ("the 3% it had expected" stays). */
const NOT_A_SPEAKER_RE = /^(?:and|or|but|of|in|on|for|to|from|with|by|than|as|at|was|were|is|are|had|have|has)\b/i;

/** Replaces the attribution of each such verb in `out` by the figure, its speaker and its verb. */
export function expectedFigures(s: string, out: SpanAttribution[], openQuote: boolean): void {
  if (!ASCII_DIGIT_RE.test(s)) return;
  EXPECTATION_VERB_RE.lastIndex = 0;
  for (let v = EXPECTATION_VERB_RE.exec(s); v !== null; v = EXPECTATION_VERB_RE.exec(s)) {
    const end = v.index + v[0].length;
    const from = Math.max(0, v.index - EXPECTED_WINDOW_CHARS);
    const m = EXPECTED_FIGURE_RE.exec(s.slice(from, end));
    if (m === null) continue;
    const at = from + m.index;
    const who = m[1] ?? '';
    const verb = m[2] ?? '';
    if (NOT_A_SPEAKER_RE.test(who) || quoteStateAt(s, at, openQuote)) continue;
    const cue: [number, number] = [end - verb.length, end];
    const whoStart = s.lastIndexOf(who, cue[0]);
    const source: [number, number] = [whoStart, whoStart + who.length];
    // The figure with its article, and "that" left out.
    const thatAt = s.slice(at, whoStart).search(/\s+that\s+$/);
    const content: [number, number] = [at, thatAt >= 0 ? at + thatAt : s.slice(0, whoStart).trimEnd().length];
    // The verb's other reading ("ahead of the $33.2 billion analysts had expected": the figure in its source) goes.
    for (let k = out.length - 1; k >= 0; k--) {
      const a = out[k] as SpanAttribution;
      if (a.cue[0] < cue[1] && cue[0] < a.cue[1]) out.splice(k, 1);
    }
    out.push({ source, cue, content, p: 1 });
  }
}
