/**
 * Everything the dedup levels compare, computed once per article from its title
 * and text. Invariant: features depend only on the input (no store, no clock), so
 * the same article always gets the same signatures and keys.
 */
import {
  COPY_BANDS,
  COPY_ROWS,
  COPY_SHINGLE_WORDS,
  LEDE_BANDS,
  LEDE_ROWS,
  LEDE_SHINGLE_WORDS,
  SIGNATURE_SIZE,
} from './constants.js';
import { tokensFingerprint } from './hash.js';
import { bandKeys, ophSignature, shingleHashes, shingleSet, sketch16, tokenHashes } from './minhash.js';
import { entities, figures, ledeOf, tokenize } from './text.js';

/** What the index needs (levels 1–2 lookups): the hot path of every article. */
export interface SignatureFeatures {
  wordCount: number;
  /** Fingerprint of the body's token sequence: case, punctuation and spacing don't count (exact copies). */
  textHash: string;
  /** Tier 1: OPH signature of the body's word 5-shingles, and its 16 band keys. */
  signature: Uint32Array;
  /** The signature's low 16 bits per bin: what is stored and compared (b-bit MinHash). */
  sketch: Uint16Array;
  copyBandKeys: string[];
  /** Tier 2: sorted unique 3-shingle hashes (16-bit) of title + lede, and band keys of their signature. */
  ledeShingles: Uint16Array;
  ledeBandKeys: string[];
  /** Body and title tokens, kept for the story vector. */
  tokens: string[];
  titleTokens: string[];
}

export interface ArticleFeatures extends SignatureFeatures {
  /** Figures of the title alone: the number a report is about. */
  headlineFigures: number[];
  /** Figures and entities of title + lede, and of the whole article. */
  ledeFigures: number[];
  allFigures: number[];
  ledeEntities: string[];
  allEntities: string[];
}

/**
 * Entities of the title count only when the body writes them capitalised too:
 * title-case headlines capitalise every word.
 */
function titleEntities(title: string, bodyEntities: Set<string>): string[] {
  return [...entities(title)].filter((e) => bodyEntities.has(e));
}

/** Signatures, band keys and the exact-text hash. Tokens never cross whitespace, so the lede's tokens are the title's plus the lede body's. */
export function signatureFeatures(title: string, text: string): SignatureFeatures {
  const tokens = tokenize(text);
  const titleTokens = tokenize(title);
  const words = tokenHashes(tokens);
  const signature = ophSignature(shingleHashes(words, COPY_SHINGLE_WORDS), SIGNATURE_SIZE);
  const ledeTokens = titleTokens.concat(tokenize(ledeOf(text)));
  const ledeShingleHashes = shingleHashes(tokenHashes(ledeTokens), LEDE_SHINGLE_WORDS);
  const ledeSignature = ophSignature(ledeShingleHashes, SIGNATURE_SIZE);
  return {
    wordCount: tokens.length,
    textHash: tokensFingerprint(words),
    signature,
    sketch: sketch16(signature),
    copyBandKeys: bandKeys(signature, COPY_BANDS, COPY_ROWS, 'c'),
    ledeShingles: shingleSet(ledeShingleHashes),
    ledeBandKeys: bandKeys(ledeSignature, LEDE_BANDS, LEDE_ROWS, 'l'),
    tokens,
    titleTokens,
  };
}

export function articleFeatures(title: string, text: string): ArticleFeatures {
  const base = signatureFeatures(title, text);
  const ledeBody = ledeOf(text);
  const lede = `${title}\n${ledeBody}`;
  const bodyEntities = entities(text);
  const ledeEntities = new Set([...entities(ledeBody), ...titleEntities(title, bodyEntities)]);
  return {
    ...base,
    headlineFigures: figures(title),
    ledeFigures: figures(lede),
    allFigures: figures(`${title}\n${text}`),
    ledeEntities: [...ledeEntities].sort(),
    allEntities: [...new Set([...bodyEntities, ...titleEntities(title, bodyEntities)])].sort(),
  };
}
