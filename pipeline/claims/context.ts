/**
 * Attribution across sentence boundaries, within one paragraph:
 * - "This information was disclosed by X" attributes the sentence before it;
 * - ", Lee said." attributes the earlier sentences of its paragraph that have
 *   no reporting cue of their own, back to the previous attributed sentence.
 * Only claims without a source are filled; nothing is overwritten.
 */
import type { Attribution } from './attribution.js';
import type { Draft } from './finalize.js';

/** What the tagger recorded about one sentence. */
export interface UnitRecord {
  paragraph: number;
  /** The sentence's attribution (first clause that has one), or null. */
  attribution: Attribution | null;
  /** True when any clause of the sentence had a reporting cue. */
  hasCue: boolean;
}

/** Fill sources across sentences; mutates the drafts. */
export function attributeAcrossSentences(units: readonly UnitRecord[], drafts: readonly Draft[]): void {
  units.forEach((unit, u) => {
    const att = unit.attribution;
    if (!att || att.source === null || unit.paragraph < 0) return;
    if (att.backReference) {
      const prev = units[u - 1];
      if (prev && prev.paragraph === unit.paragraph) fill(drafts, u - 1, att, false);
      return;
    }
    if (!att.trailing) return;
    for (let k = u - 1; k >= 0; k--) {
      const earlier = units[k];
      if (!earlier || earlier.paragraph !== unit.paragraph || earlier.hasCue) break;
      fill(drafts, k, att, true);
    }
  });
}

function fill(drafts: readonly Draft[], unit: number, att: Attribution, onlyUncued: boolean): void {
  for (const d of drafts) {
    if (d.unit !== unit || d.claim.source !== null || (onlyUncued && d.ownCue)) continue;
    d.claim.source = att.source;
    d.claim.sourceText = att.sourceText;
    d.claim.via = att.via;
    d.claim.cue = att.cue;
  }
}
