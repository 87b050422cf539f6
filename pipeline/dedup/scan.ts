/**
 * Hand-written scanners for the two token shapes of the dedup stage. They give
 * exactly the matches of the Unicode regexes they replace (named on each
 * function) but decide ASCII inline and look every other code point up once,
 * then cache its class: no regex state and no match objects per token, which
 * was most of the cost of a signature.
 */
import { FNV_OFFSET, FNV_PRIME, fmix32 } from './hash.js';

/** Classes of one code point (0 = not looked up yet). */
const OTHER = 1;
const LETTER = 2; // \p{L} or \p{M}
const DIGIT = 3; // \p{N}
const ENTITY_PUNCT = 4; // ' ’ . - (inside entity words)
const SPACE = 5; // \s

const LETTER_RE = /^[\p{L}\p{M}]$/u;
const DIGIT_RE = /^\p{N}$/u;
const SPACE_RE = /^\s$/u;

const BMP_CLASS = new Uint8Array(0x10000);
const ASTRAL_CLASS = new Map<number, number>();
const COMMA = 44;
const PERIOD = 46;
const RIGHT_SINGLE_QUOTE = 0x2019;

function classify(cp: number): number {
  if (cp === 39 || cp === RIGHT_SINGLE_QUOTE || cp === PERIOD || cp === 45) return ENTITY_PUNCT;
  const ch = String.fromCodePoint(cp);
  if (LETTER_RE.test(ch)) return LETTER;
  if (DIGIT_RE.test(ch)) return DIGIT;
  return SPACE_RE.test(ch) ? SPACE : OTHER;
}

for (let c = 0; c < 128; c++) BMP_CLASS[c] = classify(c);

/** Set in what unitClass returns when the code point takes two code units (a surrogate pair). */
const WIDE = 8;
const CLASS_MASK = WIDE - 1;

/** The class of the code point at `i`, plus WIDE when it takes two code units. */
function unitClass(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const cp = s.codePointAt(i) ?? c;
    if (cp > 0xffff) {
      let k = ASTRAL_CLASS.get(cp);
      if (k === undefined) ASTRAL_CLASS.set(cp, (k = classify(cp)));
      return k | WIDE;
    }
  }
  let k = BMP_CLASS[c] ?? 0;
  if (k === 0) BMP_CLASS[c] = k = classify(c);
  return k;
}

/** Code units taken by the code point unitClass described. */
function unitsOf(kw: number): number {
  return 1 + (kw >>> 3);
}

function classAt(s: string, i: number): number {
  return unitClass(s, i) & CLASS_MASK;
}

/** Where the run of code points of class `k` starting at `i` ends. */
function runEnd(s: string, i: number, k: number): number {
  const n = s.length;
  let at = i;
  while (at < n) {
    const kw = unitClass(s, at);
    if ((kw & CLASS_MASK) !== k) break;
    at += unitsOf(kw);
  }
  return at;
}

/**
 * The matches of `[\p{L}\p{M}]+|\p{N}+(?:[.,]\p{N}+)*` (flags gu), numbers written
 * with ASCII digits without their commas. `s` is already normalised and lower-cased.
 */
export function wordTokens(s: string): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const kw = unitClass(s, i);
    const k = kw & CLASS_MASK;
    const start = i;
    i += unitsOf(kw);
    if (k === LETTER) {
      i = runEnd(s, i, LETTER);
      out.push(s.slice(start, i));
    } else if (k === DIGIT) {
      let comma = false;
      for (;;) {
        i = runEnd(s, i, DIGIT);
        const sep = i + 1 < n ? s.charCodeAt(i) : 0;
        if ((sep !== COMMA && sep !== PERIOD) || classAt(s, i + 1) !== DIGIT) break;
        if (sep === COMMA) comma = true;
        i += 1;
      }
      const c0 = s.charCodeAt(start);
      const t = s.slice(start, i);
      out.push(comma && c0 >= 48 && c0 <= 57 ? t.replaceAll(',', '') : t);
    }
  }
  return out;
}

