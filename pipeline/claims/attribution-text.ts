import { attributionSpans } from './attribution-spans.js';
import { quoteStateAt } from './attribution-cues.js';
import { splitSentences } from './sentences.js';
type Span = [number, number];
export interface TextAttribution {
  source: Span | null;
  cue: Span;
  content: Span | null;
}
export function attributeText(text: string): TextAttribution[] {
  const out: TextAttribution[] = [];
  let paragraph = -1;
  let open = false;
  for (const sentence of splitSentences(text)) {
    if (sentence.paragraph !== paragraph) open = false;
    paragraph = sentence.paragraph;
    const shift = (x: Span | null): Span | null => (x ? [x[0] + sentence.start, x[1] + sentence.start] : null);
    for (const a of attributionSpans(sentence.text, undefined, open))
      out.push({ source: shift(a.source), cue: shift(a.cue) as Span, content: shift(a.content) });
    open = quoteStateAt(sentence.text, sentence.text.length, open);
  }
  return out;
}
