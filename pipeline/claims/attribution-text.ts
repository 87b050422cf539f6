/**
 * Attributions of a whole article text: the span attributor sentence by
 * sentence, with what only the article shows: whether a sentence starts inside
 * a quotation opened earlier in its paragraph, and the content of a cue whose
 * sentence holds none ("He said:" before a quoted sentence, “Judge,” he said.
 * “I have never…”), taken from the quoted sentence next to it.
 *
 * Invariant: offsets index the text given (UTF-16), as attributionSpans'
 * offsets shifted by each sentence's start.
 */
import { quoteStateAt } from './attribution-cues.js';
import type { AttributionLexicon } from './attribution-lexicon.js';
import { attributionSpans } from './attribution-spans.js';
import { type SentenceSpan, splitSentences } from './sentences.js';

type Span = [number, number];

/** One attribution; [start, end) offsets into the article text. */
export interface TextAttribution {
  source: Span | null;
  cue: Span;
  content: Span | null;
}

const OPENS_QUOTE_RE = /^[\u201C\u201E\u00AB"\u2018]|^''/;
const CLOSES_QUOTE_RE = /[\u201D\u00BB"\u2019]\s*$|''\s*$/;

/** Every attribution of `text` (clean text, paragraphs separated by blank lines). */
export function attributeText(text: string, lex?: AttributionLexicon): TextAttribution[] {
  const out: TextAttribution[] = [];
  const sentences = splitSentences(text);
  let paragraph = -1;
  let open = false;
  for (const [k, sentence] of sentences.entries()) {
    if (sentence.paragraph !== paragraph) open = false;
    paragraph = sentence.paragraph;
    const shift = (x: Span | null): Span | null => (x ? [x[0] + sentence.start, x[1] + sentence.start] : null);
    const atts = attributionSpans(sentence.text, lex, open);
    for (const [j, a] of atts.entries()) {
      // "… called them on it:" introduces the quotation that follows: that is the content.
      const introduces = j === atts.length - 1 && /:\s*$/.test(sentence.text) ? quotedNeighbour(sentences, k, sentence.text.length) : null;
      const content = introduces ?? shift(a.content) ?? quotedNeighbour(sentences, k, a.cue[1]);
      out.push({ source: shift(a.source), cue: shift(a.cue) as Span, content });
    }
    open = quoteStateAt(sentence.text, sentence.text.length, open);
  }
  return out;
}

/**
 * The quoted sentence a content-less cue reports: the next one when the cue
 * ends its sentence or introduces it with a colon (also across a paragraph
 * break), else the previous one of the paragraph when it closes a quotation.
 */
function quotedNeighbour(sentences: readonly SentenceSpan[], k: number, cueEnd: number): Span | null {
  const here = sentences[k] as SentenceSpan;
  const next = sentences[k + 1];
  const afterCue = here.text.slice(cueEnd);
  if (next && /^[\s:,.]*$/.test(afterCue.replace(/[\u201C\u201D"]/g, '')) && OPENS_QUOTE_RE.test(next.text) && next.paragraph - here.paragraph <= 1) {
    return unquoted(next);
  }
  const prev = sentences[k - 1];
  if (prev && prev.paragraph === here.paragraph && CLOSES_QUOTE_RE.test(prev.text)) return unquoted(prev);
  return null;
}

function unquoted(s: SentenceSpan): Span | null {
  const lead = /^[\s\u201C\u201D\u201E\u00AB\u00BB"'\u2018\u2019]+/.exec(s.text)?.[0].length ?? 0;
  const trail = /[\s\u201C\u201D\u201E\u00AB\u00BB"'\u2018\u2019.,]+$/.exec(s.text.slice(lead))?.[0].length ?? 0;
  const start = s.start + lead;
  const end = s.end - trail;
  return end > start ? [start, end] : null;
}
