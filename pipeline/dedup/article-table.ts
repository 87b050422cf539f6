/**
 * The memory store's article records, kept compact (pipeline/dedup/memory-store.ts).
 */
import { compactTime, Interner, isoTime, TermNumbers } from './compact.js';
import { Slab16, Slab64 } from './slab.js';
import type { StoredArticle } from './store.js';

/**
 * A stored article: one object (not a wrapper around a copy), its id the map's
 * key, its 16-bit arrays in one slab, its figure lists and entities (by
 * number) in another, its time in milliseconds, its story id null when that is
 * its own id (the article opened the story). At a million articles every
 * object and string the heap keeps is traced again by each major GC.
 */
interface ArticleEntry {
  urlKey: string;
  outlet: string;
  textHash: string;
  eventTime: number | string;
  storyId: string | null;
  duplicateOf: string | null;
  duplicateReason: StoredArticle['duplicateReason'];
  similarity: number | null;
  handle: number;
  signatureLength: number;
  ledeLength: number;
  /** Where headline, lede and all figures and the lede entity numbers are, one after the other. */
  listHandle: number;
  headlineFigures: number;
  ledeFigures: number;
  allFigures: number;
  ledeEntities: number;
}

/** Where the memory store keeps its articles: the records, their arrays, and the dictionaries they point into. */
export class ArticleTable {
  readonly entries = new Map<string, ArticleEntry>();
  readonly #slab = new Slab16();
  readonly #lists = new Slab64();
  readonly #outlets = new Interner();
  readonly #entities = new TermNumbers();

  put(a: StoredArticle): void {
    const lists = [a.headlineFigures, a.ledeFigures, a.allFigures];
    const listHandle = this.#lists.reserve(a.headlineFigures.length + a.ledeFigures.length + a.allFigures.length + a.ledeEntities.length);
    let at = 0;
    for (const list of lists) for (const x of list) this.#lists.set(listHandle, at++, x);
    for (const e of a.ledeEntities) this.#lists.set(listHandle, at++, this.#entities.of(e));
    this.entries.set(a.articleId, {
      urlKey: a.urlKey,
      outlet: this.#outlets.get(a.outlet),
      textHash: a.textHash,
      eventTime: compactTime(a.eventTime),
      storyId: a.storyId === a.articleId ? null : a.storyId,
      duplicateOf: a.duplicateOf,
      duplicateReason: a.duplicateReason,
      similarity: a.similarity,
      handle: this.#slab.put(a.signature, a.ledeShingles),
      signatureLength: a.signature.length,
      ledeLength: a.ledeShingles.length,
      listHandle,
      headlineFigures: a.headlineFigures.length,
      ledeFigures: a.ledeFigures.length,
      allFigures: a.allFigures.length,
      ledeEntities: a.ledeEntities.length,
    });
  }

  get(articleId: string): StoredArticle | null {
    const e = this.entries.get(articleId);
    if (e === undefined) return null;
    const h = e.listHandle;
    const lede = e.headlineFigures;
    const all = lede + e.ledeFigures;
    const entities = all + e.allFigures;
    return {
      articleId,
      urlKey: e.urlKey,
      outlet: e.outlet,
      textHash: e.textHash,
      eventTime: isoTime(e.eventTime),
      storyId: e.storyId ?? articleId,
      duplicateOf: e.duplicateOf,
      duplicateReason: e.duplicateReason,
      similarity: e.similarity,
      signature: this.#slab.get(e.handle, 0, e.signatureLength),
      ledeShingles: this.#slab.get(e.handle, e.signatureLength, e.ledeLength),
      headlineFigures: this.#lists.list(h, 0, e.headlineFigures),
      ledeFigures: this.#lists.list(h, lede, e.ledeFigures),
      allFigures: this.#lists.list(h, all, e.allFigures),
      ledeEntities: this.#lists.list(h, entities, e.ledeEntities).map((n) => this.#entities.term(n)),
    };
  }
}
