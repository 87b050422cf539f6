/**
 * Cue weights for words the learned model never saw, taken from words it did: the train corpus (US political news)
 * lacks British spellings ("criticised", "signalled") and forms other genres use often (present-tense reports in
 * business and court copy: "denies", "confirms", "acknowledges"; "allegedly" beside "reportedly"). Such a word borrows
 * every learned weight of its model sibling (the word itself, its neighbours, the shape around it), so it scores as
 * the sibling does in the same context. A word the model already knows keeps its own weights.
 *
 * Invariant: only entries of the word-specific feature kinds (cueFeatures' lower-case ones, and S= strong cues) are
 * copied; the output is more packed entries in the model's own format ("kind=word|context~weight").
 */
import { cueStem } from './attribution-cues.js';

/** Feature kinds keyed by a word: w= word, s= stem, p/n/c/b/t/q/e= the word with a context, S= strong cue. */
const WORD_KINDS = new Set(['w', 's', 'p', 'n', 'c', 'b', 't', 'q', 'e', 'S']);

interface Entry {
  kind: string;
  word: string;
  /** "|context~weight" or "~weight". */
  rest: string;
}

const lastParsed: { packed: string; entries: readonly Entry[] } = { packed: '', entries: [] };

function entries(packed: string): readonly Entry[] {
  // The lexicon reads the same learned model three times (British spellings, borrowed words, borrowed verbs) when the
  // module loads, in every thread: parsed once.
  if (packed === lastParsed.packed) return lastParsed.entries;
  const out: Entry[] = [];
  for (const e of packed.split(' ')) {
    if (e[1] !== '=' || !WORD_KINDS.has(e[0] as string)) continue;
    const bar = e.indexOf('|');
    const tilde = e.lastIndexOf('~');
    const end = bar > 0 && bar < tilde ? bar : tilde;
    if (end < 2) continue;
    out.push({ kind: e[0] as string, word: e.slice(2, end), rest: e.slice(end) });
  }
  lastParsed.packed = packed;
  lastParsed.entries = out;
  return out;
}

/**
 * Entries giving each new word (key) the weights of its learned sibling (value); the stem feature is copied when the
 * new word's stem differs and has none, unless `withStems` is false (every form is listed, and a stem would reach the
 * forms left out on purpose: "briefed" but not "a brief"). Words the model already holds as w= are skipped.
 */
export function borrowedWeights(packed: string, borrow: Readonly<Record<string, string>>, withStems = true): string {
  const all = entries(packed);
  const known = new Set(all.filter((e) => e.kind === 'w').map((e) => e.word));
  // Each stem's first entry, for the siblings below: a lookup, as every thread pays this when the lexicon loads.
  const stemEntries = new Map<string, Entry>();
  for (const e of all) if (e.kind === 's' && !stemEntries.has(e.word)) stemEntries.set(e.word, e);
  const stems = new Set(stemEntries.keys());
  const bySibling = new Map<string, string[]>();
  for (const [word, sibling] of Object.entries(borrow)) {
    if (known.has(word) || !known.has(sibling)) continue;
    bySibling.set(sibling, [...(bySibling.get(sibling) ?? []), word]);
  }
  const out: string[] = [];
  for (const e of all) {
    const words = e.kind === 's' ? null : bySibling.get(e.word);
    if (words) for (const w of words) out.push(`${e.kind}=${w}${e.rest}`);
  }
  // A stem of its own: "denies" and "denied" share one; "reckon" and "believe" do not.
  if (withStems) {
    for (const [sibling, words] of bySibling) {
      const weight = stemEntries.get(cueStem(sibling));
      if (!weight) continue;
      for (const w of words) {
        const stem = cueStem(w);
        if (!stems.has(stem)) {
          stems.add(stem);
          out.push(`s=${stem}${weight.rest}`);
        }
      }
    }
  }
  return out.join(' ');
}

/**
 * "-ize" forms and their stem ("criticiz"), and a single "l" before "-ed"/"-ing" after the vowel of a last syllable
 * ("signaled", "labeled"; a word of one syllable before the ending keeps its spelling: "filed", "ruled").
 */
const IZE_RE = /iz(?:e|ed|es|ing)?$/;
const SINGLE_L_RE = /(?<=[aeiou].*)([^aeiou][aeiou])l(ed|ing)$/;

/** The British spelling of a US form the model holds, or null: "criticized" → "criticised", "signaled" → "signalled". */
export function britishSpelling(word: string): string | null {
  if (IZE_RE.test(word)) return word.replace(/iz((?:e|ed|es|ing)?)$/, 'is$1');
  if (SINGLE_L_RE.test(word)) return word.replace(SINGLE_L_RE, '$1ll$2');
  return null;
}

/** Entries giving the British spelling of every US form in the model that form's weights. */
export function britishSpellings(packed: string): string {
  const all = entries(packed);
  const present = new Set(all.map((e) => e.word));
  const out: string[] = [];
  // A word stands in many entries (one per context it was seen in): spelled once.
  const spelled = new Map<string, string | null>();
  for (const e of all) {
    let british = spelled.get(e.word);
    if (british === undefined) {
      british = britishSpelling(e.word);
      spelled.set(e.word, british);
    }
    if (british && !present.has(british)) out.push(`${e.kind}=${british}${e.rest}`);
  }
  return out.join(' ');
}
