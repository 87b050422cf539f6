/**
 * What a poll shows: "In an NBC News/Wall Street Journal poll released Monday, 50 percent chose Clinton": the poll is
 * the source, "In" the cue, the rest of the sentence the content; political copy reports standings so. Tried and not
 * kept: "Trump is leading in the latest polls" (the attribution corpus marks few such; 4 of 30 on train).
 */
import { quoteStateAt } from './attribution-cues.js';
import { MIN_CONTENT_CHARS, type SpanAttribution, trimSpan } from './attribution-phrases.js';

/** "In" opening the sentence, a noun phrase holding a noun of surveys, and its comma. */
const OPENING_POLL_RE =
  /^([\s\u201C"(]*)(In)\s+((?:(?!\b(?:as|when|where|after|while|which|that)\b)[^,;:.!?]|\.(?=\w)){0,60}?\b(?:poll|polls|survey|surveys|study|studies|census|average)\b[^,;:!?]{0,60}?),\s+(?=\S)/;

/** The poll attribution opening sentence `s`, first in `out`. */
export function pollAttributions(s: string, out: SpanAttribution[], openQuote: boolean): void {
  // Only a sentence opening with "In" is read: a test of its first characters, before any pattern (a search for the
  // nouns of surveys in every sentence cost 1.3% of the tagger, profiled).
  if (!OPENS_WITH_IN_RE.test(s) || !POLL_WORD_RE.test(s)) return;
  const opening = OPENING_POLL_RE.exec(s);
  if (opening?.[2] && opening[3] && !quoteStateAt(s, opening[1]?.length ?? 0, openQuote)) {
    const cueStart = opening[1]?.length ?? 0;
    // The noun phrase between "In" and its comma; a cue of the scan inside it ("a poll released") was its modifier.
    const source = trimSpan(s, cueStart + 2, s.lastIndexOf(',', opening[0].length));
    const content = trimSpan(s, opening[0].length, s.length);
    if (source && content && content[1] - content[0] >= MIN_CONTENT_CHARS) {
      for (let k = out.length - 1; k >= 0; k--) if ((out[k] as SpanAttribution).cue[0] < source[1]) out.splice(k, 1);
      out.unshift({ source, cue: [cueStart, cueStart + 2], content, p: 1 });
    }
  }
}
const POLL_WORD_RE = /\b(?:poll|polls|survey|surveys|study|studies|census|average)\b/;
/** "In " opening the sentence, after any opening marks. */
const OPENS_WITH_IN_RE = /^[\s\u201C"(]{0,3}In\s/;
