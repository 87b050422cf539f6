/**
 * A noun cue after a possessive: "below analysts' estimates of $2.1 billion", "the company's own forecast of 3%",
 * "the minister's warning that C". The possessor (without its mark) is the source, what follows "of" or "that" to the
 * phrase's end the content, and nothing before the possessor is part of it. Only before "of" or "that": "Moody's said it
 * expects" is a verb after a name, "Georgia's plan to let" no report. verbCue asks this first of every cue.
 */
import { type SpanAttribution, trimSpan } from './attribution-phrases.js';

/**
 * A possessor right before a cue, "own" perhaps between: "analysts'", "the company's", "Wall Street economists’". Read on
 * the last characters only, and only when a possessive mark is there.
 */
const POSSESSOR_BEFORE_RE =
  /(?:\b(?:the|a|an|its|their|his|her|our)\s+(?:(?!(?:that|of|to|for|and|or|in|on)\s)[a-z][\w-]*\s+)?)?(?:[A-Z][\w.&\u2019'-]*\s+){0,4}\b(?!(?:[Hh]e|[Ss]he|[Ii]t|[Ww]ho|[Tt]hat|[Tt]here|[Ww]hat|[Hh]ere|[Ww]here|[Hh]ow|[Ll]et|[Tt]his)['\u2019])[A-Za-z][\w.&-]*(?:['\u2019]s|s['\u2019])\s+(?:own\s+)?$/;
const POSSESSIVE_MARK_RE = /['\u2019]s?\s+(?:own\s+)?$/;
function possessorBefore(s: string, at: number): [number, number] | null {
  const before = s.slice(Math.max(0, at - 80), at);
  if (!POSSESSIVE_MARK_RE.test(before)) return null;
  const m = POSSESSOR_BEFORE_RE.exec(before);
  if (!m) return null;
  const start = at - before.length + m.index;
  // The possessor without its mark: "the company's" speaks as "the company".
  const mark = POSSESSIVE_MARK_RE.exec(m[0]);
  return trimSpan(s, start, at - (mark ? mark[0].length : 0));
}
/** "of" or "that" opening a noun cue's content ("estimates of $2bn", "his claim that C"). */
const OF_OR_THAT_RE = /^\s+(?:of|that)\s+/;
/** Where a noun cue's content ends: a comma, a semicolon, a colon or a sentence's end mark. */
const PHRASE_END_RE = /[,;:]\s|[.!?](?:\s|$)/;

/** The possessor's attribution of the cue at `cue` (its head `word`), or null when no possessor stands before it. */
export function possessiveCue(s: string, cue: [number, number], word: string): SpanAttribution | null {
  const opener = OF_OR_THAT_RE.exec(s.slice(cue[1], cue[1] + 8));
  const possessor = opener && !/ing$/.test(word) ? possessorBefore(s, cue[0]) : null;
  if (!opener || !possessor) return null;
  const start = cue[1] + opener[0].length;
  const stop = s.slice(start).search(PHRASE_END_RE);
  const content = trimSpan(s, start, stop < 0 ? s.length : start + stop);
  return { source: possessor, cue, content: content && content[1] - content[0] > 0 ? content : null, p: 1 };
}
