/**
 * A judgement received from its giver: "The proposal has drawn harsh criticism from fellow Republicans", "Rubio has
 * won overwhelming support from members of Congress", "The program is facing criticism from environmentalists". The
 * giver after "from" is the source, the verb through the noun the cue, the subject before them the content (what the
 * judgement is about). The candidate scan reads the verb or the noun as a cue of that subject, which says nothing:
 * this reading replaces any cue the scan made from the verb to the giver. The words are the lexicon's (`received`).
 */
import { quoteStateAt } from './attribution-cues.js';
import type { Compiled } from './attribution-lexicon.js';
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
    out.push({ source, cue, content: nounPhraseBefore(s, cue[0], c.stop) });
    found = true;
  }
  if (found) out.sort((a, b) => a.cue[0] - b.cue[0]);
}

/** Whether a noun of judgement stands right before some " from " or " of " of `s` ("criticism from", "support of"). */
function nounBeforeFromOrOf(s: string, c: Compiled): boolean {
  for (const link of LINKS) {
    for (let at = s.indexOf(link); at >= 0; at = s.indexOf(link, at + 1)) {
      const m = LAST_WORDS_RE.exec(s.slice(Math.max(0, at - 24), at));
      if (m && (c.receivedNouns.has(m[2]?.toLowerCase() ?? '') || c.receivedNouns.has(m[1]?.toLowerCase() ?? ''))) return true;
    }
  }
  return false;
}
const LINKS: readonly string[] = [' from ', ' of '];
/** The last word before a link, and the word before it ("criticism even from": "even", "criticism"). */
const LAST_WORDS_RE = /([A-Za-z]+)\s+([A-Za-z]+)$/;
