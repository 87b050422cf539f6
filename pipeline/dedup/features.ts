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
  LEDE_WORD_COUNT,
  LEDE_WORDS,
  SIGNATURE_SIZE,
  TITLE_WORD_COUNT,
} from './constants.js';
import { tokensFingerprint } from './hash.js';
import { bandKeys, ophSignature, RadixScratch, shingleHashes, shingleSet, shingleSignature, sketchOf, tokenHashes } from './minhash.js';
import { asciiWordHashes, createTokenHashes, wordHashes, type TokenHashes } from './scan.js';
import { capitalisedWords, contentWords, countAsciiContentWords, entities, entityCounts, figures, ledeEnd, ledeOf, nfkc, tokenize } from './text.js';

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
  /**
   * Raw term counts for the story vector, in order of first appearance: content
   * words of the title (twice each) and the body, entities ("e:"), figures ("n:").
   * Counted here rather than by the story step, so that where features are
   * computed on a CPU thread, only the distinct terms travel, not every token.
   */
  storyTerms: [term: string, count: number][];
  /** Figures of the title alone: the number a report is about. */
  headlineFigures: number[];
  /** Figures and entities of title + lede, and of the whole article. */
  ledeFigures: number[];
  allFigures: number[];
  ledeEntities: string[];
}

/**
 * Entities of the title count only when the body writes them capitalised too:
 * title-case headlines capitalise every word.
 */
function titleEntities(title: string, bodyEntities: Set<string>): string[] {
  return [...entities(title)].filter((e) => bodyEntities.has(e));
}

/** The body's names that the title names too, as whole words (in a title-case headline a name is no run of its own). */
function namesInTitle(title: string, names: Iterable<string>): string[] {
  const padded = ` ${tokenize(title).join(' ')} `;
  return [...names].filter((e) => padded.includes(` ${tokenize(e).join(' ')} `));
}

/**
 * Buffers the signature path writes into instead of allocating: every typed
 * array over 64 bytes gets its own off-heap backing store, which costs more than
 * filling it. A caller that signs many articles (a thread, a compute port, a
 * bench) keeps one and passes it to every call; calls sharing one must not overlap.
 */
export class FeatureScratch {
  readonly body: TokenHashes = createTokenHashes();
  readonly title: TokenHashes = createTokenHashes();
  /** Title + lede token hashes, their 3-shingle hashes and signature, and the sorted lede set. */
  ledeWords = new Uint32Array(512);
  ledeShingles = new Uint32Array(512);
  readonly ledeSignature = new Uint32Array(SIGNATURE_SIZE);
  ledeSet = new Uint16Array(512);
  readonly radix = new RadixScratch();
  /** Whether the last body signed was all ASCII (the story terms then take the fast path). */
  bodyAscii = false;
}

/**
 * The scratch of calls that pass none. Features are computed synchronously, so
 * calls on one thread never overlap, and nothing returned points into it: a
 * scratch of its own per call (a dozen typed arrays, one as long as the text)
 * cost an allocation and garbage-collector work per article.
 */
const SHARED_SCRATCH = new FeatureScratch();

/**
 * Token hashes of the body: ASCII text needs neither NFKC nor a lower-cased
 * copy (the ASCII scan folds capitals, and finds out itself whether the text is
 * ASCII); other text is normalised first. Returns the NFKC form of the text.
 */
function bodyHashes(text: string, scratch: FeatureScratch): string {
  const body = scratch.body;
  scratch.bodyAscii = asciiWordHashes(text, LEDE_WORDS, body);
  if (scratch.bodyAscii) return text;
  const normalised = text.normalize('NFKC');
  wordHashes(normalised.toLowerCase(), LEDE_WORDS, body);
  return normalised;
}

function titleHashes(title: string, scratch: TokenHashes): TokenHashes {
  if (!asciiWordHashes(title, 0, scratch)) wordHashes(nfkc(title).toLowerCase(), 0, scratch);
  return scratch;
}

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

/** Title + lede token hashes, one after the other, in the scratch buffer. */
function ledeWordHashes(title: TokenHashes, ledeBody: Uint32Array, scratch: FeatureScratch): Uint32Array {
  const length = title.count + ledeBody.length;
  if (scratch.ledeWords.length < length) scratch.ledeWords = new Uint32Array(length);
  const words = scratch.ledeWords.subarray(0, length);
  words.set(title.hashes.subarray(0, title.count));
  words.set(ledeBody, title.count);
  return words;
}

/**
 * Signatures, band keys and the exact-text hash, from token hashes taken while
 * scanning (the same values as `tokenHashes(tokenize(...))`, without the strings).
 * Intermediate arrays live in `scratch`, and the three arrays returned
 * (signature, sketch, lede set) share one ArrayBuffer: every typed array over
 * 64 bytes gets its own off-heap backing store, which costs an allocation and
 * GC tracking each, several times the work of filling a small array. (Whoever
 * keeps one of the three keeps the whole ~1 KB buffer: the stores copy them.)
 */
