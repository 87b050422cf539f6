/** One stored article with every field set, for the dedup store and codec tests. */
import type { StoredArticle } from '../../pipeline/dedup/index.js';

export const SAMPLE_ARTICLE: StoredArticle = {
  articleId: 'a0123456789abcdef',
  urlKey: 'https://outlet.example/news/one',
  outlet: 'outlet.example',
  textHash: '0011223344556677',
  eventTime: '2024-12-23T00:00:00.000Z',
  storyId: 'a0123456789abcdef',
  duplicateOf: null,
  duplicateReason: null,
  similarity: null,
  signature: Uint16Array.from({ length: 128 }, (_, i) => (i * 40503) & 0xffff),
  ledeShingles: Uint16Array.from([1, 5, 9, 0xffff]),
  headlineFigures: [1000],
  ledeFigures: [100, 1000],
  allFigures: [100, 1000, 1100],
  ledeEntities: ['jcs', 'seoul'],
};
