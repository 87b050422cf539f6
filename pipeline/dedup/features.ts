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
  LEDE_WORDS,
  SIGNATURE_SIZE,
} from './constants.js';
import { tokensFingerprint } from './hash.js';
import { bandKeys, ophSignature, shingleHashes, shingleSet, shingleSignature, sketchOf, tokenHashes } from './minhash.js';
import { createTokenHashes, wordHashes, type TokenHashes } from './scan.js';
import { entities, figures, isAscii, ledeOf, nfkc, tokenize } from './text.js';

/** What the index needs (levels 1–2 lookups): the hot path of every article. */
export interface SignatureFeatures {
  wordCount: number;
  /** Fingerprint of the body's token sequence: case, punctuation and spacing don't count (exact copies). */
  textHash: string;
  /** Tier 1: OPH signature of the body's word 5-shingles, and its 16 band keys. */
  signature: Uint32Array;
  /** The signature's low SKETCH_BITS bits per bin: what is stored and compared (b-bit MinHash). */
  sketch: Uint16Array;
  copyBandKeys: string[];
  /** Tier 2: sorted unique 3-shingle hashes (16-bit) of title + lede, and band keys of their signature. */
  ledeShingles: Uint16Array;
  ledeBandKeys: string[];
}

export interface ArticleFeatures extends SignatureFeatures {
  /** Body and title tokens, for the story vector. */
  tokens: string[];
  titleTokens: string[];
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

/** Token hash buffers reused by every call: the signature path allocates no token strings. */
const bodyScratch = createTokenHashes();
const titleScratch = createTokenHashes();

/**
 * Token hashes of the lede (LEDE_WORDS whitespace-separated words of the body,
 * tokenised as `tokenize(ledeOf(text))`). Tokens never cross whitespace, so they
 * are the first tokens of the body, unless NFKC changed the text (it can turn a
 * character into a space and so move word boundaries): then the lede is cut and
 * tokenised from the raw text.
 */
function ledeHashes(text: string, normalised: string, body: TokenHashes): Uint32Array {
  if (normalised === text) return body.hashes.subarray(0, body.ledeTokens);
  return tokenHashes(tokenize(ledeOf(text)));
}

/**
 * Signatures, band keys and the exact-text hash, from token hashes taken while
 * scanning (the same values as `tokenHashes(tokenize(...))`, without the strings).
 */
export function signatureFeatures(title: string, text: string): SignatureFeatures {
  // ASCII text needs neither NFKC nor a lower-cased copy (the scan folds ASCII capitals).
  const ascii = isAscii(text);
  const normalised = ascii ? text : text.normalize('NFKC');
  const body = wordHashes(ascii ? text : normalised.toLowerCase(), LEDE_WORDS, bodyScratch);
  const titleWords = wordHashes(nfkc(title).toLowerCase(), 0, titleScratch);
  const signature = shingleSignature(body.hashes, body.count, COPY_SHINGLE_WORDS, SIGNATURE_SIZE);
  const ledeBody = ledeHashes(text, normalised, body);
  const ledeWords = new Uint32Array(titleWords.count + ledeBody.length);
  ledeWords.set(titleWords.hashes.subarray(0, titleWords.count));
  ledeWords.set(ledeBody, titleWords.count);
  const ledeShingleHashes = shingleHashes(ledeWords, LEDE_SHINGLE_WORDS);
  const ledeSignature = ophSignature(ledeShingleHashes, SIGNATURE_SIZE);
  return {
    wordCount: body.count,
    textHash: tokensFingerprint(body.hashes.subarray(0, body.count)),
    signature,
    sketch: sketchOf(signature),
    copyBandKeys: bandKeys(signature, COPY_BANDS, COPY_ROWS, 'c'),
    ledeShingles: shingleSet(ledeShingleHashes),
    ledeBandKeys: bandKeys(ledeSignature, LEDE_BANDS, LEDE_ROWS, 'l'),
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
    tokens: tokenize(text),
    titleTokens: tokenize(title),
    headlineFigures: figures(title),
    ledeFigures: figures(lede),
    allFigures: figures(`${title}\n${text}`),
    ledeEntities: [...ledeEntities].sort(),
    allEntities: [...new Set([...bodyEntities, ...titleEntities(title, bodyEntities)])].sort(),
  };
}
