/**
 * Words of a document as watches read them: runs of letters and digits,
 * diacritics removed (é → e), kept in two forms: folded to lower case (for
 * keywords) and in their written case (for entities such as "NIS" or
 * "Apple", which lower case would confuse with ordinary words).
 */

/** A stretch of words, `end` exclusive. */
export interface WordSpan {
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{N}]+/gu;
const MARKS_RE = /\p{M}+/gu;

/** The words of `text` with diacritics removed, in their written case. */
export function casedWords(text: string): string[] {
  return text.normalize('NFKD').replace(MARKS_RE, '').match(WORD_RE) ?? [];
}

/** The words of `text`, diacritics removed and lower-cased. */
export function foldedWords(text: string): string[] {
  return casedWords(text).map((word) => word.toLowerCase());
}

/**
 * Empty slots between the title's words and the text's, so that no phrase and
 * no NEAR reaches across the two (MAX_NEAR_WORDS is 50).
 */
const PART_GAP = 64;

/** The words of a document's parts (title, text), indexed once and read by every watch. */
export class WordIndex {
  /** Folded words; '' in the gaps between parts. */
  readonly words: string[] = [];
  /** The same words in their written case. */
  readonly cased: string[] = [];
  readonly #positions = new Map<string, number[]>();

  constructor(parts: readonly string[]) {
    for (const part of parts) {
      if (this.words.length > 0) for (let i = 0; i < PART_GAP; i++) this.words.push(''), this.cased.push('');
      for (const word of casedWords(part)) {
        const folded = word.toLowerCase();
        const at = this.words.length;
        this.words.push(folded);
        this.cased.push(word);
        const list = this.#positions.get(folded);
        if (list) list.push(at);
        else this.#positions.set(folded, [at]);
      }
    }
  }

  positions(word: string): readonly number[] {
    return this.#positions.get(word) ?? [];
  }

  /** Positions of every word that starts with `prefix`. */
  prefixPositions(prefix: string): number[] {
    const out: number[] = [];
    for (const [word, list] of this.#positions) if (word.startsWith(prefix)) out.push(...list);
    return out;
  }

  /**
   * True when `phrase` occurs as whole words; in its written case when it has
   * an upper-case letter ("NIS" is not "nis"), else in any case.
   */
  hasPhrase(phrase: string): boolean {
    const cased = casedWords(phrase);
    if (cased.length === 0) return false;
    const exactCase = cased.some((word) => word !== word.toLowerCase());
    const wanted = exactCase ? cased : cased.map((word) => word.toLowerCase());
    const source = exactCase ? this.cased : this.words;
    for (const start of this.positions((wanted[0] as string).toLowerCase())) {
      if (wanted.every((word, i) => source[start + i] === word)) return true;
    }
    return false;
  }
}