/**
 * Where the matches of `[\p{L}\p{M}\p{N}'’.-]+|[^\s\p{L}\p{M}\p{N}]` (flags gu) are:
 * words (with apostrophes, dots and hyphens inside) and single punctuation
 * marks. Match t starts at `bounds[2t]` and ends at `bounds[2t + 1]`; returns
 * the count (`bounds` must hold two entries per code unit of `s`). Bounds, not
 * strings: the entity reader passes over most words (lower-case ones) unread.
 */
export function entityTokenBounds(s: string, bounds: Int32Array): number {
  const n = s.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    const kw = c < 128 ? (BMP_CLASS[c] as number) : unitClass(s, i);
    const k = kw & CLASS_MASK;
    const start = i;
    i += unitsOf(kw);
    if (k === SPACE) continue;
    if (k !== OTHER) {
      while (i < n) {
        const d = s.charCodeAt(i);
        const nextW = d < 128 ? (BMP_CLASS[d] as number) : unitClass(s, i);
        const next = nextW & CLASS_MASK;
        if (next !== LETTER && next !== DIGIT && next !== ENTITY_PUNCT) break;
        i += unitsOf(nextW);
      }
    }
    bounds[count * 2] = start;
    bounds[count * 2 + 1] = i;
    count++;
  }
  return count;
}

/**
 * Hashes of the tokens of `s` (as `wordTokens` gives them), written into a
 * reused buffer. The same hash as `hashString32(token)` (FNV-1a per code unit +
 * fmix32), computed while scanning: the signature path needs no token strings,
 * and building hundreds of them per article (and hashing them again) was the largest
 * cost of a signature. `ledeTokens` counts the tokens that start within the first
 * `ledeWords` whitespace-separated words (tokens never cross whitespace).
 */
export interface TokenHashes {
  /** Scratch: valid up to `count`, overwritten by the next call with the same object (grown to the text length). */
  hashes: Uint32Array;
  count: number;
  ledeTokens: number;
}

export function createTokenHashes(): TokenHashes {
  return { hashes: new Uint32Array(1024), count: 0, ledeTokens: 0 };
}

/** ASCII letters lower-cased: an all-ASCII text is hashed without a lower-cased copy. */
const ASCII_LOWER = Uint8Array.from({ length: 128 }, (_, c) => (c >= 65 && c <= 90 ? c + 32 : c));

/**
 * `s` is already normalised and lower-cased as for `wordTokens`, except that
 * ASCII capitals may remain (they are folded here). ASCII code
 * units are classified inline from BMP_CLASS (filled for ASCII at load) and only
 * other code points go through classAt: this loop runs over every character of
 * every article, and signature features measured about 15 % faster with it.
 */
export function wordHashes(s: string, ledeWords: number, out: TokenHashes): TokenHashes {
  // Locals rather than fields of `out` in the loop; a token takes at least one code unit.
  const hashes = out.hashes.length >= s.length ? out.hashes : (out.hashes = new Uint32Array(s.length));
  let count = 0;
  let ledeTokens = -1;
  const n = s.length;
  let words = 0;
  let inSpace = true;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    const kw = c < 128 ? (BMP_CLASS[c] as number) : unitClass(s, i);
    const k = kw & CLASS_MASK;
    if (k !== LETTER && k !== DIGIT) {
      // Whitespace-separated words are counted where a run of non-space begins.
      if (k === SPACE) inSpace = true;
      else if (inSpace) {
        inSpace = false;
        words++;
      }
      i += unitsOf(kw);
      continue;
    }
    if (inSpace) {
      inSpace = false;
      words++;
    }
    if (words > ledeWords && ledeTokens < 0) ledeTokens = count;
    let h = FNV_OFFSET;
    if (k === LETTER) {
      while (i < n) {
        const d = s.charCodeAt(i);
        if (d < 128) {
          if (BMP_CLASS[d] !== LETTER) break;
          h = Math.imul(h ^ (ASCII_LOWER[d] as number), FNV_PRIME);
          i++;
        } else {
          const dw = unitClass(s, i);
          if ((dw & CLASS_MASK) !== LETTER) break;
          h = Math.imul(h ^ d, FNV_PRIME);
          if (dw & WIDE) h = Math.imul(h ^ s.charCodeAt(i + 1), FNV_PRIME);
          i += unitsOf(dw);
        }
      }
    } else {
      // A number starting with an ASCII digit loses its thousands commas ("1,100" → "1100").
      const dropCommas = c >= 48 && c <= 57;
      for (;;) {
        while (i < n) {
          const dw = unitClass(s, i);
          if ((dw & CLASS_MASK) !== DIGIT) break;
          h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
          if (dw & WIDE) h = Math.imul(h ^ s.charCodeAt(i + 1), FNV_PRIME);
          i += unitsOf(dw);
        }
        const sep = i + 1 < n ? s.charCodeAt(i) : 0;
        if ((sep !== COMMA && sep !== PERIOD) || classAt(s, i + 1) !== DIGIT) break;
        if (sep === PERIOD || !dropCommas) h = Math.imul(h ^ sep, FNV_PRIME);
        i += 1;
      }
    }
    hashes[count++] = fmix32(h);
  }
  out.count = count;
  out.ledeTokens = ledeTokens < 0 ? count : ledeTokens;
  return out;
}

