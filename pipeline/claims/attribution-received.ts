/**
 * A judgement received from its giver: "The proposal has drawn harsh criticism from fellow Republicans", "Rubio has
 * won overwhelming support from members of Congress", "The program is facing criticism from environmentalists". The
 * giver after "from" is the source, the verb through the noun the cue, the subject before them the content (what the
 * judgement is about). The candidate scan reads the verb or the noun as a cue of that subject, which says nothing:
 * this reading replaces any cue the scan made from the verb to the giver. The words are the lexicon's (`received`).
 */
import { quoteStateAt } from './attribution-cues.js';
import { type Compiled, nounKey } from './attribution-lexicon.js';
import { nounPhraseAfter, nounPhraseBefore, type SpanAttribution } from './attribution-phrases.js';

/** Every received judgement of the sentence `s` into `out`, in the order of their cues. */
export function receivedJudgements(s: string, out: SpanAttribution[], c: Compiled, openQuote: boolean): void {
  // Most sentences hold no noun of judgement right before " from " or " of ": that is looked for at each such word
  // first (the whole pattern over every sentence with an " of " cost 1.2% of the tagger, profiled).
  if (!nounBeforeFromOrOf(s, c)) return;
  const re = c.receivedRe;
  re.lastIndex = 0;
  let found = false;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const cue: [number, number] = [m.index, m.index + (m[1] ?? m[2] ?? '').length];
    if (quoteStateAt(s, cue[0], openQuote)) continue;
    const source = nounPhraseAfter(s, m.index + m[0].length);
    if (!source) continue;
    for (let k = out.length - 1; k >= 0; k--) {
      const x = out[k] as SpanAttribution;
      if (x.cue[1] > cue[0] && x.cue[0] < source[1]) out.splice(k, 1);
    }
    out.push({ source, cue, content: nounPhraseBefore(s, cue[0], c.stop), p: 1 });
    found = true;
  }
  if (found) out.sort((a, b) => a.cue[0] - b.cue[0]);
}

/** Whether a noun of judgement stands right before some " from " or " of " of `s` ("criticism from", "support of"). */
function nounBeforeFromOrOf(s: string, c: Compiled): boolean {
  for (const link of LINKS) {
    for (let at = s.indexOf(link); at >= 0; at = s.indexOf(link, at + 1)) {
      // The word before the link, and the one before that ("criticism even from"), read back by character codes:
      // an end-anchored regex is tried at every offset, and " of " stands in most sentences (profiled).
      const last = wordBefore(s, at);
      if (isNoun(s, last, at, c)) return true;
      const before = wordBefore(s, last - 1);
      if (before < last - 1 && isNoun(s, before, last - 1, c)) return true;
    }
  }
  return false;
}
const LINKS: readonly string[] = [' from ', ' of '];

/** Whether s[from, to) is one of `received`'s nouns; its first letter and length are tested before a string is cut. */
function isNoun(s: string, from: number, to: number, c: Compiled): boolean {
  return to > from && c.receivedNounKeys.has(nounKey(s.charCodeAt(from) | 32, to - from)) && c.receivedNouns.has(s.slice(from, to).toLowerCase());
}

/** Where the run of ASCII letters ending at `end` starts (`end` when none). */
function wordBefore(s: string, end: number): number {
  let k = end;
  while (k > 0) {
    const ch = s.charCodeAt(k - 1) | 32;
    if (ch < 97 || ch > 122) break;
    k--;
  }
  return k;
}
