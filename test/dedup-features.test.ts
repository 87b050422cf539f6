/**
 * The signature path hashes tokens while scanning (no token strings); these
 * tests hold it to the plain definition: tokenize → hash each token → shingles
 * → OPH, with the lede cut by `ledeOf`. Checked on the repository's real news
 * texts (golden pages through the extractor, the seed articles) and on random
 * strings full of the characters that make tokenising hard.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  COPY_BANDS,
  COPY_ROWS,
  COPY_SHINGLE_WORDS,
  LEDE_BANDS,
  LEDE_ROWS,
  LEDE_SHINGLE_WORDS,
  LEDE_WORD_COUNT,
  SIGNATURE_SIZE,
  TITLE_WORD_COUNT,
} from '../pipeline/dedup/constants.js';
import { articleFeatures, signatureFeatures, type SignatureFeatures } from '../pipeline/dedup/features.js';
import { extractArticle } from '../pipeline/extract/index.js';
import { tokensFingerprint } from '../pipeline/dedup/hash.js';
import { bandKeys, ophSignature, shingleHashes, shingleSet, sketchOf, tokenHashes } from '../pipeline/dedup/minhash.js';
import { contentWords, ledeOf, tokenize } from '../pipeline/dedup/text.js';
import { seededRandom } from './helpers/seeded-random.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = join(REPO_ROOT, 'test', 'fixtures', 'pages');
const SEEDS = join(REPO_ROOT, 'test', 'fixtures', 'claims');

/** Title and text of every real news text in the repository. */
function repoTexts(): Array<{ title: string; body: string }> {
  const pages = readdirSync(PAGES).map((slug) => {
    const { url } = JSON.parse(readFileSync(join(PAGES, slug, 'expected.json'), 'utf8')) as { url: string };
    const article = extractArticle({ html: readFileSync(join(PAGES, slug, 'source.html'), 'utf8'), url });
    return { title: article.title, body: article.text };
  });
  const seeds = readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => {
      const [title = '', ...rest] = readFileSync(join(SEEDS, name), 'utf8').split('\n');
      return { title, body: rest.join('\n').trim() };
    });
  return [...pages, ...seeds];
}

/** The features by their definition, one step at a time. */
function reference(title: string, text: string): SignatureFeatures {
  const words = tokenHashes(tokenize(text));
  const signature = ophSignature(shingleHashes(words, COPY_SHINGLE_WORDS), SIGNATURE_SIZE);
  const ledeShingles = shingleHashes(tokenHashes(tokenize(title).concat(tokenize(ledeOf(text)))), LEDE_SHINGLE_WORDS);
  return {
    wordCount: words.length,
    textHash: tokensFingerprint(words),
    signature,
    sketch: sketchOf(signature),
    copyBandKeys: bandKeys(signature, COPY_BANDS, COPY_ROWS, 'c'),
    ledeShingles: shingleSet(ledeShingles),
    ledeBandKeys: bandKeys(ophSignature(ledeShingles, SIGNATURE_SIZE), LEDE_BANDS, LEDE_ROWS, 'l'),
  };
}

/** Letters, digits with separators, spaces of several kinds, NFKC-changing and astral characters. */
const ALPHABET = [
  'a',
  'B',
  'z',
  'É',
  'é',
  'ß',
  'İ',
  'Σ',
  'ж',
  '中',
  '1',
  '9',
  '٣',
  ',',
  '.',
  '-',
  "'",
  '’',
  ' ',
  ' ',
  ' ',
  '\n',
  '\t',
  '\u00a0',
  '\u2003',
  'ﬁ',
  '１',
  '¨',
  '…',
  '😀',
  '𝐀',
  '\u0301',
  '$',
  '%',
];

/** Without the characters NFKC changes: the lede is then cut from the scanned tokens. */
const NFKC_STABLE = ALPHABET.filter((c) => c.normalize('NFKC') === c);
/** ASCII only: hashed without NFKC or a lower-cased copy. */
const ASCII = ALPHABET.filter((c) => c.charCodeAt(0) < 128).concat(['Q', 'Z', 'A']);

function randomText(random: () => number, length: number, alphabet: string[]): string {
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(random() * alphabet.length)];
  return s;
}

describe('signature features', () => {
  it('equal the step-by-step definition on random strings', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 2000; i++) {
      const alphabet = [NFKC_STABLE, ALPHABET, ASCII][i % 3] as string[];
      const title = randomText(random, Math.floor(random() * 40), alphabet);
      const text = randomText(random, Math.floor(random() * 900), alphabet);
      expect(signatureFeatures(title, text)).toEqual(reference(title, text));
    }
  });

  it('equal the step-by-step definition on the real news texts of the repository', () => {
    const rows = repoTexts();
    // Some golden pages are not articles (a bot challenge) or are short on purpose.
    expect(rows.filter((r) => r.body.length > 1000).length).toBeGreaterThanOrEqual(10);
    for (const r of rows) expect(signatureFeatures(r.title, r.body)).toEqual(reference(r.title, r.body));
  });
});

/** Word terms of the story vector as defined: title, lede (tokenised on its own) and body words, counted in that order. */
function referenceWordTerms(title: string, text: string): [string, number][] {
  const counts = new Map<string, number>();
  const add = (term: string, n: number): void => {
    counts.set(term, (counts.get(term) ?? 0) + n);
  };
  for (const w of contentWords(tokenize(title))) add(w, TITLE_WORD_COUNT);
  for (const w of contentWords(tokenize(ledeOf(text)))) add(w, LEDE_WORD_COUNT - 1);
  for (const w of contentWords(tokenize(text))) add(w, 1);
  return [...counts];
}

const wordTerms = (title: string, text: string): [string, number][] =>
  articleFeatures(title, text).storyTerms.filter(([t]) => !t.startsWith('e:') && !t.startsWith('n:'));

describe('story term counts', () => {
  it('equal the definition, in order, where the body is tokenised once around the lede (ASCII) or not', () => {
    const random = seededRandom(11);
    const words = ['Police', 'shot', '5,000', '3.5', 'the', 'U.S.', "o'neil", 'Chicago', '12', 'x.', '5.', ',', 'well-known', 'Ünal', 'ﬁre', 'shootings'];
    const spaces = [' ', '  ', '\n', '\t', ' \n '];
    for (let i = 0; i < 1000; i++) {
      const n = Math.floor(random() * 200);
      let text = random() < 0.3 ? ' ' : '';
      for (let k = 0; k < n; k++)
        text += `${k === 0 ? '' : spaces[Math.floor(random() * spaces.length)]}${words[Math.floor(random() * (i % 2 === 0 ? 13 : words.length))]}`;
      expect(wordTerms('Man shot in Chicago', text)).toEqual(referenceWordTerms('Man shot in Chicago', text));
    }
    for (const r of repoTexts()) expect(wordTerms(r.title, r.body)).toEqual(referenceWordTerms(r.title, r.body));
  });
});
