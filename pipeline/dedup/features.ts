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
import { fingerprint64 } from './hash.js';
import { bandKeys, ophSignature, shingleHashes, shingleSet, tokenHashes } from './minhash.js';
import { entities, figures, normalisedText, titleAndLede, tokenize } from './text.js';

export interface ArticleFeatures {
  wordCount: number;
  /** Fingerprint of the normalised body text (exact copies). */
  textHash: string;
  /** Tier 1: OPH signature of the body's word 5-shingles, and its 16 band keys. */
  signature: Uint32Array;
  copyBandKeys: string[];
  /** Tier 2: sorted unique 3-shingle hashes of title + lede, and band keys of their signature. */
  ledeShingles: Uint32Array;
  ledeBandKeys: string[];
  /** Figures of the title alone: the number a report is about. */
  headlineFigures: number[];
  /** Figures and entities of title + lede, and of the whole article. */
  ledeFigures: number[];
  allFigures: number[];
  ledeEntities: string[];
  allEntities: string[];
  /** Body tokens, kept for the story vector. */
  tokens: string[];
}

/**
 * Entities of the title count only when the body writes them capitalised too:
 * title-case headlines capitalise every word.
 */
function titleEntities(title: string, bodyEntities: Set<string>): string[] {
  return [...entities(title)].filter((e) => bodyEntities.has(e));
}

export function articleFeatures(title: string, text: string): ArticleFeatures {
  const tokens = tokenize(text);
  const signature = ophSignature(shingleHashes(tokenHashes(tokens), COPY_SHINGLE_WORDS), SIGNATURE_SIZE);
  const lede = titleAndLede(title, text);
  const ledeWordHashes = tokenHashes(tokenize(lede));
  const ledeShingleHashes = shingleHashes(ledeWordHashes, LEDE_SHINGLE_WORDS);
  const ledeSignature = ophSignature(ledeShingleHashes, SIGNATURE_SIZE);
  const bodyEntities = entities(text);
  const ledeBody = lede.slice(title.length + 1);
  const ledeEntities = new Set([...entities(ledeBody), ...titleEntities(title, bodyEntities)]);
  return {
    wordCount: tokens.length,
    textHash: fingerprint64(normalisedText(tokens)),
    signature,
    copyBandKeys: bandKeys(signature, COPY_BANDS, COPY_ROWS, 'c'),
    ledeShingles: shingleSet(ledeShingleHashes),
    ledeBandKeys: bandKeys(ledeSignature, LEDE_BANDS, LEDE_ROWS, 'l'),
    headlineFigures: figures(title),
    ledeFigures: figures(lede),
    allFigures: figures(`${title}\n${text}`),
    ledeEntities: [...ledeEntities].sort(),
    allEntities: [...new Set([...bodyEntities, ...titleEntities(title, bodyEntities)])].sort(),
    tokens,
  };
}
