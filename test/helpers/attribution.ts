/**
 * Attribution span cases: a sentence with the source, cue and content an
 * analyst would mark, checked as UTF-16 spans against the span attributor.
 */
import { expect, it } from 'vitest';
import { attributeText, type TextAttribution } from '../../pipeline/claims/attribution-text.js';

export type Span = [number, number];

/** One attribution per case: the one whose cue is `cue`; its source and content must be exactly these. */
export interface AttributionCase {
  topic: string;
  text: string;
  source: string | null;
  cue: string;
  content: string | null;
}

/** Offsets of the `nth` occurrence of `piece` in `text`; fails the test when absent. */
export function at(text: string, piece: string, nth = 0): Span {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(piece, i + 1);
  expect(i, `"${piece}" in "${text}"`).toBeGreaterThanOrEqual(0);
  return [i, i + piece.length];
}

export function attributionWithCue(text: string, cue: Span): TextAttribution | undefined {
  return attributeText(text).find((a) => a.cue[0] === cue[0] && a.cue[1] === cue[1]);
}

/** One test per case, inside the caller's `describe`. */
export function itReadsEachCase(cases: readonly AttributionCase[]): void {
  for (const c of cases) {
    it(`${c.topic}: ${c.text}`, () => {
      const a = attributionWithCue(c.text, at(c.text, c.cue));
      expect(a, `an attribution with cue "${c.cue}"`).toBeDefined();
      expect(a?.source).toEqual(c.source === null ? null : at(c.text, c.source));
      expect(a?.content).toEqual(c.content === null ? null : at(c.text, c.content));
    });
  }
}