/** ASCII code unit classes for asciiWordHashes: a token is a run of one token class. */
const A_SPACE = 0;
const A_OTHER = 1;
const A_LETTER = 2;
const A_DIGIT = 3;
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, c) => {
  const k = BMP_CLASS[c];
  return k === LETTER ? A_LETTER : k === DIGIT ? A_DIGIT : k === SPACE ? A_SPACE : A_OTHER;
});

/**
 * `wordHashes` for an all-ASCII text (capitals allowed), or false as soon as a
 * code unit is not ASCII (the caller then normalises and calls `wordHashes`):
 * the check costs a compare per character instead of a regex pass over the text.
 * One loop over characters that hashes each one (lower-cased) into the current
 * run; a token ends where the class changes. Where a run ends is decided with
 * masks rather than branches (`same` is -1 while the run goes on, 0 where it
 * changes), since class changes come every few characters and mispredict; the
 * raw FNV state is stored every character and kept only where a token ended,
 * and fmix32 runs once per token afterwards. Measured about 2.3× as fast as
 * `wordHashes` on ASCII text. Values, `count` and `ledeTokens` equal
 * `wordHashes`'s (test/dedup-features.test.ts).
 */
export function asciiWordHashes(s: string, ledeWords: number, out: TokenHashes): boolean {
  const hashes = out.hashes.length >= s.length ? out.hashes : (out.hashes = new Uint32Array(s.length));
  const n = s.length;
  let count = 0;
  let ledeTokens = -1;
  let words = 0;
  // Class of the run the previous character belongs to; at the start, as after a space.
  let run = A_SPACE;
  let h = FNV_OFFSET;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return false;
    const k = ASCII_KIND[c] as number;
    if (run === A_DIGIT && k === A_OTHER && (c === COMMA || c === PERIOD) && i + 1 < n) {
      // "1,100" and "2.5" stay one number token; a thousands comma is not hashed.
      const d = s.charCodeAt(i + 1);
      if (d >= 48 && d <= 57) {
        if (c === PERIOD) h = Math.imul(h ^ c, FNV_PRIME);
        continue;
      }
    }
    const same = ((k ^ run) - 1) >> 31;
    const changed = ~same & 1;
    // Written at every character, kept (count moves on) only when a letter or digit run ends here.
    hashes[count] = h;
    count += changed & (run >> 1);
    // Whitespace-separated words are counted where a run of non-space begins.
    words += changed & ((run - 1) >> 31);
    h = (h & same) | (FNV_OFFSET & ~same);
    h = Math.imul(h ^ (ASCII_LOWER[c] as number), FNV_PRIME);
    run = k;
    // The first token after the lede's words starts at or after here, with no token in between.
    if (ledeTokens < 0 && words > ledeWords) ledeTokens = count;
  }
  if (run >= A_LETTER) hashes[count++] = h;
  for (let t = 0; t < count; t++) hashes[t] = fmix32(hashes[t] as number);
  out.count = count;
  out.ledeTokens = ledeTokens < 0 ? count : ledeTokens;
  return true;
}