export function signatureFeatures(title: string, text: string, scratch: FeatureScratch = SHARED_SCRATCH): SignatureFeatures {
  const body = scratch.body;
  const normalised = bodyHashes(text, scratch);
  const titleWords = titleHashes(title, scratch.title);
  const ledeWords = ledeWordHashes(titleWords, ledeHashes(text, normalised, body), scratch);
  if (scratch.ledeShingles.length < ledeWords.length) scratch.ledeShingles = new Uint32Array(ledeWords.length);
  const ledeShingleHashes = shingleHashes(ledeWords, LEDE_SHINGLE_WORDS, scratch.ledeShingles);
  const ledeSignature = ophSignature(ledeShingleHashes, SIGNATURE_SIZE, scratch.ledeSignature);
  if (scratch.ledeSet.length < ledeShingleHashes.length) scratch.ledeSet = new Uint16Array(ledeShingleHashes.length);
  const ledeSet = shingleSet(ledeShingleHashes, scratch.ledeSet, scratch.radix);
  // One buffer for what is returned: signature (4 bytes a bin), sketch (2), lede set (2 an entry).
  const buffer = new ArrayBuffer(SIGNATURE_SIZE * 6 + ledeSet.length * 2);
  const signature = shingleSignature(body.hashes, body.count, COPY_SHINGLE_WORDS, new Uint32Array(buffer, 0, SIGNATURE_SIZE));
  const ledeShingles = new Uint16Array(buffer, SIGNATURE_SIZE * 6, ledeSet.length);
  ledeShingles.set(ledeSet);
  return {
    wordCount: body.count,
    textHash: tokensFingerprint(body.hashes.subarray(0, body.count)),
    signature,
    sketch: sketchOf(signature, new Uint16Array(buffer, SIGNATURE_SIZE * 4, SIGNATURE_SIZE)),
    copyBandKeys: bandKeys(signature, COPY_BANDS, COPY_ROWS, 'c'),
    ledeShingles,
    ledeBandKeys: bandKeys(ledeSignature, LEDE_BANDS, LEDE_ROWS, 'l'),
  };
}

/**
 * Term counts of an article: content words (a title word counts TITLE_WORD_COUNT
 * times, a lede word LEDE_WORD_COUNT: that is where a report states its event),
 * entities, figures.
 */
function storyTermCounts(
  title: string,
  text: string,
  ascii: boolean,
  lede: string,
  bodyEntities: Map<string, number>,
  titleNames: string[],
  ledeNames: Iterable<string>,
  allFigures: number[],
): [term: string, count: number][] {
  const counts = new Map<string, number>();
  const add = (term: string, n = 1): void => {
    counts.set(term, (counts.get(term) ?? 0) + n);
  };
  for (const w of contentWords(tokenize(title))) add(w, TITLE_WORD_COUNT);
  // The lede's tokens are the body's first ones (no token spans whitespace, and ASCII
  // text is not changed by NFKC): an ASCII body is scanned once, and the terms come in
  // the same order with the same counts as below.
  if (ascii) countAsciiContentWords(text, ledeEnd(text), LEDE_WORD_COUNT, counts);
  else {
    for (const w of contentWords(tokenize(lede))) add(w, LEDE_WORD_COUNT - 1);
    for (const w of contentWords(tokenize(text))) add(w);
  }
  // Names count like words: each mention, and more in the title and lede.
  for (const [e, n] of bodyEntities) add(`e:${e}`, n);
  for (const e of titleNames) add(`e:${e}`, TITLE_WORD_COUNT);
  for (const e of ledeNames) add(`e:${e}`, LEDE_WORD_COUNT - 1);
  for (const f of allFigures) add(`n:${f}`);
  return [...counts];
}

/** `scratch`: see FeatureScratch; without one, the module's shared one. */
export function articleFeatures(title: string, text: string, scratch: FeatureScratch = SHARED_SCRATCH): ArticleFeatures {
  const base = signatureFeatures(title, text, scratch);
  const ledeBody = ledeOf(text);
  const lede = `${title}\n${ledeBody}`;
  const headlineWords = capitalisedWords(title);
  const bodyEntities = new Set<string>();
  const bodyCounts = entityCounts(text, headlineWords, bodyEntities);
  // The rewrite tier compares the names of title + lede as they were measured (constants.ts): without the headline's admissions.
  const ledePlain = new Set<string>();
  const ledeBodyEntities = entityCounts(ledeBody, headlineWords, ledePlain).keys();
  const ledeEntities = new Set([...ledePlain, ...titleEntities(title, bodyEntities)]);
  const titleNames = namesInTitle(title, bodyCounts.keys());
  const allFigures = figures(`${title}\n${text}`);
  return {
    ...base,
    storyTerms: storyTermCounts(title, text, scratch.bodyAscii, ledeBody, bodyCounts, titleNames, ledeBodyEntities, allFigures),
    headlineFigures: figures(title),
    ledeFigures: figures(lede),
    allFigures,
    ledeEntities: [...ledeEntities].sort(),
  };
}
